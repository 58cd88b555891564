/**
 * A version's metrics next to another version's, with signed deltas judged by
 * each metric's direction: for `higher` a rise is better, for `lower` a fall.
 * A change inside the noise (overlapping confidence intervals, or less than
 * the catalogue's `min_delta`) is neither: it is "within noise".
 */
import { isRecord } from '../values.js';
import { metricNumber, type MetricDefinition, type VersionEntry } from '../registry/registry.js';
import { metricDelta } from '../output/number-format.js';

export type Verdict = 'better' | 'worse' | 'noise' | 'same' | 'unknown';

/** The words a verdict is read as, everywhere (review, notes, pages). */
export const VERDICT_WORDS: Record<Verdict, string> = { better: 'better', worse: 'worse', noise: 'within noise', same: 'same', unknown: 'no direction' };

export interface Delta {
  version: string;
  value: number;
  /** Rounded to the precision the two values carry (output/number-format.ts metricDelta). */
  delta: number;
  /** The delta as people read it: +0.0023, ±0. */
  text: string;
  verdict: Verdict;
}

export interface MetricRow {
  name: string;
  /** The catalogue's title for people ("ROC AUC"), when it gives one. */
  title?: string;
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

/**
 * Whether a change is within noise: both values carry confidence intervals
 * and they overlap, or the catalogue declares a smallest meaningful
 * difference (`min_delta`) and the change is smaller.
 */
export function withinNoise(delta: number, ciA: readonly number[] | undefined, ciB: readonly number[] | undefined, minDelta: number | undefined): boolean {
  if (minDelta !== undefined && Math.abs(delta) < minDelta) return true;
  return !!ciA && !!ciB && ciA.length === 2 && ciB.length === 2 && ciA[0] <= ciB[1] && ciB[0] <= ciA[1];
}

/** current − previous judged: rounded to the values' precision, then by direction, then against the noise. */
export function compareValues(
  current: { value: number; ci?: readonly number[] },
  previous: { value: number; ci?: readonly number[] },
  definition: Pick<MetricDefinition, 'direction' | 'min_delta'> | undefined,
): { delta: number; text: string; verdict: Verdict } {
  const { delta, text } = metricDelta(current.value, previous.value);
  const verdict = judge(delta, definition?.direction);
  const noisy = verdict !== 'same' && withinNoise(delta, current.ci, previous.ci, definition?.min_delta);
  return { delta, text, verdict: noisy ? 'noise' : verdict };
}

/** A metric's name as people read it: the catalogue's title, else its id. */
export function metricTitle(name: string, definition: Pick<MetricDefinition, 'title'> | undefined): string {
  return definition?.title ?? name;
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
      against[label] = own
        ? { version, value: other.value, ...compareValues(own, other, definition) }
        : { version, value: other.value, delta: NaN, text: '–', verdict: 'unknown' };
    }
    return { name, title: definition?.title, value: own?.value, unit: definition?.unit, direction: definition?.direction, ci: own?.ci, against };
  });
}
