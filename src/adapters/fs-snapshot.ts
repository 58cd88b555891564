/**
 * Reads a registry folder into the plain snapshot the core checks: every file
 * under registry.yaml and models/, documents with their bytes, other files in
 * version folders with their sha256 (hashed in chunks, so a 10 GB artifact
 * costs no memory). Symbolic links are recorded, never followed.
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { classifyPath, isDocumentPath, MAX_DOCUMENT_BYTES, MODELS_DIR, REGISTRY_FILE } from '../core/format/layout.js';
import type { FileEntry, RegistrySnapshot } from '../core/registry/snapshot.js';

export class UnreadableRootError extends Error {}

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
  const walk = (relative: string) => {
    for (const dirent of listDir(join(root, relative))) {
      const path = `${relative}/${dirent.name}`;
      if (dirent.isDirectory()) walk(path);
      else {
        const entry = fileEntry(root, path, dirent);
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

function fileEntry(root: string, path: string, dirent: Dirent | undefined): FileEntry | undefined {
  const absolute = join(root, path);
  try {
    // The common case, a document the directory listing already calls a file, needs no stat.
    if (dirent?.isFile() && isDocumentPath(path)) return documentEntry(path, absolute);
    const stat = lstatSync(absolute);
    const type = stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : 'other';
    if (type === 'file' && isDocumentPath(path)) return documentEntry(path, absolute);
    const entry: FileEntry = { path, type, size: stat.size };
    if (type === 'file' && classifyPath(path).kind === 'version-file') entry.sha256 = sha256File(absolute);
    return entry;
  } catch {
    // Gone since it was listed, or unreadable: nothing to check.
    return undefined;
  }
}

function documentEntry(path: string, absolute: string): FileEntry {
  const { bytes, size } = readDocumentBytes(absolute);
  return { path, type: 'file', size, bytes };
}

let scratch: Buffer | undefined;

/** A document's bytes, but never more than the limit plus one: an oversized card is refused, not loaded. */
export function readDocumentBytes(absolute: string): { bytes: Uint8Array; size: number } {
  scratch ??= Buffer.allocUnsafe(MAX_DOCUMENT_BYTES + 1);
  const fd = openSync(absolute, 'r');
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

export function sha256File(path: string): string {
  return hashFile(path).sha256;
}

/** Size and sha256 of a file, hashed in 1 MiB chunks: memory stays flat whatever its size. */
export function hashFile(path: string): { size: number; sha256: string } {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  const fd = openSync(path, 'r');
  let size = 0;
  try {
    let read: number;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      hash.update(buffer.subarray(0, read));
      size += read;
    }
  } finally {
    closeSync(fd);
  }
  return { size, sha256: hash.digest('hex') };
}
