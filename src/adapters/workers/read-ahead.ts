/**
 * The model folders of a registry, read on a helper thread ahead of their use
 * (dist/read-worker.js): reading files is mostly time in the kernel, which
 * then runs on another core while this thread parses and checks what was
 * read. Without the bundled worker (tests on the sources), or with
 * MODEL_REGISTRY_WORKERS=1, the folders are read here as they are asked for.
 * Either way each folder comes as readModelFolder gives it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { readModelFolder } from '../fs/fs-snapshot.js';
import type { ReadJob, ReadMessage } from './read-worker.js';

/** Below this many model folders a thread costs more to start than it saves. */
const AHEAD_AFTER = 50;
/** Folders read but not yet taken, at most (more would only make garbage collection copy them around), asked for in steps. */
const AHEAD = 16;
const STEP = 4;

export async function* readModelFolders(root: string, models: string[]): AsyncGenerator<FileEntry[]> {
  const workerFile = fileURLToPath(new URL('./read-worker.js', import.meta.url));
  if (models.length < AHEAD_AFTER || !existsSync(workerFile) || process.env.MODEL_REGISTRY_WORKERS === '1') {
    for (const model of models) yield readModelFolder(root, model);
    return;
  }
  const arrived: ReadMessage[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const worker = new Worker(workerFile, { workerData: { root, models } satisfies ReadJob });
  worker.on('message', (message: ReadMessage) => {
    arrived.push(message);
    wake?.();
  });
  worker.on('error', (error) => {
    failure ??= error;
    wake?.();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the read-ahead thread stopped (exit code ${code})`);
    wake?.();
  });
  worker.postMessage(AHEAD);
  try {
    for (let next = 0; next < models.length; next++) {
      while (!arrived.length && !failure) await new Promise<void>((resolve) => (wake = resolve));
      const message = arrived.shift();
      if (!message) throw failure ?? new Error('the read-ahead thread stopped');
      if ('error' in message) throw new Error(message.error);
      if ((next + 1) % STEP === 0) worker.postMessage(STEP);
      const view = new Uint8Array(message.buffer);
      message.entries.forEach((entry, i) => {
        const span = message.spans[i];
        if (span) entry.bytes = view.subarray(span[0], span[1]);
      });
      yield message.entries;
    }
  } finally {
    await worker.terminate();
  }
}
