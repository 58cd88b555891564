/**
 * Entry of the validation helper process (bundled as dist/check-worker.js):
 * takes its share of the model folders from the parent, sends back problems
 * and a summary.
 */
import { checkModelFolders, type ChunkJob } from './check-chunk.js';

process.once('message', (job: ChunkJob) => {
  process.send?.(checkModelFolders(job), () => process.exit(0));
});
