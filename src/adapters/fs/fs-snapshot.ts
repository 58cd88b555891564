/**
 * Reads a registry folder into the plain snapshot the core checks: every file
 * under registry.yaml and models/, documents with their bytes, other files in
 * version folders with their sha256 (hashed in chunks, so a 10 GB artifact
 * costs no memory). Symbolic links are recorded, never followed.
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { classifyPath, isDocumentPath, MAX_DOCUMENT_BYTES, MODELS_DIR, REGISTRY_FILE } from '../../core/format/layout.js';
import { LFS_POINTER_MAX_BYTES, parseLfsPointer, type LfsPointer } from '../../core/format/lfs-pointer.js';
import type { FileEntry, RegistrySnapshot } from '../../core/registry/snapshot.js';
import { errorCode, openRegistryFile } from './registry-file.js';
import { UnreadableRootError } from '../../errors/index.js';

export function assertReadableRoot(root: string): void {
  let stat;
  try {
    stat = lstatSync(root);
  } catch {
    throw new UnreadableRootError(`registry root ${root} does not exist`);
  }
  if (!stat.isDirectory()) throw new UnreadableRootError(`registry root ${root} is not a folder`);
}

export function readSnapshot(root: string): RegistrySnapshot {
  const { entries, modelFolders } = readTopLevel(root);
  for (const model of modelFolders) entries.push(...readModelFolder(root, model));
  return { entries };
}

/** registry.yaml and whatever lies directly in models/, plus the model folders to read. */
export function readTopLevel(root: string): { entries: FileEntry[]; modelFolders: string[] } {
  assertReadableRoot(root);
  const entries: FileEntry[] = [];
  const registry = fileEntry(root, REGISTRY_FILE, undefined);
  if (registry) entries.push(registry);
  const modelFolders: string[] = [];
  // models/ itself may be a link or a file: recorded as such, never listed through.
  const models = fileEntry(root, MODELS_DIR, undefined);
  if (models) entries.push(models);
  else
    for (const dirent of listDir(join(root, MODELS_DIR))) {
      if (dirent.isDirectory()) modelFolders.push(dirent.name);
      else {
        const entry = fileEntry(root, `${MODELS_DIR}/${dirent.name}`, dirent);
        if (entry) entries.push(entry);
      }
    }
  modelFolders.sort();
  return { entries, modelFolders };
}

/** Every file of one model folder, recursively. */
export function readModelFolder(root: string, model: string): FileEntry[] {
  const entries: FileEntry[] = [];
  // Joined once: each path below is the folder's plus a name from a listing (no `..`, no separators), so concatenation is enough.
  const base = join(root, '.');
  const walk = (relative: string) => {
    for (const dirent of listDir(`${base}/${relative}`)) {
      const path = `${relative}/${dirent.name}`;
      // A folder named like a registry file is one entry of the wrong kind, its contents unread.
      if (dirent.isDirectory() && isDocumentPath(path)) entries.push({ path, type: 'directory', size: 0 });
      else if (dirent.isDirectory()) walk(path);
      else {
        const entry = fileEntry(base, path, dirent);
        if (entry) entries.push(entry);
      }
    }
  };
  walk(`${MODELS_DIR}/${model}`);
  return entries;
}

function listDir(absolute: string): Dirent[] {
  try {
    return readdirSync(absolute, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * One path's entry, by lstat: a link is recorded, never followed. `models`
 * (no dirent) gives undefined when it is a folder, to be listed.
 */
function fileEntry(root: string, path: string, dirent: Dirent | undefined): FileEntry | undefined {
  const absolute = `${root}/${path}`;
  try {
    // The common case, a document the directory listing already calls a file, needs no stat.
    if (dirent?.isFile() && isDocumentPath(path)) return documentEntry(path, absolute);
    const stat = lstatSync(absolute);
    const type = stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
    if (type === 'directory' && path === MODELS_DIR) return undefined;
    if (type === 'file' && isDocumentPath(path)) return documentEntry(path, absolute);
    const entry: FileEntry = { path, type, size: type === 'file' ? stat.size : 0 };
    if (type === 'file' && classifyPath(path).kind === 'version-file') {
      const { sha256, lfs } = hashRegistryArtifact(absolute);
      entry.sha256 = sha256;
      if (lfs) entry.lfs = lfs;
    }
    return entry;
  } catch (error) {
    // Swapped for a link or a folder since it was listed: what it is now, unread.
    const code = errorCode(error);
    if (code === 'ELOOP') return { path, type: 'symlink', size: 0 };
    if (code === 'EISDIR') return { path, type: 'directory', size: 0 };
    // Gone since it was listed, or unreadable: nothing to check.
    return undefined;
  }
}

function documentEntry(path: string, absolute: string): FileEntry {
  const { bytes, size } = readDocumentFrom(openRegistryFile(absolute));
  return { path, type: 'file', size, bytes };
}

/** A registry document's bytes for a problem's place or code frame, never through a link; undefined when it cannot be read. */
export function readRegistryDocument(root: string, path: string): Uint8Array | undefined {
  try {
    return readDocumentFrom(openRegistryFile(join(root, path))).bytes;
  } catch {
    return undefined;
  }
}

let scratch: Buffer | undefined;

/**
 * A file the user names (a training run's card or metrics: links followed),
 * read as a document. Registry files are read with readRegistryDocument.
 */
export function readDocumentBytes(absolute: string): { bytes: Uint8Array; size: number } {
  return readDocumentFrom(openSync(absolute, 'r'));
}

/** A document's bytes, but never more than the limit plus one: an oversized card is refused, not loaded. Closes `fd`. */
function readDocumentFrom(fd: number): { bytes: Uint8Array; size: number } {
  scratch ??= Buffer.allocUnsafe(MAX_DOCUMENT_BYTES + 1);
  try {
    let length = 0;
    let read: number;
    while (length < scratch.length && (read = readSync(fd, scratch, length, scratch.length - length, null)) > 0) length += read;
    const bytes = Uint8Array.prototype.slice.call(scratch, 0, length);
    return { bytes, size: length > MAX_DOCUMENT_BYTES ? fstatSync(fd).size : length };
  } finally {
    closeSync(fd);
  }
}

/**
 * Size and sha256 of a committed artifact, never through a link, and the
 * object it stands for when it is a Git LFS pointer (read in the same pass).
 */
export function hashRegistryArtifact(absolute: string): { size: number; sha256: string; lfs?: LfsPointer } {
  const head = Buffer.allocUnsafe(LFS_POINTER_MAX_BYTES);
  const facts = hashFrom(openRegistryFile(absolute), head);
  const lfs = facts.size < LFS_POINTER_MAX_BYTES ? parseLfsPointer(head.subarray(0, facts.size)) : undefined;
  return lfs ? { ...facts, lfs } : facts;
}

/** Size and sha256 of a file the user names (a training run's artifact: links followed). */
export function hashFile(path: string): { size: number; sha256: string } {
  return hashFrom(openSync(path, 'r'));
}

/** Size and sha256 of an open file, hashed in 1 MiB chunks: memory stays flat whatever its size. Copies its first bytes into `head`, if given. Closes `fd`. */
function hashFrom(fd: number, head?: Buffer): { size: number; sha256: string } {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let size = 0;
  try {
    let read: number;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      hash.update(buffer.subarray(0, read));
      if (head && size < head.length) buffer.copy(head, size, 0, Math.min(read, head.length - size));
      size += read;
    }
  } finally {
    closeSync(fd);
  }
  return { size, sha256: hash.digest('hex') };
}
