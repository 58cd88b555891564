/**
 * The aggregation of observations the catalogue charts (issue 17): one
 * series per metric, version, segment and environment; a point per period,
 * whose size follows the span of the model's observations.
 */
import { describe, expect, it } from 'vitest';
import { aggregateObservations, periodFor, periodStart } from '../../../../src/core/site/monitoring-series.js';
import type { Observation } from '../../../../src/core/monitoring/observation.js';

const DAY = 86_400_000;

function obs(time: string, value: number, extra: Partial<Observation> = {}): Observation {
  return { time, version: '1.0.0', metric: 'accuracy', value, file: 'models/m/monitoring/x.jsonl', line: 1, ...extra };
}

describe('aggregateObservations', () => {
  it('keeps a point a day for up to 92 days: count, mean, min, max and the newest value of each day', () => {
    const a = aggregateObservations([
      obs('2025-03-01T18:00:00Z', 0.8),
      obs('2025-03-01T06:00:00Z', 0.9),
      obs('2025-03-01T12:00:00+02:00', 0.7),
      obs('2025-03-02T06:00:00Z', 0.85, { n: 500 }),
    ]);
    expect(a.period).toBe('day');
    expect(a.observations).toBe(4);
    expect(a.series).toHaveLength(1);
    const [s] = a.series;
    // 2025-03-01: 0.9 (06:00), 0.7 (10:00Z), 0.8 (18:00): the newest is 0.8, whatever the order of the lines.
    expect(s.points).toEqual([
      ['2025-03-01', 3, 0.8, 0.7, 0.9, 0.8],
      ['2025-03-02', 1, 0.85, 0.85, 0.85, 0.85],
    ]);
    expect(s.count).toBe(4);
    expect(s.first).toBe('2025-03-01T06:00:00Z');
    expect(s.last).toEqual({ time: '2025-03-02T06:00:00Z', value: 0.85, n: 500 });
  });

  it('groups a year of daily observations into weeks from Monday (53 points), and longer spans into months', () => {
    const year: Observation[] = [];
    for (let d = 0; d < 365; d++) year.push(obs(new Date(Date.UTC(2025, 0, 1, 6) + d * DAY).toISOString(), 0.9 - d / 10_000));
    const a = aggregateObservations(year);
    expect(a.period).toBe('week');
    const points = a.series[0].points;
    expect(points).toHaveLength(53);
    // 2025-01-01 is a Wednesday: its week starts on Monday 2024-12-30, and holds 5 days.
    expect(points[0].slice(0, 2)).toEqual(['2024-12-30', 5]);
    expect(points.slice(1, -1).every((p) => p[1] === 7)).toBe(true);
    expect(points.reduce((n, p) => n + p[1], 0)).toBe(365);
    expect(new Date(points[1][0]).getUTCDay()).toBe(1);
    // The newest value of the year is the last point's last, exactly.
    expect(points.at(-1)![5]).toBe(year.at(-1)!.value);
    expect(a.series[0].last.value).toBe(year.at(-1)!.value);

    expect(periodFor(92 * DAY)).toBe('day');
    expect(periodFor(93 * DAY)).toBe('week');
    expect(periodFor(731 * DAY)).toBe('month');
    expect(new Date(periodStart(Date.parse('2025-07-19T23:59:00Z'), 'month')).toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });

  it('splits series by metric, version, segment and environment, and lists the versions in the order first observed', () => {
    const a = aggregateObservations([
      obs('2025-03-05T00:00:00Z', 0.91, { version: '1.1.0' }),
      obs('2025-03-01T00:00:00Z', 0.9),
      obs('2025-03-02T00:00:00Z', 0.89, { segment: 'mobile' }),
      obs('2025-03-02T00:00:00Z', 12, { metric: 'latency_ms', environment: 'eu' }),
      obs('2025-03-06T00:00:00Z', 0.92, { version: '1.1.0' }),
    ]);
    expect(a.series.map((s) => [s.metric, s.version, s.segment ?? null, s.environment ?? null, s.count])).toEqual([
      ['accuracy', '1.0.0', null, null, 1],
      ['accuracy', '1.1.0', null, null, 2],
      ['accuracy', '1.0.0', 'mobile', null, 1],
      ['latency_ms', '1.0.0', null, 'eu', 1],
    ]);
    expect(a.versions).toEqual([
      { version: '1.0.0', first: '2025-03-01T00:00:00Z', last: '2025-03-02T00:00:00Z' },
      { version: '1.1.0', first: '2025-03-05T00:00:00Z', last: '2025-03-06T00:00:00Z' },
    ]);
  });

  it('rounds the mean to 6 significant digits and keeps min, max and the newest value exact', () => {
    const a = aggregateObservations([obs('2025-03-01T00:00:00Z', 0.1234567), obs('2025-03-01T01:00:00Z', 0.1234568), obs('2025-03-01T02:00:00Z', 0.2)]);
    expect(a.series[0].points[0]).toEqual(['2025-03-01', 3, 0.148971, 0.1234567, 0.2, 0.2]);
  });

  it('has nothing to aggregate without observations', () => {
    expect(aggregateObservations([])).toEqual({ period: 'day', series: [], versions: [], observations: 0 });
  });
});
