/**
 * One thread's share of the per-file phase: claim a model folder, list it,
 * read and check its documents, repeat. Document bytes are dropped once
 * checked, so only the results travel back to the main thread.
 */
import { checkDocument, documentKind, type DocumentResult } from '../core/check/check-document.js';
import type { FileEntry } from '../core/registry/snapshot.js';
import { readModelFolder } from './fs-snapshot.js';

export interface ChunkJob {
  root: string;
  models: string[];
  /** A shared counter of claimed model folders. */
  counter: Int32Array;
}

export interface ChunkResult {
  /** Index of the model folder, to put results back in order. */
  index: number;
  entries: FileEntry[];
  documents: DocumentResult[];
}

export function checkModelFolders(job: ChunkJob): ChunkResult[] {
  const results: ChunkResult[] = [];
  for (;;) {
    const index = Atomics.add(job.counter, 0, 1);
    if (index >= job.models.length) return results;
    const entries = readModelFolder(job.root, job.models[index]);
    results.push({ index, entries, documents: checkEntries(entries) });
  }
}

export function checkEntries(entries: FileEntry[]): DocumentResult[] {
  const documents: DocumentResult[] = [];
  for (const entry of entries) {
    if (entry.type === 'file' && entry.bytes && documentKind(entry.path)) {
      documents.push(checkDocument(entry.path, entry.bytes, entry.size));
      entry.bytes = undefined;
    }
  }
  return documents;
}
