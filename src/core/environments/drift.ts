/**
 * Drift: an environment whose last successful deployment is not the version
 * its stage declares, and for how long. Pure: the deployments (as GitHub
 * reports them, with their statuses) and the declared side in, an answer for
 * a given instant out, so a timeline can be replayed at any point of it.
 */

export interface DeploymentStatusFact {
  /** success, inactive, failure, error, pending, queued, in_progress. */
  state: string;
  /** ISO 8601. */
  createdAt: string;
}

export interface DeploymentFact {
  /** The version the deployment's payload names. */
  version: string;
  createdAt: string;
  /** Oldest first. */
  statuses: DeploymentStatusFact[];
  /** The success status's environment_url (the serving address), when given. */
  environmentUrl?: string;
}

/** What an environment runs: a version since its success status, or nothing (never deployed, or undeployed since). */
export type Running = { version: string; since: string; environmentUrl?: string } | { version?: undefined; since?: string };

const time = (iso: string | undefined): number => (iso === undefined ? Number.NaN : Date.parse(iso));

/**
 * What the environment ran at `at` (default: after every status given): the
 * deployment whose newest status then was `success`, the newest such success
 * winning (GitHub marks the older ones inactive, but a reader may not see
 * that); nothing when none, since the newest `inactive` status if any.
 */
export function runningAt(deployments: readonly DeploymentFact[], at?: string): Running {
  const limit = at === undefined ? Number.POSITIVE_INFINITY : time(at);
  let best: { version: string; since: string; environmentUrl?: string } | undefined;
  let undeployed: string | undefined;
  for (const d of deployments) {
    const seen = d.statuses.filter((s) => time(s.createdAt) <= limit);
    const last = seen.reduce<DeploymentStatusFact | undefined>((a, s) => (a === undefined || time(s.createdAt) >= time(a.createdAt) ? s : a), undefined);
    if (!last) continue;
    if (last.state === 'success') {
      if (!best || time(last.createdAt) > time(best.since))
        best = { version: d.version, since: last.createdAt, ...(d.environmentUrl ? { environmentUrl: d.environmentUrl } : {}) };
    } else if (last.state === 'inactive' && (undeployed === undefined || time(last.createdAt) > time(undeployed))) {
      undeployed = last.createdAt;
    }
  }
  if (best) return best;
  return undeployed === undefined ? {} : { since: undeployed };
}

export interface DriftInput {
  model: string;
  environment: string;
  stage: string;
  /** What stages.yaml declares for the stage, and since when (git's history), if anything. */
  declared?: { version: string; since?: string };
  running: Running;
  /** ISO 8601: the instant judged. */
  now: string;
  maxDriftMs: number;
}

export interface EnvironmentDrift {
  model: string;
  environment: string;
  stage: string;
  declared?: string;
  declaredSince?: string;
  running?: string;
  runningSince?: string;
  environmentUrl?: string;
  /** The environment runs what its stage declares (or neither has anything). */
  matches: boolean;
  /** When the two parted: the later of the stage's change and the environment's last deployment, when either is known. */
  driftSince?: string;
  driftMs?: number;
  /**
   * Drifted longer than max_drift; also when how long is unknown (no date on
   * either side): a check that cannot tell must not pass.
   */
  exceeded: boolean;
}

export function environmentDrift(input: DriftInput): EnvironmentDrift {
  const { declared, running } = input;
  const out: EnvironmentDrift = {
    model: input.model,
    environment: input.environment,
    stage: input.stage,
    ...(declared ? { declared: declared.version, ...(declared.since ? { declaredSince: declared.since } : {}) } : {}),
    ...(running.version !== undefined ? { running: running.version } : {}),
    ...(running.since ? { runningSince: running.since } : {}),
    ...(running.version !== undefined && running.environmentUrl ? { environmentUrl: running.environmentUrl } : {}),
    matches: declared?.version === running.version,
    exceeded: false,
  };
  if (out.matches) return out;
  const known = [declared?.since, running.since].filter((t): t is string => t !== undefined && Number.isFinite(time(t)));
  const since = known.sort((a, b) => time(a) - time(b)).at(-1);
  if (since === undefined) return { ...out, exceeded: true };
  const driftMs = Math.max(0, time(input.now) - time(since));
  return { ...out, driftSince: since, driftMs, exceeded: driftMs > input.maxDriftMs };
}
