/**
 * Entry of the read-ahead thread (bundled as dist/read-worker.js): reads the
 * model folders it is given, in order, and sends each folder's entries with
 * all their bytes packed in one buffer that is moved, not copied. It reads
 * only as many folders as the parent has asked for (each message a number),
 * so what waits in the parent's memory stays small.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { readModelFolder } from '../fs/fs-snapshot.js';

export interface ReadJob {
  root: string;
  models: string[];
}

/** One model folder: its entries without bytes, and where each document's bytes lie in `buffer`. */
export interface ReadFolder {
  entries: FileEntry[];
  /** [start, end) in `buffer` per entry, or undefined for an entry without bytes. */
  spans: ([number, number] | undefined)[];
  buffer: ArrayBuffer;
}

export type ReadMessage = ReadFolder | { error: string };

function pack(entries: FileEntry[]): ReadFolder {
  let total = 0;
  for (const e of entries) total += e.bytes?.length ?? 0;
  const buffer = new ArrayBuffer(total);
  const view = new Uint8Array(buffer);
  let at = 0;
  const spans = entries.map((e) => {
    if (!e.bytes) return undefined;
    view.set(e.bytes, at);
    const span: [number, number] = [at, at + e.bytes.length];
    at += e.bytes.length;
    e.bytes = undefined;
    return span;
  });
  return { entries, spans, buffer };
}

if (parentPort && workerData) {
  const port = parentPort;
  const { root, models } = workerData as ReadJob;
  let next = 0;
  let credit = 0;
  port.on('message', (more: number) => {
    credit += more;
    for (; credit > 0 && next < models.length; credit--, next++) {
      try {
        const folder = pack(readModelFolder(root, models[next]));
        port.postMessage(folder satisfies ReadMessage, [folder.buffer]);
      } catch (error) {
        port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ReadMessage);
      }
    }
    if (next >= models.length) port.close();
  });
}
