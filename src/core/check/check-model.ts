/**
 * One model folder checked alone, with the registry's settings: its documents,
 * the rules that look at one path or one model, and a summary of the model
 * (versions and lineage parents) for the rules that span models, which
 * validate.ts's validateFromModels runs. Whoever reads the folders, in one
 * process or several, only schedules these calls.
 */
import { checkDocument, type DocumentResult } from './check-document.js';
import { runRules, type ReadDocument } from './run-rules.js';
import { documentKind, REGISTRY_FILE } from '../format/layout.js';
import type { Problem } from '../problems.js';
import { buildRegistry, type ModelEntry, type Registry, type VersionEntry } from '../registry/registry.js';
import type { FileEntry } from '../registry/snapshot.js';
import { ENTRY_RULES, PER_MODEL_RULES } from '../rules/index.js';
import { detachRecord } from '../text/detach.js';
import { asArray, isRecord } from '../values.js';

/** registry.yaml's entry and checked document: what a model folder is checked with. */
interface RegistrySettings {
  entries: FileEntry[];
  documents: DocumentResult[];
}

interface ModelSummary {
  name: string;
  /** In SemVer order, as the full registry has them. */
  versions: { version: string; card?: string; parents?: unknown[] }[];
}

/** A model folder's problems and summary: small, so it can travel between threads. */
export interface ModelCheck {
  problems: Problem[];
  summary: ModelSummary;
}

/**
 * The checked documents of the entries that are registry documents. Each such
 * entry's bytes are dropped once checked, so the text does not outlive its use.
 */
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

/**
 * registry.yaml, for the settings only (its own problems are the caller's to
 * report): from the top level's documents already checked, or checked here.
 */
export function registrySettings(topEntries: FileEntry[], topDocuments?: DocumentResult[]): RegistrySettings {
  const entries = topEntries.filter((e) => e.path === REGISTRY_FILE);
  const documents = topDocuments ? topDocuments.filter((d) => d.path === REGISTRY_FILE) : checkEntries(entries.map((e) => ({ ...e })));
  return { entries, documents };
}

/** One folder's problems and summary, and the registry of that one model with the settings. */
export function checkModel(settings: RegistrySettings, name: string, entries: FileEntry[]): ModelCheck & { registry: Registry } {
  const texts = new Map(entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes!]));
  const documents = checkEntries(entries);
  const registry = buildRegistry([...settings.documents, ...documents], [...settings.entries, ...entries]);
  const readDocument: ReadDocument = (path) => texts.get(path);
  const problems = documents.flatMap((d) => d.problems);
  problems.push(...runRules([...ENTRY_RULES, ...PER_MODEL_RULES], { registry, entries: new Map(entries.map((e) => [e.path, e])) }, readDocument));
  const model = registry.models.get(name);
  const versions = [...(model?.versions.values() ?? [])].map((v) => {
    const card = v.card?.value;
    // Copies: the summary outlives the folder, and must not keep its files' text alive.
    const parents = isRecord(card) && isRecord(card.lineage) ? asArray(card.lineage.parents).map(detachRecord) : undefined;
    return { version: v.version, card: v.card?.path, parents };
  });
  return { problems, summary: { name, versions }, registry };
}

/** Enough of a model for the rules that span models: its versions and their lineage parents. */
export function skeletonModel(summary: ModelSummary): ModelEntry {
  const { name } = summary;
  const versions = new Map<string, VersionEntry>();
  for (const v of summary.versions) {
    versions.set(v.version, {
      model: name,
      version: v.version,
      dir: `models/${name}/versions/${v.version}`,
      card: v.card ? { path: v.card, value: { lineage: { parents: v.parents ?? [] } } as never, valid: true } : undefined,
      metricsFiles: [],
      files: [],
    });
  }
  return { name, dir: `models/${name}`, versions, strayFiles: [], monitoring: [] };
}
