import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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
  runningAt,
  environmentDrift
};
