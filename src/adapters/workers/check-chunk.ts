/**
 * One thread's share of validation: for each model folder it takes, read the
 * files and check the folder (core/check/check-model.ts). Only problems and a
 * small summary (versions and their lineage parents, for the rules that span
 * models) go back to the main thread, so nothing large is copied between threads.
 */
import type { DocumentResult } from '../../core/check/check-document.js';
import { checkModel, registrySettings, type ModelCheck } from '../../core/check/check-model.js';
import { auditView } from '../../core/audit/audit-view.js';
import type { ModelEntry, Registry } from '../../core/registry/registry.js';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { readModelFolder, readTopLevel } from '../fs/fs-snapshot.js';
import { readModelFolders } from './read-ahead.js';

export interface ChunkJob {
  root: string;
  models: string[];
  /** One counter shared by every thread (over a SharedArrayBuffer): each takes the next model folder from it. */
  next: Int32Array;
  /** For the audit: each result also carries what the audit needs of its model (core/audit/audit-view.ts). */
  audit?: boolean;
}

export interface ChunkResult extends ModelCheck {
  /** Index of the model folder, to put results back in order. */
  index: number;
  model?: ModelEntry;
}

/**
 * `onModel` sees each model folder as read (a registry of that one model, with
 * the settings) before its documents are dropped: how the site makes its
 * pages' data in the same pass without holding every parsed file at once.
 */
export type OnModel = (registry: Registry, model: string) => void;

export function checkModelFolders(job: ChunkJob): ChunkResult[] {
  const settings = registrySettings(readTopLevel(job.root).entries);
  const results: ChunkResult[] = [];
  // One folder at a time from the shared counter: every thread stays busy to the end, however late it started
  // or however slowly a busy machine runs it, so none waits for another's fixed share.
  for (let index = Atomics.add(job.next, 0, 1); index < job.models.length; index = Atomics.add(job.next, 0, 1)) {
    const { problems, summary, registry } = checkModel(settings, job.models[index], readModelFolder(job.root, job.models[index]));
    const model = job.audit ? registry.models.get(job.models[index]) : undefined;
    results.push({ index, problems, summary, ...(model ? { model: auditView(model) } : {}) });
  }
  return results;
}

/**
 * Every model folder, in this process, read ahead on a helper thread
 * (read-ahead.ts). The caller has read and checked the top level already.
 */
export async function checkEveryModelFolder(root: string, top: TopLevel, onModel: OnModel): Promise<ChunkResult[]> {
  const settings = registrySettings(top.entries, top.documents);
  const results: ChunkResult[] = [];
  let index = 0;
  for await (const entries of readModelFolders(root, top.modelFolders)) {
    const name = top.modelFolders[index];
    const { problems, summary, registry } = checkModel(settings, name, entries);
    onModel(registry, name);
    results.push({ index, problems, summary });
    index++;
  }
  return results;
}

/** registry.yaml and whatever lies directly in models/, checked, and the model folders to read. */
export interface TopLevel {
  entries: FileEntry[];
  documents: DocumentResult[];
  modelFolders: string[];
}
