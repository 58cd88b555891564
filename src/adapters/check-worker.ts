/** Entry of the validation worker (bundled as dist/check-worker.js). */
import { parentPort, workerData } from 'node:worker_threads';
import { checkModelFolders, type ChunkJob } from './check-chunk.js';

parentPort?.postMessage(checkModelFolders(workerData as ChunkJob));
