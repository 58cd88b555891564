/**
 * Validation as a pure function: the registry's files in, a report out. The
 * per-file phase (checkDocument) and the cross-file phase are separate, and a
 * model folder can be checked alone (check/check-model.ts), so an adapter can
 * spread the work over threads: both ways end in the same assembly below.
 */
import { checkDocument, type DocumentResult } from './check/check-document.js';
import { documentKind } from './format/layout.js';
import { skeletonModel, type ModelCheck } from './check/check-model.js';
import { runRules, type ReadDocument } from './check/run-rules.js';
import { compareProblems, type Problem } from './problems.js';
import { buildRegistry, type Registry } from './registry/registry.js';
import type { BaseState, FileEntry, RegistrySnapshot } from './registry/snapshot.js';
import type { Rule } from './rules/context.js';
import { CROSS_FILE_RULES, ENTRY_RULES, GLOBAL_RULES } from './rules/index.js';

export interface ValidationReport {
  ok: boolean;
  models: number;
  versions: number;
  problems: Problem[];
}

export interface ValidateOptions {
  base?: BaseState;
}

export interface Validated {
  report: ValidationReport;
  registry: Registry;
}

export function validateSnapshot(snapshot: RegistrySnapshot, options: ValidateOptions = {}): Validated {
  const documents = snapshot.entries.filter((e) => e.type === 'file' && e.bytes && documentKind(e.path)).map((e) => checkDocument(e.path, e.bytes!, e.size));
  const texts = new Map(snapshot.entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes!]));
  return crossCheck(documents, snapshot.entries, options, (path) => texts.get(path));
}

/**
 * The cross-file phase on the whole registry. `readDocument` gives the bytes
 * of a document that a cross-file rule found a problem in, so its line and
 * column can be found.
 */
export function crossCheck(
  documents: readonly DocumentResult[],
  entries: readonly FileEntry[],
  options: ValidateOptions,
  readDocument: ReadDocument,
): Validated {
  const registry = buildRegistry(documents, entries);
  return assembleValidation(
    registry,
    entries,
    CROSS_FILE_RULES,
    documents.flatMap((d) => d.problems),
    readDocument,
    options.base,
  );
}

/**
 * The same report from the model folders checked one by one (checkModel, in
 * any process, given here in folder order): the top level's documents, and
 * the rules that span models run on a skeleton of the registry.
 */
export function validateFromModels(
  topEntries: readonly FileEntry[],
  topDocuments: readonly DocumentResult[],
  models: readonly ModelCheck[],
  readDocument: ReadDocument,
  against?: AgainstBase,
): Validated {
  const top = buildRegistry(topDocuments, topEntries);
  const registry: Registry = { ...top, models: new Map(models.map((m) => [m.summary.name, skeletonModel(m.summary)])) };
  const found: Problem[] = topDocuments.flatMap((d) => d.problems);
  for (const model of models) for (const p of model.problems) found.push(p);
  if (!against) return assembleValidation(registry, topEntries, [...ENTRY_RULES, ...GLOBAL_RULES], found, readDocument);
  // The entry rules see the top level here, and each model folder's entries where that folder is checked;
  // the rules on the base also see the entries of the version folders it fixes (a link there is its own problem).
  found.push(...runRules(ENTRY_RULES, { registry, entries: new Map(topEntries.map((e) => [e.path, e])) }, readDocument));
  return assembleValidation(registry, [...topEntries, ...against.entries], GLOBAL_RULES, found, readDocument, against.base);
}

/** What the rules on a base need beside the skeleton: the base state, and the entries of the model folders that changed. */
export interface AgainstBase {
  base: BaseState;
  entries: readonly FileEntry[];
}

/**
 * The one assembly of a report, for both ways above: the problems found so
 * far, the remaining rules' problems placed in their files, then sorted,
 * each cause once, and counted.
 */
function assembleValidation(
  registry: Registry,
  entries: readonly FileEntry[],
  rules: readonly Rule[],
  problems: Problem[],
  readDocument: ReadDocument,
  base?: BaseState,
): Validated {
  problems.push(...runRules(rules, { registry, entries: new Map(entries.map((e) => [e.path, e])), base }, readDocument));
  problems.sort(compareProblems);
  let versions = 0;
  for (const model of registry.models.values()) versions += model.versions.size;
  return { registry, report: { ok: !problems.some((p) => p.severity === 'error'), models: registry.models.size, versions, problems: dedupe(problems) } };
}

/**
 * One problem per cause: rules that meet the same fault from two sides report
 * it once. The problems are sorted, so the same fault lies within a run of
 * problems at one place under one rule: only messages within the run are compared.
 */
function dedupe(problems: Problem[]): Problem[] {
  const kept: Problem[] = [];
  let run = 0;
  for (const p of problems) {
    const last = kept[kept.length - 1];
    if (!last || last.file !== p.file || last.line !== p.line || last.column !== p.column || last.rule !== p.rule) run = kept.length;
    else if (kept.slice(run).some((q) => q.message === p.message)) continue;
    kept.push(p);
  }
  return kept;
}
