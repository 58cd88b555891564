import { classifyPath, isDocumentPath, REGISTRY_FILE } from '../format/layout.js';
import type { LfsPointer } from '../format/lfs-pointer.js';

/**
 * The plain data the core works on: what is on disk under a registry root,
 * gathered by an adapter (the file system, a git tree, a test). The core never
 * reads files itself.
 */
export interface FileEntry {
  /** Relative to the registry root, forward slashes. */
  path: string;
  /**
   * 'directory' only where a file belongs (a folder named card.yaml, listed
   * as one entry, nothing inside it); 'other' is a pipe, socket, device or
   * submodule. Only a 'file' is ever read.
   */
  type: 'file' | 'symlink' | 'directory' | 'other';
  size: number;
  /** The bytes of every registry document (registry.yaml, model.yaml, stages.yaml, card.yaml, metrics.*). */
  bytes?: Uint8Array;
  /** sha256 (hex) of every other regular file inside a version folder: the committed artifacts. */
  sha256?: string;
  /** When such a file is a Git LFS pointer (content not fetched): the object it stands for, which is checked against the card instead. */
  lfs?: LfsPointer;
}

/**
 * A git tree lists the files inside a folder named like a registry file
 * (models/m/model.yaml/x); the snapshot shows that folder as one 'directory'
 * entry instead, as the file system adapter does.
 */
export function foldersAtFilePlaces(entries: readonly FileEntry[]): FileEntry[] {
  const out: FileEntry[] = [];
  const folders = new Set(entries.filter((e) => e.type === 'directory').map((e) => e.path));
  for (const entry of entries) {
    const folder = documentFolderOf(entry.path);
    if (folder === undefined) out.push(entry);
    else if (!folders.has(folder)) {
      folders.add(folder);
      out.push({ path: folder, type: 'directory', size: 0 });
    }
  }
  return out;
}

/** The registry-file path a path lies inside, if it does: registry.yaml/x → registry.yaml. */
function documentFolderOf(path: string): string | undefined {
  if (path.startsWith(`${REGISTRY_FILE}/`)) return REGISTRY_FILE;
  const info = classifyPath(path);
  const inner = info.kind === 'model-file' || info.kind === 'version-file' ? info.inner : undefined;
  const slash = inner?.indexOf('/') ?? -1;
  if (inner === undefined || slash === -1) return undefined;
  const folder = path.slice(0, path.length - inner.length + slash);
  return isDocumentPath(folder) ? folder : undefined;
}

export interface RegistrySnapshot {
  entries: FileEntry[];
}

/**
 * What is fixed forever: the files of every released version (on the base
 * branch, or under a release tag) by git blob id, and the blob ids of the same
 * folders now.
 */
export interface BaseState {
  /** Path -> git blob id when released, for every file inside released version folders. */
  released: Map<string, string>;
  /** Path -> git blob id now, for every file inside the same folders. */
  current: Map<string, string>;
  /** Version folders frozen by their release tag though the base lacks them: folder -> tag. The others are frozen because the base has them (merged). */
  tagged?: Map<string, string>;
  /** registry.yaml at the base commit (a regular file's bytes), for what must not change there once versions are released (tag_format). */
  settingsBytes?: Uint8Array;
}
