/**
 * Validation on every core, for `validate`, which needs only the report: the
 * main thread and helper *threads* take the model folders one by one from a
 * shared counter and check them (core/check/check-model.ts); the core then
 * assembles the report, running the rules that span models on a skeleton of
 * the registry (versions and lineage parents). Only problems and that skeleton
 * travel between threads, so the split pays. This file only schedules.
 */
import { Worker } from 'node:worker_threads';
import { checkEveryModelFolder, checkModelFolders, type ChunkJob, type ChunkResult, type OnModel } from './check-chunk.js';
import { readRegistryDocument, readTopLevel } from '../fs/fs-snapshot.js';
import type { DocumentResult } from '../../core/check/check-document.js';
import { checkEntries } from '../../core/check/check-model.js';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { validateFromModels, type AgainstBase, type Validated } from '../../core/validate.js';

/** `against`: the rules on a base run too (validate --base on every core; the base is read for what changed only). */
export async function validateInParallel(workerFile: string, root: string, parts: number, against?: AgainstBase): Promise<Validated> {
  return (await checkInParallel(workerFile, root, parts, false, against)).validated;
}

/**
 * The same report for the audit, with what the audit needs of each model
 * (core/audit/audit-view.ts) in place of the skeleton's models, in name order.
 */
export async function auditInParallel(workerFile: string, root: string, parts: number): Promise<Validated> {
  const { validated, chunks } = await checkInParallel(workerFile, root, parts, true);
  const views = chunks.flatMap((c) => (c.model ? [c.model] : [])).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ...validated, registry: { ...validated.registry, models: new Map(views.map((m) => [m.name, m])) } };
}

async function checkInParallel(workerFile: string, root: string, parts: number, audit: boolean, against?: AgainstBase) {
  const top = readTopLevel(root);
  const job: ChunkJob = { root, models: top.modelFolders, next: new Int32Array(new SharedArrayBuffer(4)), ...(audit ? { audit } : {}) };
  // Helpers first: this thread takes folders while they start, and they take what is left when they are ready.
  const helpers = Array.from({ length: parts - 1 }, () => runHelper(workerFile, job));
  const topDocuments = checkEntries(top.entries.map((e) => ({ ...e })));
  const mine = checkModelFolders(job);
  const chunks = [mine, ...(await Promise.all(helpers))].flat().sort((a, b) => a.index - b.index);
  return { validated: validatedFromChunks(root, top.entries, topDocuments, chunks, against), chunks };
}

/**
 * The same report in this process alone (the folders read ahead on a
 * helper thread), showing each model folder to `onModel` as it is read.
 */
export async function validateVisiting(root: string, onModel: OnModel): Promise<Validated> {
  const top = readTopLevel(root);
  const documents = checkEntries(top.entries.map((e) => ({ ...e })));
  const chunks = await checkEveryModelFolder(root, { ...top, documents }, onModel);
  return validatedFromChunks(root, top.entries, documents, chunks);
}

/** The report from every process's share, the model folders in order. */
function validatedFromChunks(root: string, topEntries: FileEntry[], topDocuments: DocumentResult[], chunks: ChunkResult[], against?: AgainstBase): Validated {
  return validateFromModels(topEntries, topDocuments, chunks, (path) => readRegistryDocument(root, path), against);
}

function runHelper(file: string, job: ChunkJob): Promise<ChunkResult[]> {
  return new Promise((resolve, reject) => {
    // A thread, not a process: it starts in a fraction of the time, and the counter is shared memory.
    const worker = new Worker(file, { workerData: job });
    let results: ChunkResult[] | undefined;
    worker.once('message', (message: ChunkResult[]) => {
      results = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (results) resolve(results);
      else reject(new Error(`validation helper thread stopped with exit code ${code}`));
    });
  });
}
