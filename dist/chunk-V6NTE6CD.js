import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModel,
  registrySettings
} from "./chunk-K6YOJ6X6.js";
import {
  readModelFolder,
  readTopLevel
} from "./chunk-2B44FNTG.js";

// src/adapters/workers/read-ahead.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var AHEAD_AFTER = 50;
var AHEAD = 16;
var STEP = 4;
async function* readModelFolders(root, models) {
  const workerFile = fileURLToPath(new URL("./read-worker.js", import.meta.url));
  if (models.length < AHEAD_AFTER || !existsSync(workerFile) || process.env.MODEL_REGISTRY_WORKERS === "1") {
    for (const model of models) yield readModelFolder(root, model);
    return;
  }
  const arrived = [];
  let wake;
  let failure;
  const worker = new Worker(workerFile, { workerData: { root, models } });
  worker.on("message", (message) => {
    arrived.push(message);
    wake?.();
  });
  worker.on("error", (error) => {
    failure ??= error;
    wake?.();
  });
  worker.on("exit", (code) => {
    failure ??= new Error(`the read-ahead thread stopped (exit code ${code})`);
    wake?.();
  });
  worker.postMessage(AHEAD);
  try {
    for (let next = 0; next < models.length; next++) {
      while (!arrived.length && !failure) await new Promise((resolve) => wake = resolve);
      const message = arrived.shift();
      if (!message) throw failure ?? new Error("the read-ahead thread stopped");
      if ("error" in message) throw new Error(message.error);
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

// src/adapters/workers/check-chunk.ts
function checkModelFolders(job) {
  const settings = registrySettings(readTopLevel(job.root).entries);
  const results = [];
  for (let index = Atomics.add(job.next, 0, 1); index < job.models.length; index = Atomics.add(job.next, 0, 1)) {
    const { problems, summary } = checkModel(settings, job.models[index], readModelFolder(job.root, job.models[index]));
    results.push({ index, problems, summary });
  }
  return results;
}
async function checkEveryModelFolder(root, top, onModel) {
  const settings = registrySettings(top.entries, top.documents);
  const results = [];
  let index = 0;
  for await (const entries of readModelFolders(root, top.modelFolders)) {
    const name = top.modelFolders[index];
    const { problems, summary, registry } = checkModel(settings, name, entries);
    onModel(registry, name);
    results.push({ index, problems, summary });
    index++;
  }
  return results;
}

export {
  checkModelFolders,
  checkEveryModelFolder
};
