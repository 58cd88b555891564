/**
 * Writes the site's files (from src/core/site/build-site.ts) into a folder,
 * creating sub-folders. The folder may exist; files in it that the site does
 * not produce are left alone. A path that is absolute, climbs with `..` or
 * would land outside the folder (through a symbolic link too) is refused,
 * whatever the core produced.
 *
 * A large site is written by a helper thread while this one goes on making
 * pages, so rendering and disk writes use both cores; a small one is written
 * here directly.
 */
import { closeSync, constants, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';

export class SiteWriteError extends Error {}

export interface WriteResult {
  files: number;
  bytes: number;
}

export interface WriteOptions {
  /** Use a writer thread (default: when the site turns out large). */
  thread?: boolean;
}

// O_NOFOLLOW: a symbolic link left at a file's place is an error, not a way out.
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
/** Files per message to the writer thread, messages in flight before this thread waits. */
const BATCH = 64;
const IN_FLIGHT = 16;
/** Below this many files a thread costs more to start than it saves. */
const THREAD_AFTER = 2000;

function writeOne(target: string, content: string | Uint8Array): number {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const fd = openSync(target, WRITE_FLAGS, 0o644);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
  return data.length;
}

// The writer thread: the same loop as writeOne, for batches of already checked absolute paths.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, writeSync, closeSync } = require('node:fs');
const FLAGS = ${WRITE_FLAGS};
parentPort.on('message', (batch) => {
  let bytes = 0;
  let error;
  for (const [target, content] of batch.files) {
    try {
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const fd = openSync(target, FLAGS, 0o644);
      try {
        let offset = 0;
        while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      } finally {
        closeSync(fd);
      }
      bytes += data.length;
    } catch (e) {
      error = target + ': ' + (e && e.message ? e.message : String(e));
      break;
    }
  }
  parentPort.postMessage({ id: batch.id, bytes, error });
});
`;

class ThreadWriter {
  private readonly worker = new Worker(WORKER_SOURCE, { eval: true });
  private batch: [string, string | Uint8Array][] = [];
  private nextId = 0;
  private readonly waiting = new Map<number, () => void>();
  private inFlight = 0;
  bytes = 0;
  error: string | undefined;
  private crashed: Error | undefined;

  constructor() {
    this.worker.on('message', (reply: { id: number; bytes: number; error?: string }) => {
      this.inFlight--;
      this.bytes += reply.bytes;
      if (reply.error && !this.error) this.error = reply.error;
      this.waiting.get(reply.id)?.();
      this.waiting.delete(reply.id);
    });
    this.worker.on('error', (error) => {
      this.crashed = error;
      for (const resolve of this.waiting.values()) resolve();
      this.waiting.clear();
    });
  }

  async add(target: string, content: string | Uint8Array): Promise<void> {
    // Text is copied to the thread as it is and encoded there, off this thread.
    this.batch.push([target, content]);
    if (this.batch.length >= BATCH) await this.flush(IN_FLIGHT);
  }

  /** Sends the current batch; waits while more than `limit` batches are unwritten. */
  private async flush(limit: number): Promise<void> {
    if (this.batch.length) {
      const id = this.nextId++;
      this.worker.postMessage({ id, files: this.batch });
      this.batch = [];
      this.inFlight++;
      if (this.inFlight > limit && !this.crashed) await new Promise<void>((resolve) => this.waiting.set(id - limit, resolve));
    }
    if (this.crashed) throw this.crashed;
    if (this.error) throw new SiteWriteError(`could not write ${this.error}`);
  }

  async finish(): Promise<void> {
    try {
      await this.flush(0);
    } finally {
      await this.worker.terminate();
    }
  }
}

export async function writeSite(out: string, files: Iterable<[string, string | Uint8Array]>, options: WriteOptions = {}): Promise<WriteResult> {
  mkdirSync(resolve(out), { recursive: true });
  const base = realpathSync(resolve(out));
  const made = new Set<string>([base]);
  let thread: ThreadWriter | undefined;
  let bytes = 0;
  let count = 0;
  try {
    for (const [path, content] of files) {
      const target = safeTarget(base, path);
      const folder = dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        const real = realpathSync(folder);
        if (real !== base && !real.startsWith(base + sep)) throw new SiteWriteError(`refusing to write into ${folder}: it leads outside ${base}`);
        made.add(folder);
      }
      count++;
      if (!thread && count > THREAD_AFTER && options.thread !== false) thread = new ThreadWriter();
      if (thread) await thread.add(target, content);
      else bytes += writeOne(target, content);
    }
    if (thread) await thread.finish();
  } catch (error) {
    await thread?.finish().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new SiteWriteError(`refusing to write through a symbolic link: ${(error as Error).message}`);
    throw error;
  }
  return { files: count, bytes: bytes + (thread?.bytes ?? 0) };
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
