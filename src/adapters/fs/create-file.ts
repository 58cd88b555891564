/**
 * Creating new files in a working tree (init, add) without ever replacing one
 * and never through a symbolic link: every folder on the way is a real folder
 * (made when missing), and a file is opened with O_CREAT | O_EXCL |
 * O_NOFOLLOW, so whatever is already at its place, a file or a link, is left
 * alone.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, readSync, realpathSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryWriteError } from '../../errors/index.js';
import { errorCode } from './registry-file.js';

const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** The folders of `path` (relative to `root`, forward slashes), made where missing; a link or a file on the way is refused. */
export function makeFolders(root: string, path: string): string {
  let folder = root;
  for (const part of path.split('/').filter(Boolean)) {
    folder = join(folder, part);
    let stat;
    try {
      stat = lstatSync(folder);
    } catch {
      try {
        mkdirSync(folder);
      } catch (error) {
        throw new RegistryWriteError(`${folder} could not be made: ${errorCode(error) ?? (error as Error).message}`);
      }
      continue;
    }
    if (!stat.isDirectory())
      throw new RegistryWriteError(
        `refusing to write into ${folder}: it is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; nothing is written through a link`,
      );
  }
  // Checked again once resolved: nothing on the way was swapped for a link.
  if (realpathSync(folder) !== join(realpathSync(root), ...path.split('/').filter(Boolean))) {
    throw new RegistryWriteError(`refusing to write into ${path}: it leads outside ${root}`);
  }
  return folder;
}

/**
 * Writes a new file; false (and nothing written) when something is already
 * at its place. `data` is bytes, or a file to copy chunk by chunk.
 */
export function createNewFile(root: string, path: string, data: Uint8Array | { copyOf: string }): boolean {
  const slash = path.lastIndexOf('/');
  const folder = makeFolders(root, slash === -1 ? '' : path.slice(0, slash));
  let fd: number;
  try {
    fd = openSync(join(folder, path.slice(slash + 1)), CREATE_FLAGS, 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new RegistryWriteError(`${path} could not be written: ${errorCode(error) ?? (error as Error).message}`);
  }
  try {
    if (data instanceof Uint8Array) writeAll(fd, data);
    else copyInto(fd, data.copyOf);
  } catch (error) {
    throw new RegistryWriteError(`${path} could not be written: ${errorCode(error) ?? (error as Error).message}`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

function copyInto(fd: number, source: string): void {
  const input = openSync(source, constants.O_RDONLY);
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (;;) {
      const n = readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      writeAll(fd, buffer.subarray(0, n));
    }
  } finally {
    closeSync(input);
  }
}
