/**
 * A version's metrics next to another version's, with signed deltas judged by
 * each metric's direction: for `higher` a rise is better, for `lower` a fall.
 */
import { isRecord } from '../values.js';
import { metricNumber, type MetricDefinition, type VersionEntry } from '../registry/registry.js';

export type Verdict = 'better' | 'worse' | 'same' | 'unknown';

export interface Delta {
  version: string;
  value: number;
  delta: number;
  verdict: Verdict;
}

export interface MetricRow {
  name: string;
  value?: number;
  unit?: string;
  direction?: 'higher' | 'lower';
  ci?: [number, number];
  against: Record<string, Delta | undefined>;
}

export function metricValues(version: VersionEntry | undefined): Map<string, { value: number; ci?: [number, number] }> {
  const out = new Map<string, { value: number; ci?: [number, number] }>();
  const metrics = version?.metrics?.value;
  if (!isRecord(metrics)) return out;
  for (const [name, entry] of Object.entries(metrics)) {
    const value = metricNumber(entry);
    if (value === undefined) continue;
    const ci = isRecord(entry) && Array.isArray(entry.ci) && entry.ci.length === 2 && entry.ci.every((x) => typeof x === 'number') ? entry.ci : undefined;
    out.set(name, { value, ci });
  }
  return out;
}

export function judge(delta: number, direction: MetricDefinition['direction'] | undefined): Verdict {
  if (delta === 0) return 'same';
  if (!direction) return 'unknown';
  return delta > 0 === (direction === 'higher') ? 'better' : 'worse';
}

/** Rows for every metric either side has, the subject's own metrics first, in the catalogue's order. */
export function compareMetrics(
  subject: VersionEntry | undefined,
  others: Record<string, VersionEntry | undefined>,
  catalogue: Record<string, MetricDefinition>,
): MetricRow[] {
  const mine = metricValues(subject);
  const theirs = Object.fromEntries(Object.entries(others).map(([label, v]) => [label, metricValues(v)]));
  // Sets and maps, not lists: a metrics file may hold 50,000 names.
  const named = new Set(mine.keys());
  for (const values of Object.values(theirs)) for (const name of values.keys()) named.add(name);
  const names = [...named];
  const order = new Map(Object.keys(catalogue).map((name, i) => [name, i]));
  const rank = (name: string) => order.get(name) ?? order.size;
  names.sort((a, b) => Number(!mine.has(a)) - Number(!mine.has(b)) || rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const own = mine.get(name);
    const definition = Object.hasOwn(catalogue, name) ? catalogue[name] : undefined;
    const against: Record<string, Delta | undefined> = {};
    for (const [label, values] of Object.entries(theirs)) {
      const other = values.get(name);
      const version = others[label]?.version;
      if (!other || !version) continue;
      const delta = own ? roundDelta(own.value - other.value) : NaN;
      against[label] = { version, value: other.value, delta, verdict: own ? judge(delta, definition?.direction) : 'unknown' };
    }
    return { name, value: own?.value, unit: definition?.unit, direction: definition?.direction, ci: own?.ci, against };
  });
}

/** Float noise (0.1 + 0.2) must not print as a change of 5.5e-17. */
function roundDelta(delta: number): number {
  return Math.abs(delta) < 1e-12 ? 0 : Number(delta.toPrecision(12));
}
