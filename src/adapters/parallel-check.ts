/**
 * The per-file phase on every core: the main thread and N-1 workers claim
 * model folders from a shared counter (so a large model never idles a core),
 * and the results come back in folder order, the same as a sequential run.
 */
import { Worker } from 'node:worker_threads';
import { checkModelFolders, type ChunkJob, type ChunkResult } from './check-chunk.js';

export async function checkInWorkers(workerFile: string, root: string, models: string[], threads: number): Promise<ChunkResult[]> {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const job: ChunkJob = { root, models, counter };
  const workers = Array.from({ length: threads - 1 }, () => runWorker(workerFile, job));
  const mine = checkModelFolders(job);
  const results = [mine, ...(await Promise.all(workers))].flat();
  return results.sort((a, b) => a.index - b.index);
}

function runWorker(file: string, job: ChunkJob): Promise<ChunkResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: job });
    worker.once('message', (results: ChunkResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`validation worker stopped with exit code ${code}`));
    });
  });
}
