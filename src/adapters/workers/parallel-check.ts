/**
 * Validation on every core, for `validate`, which needs only the report: the
 * main process and helper *processes* each take a share of the model folders
 * and check them (core/check/check-model.ts); the core then assembles the
 * report, running the rules that span models on a skeleton of the registry
 * (versions and lineage parents). Only problems and that skeleton travel
 * between processes, so the split pays. This file only schedules.
 */
import { fork } from 'node:child_process';
import { checkEveryModelFolder, checkModelFolders, type ChunkJob, type ChunkResult, type OnModel } from './check-chunk.js';
import { readRegistryDocument, readTopLevel } from '../fs/fs-snapshot.js';
import type { DocumentResult } from '../../core/check/check-document.js';
import { checkEntries } from '../../core/check/check-model.js';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { validateFromModels, type Validated } from '../../core/validate.js';

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

/** The report from every process's share, the model folders put back in order. */
function validatedFromChunks(root: string, topEntries: FileEntry[], topDocuments: DocumentResult[], shares: ChunkResult[][]): Validated {
  const chunks = shares.flat().sort((a, b) => a.index - b.index);
  return validateFromModels(topEntries, topDocuments, chunks, (path) => readRegistryDocument(root, path));
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
