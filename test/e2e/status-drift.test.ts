/**
 * Drift end to end: `model-registry status` and `command: status` (the
 * committed bundles) read what each declared environment reports running from
 * the fake GitHub's deployments, compare it with what its stage declares
 * (stages.yaml, since its commit), and with `--fail-on drift` fail only when
 * an environment lagged longer than registry.yaml's max_drift. The clock is
 * fixed with MODEL_REGISTRY_NOW; the deployments' dates are set in the fake.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { deploymentsOf, startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { GitRepo } from '../support/git-repo.js';
import { runAction } from '../support/action-runner.js';

const REPO = 'acme/registry';
// GitRepo commits at 2026-01-01T00:00Z plus a minute a commit: production declares 2.0.0 from 00:01 on.
const FILES = {
  'registry.yaml':
    'format: 1\nname: acme\nstages: [staging, production]\nenvironments:\n  eu-west-prod: production\n  us-east-prod: production\nmax_drift: 24h\n',
  'models/churn/model.yaml': 'name: churn\ndescription: Churn.\nowners: ["@acme"]\n',
  'models/churn/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: 2025-12-01T00:00:00Z\nsummary: One.\n',
  'models/churn/versions/2.0.0/card.yaml': 'version: 2.0.0\ncreated: 2025-12-20T00:00:00Z\nsummary: Two.\n',
  'models/churn/stages.yaml': 'production: 2.0.0\n',
};

let gh: FakeGitHub;
let repo: GitRepo;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  repo = GitRepo.fromFolder(FILES);
  gh.addCommits(REPO, [repo.sha()], { branch: 'main' });
  const octokit = getOctokit('t', { baseUrl: gh.url });
  for (const tag of ['churn@v1.0.0', 'churn@v2.0.0'])
    await octokit.rest.git.createRef({ owner: 'acme', repo: 'registry', ref: `refs/tags/${tag}`, sha: repo.sha() });
  // eu-west-prod runs 2.0.0; us-east-prod still runs 1.0.0, reported before the promotion.
  expect((await cli(['deployed', 'churn@2.0.0', '--environment', 'eu-west-prod'])).code).toBe(0);
  expect((await cli(['deployed', 'churn@1.0.0', '--environment', 'us-east-prod'])).code).toBe(0);
  for (const d of deploymentsOf(gh.repo(REPO)))
    for (const s of d.statuses) s.createdAt = d.environment.endsWith('us-east-prod') ? '2025-12-30T00:00:00Z' : '2026-01-01T02:00:00Z';
  gh.clearRequests();
});

afterEach(async () => {
  await gh.close();
  repo?.cleanup();
});

function cli(args: string[], env: Record<string, string> = {}) {
  return runCliProcess([...args], {
    cwd: repo.root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 't',
      GITHUB_REPOSITORY: REPO,
      MODEL_REGISTRY_WRITE_SPACING_MS: '0',
      MODEL_REGISTRY_RETRY_BASE_MS: '1',
      ...env,
    },
  });
}

describe('model-registry status with environments', () => {
  it('shows each environment against its stage; --fail-on drift passes within max_drift and fails after it', async () => {
    const early = await cli(['status', '--fail-on', 'drift'], { MODEL_REGISTRY_NOW: '2026-01-01T12:01:00Z' });
    expect(early.code, early.stderr).toBe(0);
    expect(early.stdout).toContain('environments (as reported in acme/registry; max drift 24h):');
    expect(early.stdout).toMatch(/churn\s+production\s+2\.0\.0\s+eu-west-prod\s+2\.0\.0\s+2026-01-01T02:00:00Z\s+matches/);
    expect(early.stdout).toMatch(/churn\s+production\s+2\.0\.0\s+us-east-prod\s+1\.0\.0\s+2025-12-30T00:00:00Z\s+drifted 12h/);
    // Two small requests an environment and model: the newest deployment and its newest status.
    expect(gh.requests.filter((r) => r.path.includes('/deployments'))).toHaveLength(4);
    expect(gh.requests.filter((r) => r.operationId === 'repos/list-deployments').every((r) => r.query.per_page === '1')).toBe(true);

    const late = await cli(['status', '--fail-on', 'drift'], { MODEL_REGISTRY_NOW: '2026-01-03T00:00:00Z' });
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(/us-east-prod\s+1\.0\.0\s+\S+\s+drifted 1d 23h \(over 24h\)/);
    expect(late.stderr).toContain('drift: churn in us-east-prod runs 1.0.0, production declares 2.0.0 (longer than 24h)');

    // Without --fail-on, drift is shown, never a failure; JSON has the same rows.
    const json = await cli(['status', '--format', 'json'], { MODEL_REGISTRY_NOW: '2026-01-03T00:00:00Z' });
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout).environments.rows;
    expect(rows).toMatchObject([
      { environment: 'eu-west-prod', declared: '2.0.0', running: '2.0.0', matches: true },
      { environment: 'us-east-prod', declared: '2.0.0', running: '1.0.0', matches: false, exceeded: true },
    ]);
    gh.assertNoViolations();
  });

  it('without a repository shows the declared side only, says so, and --fail-on drift cannot pass', async () => {
    const run = await cli(['status'], { GITHUB_REPOSITORY: '' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('environments not read: no repository given');
    expect(run.stdout).toContain('environments (declared side only; max drift 24h):');
    expect(run.stdout).toMatch(/churn\s+production\s+2\.0\.0\s+us-east-prod\s+not read/);
    expect(gh.requests).toEqual([]);
    const check = await cli(['status', '--fail-on', 'drift'], { GITHUB_REPOSITORY: '' });
    expect(check.code).toBe(2);
  });
});

describe('model-registry site with environments', () => {
  it('reads the deployments with --repository and a token for the Environments table and environments.json; without a token says they were not read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'site-env-'));
    try {
      const built = await cli(['site', '--out', join(out, 'a'), '--repository', REPO], {
        SOURCE_DATE_EPOCH: String(Date.parse('2026-01-03T00:00:00Z') / 1000),
      });
      expect(built.code, built.stderr).toBe(0);
      const api = JSON.parse(readFileSync(join(out, 'a', 'api', 'models', 'churn', 'environments.json'), 'utf8'));
      expect(api).toMatchObject({ read: true, note: null, max_drift: '24h' });
      expect(api.environments.map((e: { environment: string; running: string; matches: boolean }) => [e.environment, e.running, e.matches])).toEqual([
        ['eu-west-prod', '2.0.0', true],
        ['us-east-prod', '1.0.0', false],
      ]);
      expect(readFileSync(join(out, 'a', 'models', 'churn', 'index.html'), 'utf8')).toContain('<section id="environments"');

      const offline = await cli(['site', '--out', join(out, 'b'), '--repository', REPO], { GITHUB_TOKEN: '' });
      expect(offline.code, offline.stderr).toBe(0);
      expect(offline.stderr).toContain('environments were not read');
      expect(readFileSync(join(out, 'b', 'models', 'churn', 'index.html'), 'utf8')).toContain('Environments were not read when this site was built');
      expect(JSON.parse(readFileSync(join(out, 'b', 'api', 'models', 'churn', 'environments.json'), 'utf8'))).toMatchObject({ read: false });
      gh.assertNoViolations();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('command: status', () => {
  it('writes the same table to the job summary and fails on drift longer than max_drift', async () => {
    const step = (now: string) =>
      runAction({
        workspace: repo.dir,
        repository: REPO,
        apiUrl: gh.url,
        eventName: 'schedule',
        inputs: { command: 'status', root: repo.rootInput, 'fail-on': 'drift' },
        env: { MODEL_REGISTRY_NOW: now, MODEL_REGISTRY_RETRY_BASE_MS: '1' },
      });
    const fine = await step('2026-01-01T12:01:00Z');
    expect(fine.exitCode, fine.stdout).toBe(0);
    expect(JSON.parse(fine.outputs.drifted)).toEqual(['churn@us-east-prod']);
    expect(fine.summary).toContain('| model | stage | declared | environment | running | since | drift |');
    expect(fine.summary).toContain('| `churn` | `production` | `2.0.0` | `us-east-prod` | `1.0.0` | `2025-12-30T00:00:00Z` | drifted 12h |');

    const late = await step('2026-01-03T00:00:00Z');
    expect(late.exitCode).toBe(1);
    expect(
      late
        .annotations('error', false)
        .map((a) => a.message)
        .join('\n'),
    ).toContain('churn in us-east-prod: drifted from production for longer than max_drift 24h');
    gh.assertNoViolations();
  });
});
