import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  outsideMessage,
  prepareFolder,
  writeOne
} from "./chunk-SPVUGOZM.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/workers/write-worker.ts
import { parentPort, workerData } from "node:worker_threads";
if (parentPort && workerData) {
  const port = parentPort;
  const { base } = workerData;
  const made = /* @__PURE__ */ new Set([base]);
  port.on("message", (batch) => {
    let error;
    for (const [target, folder, start, length] of batch.files) {
      try {
        if (!prepareFolder(base, folder, made)) {
          error = { outside: true, message: outsideMessage(folder, base) };
          break;
        }
        writeOne(target, new Uint8Array(batch.buffer, start, length));
      } catch (e) {
        error = { code: e?.code, message: `${target}: ${e instanceof Error ? e.message : String(e)}` };
        break;
      }
    }
    port.postMessage({ id: batch.id, error, buffer: batch.buffer }, [batch.buffer]);
  });
}
