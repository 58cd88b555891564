/**
 * The plain data the core works on: what is on disk under a registry root,
 * gathered by an adapter (the file system, a git tree, a test). The core never
 * reads files itself.
 */
export interface FileEntry {
  /** Relative to the registry root, forward slashes. */
  path: string;
  type: 'file' | 'symlink' | 'other';
  size: number;
  /** The bytes of every registry document (registry.yaml, model.yaml, stages.yaml, card.yaml, metrics.*). */
  bytes?: Uint8Array;
  /** sha256 (hex) of every other regular file inside a version folder: the committed artifacts. */
  sha256?: string;
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
}
