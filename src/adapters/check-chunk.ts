/**
 * One process's share of validation: for each of its model folders, read the
 * files, check every document, and run the per-model rules with the
 * registry's settings. Only problems and a small summary (versions and their
 * lineage parents, for the rules that span models) go back to the parent, so
 * nothing large is copied between processes.
 */
import { checkDocument, documentKind, type DocumentResult } from '../core/check/check-document.js';
import type { PendingProblem, Problem } from '../core/problems.js';
import { locatePending } from '../core/validate.js';
import { buildRegistry, type Registry } from '../core/registry/registry.js';
import type { FileEntry } from '../core/registry/snapshot.js';
import { PER_MODEL_RULES } from '../core/rules/index.js';
import { asArray, isRecord } from '../core/rules/context.js';
import { detachRecord } from '../core/text/detach.js';
import { readModelFolder, readTopLevel } from './fs-snapshot.js';
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

export function checkModelFolders(job: ChunkJob, onModel?: OnModel): ChunkResult[] {
  const settings = settingsOf(job.root);
  const results: ChunkResult[] = [];
  // Striding spreads large and small models evenly over the processes.
  for (let index = job.part; index < job.models.length; index += job.parts) {
    results.push(checkModelFolder(settings, index, job.models[index], readModelFolder(job.root, job.models[index]), onModel));
  }
  return results;
}

/** Every model folder, in this process, read ahead on a helper thread (read-ahead.ts). */
export async function checkEveryModelFolder(root: string, models: string[], onModel?: OnModel): Promise<ChunkResult[]> {
  const settings = settingsOf(root);
  const results: ChunkResult[] = [];
  let index = 0;
  for await (const entries of readModelFolders(root, models)) {
    results.push(checkModelFolder(settings, index, models[index], entries, onModel));
    index++;
  }
  return results;
}

interface SettingsDocuments {
  entries: FileEntry[];
  documents: DocumentResult[];
}

/** registry.yaml, for the settings only: its own problems are the caller's to report. */
function settingsOf(root: string): SettingsDocuments {
  const entries = readTopLevel(root).entries.filter((e) => e.path === 'registry.yaml');
  return { entries, documents: checkEntries(entries.map((e) => ({ ...e }))) };
}

function checkModelFolder(settings: SettingsDocuments, index: number, name: string, entries: FileEntry[], onModel: OnModel | undefined): ChunkResult {
  const texts = new Map(entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes!]));
  const documents = checkEntries(entries);
  const registry = buildRegistry([...settings.documents, ...documents], [...settings.entries, ...entries]);
  const entryMap = new Map(entries.map((e) => [e.path, e]));
  const pending: PendingProblem[] = [];
  for (const rule of PER_MODEL_RULES) pending.push(...rule({ registry, entries: entryMap }));
  const problems = documents.flatMap((d) => d.problems);
  problems.push(...locatePending(pending, (path) => texts.get(path)));
  const model = registry.models.get(name);
  onModel?.(registry, name);
  const versions = [...(model?.versions.values() ?? [])].map((v) => {
    const card = v.card?.value;
    // Copies: the skeleton outlives the folder, and must not keep its files' text alive.
    const parents = isRecord(card) && isRecord(card.lineage) ? asArray(card.lineage.parents).map(detachRecord) : undefined;
    return { version: v.version, card: v.card?.path, parents };
  });
  return { index, problems, summary: { name, versions } };
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
