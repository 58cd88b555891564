import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readModelFolder
} from "./chunk-4X3IGKZ4.js";
import "./chunk-42CJQNK5.js";
import "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/workers/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
function pack(entries) {
  let total = 0;
  for (const e of entries) total += e.bytes?.length ?? 0;
  const buffer = new ArrayBuffer(total);
  const view = new Uint8Array(buffer);
  let at = 0;
  const spans = entries.map((e) => {
    if (!e.bytes) return void 0;
    view.set(e.bytes, at);
    const span = [at, at + e.bytes.length];
    at += e.bytes.length;
    e.bytes = void 0;
    return span;
  });
  return { entries, spans, buffer };
}
if (parentPort && workerData) {
  const port = parentPort;
  const { root, models } = workerData;
  let next = 0;
  let credit = 0;
  port.on("message", (more) => {
    credit += more;
    for (; credit > 0 && next < models.length; credit--, next++) {
      try {
        const folder = pack(readModelFolder(root, models[next]));
        port.postMessage(folder, [folder.buffer]);
      } catch (error) {
        port.postMessage({ error: error instanceof Error ? error.message : String(error) });
      }
    }
    if (next >= models.length) port.close();
  });
}
