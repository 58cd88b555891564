/**
 * The model page's Environments table and api/models/<model>/environments.json:
 * what each declared environment runs against its stage, from the
 * deployments when they were read, and a plain note when they were not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../../../src/core/site/build-site.js';
import type { EnvironmentReadings as SiteEnvironments } from '../../../../src/core/environments/status.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { createAjv } from '../../../../src/core/format/schemas.js';
import type { Running } from '../../../../src/core/environments/drift.js';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const bytes = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string) => ({ path, type: 'file' as const, size: text.length, bytes: bytes(text) });

function registry(settings: string) {
  return loadRegistry({
    entries: [
      file('registry.yaml', `format: 1\nname: R\nstages: [staging, production]\n${settings}`),
      file('models/churn/model.yaml', 'name: churn\ndescription: Churn.\nowners: ["@acme"]\n'),
      file('models/churn/stages.yaml', 'production: 2.0.0\nstaging: 2.0.0\n'),
      file('models/churn/versions/1.0.0/card.yaml', 'version: 1.0.0\ncreated: 2026-01-01T00:00:00Z\nsummary: One.\n'),
      file('models/churn/versions/2.0.0/card.yaml', 'version: 2.0.0\ncreated: 2026-02-01T00:00:00Z\nsummary: Two.\n'),
    ],
  });
}

const ENVIRONMENTS = 'environments: {eu-west-prod: production, us-east-prod: production, staging-k8s: staging}\nmax_drift: 24h\n';
const DECLARED = [
  { name: 'staging-k8s', stage: 'staging' },
  { name: 'eu-west-prod', stage: 'production' },
  { name: 'us-east-prod', stage: 'production' },
];
const BASE = { serverUrl: 'https://github.com', repository: 'acme/registry', generatedAt: '2026-03-05T12:00:00.000Z' };

function site(environments: SiteEnvironments | undefined, settings = ENVIRONMENTS) {
  const files = renderSite(registry(settings), { ...BASE, ...(environments ? { environments } : {}) });
  return { page: String(files.get('models/churn/index.html')), json: files.get('api/models/churn/environments.json'), files };
}

function section(page: string): string {
  const start = page.indexOf('<section id="environments"');
  expect(start, 'the Environments section').toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</section>', start));
}

const read: SiteEnvironments = {
  declared: DECLARED,
  maxDrift: '24h',
  maxDriftMs: 24 * 3_600_000,
  read: true,
  running: new Map([
    [
      'churn',
      new Map<string, Running>([
        ['eu-west-prod', { version: '2.0.0', since: '2026-03-02T10:00:00Z', environmentUrl: 'javascript:alert(1)' }],
        ['us-east-prod', { version: '1.0.0', since: '2026-02-11T16:40:00Z', environmentUrl: 'https://us.example/<b>' }],
      ]),
    ],
  ]),
};

describe('the Environments table', () => {
  it('shows each environment, its stage, the version running, since when, and whether it matches the stage', () => {
    const table = section(site(read).page);
    const rows = table.split('<tr>').slice(2);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<th scope="row">staging-k8s</th>');
    expect(rows[0]).toContain('nothing reported');
    expect(rows[0]).toContain('<strong class="drift-bad">no</strong>');
    expect(rows[1]).toContain('<th scope="row">eu-west-prod</th>');
    expect(rows[1]).toContain('>2.0.0</a>');
    expect(rows[1]).toContain('<span class="drift-ok">yes</span>');
    expect(rows[1]).toContain('<time datetime="2026-03-02T10:00:00.000Z"');
    // The declared 2.0.0 has no date (no git here), the deployment has: drifted since 1.0.0 was reported, for 21 days.
    expect(rows[2]).toContain('>1.0.0</a>');
    expect(rows[2]).toMatch(/drifted for 21d \d+h, longer than 24h/);
  });

  it('never links a serving address that is not http(s), and escapes the one it links', () => {
    const table = section(site(read).page);
    expect(table).not.toContain('javascript:');
    expect(table).toContain('href="https://us.example/&lt;b&gt;"');
  });

  it('built without the deployments, says that environments were not read, and shows the declared side', () => {
    const { page, json } = site({ declared: DECLARED, maxDrift: '24h', maxDriftMs: 86_400_000, read: false, note: 'no token' });
    const table = section(page);
    expect(table).toContain('Environments were not read when this site was built (no token)');
    expect(table).toContain('production <span class="muted">(2.0.0)</span>');
    const api = JSON.parse(String(json));
    expect(api).toMatchObject({ model: 'churn', read: false, note: 'no token' });
    expect(api.environments[1]).toMatchObject({ environment: 'eu-west-prod', declared: '2.0.0', running: null, matches: null, over_max_drift: null });
  });

  it('is left out, with its JSON, when registry.yaml declares no environment', () => {
    const { page, files } = site({ declared: [], maxDrift: '24h', maxDriftMs: 86_400_000, read: false }, '');
    expect(page).not.toContain('id="environments"');
    expect(files.has('api/models/churn/environments.json')).toBe(false);
  });
});

describe('api/models/<model>/environments.json', () => {
  it('is valid against schemas/api-environments.schema.json, read or not', () => {
    const validate = createAjv().compile(JSON.parse(readFileSync(join(repo, 'schemas', 'api-environments.schema.json'), 'utf8')));
    const unread = site({ declared: DECLARED, maxDrift: '24h', maxDriftMs: 86_400_000, read: false, note: 'offline' }).json;
    for (const json of [site(read).json, unread]) {
      const value: unknown = JSON.parse(String(json));
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    }
    const api = JSON.parse(String(site(read).json));
    expect(api.environments.map((e: { github_environment: string }) => e.github_environment)).toEqual([
      'churn@staging-k8s',
      'churn@eu-west-prod',
      'churn@us-east-prod',
    ]);
    expect(api.environments[2]).toMatchObject({ running: '1.0.0', matches: false, drift_since: '2026-02-11T16:40:00Z', over_max_drift: true });
    expect(api.html_url).toBe('models/churn/index.html#environments');
  });
});

describe('api/audit.json and the environments', () => {
  const findings = (environments: SiteEnvironments) =>
    (JSON.parse(String(site(environments).files.get('api/audit.json'))) as { findings: { rule: string; message: string; file: string }[] }).findings.filter(
      (f) => f.rule === 'environment-drift',
    );

  it('holds an environment-drift finding for each environment drifted past max_drift, as `audit` words it, when the deployments were read', () => {
    const drift = findings(read);
    expect(drift.map((f) => f.message)).toEqual([
      'staging-k8s runs nothing while staging declares 2.0.0, for an unknown time: longer than max_drift 24h; deploy what the stage declares, or change the stage',
      expect.stringMatching(/^us-east-prod runs 1\.0\.0 while production declares 2\.0\.0, for 21d \d+h: longer than max_drift 24h;/),
    ]);
    expect(drift.every((f) => f.file === 'models/churn/stages.yaml')).toBe(true);
    const audit = JSON.parse(String(site(read).files.get('api/audit.json')));
    const unread = JSON.parse(String(site({ declared: DECLARED, maxDrift: '24h', maxDriftMs: 86_400_000, read: false }).files.get('api/audit.json')));
    expect(audit.models[0]).toMatchObject({ name: 'churn', findings: unread.models[0].findings + 2 });
    expect(audit.counts.errors).toBe(unread.counts.errors + 2);
    const validate = createAjv().compile(JSON.parse(readFileSync(join(repo, 'schemas', 'api-audit.schema.json'), 'utf8')));
    expect(validate(audit), JSON.stringify(validate.errors)).toBe(true);
  });

  it('holds none when the deployments were not read: what runs is unknown, not drifted', () => {
    expect(findings({ declared: DECLARED, maxDrift: '24h', maxDriftMs: 86_400_000, read: false, note: 'no token' })).toEqual([]);
  });
});
