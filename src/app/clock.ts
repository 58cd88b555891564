/** What time it is, for both front ends: fixed by the environment for tests and reproducible output. */

/** The clock; MODEL_REGISTRY_NOW (an ISO date-time) fixes it, for tests and reproducible runs. */
export function clock(): Date {
  const fixed = process.env.MODEL_REGISTRY_NOW;
  const date = fixed ? new Date(fixed) : new Date();
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

/** A fixed build time for reproducible output when SOURCE_DATE_EPOCH is set (seconds since 1970). */
export function buildTime(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH?.trim() ? new Date(epoch * 1000).toISOString() : new Date().toISOString();
}
