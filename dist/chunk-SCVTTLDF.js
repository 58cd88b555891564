import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isRecord,
  isValidModelName,
  isValidStageName
} from "./chunk-GFVT5YNI.js";

// src/core/environments/duration.ts
var DEFAULT_MAX_DRIFT = "24h";
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5 };
var DURATION_RE = /^(0|[1-9][0-9]{0,5})([mhd])$/;
function parseDuration(text) {
  if (typeof text !== "string") return void 0;
  const match = DURATION_RE.exec(text);
  if (!match) return void 0;
  return Number(match[1]) * UNIT_MS[match[2]];
}
function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < UNIT_MS.m) return "under a minute";
  const days = Math.floor(ms / UNIT_MS.d);
  const hours = Math.floor(ms % UNIT_MS.d / UNIT_MS.h);
  const minutes = Math.floor(ms % UNIT_MS.h / UNIT_MS.m);
  if (days) return hours ? `${days}d ${hours}h` : `${days}d`;
  if (hours) return minutes ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

// src/core/environments/environments.ts
function environmentSettings(registry) {
  const raw = registry.settingsFile?.value;
  const doc = isRecord(raw) ? raw : {};
  const stages = registry.settings.stages;
  const environments = [];
  if (isRecord(doc.environments)) {
    for (const [name, stage] of Object.entries(doc.environments)) {
      if (isValidModelName(name) && typeof stage === "string" && isValidStageName(stage) && stages.includes(stage)) environments.push({ name, stage });
    }
  }
  environments.sort((a, b) => stages.indexOf(a.stage) - stages.indexOf(b.stage) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const written = parseDuration(doc.max_drift);
  const maxDrift = written === void 0 ? DEFAULT_MAX_DRIFT : doc.max_drift;
  return { environments, maxDrift, maxDriftMs: written ?? parseDuration(DEFAULT_MAX_DRIFT) };
}
function deploymentEnvironment(model, environment) {
  return `${model}@${environment}`;
}

// src/core/environments/drift.ts
var time = (iso) => iso === void 0 ? Number.NaN : Date.parse(iso);
function runningAt(deployments, at) {
  const limit = at === void 0 ? Number.POSITIVE_INFINITY : time(at);
  let best;
  let undeployed;
  for (const d of deployments) {
    const seen = d.statuses.filter((s) => time(s.createdAt) <= limit);
    const last = seen.reduce((a, s) => a === void 0 || time(s.createdAt) >= time(a.createdAt) ? s : a, void 0);
    if (!last) continue;
    if (last.state === "success") {
      if (!best || time(last.createdAt) > time(best.since))
        best = { version: d.version, since: last.createdAt, ...d.environmentUrl ? { environmentUrl: d.environmentUrl } : {} };
    } else if (last.state === "inactive" && (undeployed === void 0 || time(last.createdAt) > time(undeployed))) {
      undeployed = last.createdAt;
    }
  }
  if (best) return best;
  return undeployed === void 0 ? {} : { since: undeployed };
}
function environmentDrift(input) {
  const { declared, running } = input;
  const out = {
    model: input.model,
    environment: input.environment,
    stage: input.stage,
    ...declared ? { declared: declared.version, ...declared.since ? { declaredSince: declared.since } : {} } : {},
    ...running.version !== void 0 ? { running: running.version } : {},
    ...running.since ? { runningSince: running.since } : {},
    ...running.version !== void 0 && running.environmentUrl ? { environmentUrl: running.environmentUrl } : {},
    matches: declared?.version === running.version,
    exceeded: false
  };
  if (out.matches) return out;
  const known = [declared?.since, running.since].filter((t) => t !== void 0 && Number.isFinite(time(t)));
  const since = known.sort((a, b) => time(a) - time(b)).at(-1);
  if (since === void 0) return { ...out, exceeded: true };
  const driftMs = Math.max(0, time(input.now) - time(since));
  return { ...out, driftSince: since, driftMs, exceeded: driftMs > input.maxDriftMs };
}

export {
  formatDuration,
  environmentSettings,
  deploymentEnvironment,
  runningAt,
  environmentDrift
};
