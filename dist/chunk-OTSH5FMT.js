import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildHistory,
  clock,
  environmentRows,
  readEnvironments,
  readRegistryHistory,
  stageStatus
} from "./chunk-2DIM6KZ2.js";
import {
  validateRegistry
} from "./chunk-BSQHPLGM.js";
import {
  parseRepository
} from "./chunk-MKY3DIJG.js";
import {
  UsageError
} from "./chunk-IRJELCYE.js";

// src/app/stage-status.ts
function repositoryOption(options) {
  if (options.repository === void 0) return void 0;
  const repository = parseRepository(options.repository, options.serverUrl);
  if (!repository) throw new UsageError(`--repository must be OWNER/NAME, not ${JSON.stringify(options.repository)}`);
  return repository;
}
async function reportStageStatus(options) {
  const repository = repositoryOption(options);
  const { registry } = await validateRegistry({ root: options.root });
  const git = readRegistryHistory(options.root);
  const history = git.available ? buildHistory(git.facts, registry.settings) : /* @__PURE__ */ new Map();
  const models = stageStatus(registry, history);
  const readout = await readEnvironments(
    registry,
    models.map((m) => m.name),
    { repository, token: options.token, log: options.log, onRefusal: "throw" }
  );
  const now = clock().toISOString();
  const rows = environmentRowsOf(models, readout, now);
  const environments = {
    declared: readout.environments,
    maxDrift: readout.maxDrift,
    read: readout.read,
    ...readout.repository ? { repository: readout.repository } : {},
    ...readout.note ? { note: readout.note } : {},
    now,
    rows
  };
  return { registry: registry.settings.name, history: git.available, shallow: git.shallow, models, ...environments.declared.length ? { environments } : {} };
}
function environmentRowsOf(models, readout, now) {
  return environmentRows({
    models: models.map((m) => ({
      name: m.name,
      stages: new Map(m.stages.map((s) => [s.stage, { version: s.version, ...s.since ? { since: s.since } : {} }]))
    })),
    environments: readout.environments,
    running: readout.running,
    now,
    maxDriftMs: readout.maxDriftMs
  });
}

export {
  repositoryOption,
  reportStageStatus,
  environmentRowsOf
};
