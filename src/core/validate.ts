/**
 * Validation as a pure function: the registry's files in, a report out. The
 * per-file phase (checkDocument) and the cross-file phase are separate so an
 * adapter can run the first in parallel workers and still get the same report.
 */
import { checkDocument, documentKind, locateAll, type DocumentResult } from './check/check-document.js';
import { parsePrecise } from './parse/precise-parse.js';
import { compareProblems, type PendingProblem, type Problem } from './problems.js';
import { buildRegistry, type Registry } from './registry/registry.js';
import type { BaseState, FileEntry, RegistrySnapshot } from './registry/snapshot.js';
import { CROSS_FILE_RULES } from './rules/index.js';

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
  const documents = snapshot.entries
    .filter((e) => e.type === 'file' && e.bytes && documentKind(e.path))
    .map((e) => checkDocument(e.path, e.bytes!, e.size));
  const texts = new Map(snapshot.entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes!]));
  return crossCheck(documents, snapshot.entries, options, (path) => texts.get(path));
}

/**
 * The cross-file phase. `readDocument` gives the bytes of a document that a
 * cross-file rule found a problem in, so its line and column can be found.
 */
export function crossCheck(
  documents: readonly DocumentResult[],
  entries: readonly FileEntry[],
  options: ValidateOptions,
  readDocument: (path: string) => Uint8Array | undefined,
): Validated {
  const registry = buildRegistry(documents, entries);
  const entryMap = new Map(entries.map((e) => [e.path, e]));
  const pending: PendingProblem[] = [];
  for (const rule of CROSS_FILE_RULES) pending.push(...rule({ registry, entries: entryMap, base: options.base }));

  const problems: Problem[] = documents.flatMap((d) => d.problems);
  problems.push(...locatePending(pending, readDocument));
  let versions = 0;
  for (const model of registry.models.values()) versions += model.versions.size;
  return { registry, report: assembleReport(problems, registry.models.size, versions) };
}

/** The report: problems in reading order, each cause once. */
export function assembleReport(problems: Problem[], models: number, versions: number): ValidationReport {
  problems.sort(compareProblems);
  return { ok: !problems.some((p) => p.severity === 'error'), models, versions, problems: dedupe(problems) };
}

/** Lines and columns for problems that rules found on parsed values. */
export function locatePending(pending: PendingProblem[], readDocument: (path: string) => Uint8Array | undefined): Problem[] {
  const byFile = new Map<string, PendingProblem[]>();
  for (const p of pending) {
    const list = byFile.get(p.file) ?? [];
    list.push(p);
    byFile.set(p.file, list);
  }
  const out: Problem[] = [];
  for (const [file, list] of byFile) {
    const needsText = list.some((p) => p.at && 'path' in p.at);
    const bytes = needsText ? readDocument(file) : undefined;
    if (bytes) {
      out.push(...locateAll(parsePrecise(new TextDecoder().decode(bytes)), list));
    } else {
      out.push(...list.map(({ at, ...rest }) => ({ ...rest, line: at && 'line' in at ? at.line : 1, column: at && 'line' in at ? at.column : 1 })));
    }
  }
  return out;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.rule}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
