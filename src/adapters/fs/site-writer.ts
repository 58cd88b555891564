/**
 * Writes the site's files (from src/core/site/build-site.ts) into a folder,
 * creating sub-folders. The folder may exist; files in it that the site does
 * not produce are left alone. A path that is absolute, climbs with `..` or
 * would land outside the folder (through a symbolic link too) is refused,
 * whatever the core produced.
 *
 * Text is encoded piece by piece into one reused buffer: no long page is ever
 * made into one string (see PagePieces for why). A large site's files are
 * created by a helper thread while this one goes on making pages: creating
 * files is mostly time in the kernel, which then runs beside the rendering.
 * The bytes are moved to the thread in reused buffers, never copied.
 */
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteContent } from '../../core/site/build-site.js';
import type { WriteBatch, WriteJob, WriteReply } from '../workers/write-worker.js';
import { outsideMessage, prepareFolder, writeOne } from './write-file.js';
import { SiteWriteError } from '../../errors/index.js';

export interface WriteResult {
  files: number;
  bytes: number;
}

export interface WriteOptions {
  /**
   * Create the files on a helper thread (default: once the site passes
   * THREAD_AFTER files, when the bundled thread's entry is there).
   */
  thread?: boolean;
  /** The helper thread's entry: by default dist/write-worker.js, beside this bundle. */
  workerFile?: string;
}

/** Below this many files a thread costs more to start than it saves. */
const THREAD_AFTER = 500;

/** Encodes text into a buffer that grows as needed and is reused for every file. */
class Encoder {
  private buffer = Buffer.allocUnsafe(1 << 20);

  /** The bytes, valid until the next call (a Uint8Array given is returned as is). */
  encode(content: SiteContent): Uint8Array {
    if (content instanceof Uint8Array) return content;
    const bound = maxBytes(content);
    if (bound > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(bound, this.buffer.length * 2));
    return this.buffer.subarray(0, encodeInto(this.buffer, 0, content));
  }
}

// UTF-8 takes at most 3 bytes per UTF-16 code unit.
function maxBytes(content: SiteContent): number {
  if (content instanceof Uint8Array) return content.length;
  if (typeof content === 'string') return content.length * 3;
  let units = 0;
  for (const piece of content) units += piece.length;
  return units * 3;
}

/** Writes the content's bytes at `offset`; returns how many. */
function encodeInto(buffer: Buffer, offset: number, content: SiteContent): number {
  if (content instanceof Uint8Array) {
    buffer.set(content, offset);
    return content.length;
  }
  if (typeof content === 'string') return buffer.write(content, offset, 'utf8');
  let length = 0;
  for (const piece of content) length += buffer.write(piece, offset + length, 'utf8');
  return length;
}

/** Bytes and files per batch, and batches in flight before this thread waits (bounds memory to a few buffers). */
const BATCH_BYTES = 4 << 20;
const BATCH_FILES = 64;
const IN_FLIGHT = 4;

/**
 * Hands files to the helper thread in batches. Each batch's bytes go in one
 * buffer that is moved to the thread and back, and reused: encoding into
 * fresh memory for every page cost more than the encoding itself.
 */
class ThreadWriter {
  private readonly worker: Worker;
  private readonly free: ArrayBuffer[] = [];
  private buffer = Buffer.allocUnsafeSlow(BATCH_BYTES);
  private used = 0;
  private files: WriteBatch['files'] = [];
  private nextId = 0;
  private inFlight = 0;
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(workerFile: string, base: string) {
    this.worker = new Worker(workerFile, { workerData: { base } satisfies WriteJob });
    this.worker.on('message', (reply: WriteReply) => {
      this.inFlight--;
      this.free.push(reply.buffer);
      if (reply.error && !this.failure) this.failure = writerError(reply.error);
      this.wake?.();
    });
    this.worker.on('error', (error) => {
      this.failure ??= error;
      this.inFlight = 0;
      this.wake?.();
    });
  }

  /** Encodes the content into the batch; returns its size in bytes. */
  async add(target: string, folder: string, content: SiteContent): Promise<number> {
    const bound = maxBytes(content);
    if (this.used + bound > this.buffer.length && this.files.length) await this.flush(IN_FLIGHT);
    // A file larger than a batch buffer gets a buffer of its own.
    if (bound > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(bound);
    const length = encodeInto(this.buffer, this.used, content);
    this.files.push([target, folder, this.used, length]);
    this.used += length;
    if (this.files.length >= BATCH_FILES) await this.flush(IN_FLIGHT);
    return length;
  }

  /** Sends the current batch; waits while more than `limit` batches are unwritten. */
  private async flush(limit: number): Promise<void> {
    if (this.files.length) {
      const buffer = this.buffer.buffer;
      this.worker.postMessage({ id: this.nextId++, files: this.files, buffer } satisfies WriteBatch, [buffer]);
      this.inFlight++;
      this.files = [];
      this.used = 0;
      const reused = this.free.pop();
      this.buffer = reused && reused.byteLength >= BATCH_BYTES ? Buffer.from(reused) : Buffer.allocUnsafeSlow(BATCH_BYTES);
    }
    while (this.inFlight > limit && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
  }

  async finish(): Promise<void> {
    try {
      await this.flush(0);
    } finally {
      await this.worker.terminate();
    }
  }
}

function writerError(error: NonNullable<WriteReply['error']>): Error {
  if (error.outside) return new SiteWriteError(error.message);
  if (error.code === 'ELOOP') return new SiteWriteError(`refusing to write through a symbolic link: ${error.message}`);
  return new SiteWriteError(`could not write ${error.message}`);
}

export async function writeSite(out: string, files: Iterable<[string, SiteContent]>, options: WriteOptions = {}): Promise<WriteResult> {
  mkdirSync(resolve(out), { recursive: true });
  const base = realpathSync(resolve(out));
  const made = new Set<string>([base]);
  const encoder = new Encoder();
  const workerFile = options.workerFile ?? fileURLToPath(new URL('./write-worker.js', import.meta.url));
  // Without the bundled thread's entry (the sources run by tests), files are created here unless a thread is asked for.
  const threadWanted = options.thread ?? existsSync(workerFile);
  let thread: ThreadWriter | undefined;
  let bytes = 0;
  let count = 0;
  try {
    for (const [path, content] of files) {
      const target = safeTarget(base, path);
      const folder = dirname(target);
      count++;
      if (!thread && threadWanted && (options.thread || count > THREAD_AFTER)) thread = new ThreadWriter(workerFile, base);
      if (thread) bytes += await thread.add(target, folder, content);
      else {
        const data = encoder.encode(content);
        if (!prepareFolder(base, folder, made)) throw new SiteWriteError(outsideMessage(folder, base));
        writeOne(target, data);
        bytes += data.length;
      }
    }
    await thread?.finish();
  } catch (error) {
    await thread?.finish().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new SiteWriteError(`refusing to write through a symbolic link: ${(error as Error).message}`);
    throw error;
  }
  return { files: count, bytes };
}

function safeTarget(base: string, path: string): string {
  if (!path || isAbsolute(path) || path.includes('\\') || path.includes('\0') || path.split('/').some((p) => p === '..' || p === '.' || p === '')) {
    throw new SiteWriteError(`refusing to write ${JSON.stringify(path)}: not a plain relative path`);
  }
  const target = resolve(join(base, path));
  const rel = relative(base, target);
  if (!rel || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
    throw new SiteWriteError(`refusing to write ${JSON.stringify(path)}: outside ${base}`);
  return target;
}
