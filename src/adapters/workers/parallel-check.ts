/**
 * Validation on every core, for `validate`, which needs only the report: the
 * main process and helper *processes* each take a share of the model folders
 * and run the per-file and per-model checks; the rules that span models then
 * run here on a skeleton of the registry (versions and lineage parents). Only
 * problems and that skeleton travel between processes, so the split pays.
 */
import { fork } from 'node:child_process';
import { checkEntries, checkEveryModelFolder, checkModelFolders, type ChunkJob, type ChunkResult, type OnModel } from './check-chunk.js';
import { readRegistryDocument, readTopLevel } from '../fs/fs-snapshot.js';
import type { Problem } from '../../core/problems.js';
import type { DocumentResult } from '../../core/check/check-document.js';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { buildRegistry, type ModelEntry, type Registry, type VersionEntry } from '../../core/registry/registry.js';
import { ENTRY_RULES, GLOBAL_RULES } from '../../core/rules/index.js';
import { assembleReport, locatePending, type Validated } from '../../core/validate.js';

export async function validateInParallel(workerFile: string, root: string, parts: number): Promise<Validated> {
  const top = readTopLevel(root);
  // Helpers first, so their start-up overlaps with the work here.
  const helpers = Array.from({ length: parts - 1 }, (_, i) => runHelper(workerFile, { root, models: top.modelFolders, part: i + 1, parts }));
  const topDocuments = checkEntries(top.entries.map((e) => ({ ...e })));
  const mine = checkModelFolders({ root, models: top.modelFolders, part: 0, parts });
  return validatedFromChunks(root, top.entries, topDocuments, [mine, ...(await Promise.all(helpers))]);
}

/**
 * The same report in this process alone (the folders read ahead on a
 * helper thread), showing each model folder to `onModel` as it is read.
 */
export async function validateVisiting(root: string, onModel: OnModel): Promise<Validated> {
  const top = readTopLevel(root);
  const documents = checkEntries(top.entries.map((e) => ({ ...e })));
  const chunks = await checkEveryModelFolder(root, { ...top, documents }, onModel);
  return validatedFromChunks(root, top.entries, documents, [chunks]);
}

/**
 * The report from every process's share: the per-file and per-model problems
 * they found, and the rules that span models run here on the skeleton.
 */
export function validatedFromChunks(root: string, topEntries: FileEntry[], topDocuments: DocumentResult[], shares: ChunkResult[][]): Validated {
  const chunks = shares.flat().sort((a, b) => a.index - b.index);
  const base = buildRegistry(topDocuments, topEntries);
  const registry: Registry = { ...base, models: new Map(chunks.map((c) => [c.summary.name, skeletonModel(c)])) };
  const entries = new Map(topEntries.map((e) => [e.path, e]));
  // The entry rules see the top level here, and each model folder's entries where that folder is checked.
  const pending = [...ENTRY_RULES, ...GLOBAL_RULES].flatMap((rule) => rule({ registry, entries }));
  const problems: Problem[] = topDocuments.flatMap((d) => d.problems);
  for (const chunk of chunks) for (const p of chunk.problems) problems.push(p);
  problems.push(...locatePending(pending, (path) => readRegistryDocument(root, path)));
  let versions = 0;
  for (const chunk of chunks) versions += chunk.summary.versions.length;
  return { registry, report: assembleReport(problems, chunks.length, versions) };
}

/** Enough of a model for the rules that span models: its versions and their lineage parents. */
function skeletonModel(chunk: ChunkResult): ModelEntry {
  const { name } = chunk.summary;
  const versions = new Map<string, VersionEntry>();
  for (const v of chunk.summary.versions) {
    versions.set(v.version, {
      model: name,
      version: v.version,
      dir: `models/${name}/versions/${v.version}`,
      card: v.card ? { path: v.card, value: { lineage: { parents: v.parents ?? [] } } as never, valid: true } : undefined,
      metricsFiles: [],
      files: [],
    });
  }
  return { name, dir: `models/${name}`, versions, strayFiles: [] };
}

function runHelper(file: string, job: ChunkJob): Promise<ChunkResult[]> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let results: ChunkResult[] | undefined;
    child.once('message', (message) => {
      results = message as ChunkResult[];
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (results) resolve(results);
      else reject(new Error(`validation helper process stopped with exit code ${code}`));
    });
    child.send(job);
  });
}
