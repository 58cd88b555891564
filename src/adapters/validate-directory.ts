/**
 * Validates a registry folder: reads it (in parallel workers when it is large
 * and the bundled worker is present), reads the base from git when asked, and
 * runs the core. The report is the same whichever path ran.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseState, FileEntry } from '../core/registry/snapshot.js';
import type { DocumentResult } from '../core/check/check-document.js';
import { crossCheck, type Validated } from '../core/validate.js';
import { buildRegistry, tagName } from '../core/registry/registry.js';
import { checkEntries, type ChunkResult } from './check-chunk.js';
import { readDocumentBytes, readModelFolder, readTopLevel } from './fs-snapshot.js';
import { baseState, resolveCommit } from './git.js';
import { checkInWorkers } from './parallel-check.js';

export interface ValidateDirectoryOptions {
  root: string;
  /** A git ref: released versions there must not change. */
  base?: string;
}

/** Below this many model folders a worker costs more to start than it saves. */
const PARALLEL_THRESHOLD = 100;

export async function validateDirectory(options: ValidateDirectoryOptions): Promise<Validated> {
  const { root } = options;
  const top = readTopLevel(root);
  const topDocuments = checkEntries(top.entries);
  const workerFile = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  const threads = workerCount();
  let chunks: ChunkResult[];
  if (threads > 1 && top.modelFolders.length >= PARALLEL_THRESHOLD && existsSync(workerFile)) {
    chunks = await checkInWorkers(workerFile, root, top.modelFolders, threads);
  } else {
    chunks = top.modelFolders.map((model, index) => {
      const entries = readModelFolder(root, model);
      return { index, entries, documents: checkEntries(entries) };
    });
  }
  const entries: FileEntry[] = [...top.entries];
  const documents: DocumentResult[] = [...topDocuments];
  for (const chunk of chunks) {
    for (const e of chunk.entries) entries.push(e);
    for (const d of chunk.documents) documents.push(d);
  }
  let base: BaseState | undefined;
  if (options.base) {
    const settings = buildRegistry(topDocuments, top.entries).settings;
    base = baseState(root, resolveCommit(root, options.base), entries, (model, version) => tagName(settings, model, version));
  }
  return crossCheck(documents, entries, { base }, (path) => readDocumentBytes(join(root, path)).bytes);
}

/**
 * One thread unless MODEL_REGISTRY_WORKERS asks for more. Measured on the
 * 1,000 x 20 benchmark (2 cores): the per-file phase does split over threads
 * or processes, but handing 40,000 parsed documents back to the main thread
 * (structured clone) costs as much as the split saves, so two threads were
 * 5-10% slower than one. The parallel path stays, tested to give the same
 * report, for machines and registries where it pays.
 */
function workerCount(): number {
  const configured = Number(process.env.MODEL_REGISTRY_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return Math.min(configured, availableParallelism(), 8);
  return 1;
}
