import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModel,
  registrySettings
} from "./chunk-HEELOUZM.js";
import {
  readModelFolder,
  readTopLevel
} from "./chunk-4X3IGKZ4.js";
import {
  isRecord
} from "./chunk-TSDIAPAP.js";

// src/core/audit/audit-view.ts
function auditView(model) {
  const kept = newestPerSeries(model.monitoring);
  const observed = new Set([...kept].map((o) => o.version));
  const versions = /* @__PURE__ */ new Map();
  for (const [name, v] of model.versions) {
    const card = v.card?.value;
    const created = isRecord(card) ? card.created : void 0;
    versions.set(name, {
      model: v.model,
      version: v.version,
      dir: v.dir,
      ...v.card ? { card: { path: v.card.path, valid: v.card.valid, value: created === void 0 ? {} : { created } } } : {},
      ...v.metrics && observed.has(name) ? { metrics: v.metrics } : {},
      metricsFiles: [],
      files: []
    });
  }
  return {
    name: model.name,
    dir: model.dir,
    ...model.card ? { card: model.card } : {},
    ...model.stages ? { stages: model.stages } : {},
    versions,
    strayFiles: [],
    monitoring: model.monitoring.map((file) => ({ ...file, observations: file.observations.filter((o) => kept.has(o)) }))
  };
}
function newestPerSeries(files) {
  const byVersion = /* @__PURE__ */ new Map();
  const kept = [];
  const latestFirst = [...files].sort((a, b) => a.month < b.month ? 1 : a.month > b.month ? -1 : 0);
  for (const file of latestFirst) {
    for (const observation of file.observations) {
      const byEnvironment = within(within(within(byVersion, observation.version), observation.metric), observation.segment);
      const seen = byEnvironment.get(observation.environment);
      if (seen && seen.month > file.month) continue;
      const at = Date.parse(observation.time);
      if (!seen) {
        const entry = { observation, at, month: file.month };
        byEnvironment.set(observation.environment, entry);
        kept.push(entry);
      } else if (at >= seen.at) Object.assign(seen, { observation, at });
    }
  }
  return new Set(kept.map((n) => n.observation));
}
function within(map, key) {
  let inner = map.get(key);
  if (!inner) map.set(key, inner = /* @__PURE__ */ new Map());
  return inner;
}

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
    const { problems, summary, registry } = checkModel(settings, job.models[index], readModelFolder(job.root, job.models[index]));
    const model = job.audit ? registry.models.get(job.models[index]) : void 0;
    results.push({ index, problems, summary, ...model ? { model: auditView(model) } : {} });
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
