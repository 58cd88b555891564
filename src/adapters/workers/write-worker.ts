/**
 * Entry of the site's writing thread (bundled as dist/write-worker.js):
 * creates batches of files whose paths the main thread has checked. A batch's
 * bytes lie one after another in its buffer, which goes back to be reused.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { outsideMessage, prepareFolder, writeOne } from '../fs/write-file.js';

export interface WriteJob {
  /** The site folder, symbolic links resolved. */
  base: string;
}

export interface WriteBatch {
  id: number;
  files: [target: string, folder: string, start: number, length: number][];
  buffer: ArrayBuffer;
}

export interface WriteReply {
  id: number;
  /** The first failure; the batch's later files are not written. */
  error?: { outside?: boolean; code?: string; message: string };
  buffer: ArrayBuffer;
}

if (parentPort && workerData) {
  const port = parentPort;
  const { base } = workerData as WriteJob;
  const made = new Set([base]);
  port.on('message', (batch: WriteBatch) => {
    let error: WriteReply['error'];
    for (const [target, folder, start, length] of batch.files) {
      try {
        if (!prepareFolder(base, folder, made)) {
          error = { outside: true, message: outsideMessage(folder, base) };
          break;
        }
        writeOne(target, new Uint8Array(batch.buffer, start, length));
      } catch (e) {
        error = { code: (e as NodeJS.ErrnoException | undefined)?.code, message: `${target}: ${e instanceof Error ? e.message : String(e)}` };
        break;
      }
    }
    port.postMessage({ id: batch.id, error, buffer: batch.buffer } satisfies WriteReply, [batch.buffer]);
  });
}
