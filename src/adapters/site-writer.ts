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
 * Each file's bytes are moved to the thread, not copied.
 */
import { closeSync, constants, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SiteContent } from '../core/site/build-site.js';

export class SiteWriteError extends Error {}

export interface WriteResult {
  files: number;
  bytes: number;
}

export interface WriteOptions {
  /** Create the files on a helper thread (default: once the site passes THREAD_AFTER files). */
  thread?: boolean;
}

// O_NOFOLLOW: a symbolic link left at a file's place is an error, not a way out.
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
/** Below this many files a thread costs more to start than it saves. */
const THREAD_AFTER = 500;
/** Files per message to the thread, and messages in flight before this thread waits (bounds memory). */
const BATCH = 32;
const IN_FLIGHT = 8;

/** Encodes text into a buffer that grows as needed and is reused for every file. */
class Encoder {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private length = 0;

  /** The bytes, valid until the next call (a Uint8Array given is returned as is). */
  encode(content: SiteContent): Uint8Array {
    if (content instanceof Uint8Array) return content;
    this.length = 0;
    if (typeof content === 'string') this.append(content);
    else for (const piece of content) this.append(piece);
    return this.buffer.subarray(0, this.length);
  }

  private append(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }
}

/**
 * Creates a file's folder (once per folder) and checks that it is still
 * inside the site folder once symbolic links are resolved; then the file.
 * The same steps run on the helper thread (WRITER_SOURCE).
 */
function prepareFolder(base: string, folder: string, made: Set<string>): void {
  if (made.has(folder)) return;
  mkdirSync(folder, { recursive: true });
  const real = realpathSync(folder);
  if (real !== base && !real.startsWith(base + sep)) throw new SiteWriteError(`refusing to write into ${folder}: it leads outside ${base}`);
  made.add(folder);
}

function writeOne(target: string, data: Uint8Array): void {
  const fd = openSync(target, WRITE_FLAGS, 0o644);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}

// The helper thread: prepareFolder and writeOne for batches of checked paths.
const WRITER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync, realpathSync, openSync, writeSync, closeSync } = require('node:fs');
const { sep } = require('node:path');
const { base, flags } = workerData;
const made = new Set([base]);
parentPort.on('message', (batch) => {
  let error;
  for (const [target, folder, data] of batch.files) {
    try {
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        const real = realpathSync(folder);
        if (real !== base && !real.startsWith(base + sep)) { error = { outside: true, message: 'refusing to write into ' + folder + ': it leads outside ' + base }; break; }
        made.add(folder);
      }
      const fd = openSync(target, flags, 0o644);
      try {
        let offset = 0;
        while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      error = { code: e && e.code, message: target + ': ' + (e && e.message ? e.message : String(e)) };
      break;
    }
  }
  parentPort.postMessage({ id: batch.id, error });
});
`;

interface WriterReply {
  id: number;
  error?: { outside?: boolean; code?: string; message: string };
}

class ThreadWriter {
  private readonly worker: Worker;
  private batch: [string, string, Uint8Array][] = [];
  private transfer: ArrayBuffer[] = [];
  private nextId = 0;
  private inFlight = 0;
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(base: string) {
    this.worker = new Worker(WRITER_SOURCE, { eval: true, workerData: { base, flags: WRITE_FLAGS } });
    this.worker.on('message', (reply: WriterReply) => {
      this.inFlight--;
      if (reply.error && !this.failure) this.failure = writerError(reply.error);
      this.wake?.();
    });
    this.worker.on('error', (error) => {
      this.failure ??= error;
      this.inFlight = 0;
      this.wake?.();
    });
  }

  /** Takes a copy of `data` (the encoder's buffer is reused) and moves it to the thread. */
  async add(target: string, folder: string, data: Uint8Array): Promise<void> {
    const own = new Uint8Array(data);
    this.batch.push([target, folder, own]);
    this.transfer.push(own.buffer as ArrayBuffer);
    if (this.batch.length >= BATCH) await this.flush(IN_FLIGHT);
  }

  /** Sends the current batch; waits while more than `limit` batches are unwritten. */
  private async flush(limit: number): Promise<void> {
    if (this.batch.length) {
      this.worker.postMessage({ id: this.nextId++, files: this.batch }, this.transfer);
      this.batch = [];
      this.transfer = [];
      this.inFlight++;
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

function writerError(error: NonNullable<WriterReply['error']>): Error {
  if (error.outside) return new SiteWriteError(error.message);
  if (error.code === 'ELOOP') return new SiteWriteError(`refusing to write through a symbolic link: ${error.message}`);
  return new SiteWriteError(`could not write ${error.message}`);
}

export async function writeSite(out: string, files: Iterable<[string, SiteContent]>, options: WriteOptions = {}): Promise<WriteResult> {
  mkdirSync(resolve(out), { recursive: true });
  const base = realpathSync(resolve(out));
  const made = new Set<string>([base]);
  const encoder = new Encoder();
  let thread: ThreadWriter | undefined;
  let bytes = 0;
  let count = 0;
  try {
    for (const [path, content] of files) {
      const target = safeTarget(base, path);
      const folder = dirname(target);
      const data = encoder.encode(content);
      bytes += data.length;
      count++;
      if (!thread && options.thread !== false && (options.thread || count > THREAD_AFTER)) thread = new ThreadWriter(base);
      if (thread) await thread.add(target, folder, data);
      else {
        prepareFolder(base, folder, made);
        writeOne(target, data);
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
  if (!rel || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) throw new SiteWriteError(`refusing to write ${JSON.stringify(path)}: outside ${base}`);
  return target;
}
