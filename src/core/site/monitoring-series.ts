/**
 * A model's observations as the catalogue charts them: aggregated, never the
 * raw records (a year of daily observations of 5 metrics is 1,825 lines a
 * model; its chart needs a point a period).
 *
 * The aggregation, as docs/workflows.md states it:
 * - a series is one metric of one version in one segment and environment;
 * - its observations are grouped into periods (UTC) of one size for the whole
 *   model: a day when its observations span at most 92 days, a week (from
 *   Monday) up to two years, a month beyond;
 * - each period is one point [start, count, mean, min, max, last]: `last` is
 *   the value of the period's newest observation (what the audit judges),
 *   `mean` rounded to 6 significant digits, the others as observed;
 * - each series also keeps its newest observation exactly (time, value, n).
 */
import type { Observation } from '../monitoring/observation.js';

export type MonitoringPeriod = 'day' | 'week' | 'month';

/** A period's point: its start (YYYY-MM-DD), how many observations, their mean, min and max, and the newest one's value. */
export type SeriesPoint = [start: string, count: number, mean: number, min: number, max: number, last: number];

export const POINT_COLUMNS = ['start', 'count', 'mean', 'min', 'max', 'last'] as const;

export interface MonitoringSeries {
  metric: string;
  version: string;
  segment?: string;
  environment?: string;
  count: number;
  /** The time of its oldest observation. */
  first: string;
  /** Its newest observation. */
  last: { time: string; value: number; n?: number };
  points: SeriesPoint[];
}

export interface ObservedVersion {
  version: string;
  /** Its oldest and newest observation's times, of any metric. */
  first: string;
  last: string;
}

export interface AggregatedObservations {
  period: MonitoringPeriod;
  /** Every series, by metric name, then segment, environment and when its version was first observed. */
  series: MonitoringSeries[];
  /** The versions observed, in the order they were first observed. */
  versions: ObservedVersion[];
  observations: number;
}

const DAY_MS = 86_400_000;
/** Longest span of observations drawn a point a day, and a point a week (beyond: a month). */
const DAILY_UP_TO_MS = 92 * DAY_MS;
const WEEKLY_UP_TO_MS = 730 * DAY_MS;

export function periodFor(spanMs: number): MonitoringPeriod {
  return spanMs <= DAILY_UP_TO_MS ? 'day' : spanMs <= WEEKLY_UP_TO_MS ? 'week' : 'month';
}

/** The start (UTC midnight, ms) of the period holding `timeMs`. */
export function periodStart(timeMs: number, period: MonitoringPeriod): number {
  const days = Math.floor(timeMs / DAY_MS);
  const day = days * DAY_MS;
  if (period === 'day') return day;
  // 1970-01-01 was a Thursday: (days + 3) % 7 days since the Monday before.
  if (period === 'week') return day - ((((days + 3) % 7) + 7) % 7) * DAY_MS;
  const date = new Date(day);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

interface Building {
  series: MonitoringSeries;
  firstMs: number;
  lastMs: number;
  /** Per period start: count, sum, min, max, the newest value and its time. */
  buckets: Map<number, { count: number; sum: number; min: number; max: number; last: number; lastMs: number }>;
}

export function aggregateObservations(observations: readonly Observation[]): AggregatedObservations {
  let low = Infinity;
  let high = -Infinity;
  const times = new Array<number>(observations.length);
  // A job appends every metric of one moment at once: consecutive lines share their time, parsed once.
  let lastText = '';
  let lastTime = NaN;
  for (let i = 0; i < observations.length; i++) {
    const text = observations[i].time;
    if (text !== lastText) {
      lastText = text;
      lastTime = Date.parse(text);
    }
    const t = lastTime;
    times[i] = t;
    if (t < low) low = t;
    if (t > high) high = t;
  }
  const period = periodFor(observations.length ? high - low : 0);
  const building = new Map<string, Building>();
  const versions = new Map<string, { firstMs: number; lastMs: number; first: string; last: string }>();
  let startOf = NaN;
  let start = NaN;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    const t = times[i];
    if (!Number.isFinite(t) || !Number.isFinite(o.value)) continue;
    const key = `${o.metric}\u0000${o.version}\u0000${o.segment ?? ''}\u0000${o.environment ?? ''}`;
    let b = building.get(key);
    if (!b) {
      b = {
        series: {
          metric: o.metric,
          version: o.version,
          ...(o.segment !== undefined ? { segment: o.segment } : {}),
          ...(o.environment !== undefined ? { environment: o.environment } : {}),
          count: 0,
          first: o.time,
          last: { time: o.time, value: o.value },
          points: [],
        },
        firstMs: t,
        lastMs: -Infinity,
        buckets: new Map(),
      };
      building.set(key, b);
    }
    const s = b.series;
    s.count++;
    if (t < b.firstMs) {
      b.firstMs = t;
      s.first = o.time;
    }
    // The later line wins a tie, as the audit's newest observation does.
    if (t >= b.lastMs) {
      b.lastMs = t;
      s.last = { time: o.time, value: o.value, ...(o.n !== undefined ? { n: o.n } : {}) };
    }
    if (t !== startOf) {
      startOf = t;
      start = periodStart(t, period);
    }
    const bucket = b.buckets.get(start);
    if (!bucket) b.buckets.set(start, { count: 1, sum: o.value, min: o.value, max: o.value, last: o.value, lastMs: t });
    else {
      bucket.count++;
      bucket.sum += o.value;
      if (o.value < bucket.min) bucket.min = o.value;
      if (o.value > bucket.max) bucket.max = o.value;
      if (t >= bucket.lastMs) {
        bucket.last = o.value;
        bucket.lastMs = t;
      }
    }
    const v = versions.get(o.version);
    if (!v) versions.set(o.version, { firstMs: t, lastMs: t, first: o.time, last: o.time });
    else {
      if (t < v.firstMs) Object.assign(v, { firstMs: t, first: o.time });
      if (t > v.lastMs) Object.assign(v, { lastMs: t, last: o.time });
    }
  }
  const built = [...building.values()];
  for (const b of built) {
    const starts = [...b.buckets.keys()].sort((x, y) => x - y);
    b.series.points = starts.map((start) => {
      const k = b.buckets.get(start)!;
      return [isoDay(start), k.count, Number((k.sum / k.count).toPrecision(6)), k.min, k.max, k.last];
    });
  }
  const text = (x: string | undefined, y: string | undefined) => ((x ?? '') < (y ?? '') ? -1 : (x ?? '') > (y ?? '') ? 1 : 0);
  built.sort(
    (a, b) =>
      text(a.series.metric, b.series.metric) ||
      text(a.series.segment, b.series.segment) ||
      text(a.series.environment, b.series.environment) ||
      a.firstMs - b.firstMs ||
      text(a.series.version, b.series.version),
  );
  return {
    period,
    series: built.map((b) => b.series),
    versions: [...versions.entries()]
      .sort(([x, a], [y, b]) => a.firstMs - b.firstMs || text(x, y))
      .map(([version, v]) => ({ version, first: v.first, last: v.last })),
    observations: built.reduce((n, b) => n + b.series.count, 0),
  };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
