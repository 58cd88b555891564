/**
 * One process's share of validation: for each of its model folders, read the
 * files and check the folder (core/check/check-model.ts). Only problems and a
 * small summary (versions and their lineage parents, for the rules that span
 * models) go back to the parent, so nothing large is copied between processes.
 */
import type { DocumentResult } from '../../core/check/check-document.js';
import { checkModel, registrySettings, type ModelCheck } from '../../core/check/check-model.js';
import type { Registry } from '../../core/registry/registry.js';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { readModelFolder, readTopLevel } from '../fs/fs-snapshot.js';
import { readModelFolders } from './read-ahead.js';

export interface ChunkJob {
  root: string;
  models: string[];
  /** This process takes the model folders part, part + parts, part + 2 * parts, … */
  part: number;
  parts: number;
}

export interface ChunkResult extends ModelCheck {
  /** Index of the model folder, to put results back in order. */
  index: number;
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
  // Striding spreads large and small models evenly over the processes.
  for (let index = job.part; index < job.models.length; index += job.parts) {
    const { problems, summary } = checkModel(settings, job.models[index], readModelFolder(job.root, job.models[index]));
    results.push({ index, problems, summary });
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
