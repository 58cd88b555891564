/**
 * The audit on synthetic series: a metric that drifts below its threshold,
 * goes silent and recovers; monitors merged from registry.yaml and model.yaml;
 * retraining overdue; deprecated and unreleased versions in a stage; drift;
 * a production model without a licence. The clock is an input.
 */
import { describe, expect, it } from 'vitest';
import { audit, type AuditInput } from '../../../../src/core/audit/audit.js';
import type { Observation } from '../../../../src/core/monitoring/observation.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { snapshot, type Files } from '../../../support/review-registry.js';

const REGISTRY = `format: 1
name: test
stages: [staging, production]
metrics:
  accuracy: {direction: higher, min: 0, max: 1}
  latency_ms: {direction: lower, min: 0, unit: ms}
monitoring:
  metrics:
    accuracy: {min: 0.88, max_drop: 0.03}
  max_silence: 7d
`;
const MODEL = 'name: m\ndescription: The m model.\nowners: ["@acme/ml"]\nlicense: MIT\nintended_use: Tests.\n';

function files(extra: Files = {}): Files {
  return {
    'registry.yaml': REGISTRY,
    'models/m/model.yaml': MODEL,
    'models/m/stages.yaml': 'production: 1.0.0\n',
    'models/m/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: "2026-01-01T00:00:00Z"\nsummary: One.\n',
    'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.92\nlatency_ms: 20\n',
    ...extra,
  };
}

const DAY = 86_400_000;
const START = Date.parse('2026-02-01T00:00:00Z');
const FILE = 'models/m/monitoring/2026-02.jsonl';

/** One observation a day from 2026-02-01, its value a function of the day. */
function series(days: number, value: (day: number) => number, extra: Partial<Observation> = {}, from = 0): Observation[] {
  return Array.from({ length: days }, (_, i) => ({
    time: new Date(START + (from + i) * DAY).toISOString(),
    version: '1.0.0',
    metric: 'accuracy',
    value: value(from + i),
    file: FILE,
    line: from + i + 1,
    ...extra,
  }));
}

function run(observations: Observation[], now: string, registryFiles: Files = files(), more: Partial<AuditInput> = {}) {
  return audit({ registry: loadRegistry(snapshot(registryFiles)), observations: new Map([['m', observations]]), now, ...more });
}

const day = (n: number) => new Date(START + n * DAY).toISOString();

describe('monitors on a series', () => {
  // 0.92 on day 0, losing 0.003 a day: 0.89 on day 10, below 0.88 from day 14 (0.878).
  const decaying = (d: number) => Math.round((0.92 - 0.003 * d) * 1000) / 1000;

  it('is quiet while the series keeps its bounds', () => {
    expect(run(series(10, decaying), day(9)).findings).toEqual([]);
  });

  it('reports the newest observation once it drops more than max_drop below the registered value, then below min, saying by how much', () => {
    // Day 11: 0.887, 0.033 below the registered 0.92: max_drop 0.03 breached, min 0.88 not yet.
    const early = run(series(12, decaying), day(11));
    expect(early.findings).toEqual([
      {
        rule: 'monitor-breached',
        severity: 'error',
        model: 'm',
        file: FILE,
        line: 12,
        message: 'accuracy of 1.0.0 was 0.887 at 2026-02-12T00:00:00.000Z: 0.033 worse than the registered 0.92, more than max_drop 0.03 (by 0.003)',
        key: '["monitor-breached","m","1.0.0","accuracy","",""]',
        version: '1.0.0',
        metric: 'accuracy',
      },
    ]);
    // Day 15: 0.875, below min 0.88 too; still one finding (one observation), with the same key.
    const late = run(series(16, decaying), day(15));
    expect(late.findings).toHaveLength(1);
    expect(late.findings[0]).toMatchObject({ line: 16, key: early.findings[0].key });
    expect(late.findings[0].message).toBe(
      'accuracy of 1.0.0 was 0.875 at 2026-02-16T00:00:00.000Z: below min 0.88 by 0.005; 0.045 worse than the registered 0.92, more than max_drop 0.03 (by 0.015)',
    );
    expect(late.counts).toEqual({ errors: 1, warnings: 0 });
    expect(late.models).toEqual([{ name: 'm', owners: ['@acme/ml'], consumers: [] }]);
  });

  it('goes quiet again when the series recovers: the newest observation is judged, not the worst', () => {
    const dipped = [...series(16, decaying), ...series(3, () => 0.91, {}, 16)];
    expect(run(dipped, day(18)).findings).toEqual([]);
  });

  it('judges each segment and environment as its own series', () => {
    const observations = [...series(3, () => 0.91, { segment: 'mobile' }), ...series(3, () => 0.8, { segment: 'desktop', environment: 'eu-west-prod' })];
    const report = run(observations, day(2));
    expect(report.findings.map((f) => f.message)).toEqual([
      'accuracy of 1.0.0 was 0.8 (segment desktop, environment eu-west-prod) at 2026-02-03T00:00:00.000Z: below min 0.88 by 0.08; 0.12 worse than the registered 0.92, more than max_drop 0.03 (by 0.09)',
    ]);
  });

  it("judges max_drop by the metric's direction: for a lower-is-better metric, a rise is the drop", () => {
    const registry = files({
      'registry.yaml': REGISTRY.replace('  max_silence: 7d\n', '    latency_ms: {max_drop: 5}\n  max_silence: 7d\n'),
    });
    const observations = [
      ...series(1, () => 0.92),
      ...series(1, () => 26, { metric: 'latency_ms' }),
      ...series(1, () => 10, { metric: 'latency_ms', segment: 'fast' }),
    ];
    const report = run(observations, day(0), registry);
    expect(report.findings.map((f) => f.message)).toEqual([
      'latency_ms of 1.0.0 was 26 at 2026-02-01T00:00:00.000Z: 6 worse than the registered 20, more than max_drop 5 (by 1)',
    ]);
  });

  it("merges model.yaml's monitors over registry.yaml's key by key", () => {
    // The model lowers min to 0.85 and keeps registry.yaml's max_drop 0.03.
    const registry = files({ 'models/m/model.yaml': `${MODEL}monitoring:\n  metrics:\n    accuracy: {min: 0.85}\n` });
    const report = run(
      series(1, () => 0.87),
      day(0),
      registry,
    );
    expect(report.findings.map((f) => f.message)).toEqual([
      'accuracy of 1.0.0 was 0.87 at 2026-02-01T00:00:00.000Z: 0.05 worse than the registered 0.92, more than max_drop 0.03 (by 0.02)',
    ]);
  });

  it('only judges versions a stage runs', () => {
    const report = run(
      series(3, () => 0.5, { version: '0.9.0' }),
      day(2),
      files({ 'models/m/versions/0.9.0/card.yaml': 'version: 0.9.0\ncreated: "2025-12-01T00:00:00Z"\nsummary: Old.\n' }),
    );
    expect(report.findings.filter((f) => f.rule === 'monitor-breached')).toEqual([]);
  });
});

describe('silence', () => {
  it('is reported once the newest observation is older than max_silence, and not after the series comes back', () => {
    const observations = series(5, () => 0.91);
    expect(run(observations, day(4).replace('00:00:00', '12:00:00')).findings).toEqual([]);
    const silent = run(observations, day(12));
    expect(silent.findings).toEqual([
      expect.objectContaining({
        rule: 'monitor-silent',
        severity: 'warning',
        file: FILE,
        line: 5,
        message:
          'production runs 1.0.0, whose newest observation (2026-02-05T00:00:00.000Z) is 8d old: longer than max_silence 7d; check the job that records its observations',
        key: '["monitor-silent","m","1.0.0"]',
      }),
    ]);
    const back = [...observations, ...series(1, () => 0.91, {}, 12)];
    expect(run(back, day(12)).findings).toEqual([]);
  });

  it('counts from when the stage took the version when it was never observed, and reports a version never observed whose start is unknown', () => {
    const since = new Map([['m', new Map([['production', '2026-02-01T00:00:00Z']])]]);
    expect(run([], day(6), files(), { stageSince: since }).findings).toEqual([]);
    expect(run([], day(8), files(), { stageSince: since }).findings.map((f) => f.message)).toEqual([
      'production runs 1.0.0, with no observation in the 8d since 2026-02-01T00:00:00Z: longer than max_silence 7d; check the job that records its observations',
    ]);
    expect(run([], day(8)).findings.map((f) => [f.file, f.message])).toEqual([
      ['models/m/stages.yaml', 'production runs 1.0.0, with no observation at all: longer than max_silence 7d; check the job that records its observations'],
    ]);
  });

  it('is never checked without max_silence', () => {
    const registry = files({ 'registry.yaml': REGISTRY.replace('  max_silence: 7d\n', '') });
    expect(run([], day(400), registry).findings).toEqual([]);
  });
});

describe('the rest of the audit', () => {
  it('reports retraining overdue by the newest card created, in model.yaml over registry.yaml', () => {
    const registry = files({ 'models/m/model.yaml': `${MODEL}monitoring:\n  retrain_after: 30d\n` });
    const observations = series(1, () => 0.91, {}, 40);
    expect(run(observations, '2026-01-31T00:00:00Z', registry).findings).toEqual([]);
    expect(run(observations, day(40), registry).findings).toEqual([
      expect.objectContaining({
        rule: 'retrain-overdue',
        file: 'models/m/versions/1.0.0/card.yaml',
        message: 'the newest version, 1.0.0, was created 2026-01-01T00:00:00Z, 71d ago: longer than retrain_after 30d; retrain and register a new version',
      }),
    ]);
  });

  it('reports a deprecated version in a stage, a stage without a release, drift, and a production model without licence or intended use', () => {
    const registry = files({
      'models/m/model.yaml':
        'name: m\ndescription: The m model.\nowners: ["@acme/ml"]\ndeprecated_versions:\n  1.0.0: Leaked labels.\nconsumers:\n  - {name: router, owner: "@acme/routing", contact: "#routing", kind: service}\n',
      'registry.yaml': REGISTRY.replace('  max_silence: 7d\n', ''),
    });
    const report = run([], day(0), registry, {
      releaseTags: new Set(['m@v0.9.0']),
      maxDrift: '24h',
      drift: [
        { model: 'm', environment: 'eu', stage: 'production', declared: '1.0.0', running: '0.9.0', matches: false, driftMs: 2 * DAY, exceeded: true },
        { model: 'm', environment: 'us', stage: 'production', declared: '1.0.0', running: '1.0.0', matches: true, exceeded: false },
      ],
    });
    expect(report.findings.map((f) => [f.rule, f.severity, f.file, f.message])).toEqual([
      [
        'environment-drift',
        'error',
        'models/m/stages.yaml',
        'eu runs 0.9.0 while production declares 1.0.0, for 2d: longer than max_drift 24h; deploy what the stage declares, or change the stage',
      ],
      [
        'deprecated-in-stage',
        'warning',
        'models/m/stages.yaml',
        'production runs 1.0.0, which model.yaml deprecates (Leaked labels.): promote another version or demote production',
      ],
      ['production-card-incomplete', 'warning', 'models/m/model.yaml', 'm runs in production without license, intended_use in model.yaml: add them'],
      [
        'stage-unreleased',
        'warning',
        'models/m/stages.yaml',
        'production runs 1.0.0, which has no release (no tag m@v1.0.0): run the release workflow, or check why it failed',
      ],
    ]);
    expect(report.models).toEqual([
      { name: 'm', owners: ['@acme/ml'], consumers: [{ name: 'router', owner: '@acme/routing', contact: '#routing', kind: 'service' }] },
    ]);
    // Released: no finding; release tags unknown (no git): no check.
    expect(run([], day(0), registry, { releaseTags: new Set(['m@v1.0.0']) }).findings.map((f) => f.rule)).not.toContain('stage-unreleased');
    expect(run([], day(0), registry).findings.map((f) => f.rule)).not.toContain('stage-unreleased');
  });
});
