/**
 * registry.yaml's `max_drift`: a whole number of minutes, hours or days
 * (`30m`, `24h`, `7d`), as the schema's pattern allows, in milliseconds; and
 * a drift's length as people read it.
 */

export const DEFAULT_MAX_DRIFT = '24h';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION_RE = /^(0|[1-9][0-9]{0,5})([mhd])$/;

/** Milliseconds, or undefined for anything the schema refuses. */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DURATION_RE.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** `2d 3h`, `5h 10m`, `45m`, `under a minute`: the two largest units, rounded down. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < UNIT_MS.m) return 'under a minute';
  const days = Math.floor(ms / UNIT_MS.d);
  const hours = Math.floor((ms % UNIT_MS.d) / UNIT_MS.h);
  const minutes = Math.floor((ms % UNIT_MS.h) / UNIT_MS.m);
  if (days) return hours ? `${days}d ${hours}h` : `${days}d`;
  if (hours) return minutes ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}
