import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CROSS_FILE_RULES,
  ENTRY_RULES,
  GLOBAL_RULES,
  checkDocument,
  runRules,
  skeletonModel
} from "./chunk-HEELOUZM.js";
import {
  buildRegistry,
  compareProblems
} from "./chunk-TSDIAPAP.js";
import {
  documentKind
} from "./chunk-42CJQNK5.js";

// src/core/validate.ts
function validateSnapshot(snapshot, options = {}) {
  const documents = snapshot.entries.filter((e) => e.type === "file" && e.bytes && documentKind(e.path)).map((e) => checkDocument(e.path, e.bytes, e.size));
  const texts = new Map(snapshot.entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes]));
  return crossCheck(documents, snapshot.entries, options, (path) => texts.get(path));
}
function crossCheck(documents, entries, options, readDocument) {
  const registry = buildRegistry(documents, entries);
  return assembleValidation(
    registry,
    entries,
    CROSS_FILE_RULES,
    documents.flatMap((d) => d.problems),
    readDocument,
    options.base
  );
}
function validateFromModels(topEntries, topDocuments, models, readDocument, against) {
  const top = buildRegistry(topDocuments, topEntries);
  const registry = { ...top, models: new Map(models.map((m) => [m.summary.name, skeletonModel(m.summary)])) };
  const found = topDocuments.flatMap((d) => d.problems);
  for (const model of models) for (const p of model.problems) found.push(p);
  if (!against) return assembleValidation(registry, topEntries, [...ENTRY_RULES, ...GLOBAL_RULES], found, readDocument);
  found.push(...runRules(ENTRY_RULES, { registry, entries: new Map(topEntries.map((e) => [e.path, e])) }, readDocument));
  return assembleValidation(registry, [...topEntries, ...against.entries], GLOBAL_RULES, found, readDocument, against.base);
}
function assembleValidation(registry, entries, rules, problems, readDocument, base) {
  problems.push(...runRules(rules, { registry, entries: new Map(entries.map((e) => [e.path, e])), base }, readDocument));
  problems.sort(compareProblems);
  let versions = 0;
  for (const model of registry.models.values()) versions += model.versions.size;
  return { registry, report: { ok: !problems.some((p) => p.severity === "error"), models: registry.models.size, versions, problems: dedupe(problems) } };
}
function dedupe(problems) {
  const kept = [];
  let run = 0;
  for (const p of problems) {
    const last = kept[kept.length - 1];
    if (!last || last.file !== p.file || last.line !== p.line || last.column !== p.column || last.rule !== p.rule) run = kept.length;
    else if (kept.slice(run).some((q) => q.message === p.message)) continue;
    kept.push(p);
  }
  return kept;
}

// src/core/registry/load.ts
function loadRegistry(snapshot) {
  const documents = snapshot.entries.filter((e) => e.type === "file" && e.bytes && documentKind(e.path)).map((e) => checkDocument(e.path, e.bytes, e.size));
  return buildRegistry(documents, snapshot.entries);
}

export {
  validateSnapshot,
  crossCheck,
  validateFromModels,
  loadRegistry
};
