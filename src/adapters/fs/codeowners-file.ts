/**
 * The CODEOWNERS file of a repository, read and written like a registry file:
 * never through a symbolic link (the file, or the folder that holds it), so a
 * link cannot make the command overwrite, or validate show, a file elsewhere.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorCode, openRegistryFile } from './registry-file.js';
import { CodeownersWriteError } from '../../errors/index.js';

/** Where GitHub looks, in its order: the first one found is the one it uses. */
export const CODEOWNERS_PLACES = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** GitHub ignores a CODEOWNERS file over 3 MB. */
export const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;

export type FoundCodeowners = { path: string; text: string } | { path: string; refused: 'symbolic-link' | 'too-large' };

/** The CODEOWNERS GitHub would use (path relative to `top`), or undefined when there is none. */
export function findCodeowners(top: string): FoundCodeowners | undefined {
  for (const path of CODEOWNERS_PLACES) {
    const kind = entryKind(top, path);
    if (kind === 'missing' || kind === 'other') continue;
    if (kind === 'link') return { path, refused: 'symbolic-link' };
    const text = readText(join(top, path));
    return text === undefined ? { path, refused: 'too-large' } : { path, text };
  }
  return undefined;
}

/** Whether `path` (relative to `top`) is a file, reached without any symbolic link on the way. */
function entryKind(top: string, path: string): 'file' | 'link' | 'missing' | 'other' {
  const parts = path.split('/');
  let current = top;
  for (const [i, part] of parts.entries()) {
    current = join(current, part);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      return 'missing';
    }
    if (stat.isSymbolicLink()) return 'link';
    if (i < parts.length - 1 && !stat.isDirectory()) return 'missing';
    if (i === parts.length - 1) return stat.isFile() ? 'file' : 'other';
  }
  return 'missing';
}

function readText(absolute: string): string | undefined {
  const fd = openRegistryFile(absolute);
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_CODEOWNERS_BYTES) return undefined;
    const buffer = Buffer.alloc(size + 1);
    let length = 0;
    let read: number;
    while (length < buffer.length && (read = readSync(fd, buffer, length, buffer.length - length, null)) > 0) length += read;
    return length > size ? undefined : buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

// O_NOFOLLOW: a link at the file's place is refused by the kernel, even one swapped in after the checks below.
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Writes `text` to `path` (relative to `top`), creating its folder; refuses any symbolic link or non-file on the way. */
export function writeCodeowners(top: string, path: string, text: string): void {
  const kind = entryKind(top, path);
  if (kind === 'link')
    throw new CodeownersWriteError(`refusing to write ${path}: it (or its folder) is a symbolic link, which is never followed; replace it with a plain file`);
  if (kind === 'other') throw new CodeownersWriteError(`refusing to write ${path}: it is not a file`);
  const folder = dirname(join(top, path));
  if (kind === 'missing') {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new CodeownersWriteError(`cannot create ${dirname(path)}: ${(error as Error).message}`);
    }
    // mkdir follows a link at the folder's place: check again that nothing on the way is one.
    const again = entryKind(top, path);
    if (again === 'link' || again === 'other') throw new CodeownersWriteError(`refusing to write ${path}: its folder is a symbolic link or not a folder`);
  }
  let fd: number;
  try {
    fd = openSync(join(top, path), WRITE_FLAGS, 0o644);
  } catch (error) {
    const code = errorCode(error);
    const why = code === 'ELOOP' ? 'it is a symbolic link, which is never followed' : (error as Error).message;
    throw new CodeownersWriteError(`refusing to write ${path}: ${why}`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new CodeownersWriteError(`refusing to write ${path}: it is not a file`);
    const data = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}
