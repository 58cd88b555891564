/**
 * One process's share of validation: for each of its model folders, read the
 * files, check every document, and run the per-model rules with the
 * registry's settings. Only problems and a small summary (versions and their
 * lineage parents, for the rules that span models) go back to the parent, so
 * nothing large is copied between processes.
 */
import { checkDocument, documentKind, type DocumentResult } from '../../core/check/check-document.js';
import { REGISTRY_FILE } from '../../core/format/layout.js';
import type { PendingProblem, Problem } from '../../core/problems.js';
import { locatePending } from '../../core/validate.js';
import { buildRegistry, type Registry } from '../../core/registry/registry.js';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { ENTRY_RULES, PER_MODEL_RULES } from '../../core/rules/index.js';
import { asArray, isRecord } from '../../core/rules/context.js';
import { detachRecord } from '../../core/text/detach.js';
import { readModelFolder, readTopLevel } from '../fs/fs-snapshot.js';
import { readModelFolders } from './read-ahead.js';

export interface ChunkJob {
  root: string;
  models: string[];
  /** This process takes the model folders part, part + parts, part + 2 * parts, … */
  part: number;
  parts: number;
}

export interface ModelSummary {
  name: string;
  /** In SemVer order, as the full registry has them. */
  versions: { version: string; card?: string; parents?: unknown[] }[];
}

export interface ChunkResult {
  /** Index of the model folder, to put results back in order. */
  index: number;
  problems: Problem[];
  summary: ModelSummary;
}

/**
 * `onModel` sees each model folder as read (a registry of that one model, with
 * the settings) before its documents are dropped: how the site makes its
 * pages' data in the same pass without holding every parsed file at once.
 */
export type OnModel = (registry: Registry, model: string) => void;

export function checkModelFolders(job: ChunkJob): ChunkResult[] {
  const settings = settingsOf(readTopLevel(job.root).entries);
  const results: ChunkResult[] = [];
  // Striding spreads large and small models evenly over the processes.
  for (let index = job.part; index < job.models.length; index += job.parts) {
    results.push(checkModelFolder(settings, index, job.models[index], readModelFolder(job.root, job.models[index])).result);
  }
  return results;
}

/**
 * Every model folder, in this process, read ahead on a helper thread
 * (read-ahead.ts). The caller has read and checked the top level already.
 */
export async function checkEveryModelFolder(root: string, top: TopLevel, onModel: OnModel): Promise<ChunkResult[]> {
  const settings = settingsOf(top.entries, top.documents);
  const results: ChunkResult[] = [];
  let index = 0;
  for await (const entries of readModelFolders(root, top.modelFolders)) {
    const name = top.modelFolders[index];
    const { result, registry } = checkModelFolder(settings, index, name, entries);
    onModel(registry, name);
    results.push(result);
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

interface SettingsDocuments {
  entries: FileEntry[];
  documents: DocumentResult[];
}

/**
 * registry.yaml, for the settings only (its own problems are the caller's to
 * report): from the documents already checked, or checked here.
 */
function settingsOf(topEntries: FileEntry[], topDocuments?: DocumentResult[]): SettingsDocuments {
  const entries = topEntries.filter((e) => e.path === REGISTRY_FILE);
  const documents = topDocuments ? topDocuments.filter((d) => d.path === REGISTRY_FILE) : checkEntries(entries.map((e) => ({ ...e })));
  return { entries, documents };
}

/** One folder's problems and skeleton, and the registry of that one model with the settings. */
function checkModelFolder(settings: SettingsDocuments, index: number, name: string, entries: FileEntry[]): { result: ChunkResult; registry: Registry } {
  const texts = new Map(entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes!]));
  const documents = checkEntries(entries);
  const registry = buildRegistry([...settings.documents, ...documents], [...settings.entries, ...entries]);
  const entryMap = new Map(entries.map((e) => [e.path, e]));
  const pending: PendingProblem[] = [];
  for (const rule of [...ENTRY_RULES, ...PER_MODEL_RULES]) pending.push(...rule({ registry, entries: entryMap }));
  const problems = documents.flatMap((d) => d.problems);
  problems.push(...locatePending(pending, (path) => texts.get(path)));
  const model = registry.models.get(name);
  const versions = [...(model?.versions.values() ?? [])].map((v) => {
    const card = v.card?.value;
    // Copies: the skeleton outlives the folder, and must not keep its files' text alive.
    const parents = isRecord(card) && isRecord(card.lineage) ? asArray(card.lineage.parents).map(detachRecord) : undefined;
    return { version: v.version, card: v.card?.path, parents };
  });
  return { result: { index, problems, summary: { name, versions } }, registry };
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
