/**
 * Entry of the validation helper thread (bundled as dist/check-worker.js):
 * takes model folders from the counter it shares with the main thread until
 * none is left, and sends back their problems and summaries.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkModelFolders, type ChunkJob } from './check-chunk.js';

parentPort?.postMessage(checkModelFolders(workerData as ChunkJob));
