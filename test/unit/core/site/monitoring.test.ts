/**
 * Monitoring in the catalogue (issue 17): each model judged by the audit at
 * the build's time (its health mark and findings), its observations
 * aggregated into api/models/<m>/monitoring.json, api/audit.json, the
 * catalogue's marks and filter, and the model page's section (findings,
 * consumers, the newest observations without JavaScript). Series that drift
 * below a threshold, go silent and recover.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSite } from '../../../../src/core/site/build-site.js';
import { readSnapshot } from '../../../../src/adapters/fs/fs-snapshot.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { createAjv } from '../../../../src/core/format/schemas.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const NOW = '2026-05-01T00:00:00.000Z';
const DAY = 86_400_000;
const EVIL = `<img src=x onerror=alert(1)>`;

let root: string;

/** Daily observations of accuracy from `from` for `days` days, value(d). */
function daily(version: string, from: string, days: number, value: (d: number) => number): Map<string, string[]> {
  const months = new Map<string, string[]>();
  for (let d = 0; d < days; d++) {
    const time = new Date(Date.parse(from) + d * DAY).toISOString().replace('.000Z', 'Z');
    const lines = months.get(time.slice(0, 7)) ?? [];
    lines.push(JSON.stringify({ time, version, metric: 'accuracy', value: Number(value(d).toFixed(4)), n: 1000 }));
    months.set(time.slice(0, 7), lines);
  }
  return months;
}

function write(path: string, value: unknown) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

const MONITORING = { metrics: { accuracy: { min: 0.88, max_drop: 0.03 } }, max_silence: '7d', retrain_after: '90d' };

function model(name: string, created: string, observations: Map<string, string[]>, extra: Record<string, unknown> = {}) {
  write(`models/${name}/model.yaml`, {
    name,
    description: `Model ${name}.`,
    owners: ['@acme/ml'],
    license: 'MIT',
    intended_use: 'Tests.',
    primary_metric: 'accuracy',
    ...extra,
  });
  write(`models/${name}/stages.yaml`, { production: '1.0.0' });
  write(`models/${name}/versions/1.0.0/card.yaml`, { version: '1.0.0', created, summary: 'First.' });
  write(`models/${name}/versions/1.0.0/metrics.json`, { accuracy: 0.92 });
  for (const [month, lines] of observations) write(`models/${name}/monitoring/${month}.jsonl`, `${lines.join('\n')}\n`);
}

function site() {
  return renderSite(loadRegistry(readSnapshot(root)), { serverUrl: 'https://github.com', repository: 'acme/models', generatedAt: NOW });
}

const text = (files: Map<string, string | Uint8Array>, path: string) => {
  const content = files.get(path);
  expect(content, path).toBeDefined();
  return content as string;
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'site-monitoring-'));
  write('registry.yaml', { format: 1, name: 'monitored', stages: ['staging', 'production'], metrics: { accuracy: { direction: 'higher', min: 0, max: 1 } } });
  // Drifts from 0.92 below the min 0.88 over March and April: its newest observation breaches.
  model(
    'drifting',
    '2026-04-01T00:00:00Z',
    daily('1.0.0', '2026-03-01T06:00:00Z', 61, (d) => 0.92 - d * 0.001),
    {
      monitoring: MONITORING,
      consumers: [
        { name: `support-router ${EVIL}`, owner: '@acme/support-eng', contact: `#support-eng ${EVIL}`, kind: 'service' },
        { name: 'nightly-report', kind: 'job' },
      ],
    },
  );
  // Dips below the min mid-April, then recovers: judged by its recovery.
  model(
    'recovered',
    '2026-04-01T00:00:00Z',
    daily('1.0.0', '2026-04-01T06:00:00Z', 30, (d) => (d >= 10 && d < 20 ? 0.85 : 0.91)),
    { monitoring: MONITORING },
  );
  // Went silent on 2026-04-10: longer than max_silence 7d by 2026-05-01.
  model(
    'quiet',
    '2026-04-01T00:00:00Z',
    daily('1.0.0', '2026-04-01T06:00:00Z', 10, () => 0.91),
    { monitoring: MONITORING },
  );
  // Its newest version was created in December: retraining overdue after 90 days.
  model(
    'stale',
    '2025-12-01T00:00:00Z',
    daily('1.0.0', '2026-04-01T06:00:00Z', 30, () => 0.91),
    { monitoring: MONITORING },
  );
  // No monitoring declared: no mark, no monitoring file.
  model('plain', '2026-04-01T00:00:00Z', new Map());
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function validator(name: string) {
  return createAjv().compile(JSON.parse(readFileSync(join(repo, 'schemas', `${name}.schema.json`), 'utf8')));
}

describe('the audit in the catalogue', () => {
  it('api/audit.json gives each model its health: breached, ok after recovering, silent, retraining overdue, none without monitoring', () => {
    const files = site();
    const auditJson = JSON.parse(text(files, 'api/audit.json'));
    const validate = validator('api-audit');
    expect(validate(auditJson), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.fromEntries(auditJson.models.map((m: { name: string; health: string | null }) => [m.name, m.health]))).toEqual({
      drifting: 'breached',
      plain: null,
      quiet: 'silent',
      recovered: 'ok',
      stale: 'retrain-overdue',
    });
    expect(auditJson.counts).toEqual({ errors: 1, warnings: 2, models: { breached: 1, silent: 1, 'retrain-overdue': 1, ok: 1, unmonitored: 1 } });
    const breach = auditJson.findings[0];
    expect(breach).toMatchObject({
      rule: 'monitor-breached',
      severity: 'error',
      model: 'drifting',
      file: 'models/drifting/monitoring/2026-04.jsonl',
      line: 30,
    });
    expect(breach.message).toContain('below min 0.88');
    expect(auditJson.generated_at).toBe(NOW);
  });

  it('api/models/<m>/monitoring.json aggregates a day a point with the monitor and the registered value; none for a model without monitoring', () => {
    const files = site();
    const monitoring = JSON.parse(text(files, 'api/models/drifting/monitoring.json'));
    const validate = validator('api-monitoring');
    expect(validate(monitoring), JSON.stringify(validate.errors)).toBe(true);
    expect(monitoring.period).toBe('day');
    expect(monitoring.observations).toBe(61);
    expect(monitoring.max_silence).toBe('7d');
    const [accuracy] = monitoring.metrics;
    expect(accuracy).toMatchObject({
      name: 'accuracy',
      direction: 'higher',
      range: { min: 0, max: 1 },
      monitor: { min: 0.88, max: null, max_drop: 0.03 },
      registered: { '1.0.0': 0.92 },
    });
    expect(accuracy.series).toHaveLength(1);
    expect(accuracy.series[0].points).toHaveLength(61);
    expect(accuracy.series[0].points[0]).toEqual(['2026-03-01', 1, 0.92, 0.92, 0.92, 0.92]);
    expect(accuracy.series[0].last).toEqual({ time: '2026-04-30T06:00:00Z', value: 0.86, n: 1000 });
    expect(files.has('api/models/plain/monitoring.json')).toBe(false);
    expect(files.has('api/models/quiet/monitoring.json')).toBe(true);
  });

  it('the catalogue marks each monitored model and offers the health filter', () => {
    const page = text(site(), 'index.html');
    const card = (name: string) => {
      const start = page.indexOf(`data-name="${name}"`);
      return page.slice(start, page.indexOf('\n</li>', start));
    };
    expect(card('drifting')).toContain('data-health="breached"');
    expect(card('drifting')).toMatch(/<span class="health h-breached" title="[^"]+">breached<\/span>/);
    expect(card('stale')).toContain('>retraining overdue</span>');
    expect(card('quiet')).toContain('data-health="silent"');
    expect(card('recovered')).toContain('data-health="ok"');
    expect(card('plain')).not.toContain('health');
    expect(page).toContain('<select id="f-health" data-filter="health"><option value="">Any health</option><option value="breached">breached</option>');
    expect(page).toContain('<option value="-">Not monitored</option>');
  });

  it('the model page shows the mark, the findings, the consumers (escaped) and the newest observation of each metric, readable without JavaScript', () => {
    const page = text(site(), 'models/drifting/index.html');
    const section = page.slice(page.indexOf('<section id="monitoring"'), page.indexOf('</section>', page.indexOf('<section id="monitoring"')));
    expect(section).toContain('<span class="health h-breached"');
    expect(section).toContain('<code>monitor-breached</code>');
    expect(section).toContain('<code>models/drifting/monitoring/2026-04.jsonl:30</code>');
    expect(section).toContain('support-router &lt;img src=x onerror=alert(1)&gt;');
    expect(section).not.toContain(EVIL);
    expect(section).toContain('<th scope="row">nightly-report</th><td>job</td>');
    // The newest observation of accuracy, its count and the monitor, as a table.
    expect(section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('accuracy 1.0.0 &#8211; 0.86 30 Apr 2026 61 min 0.88, max_drop 0.03');
    expect(section).toContain('<div id="monitoring-box" data-api="api/models/drifting/monitoring.json">');
    // The header's mark links to the section.
    expect(page).toContain('<a href="#monitoring"><span class="health h-breached"');
    // A model without monitoring has no section.
    expect(text(site(), 'models/plain/index.html')).not.toContain('id="monitoring"');
  });
});

describe('registry-template', () => {
  it('churn-gbm has its monitoring, audit and consumers in the catalogue', () => {
    const files = renderSite(loadRegistry(readSnapshot(join(repo, 'registry-template'))), {
      serverUrl: 'https://github.com',
      generatedAt: '2026-04-20T00:00:00.000Z',
    });
    const validate = validator('api-monitoring');
    const monitoring = JSON.parse(text(files, 'api/models/churn-gbm/monitoring.json'));
    expect(validate(monitoring), JSON.stringify(validate.errors)).toBe(true);
    expect(monitoring.metrics[0].name).toBe('roc_auc');
    const audit = JSON.parse(text(files, 'api/audit.json'));
    expect(validator('api-audit')(audit)).toBe(true);
    expect(text(files, 'models/churn-gbm/index.html')).toContain('retention-outreach');
  });
});
