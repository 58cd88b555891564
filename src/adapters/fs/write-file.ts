/**
 * Creating one file of the site: the same steps on the main thread
 * (site-writer.ts) and on the writing thread (workers/write-worker.ts).
 */
import { closeSync, constants, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import { sep } from 'node:path';

// O_NOFOLLOW: a symbolic link left at a file's place is an error, not a way out.
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);

/**
 * Creates a file's folder (once per folder) and checks that it is still
 * inside the site folder once symbolic links are resolved. False when it
 * leads outside: then nothing may be written there.
 */
export function prepareFolder(base: string, folder: string, made: Set<string>): boolean {
  if (made.has(folder)) return true;
  mkdirSync(folder, { recursive: true });
  const real = realpathSync(folder);
  if (real !== base && !real.startsWith(base + sep)) return false;
  made.add(folder);
  return true;
}

export function outsideMessage(folder: string, base: string): string {
  return `refusing to write into ${folder}: it leads outside ${base}`;
}

export function writeOne(target: string, data: Uint8Array): void {
  const fd = openSync(target, WRITE_FLAGS, 0o644);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}
