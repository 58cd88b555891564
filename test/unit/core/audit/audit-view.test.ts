/**
 * The audit's view of a model (what threads send back instead of every
 * record): the newest record of each series only, and the same findings as
 * the audit on every record, across month files, segments, environments,
 * versions no stage runs and records of different series at one instant.
 */
import { describe, expect, it } from 'vitest';
import { audit } from '../../../../src/core/audit/audit.js';
import { auditView } from '../../../../src/core/audit/audit-view.js';
import type { Registry } from '../../../../src/core/registry/registry.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { snapshot } from '../../../support/review-registry.js';

const REGISTRY = `format: 1
name: test
stages: [staging, production]
metrics:
  accuracy: {direction: higher, min: 0, max: 1}
  latency_ms: {direction: lower, min: 0, unit: ms}
monitoring:
  metrics:
    accuracy: {min: 0.88, max_drop: 0.03}
    latency_ms: {max: 30}
  max_silence: 7d
`;

function lines(records: object[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** Two months of daily records: accuracy drifts below min in March, latency recovers; one segment goes silent in February. */
function month(monthText: '02' | '03', days: number): string {
  const records: object[] = [];
  for (let d = 1; d <= days; d++) {
    const time = `2026-${monthText}-${String(d).padStart(2, '0')}T06:00:00Z`;
    const drift = monthText === '03' ? 0.9 - d * 0.002 : 0.91;
    records.push({ time, version: '1.0.0', metric: 'accuracy', value: drift, environment: 'prod' });
    records.push({ time, version: '1.0.0', metric: 'latency_ms', value: monthText === '03' && d === days ? 20 : 35 });
    records.push({ time, version: '0.9.0', metric: 'accuracy', value: 0.5 });
    records.push({ time, version: '1.0.0', metric: 'f1_unmonitored', value: 0.1 });
    if (monthText === '02' && d <= 10) records.push({ time, version: '1.0.0', metric: 'accuracy', value: 0.8, segment: 'eu' });
  }
  return lines(records);
}

function registry(): Registry {
  return loadRegistry(
    snapshot({
      'registry.yaml': REGISTRY,
      'models/m/model.yaml': 'name: m\ndescription: The m model.\nowners: ["@acme/ml"]\nlicense: MIT\nintended_use: Tests.\n',
      'models/m/stages.yaml': 'staging: 1.0.0\nproduction: 0.9.0\n',
      'models/m/versions/0.9.0/card.yaml': 'version: 0.9.0\ncreated: "2025-12-01T00:00:00Z"\nsummary: Old.\n',
      'models/m/versions/0.9.0/metrics.yaml': 'accuracy: 0.6\nlatency_ms: 20\n',
      'models/m/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: "2026-01-01T00:00:00Z"\nsummary: One.\n',
      'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.92\nlatency_ms: 20\n',
      'models/m/monitoring/2026-02.jsonl': month('02', 28),
      'models/m/monitoring/2026-03.jsonl': month('03', 20),
    }),
  );
}

function auditOf(r: Registry, now: string) {
  const observations = new Map([...r.models.values()].map((m) => [m.name, m.monitoring.flatMap((f) => f.observations)]));
  return audit({ registry: r, observations, now });
}

describe("the audit's view of a model", () => {
  it('keeps only the newest record of each series, in file and line order', () => {
    const model = registry().models.get('m')!;
    expect(model.monitoring.flatMap((f) => f.observations)).toHaveLength(28 * 4 + 10 + 20 * 4);
    const kept = auditView(model).monitoring.flatMap((f) => f.observations);
    expect(kept.map((o) => [o.file, o.line, o.version, o.metric, o.segment ?? null])).toEqual([
      ['models/m/monitoring/2026-02.jsonl', 50, '1.0.0', 'accuracy', 'eu'],
      ['models/m/monitoring/2026-03.jsonl', 77, '1.0.0', 'accuracy', null],
      ['models/m/monitoring/2026-03.jsonl', 78, '1.0.0', 'latency_ms', null],
      ['models/m/monitoring/2026-03.jsonl', 79, '0.9.0', 'accuracy', null],
      ['models/m/monitoring/2026-03.jsonl', 80, '1.0.0', 'f1_unmonitored', null],
    ]);
  });

  it('gives the audit the same report as every record', () => {
    for (const now of ['2026-03-21T00:00:00Z', '2026-04-30T00:00:00Z', '2026-02-15T00:00:00Z']) {
      const full = registry();
      const view: Registry = { ...full, models: new Map([...full.models].map(([name, m]) => [name, auditView(m)])) };
      const expected = auditOf(full, now);
      expect(expected.findings.length).toBeGreaterThan(0);
      expect(auditOf(view, now)).toEqual(expected);
    }
  });
});
