/**
 * The audit end to end: `command: audit` (dist/index.js, as the runner runs
 * it) against the fake GitHub keeps exactly one issue: created when an
 * observation breaches its monitor, edited on every run without mentioning
 * anyone again, closed when the series recovers, reopened when it breaches
 * again; two runs at once leave one open issue. `model-registry audit`
 * (dist/cli.js) prints the same findings. The clock is MODEL_REGISTRY_NOW.
 */
import { spawnSync } from 'node:child_process';
import { getOctokit } from '@actions/github';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { deploymentsOf, startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { GitRepo } from '../support/git-repo.js';
import { runAction, type ActionRun } from '../support/action-runner.js';

const REPO = 'acme/registry';
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const LABEL = 'model-registry-audit';
const MONITORING = 'models/churn/monitoring/2026-02.jsonl';
const FILES = {
  'registry.yaml':
    'format: 1\nname: acme\nstages: [staging, production]\nmetrics:\n  accuracy: {direction: higher, min: 0, max: 1}\nmonitoring:\n  metrics:\n    accuracy: {min: 0.88, max_drop: 0.03}\n  max_silence: 7d\n',
  'models/churn/model.yaml':
    'name: churn\ndescription: Churn.\nowners: ["@acme/ml"]\nlicense: MIT\nintended_use: Retention outreach.\nconsumers:\n  - {name: router, owner: "@acme/routing", contact: "#routing", kind: service}\n',
  'models/churn/stages.yaml': 'production: 2.0.0\n',
  'models/churn/versions/2.0.0/card.yaml': 'version: 2.0.0\ncreated: 2025-12-20T00:00:00Z\nsummary: Two.\n',
  'models/churn/versions/2.0.0/metrics.yaml': 'accuracy: 0.92\n',
};

const observation = (day: number, value: number) => JSON.stringify({ time: `2026-02-0${day}T06:00:00Z`, version: '2.0.0', metric: 'accuracy', value });

let gh: FakeGitHub;
let repo: GitRepo;
let lines: string[];

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  repo = GitRepo.fromFolder(FILES);
  repo.git(['tag', '-a', 'churn@v2.0.0', '-m', 'churn 2.0.0']);
  lines = [];
});

afterEach(async () => {
  await gh.close();
  repo?.cleanup();
});

/** Appends observations to the month file (as a scheduled evaluation would). */
function observe(...records: string[]): void {
  lines.push(...records);
  repo.write(MONITORING, `${lines.join('\n')}\n`);
}

async function audit(now: string): Promise<ActionRun> {
  const run = await runAction({
    workspace: repo.root,
    repository: REPO,
    apiUrl: gh.url,
    eventName: 'schedule',
    inputs: { command: 'audit' },
    env: { MODEL_REGISTRY_NOW: now, MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '1' },
  });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  return run;
}

const auditIssues = () => gh.issues(REPO).filter((i) => i.labels.includes(LABEL) && i.user.login === 'github-actions[bot]');

describe('command: audit keeps one issue', () => {
  it('creates it when a monitor is breached, edits it on every run, closes it when all is well and reopens it when something goes wrong again', async () => {
    // Someone else's issue with the label and the marker: never touched.
    const forged = gh.addIssue(REPO, {
      title: 'Model registry audit',
      body: '<!-- model-registry-audit -->\nforged',
      labels: [LABEL],
      user: { login: 'mallory', id: 666, type: 'User' },
    });

    observe(observation(1, 0.91), observation(2, 0.905));
    const quiet = await audit('2026-02-02T12:00:00Z');
    expect(quiet.outputs).toMatchObject({ ok: 'true', findings: '0', 'issue-url': '' });
    expect(auditIssues()).toEqual([]);
    expect(quiet.summary).toContain('**no findings**');

    // Day 3: 0.85, below min 0.88 and 0.07 below the registered 0.92.
    observe(observation(3, 0.85));
    const breached = await audit('2026-02-03T12:00:00Z');
    const [issue] = auditIssues();
    expect(issue).toMatchObject({ state: 'open', title: 'Model registry audit: 1 error' });
    expect(breached.outputs).toMatchObject({ ok: 'false', findings: '1', 'issue-url': `https://github.com/${REPO}/issues/${issue.number}` });
    expect(issue.body).toMatch(/^<!-- model-registry-audit -->\n<!-- model-registry-audit:seen [0-9a-f]{10} -->\n/);
    expect(issue.body).toContain(`\`${MONITORING}:3\``);
    expect(issue.body).toContain('accuracy of 2.0.0 was 0.85 at 2026-02-03T06:00:00Z: below min 0.88 by 0.03');
    expect(issue.body).toContain('| router | service | @\u200Bacme/routing | #\u200Brouting |');
    let comments = gh.comments(REPO, issue.number).map((c) => c.body);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain('**1 new finding**');
    expect(comments[0]).toContain('cc @acme/ml @acme/routing');
    // The job summary shows the same findings, and the issue.
    expect(breached.summary).toContain('accuracy of 2.0.0 was 0.85');
    expect(breached.summary).toContain(`[#${issue.number}](https://github.com/${REPO}/issues/${issue.number}) (create)`);

    // The next day, still breached: the issue is edited, nobody is mentioned again.
    await audit('2026-02-04T12:00:00Z');
    expect(auditIssues()).toHaveLength(1);
    expect(gh.issues(REPO).find((i) => i.number === issue.number)!.body).toContain('as of 2026-02-04T12:00:00.000Z');
    expect(gh.comments(REPO, issue.number)).toHaveLength(1);

    // Day 4: recovered. All is well: closed, with a comment.
    observe(observation(4, 0.91));
    const well = await audit('2026-02-04T13:00:00Z');
    expect(well.outputs).toMatchObject({ ok: 'true', findings: '0' });
    const closed = gh.issues(REPO).find((i) => i.number === issue.number)!;
    expect(closed).toMatchObject({ state: 'closed', stateReason: 'completed', title: 'Model registry audit: all well' });
    comments = gh.comments(REPO, issue.number).map((c) => c.body);
    expect(comments[1]).toContain('All is well as of 2026-02-04T13:00:00.000Z');

    // Day 5: below again. The same issue is reopened, and the finding is new again.
    observe(observation(5, 0.8));
    await audit('2026-02-05T12:00:00Z');
    expect(auditIssues()).toHaveLength(1);
    expect(gh.issues(REPO).find((i) => i.number === issue.number)).toMatchObject({ state: 'open', stateReason: 'reopened' });
    comments = gh.comments(REPO, issue.number).map((c) => c.body);
    expect(comments).toHaveLength(3);
    expect(comments[2]).toContain('cc @acme/ml @acme/routing');
    expect(comments[2]).toContain('was 0.8 at 2026-02-05T06:00:00Z');

    expect(gh.issues(REPO).find((i) => i.number === forged)).toMatchObject({ state: 'open', body: '<!-- model-registry-audit -->\nforged' });
    expect(gh.comments(REPO, forged)).toEqual([]);
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  }, 120_000);

  it('leaves one open issue when two runs create one at the same time', async () => {
    observe(observation(1, 0.8));
    // Both runs find no issue, and both create one before either looks again.
    gh.holdUntil(2, { method: 'POST', pathPattern: /^\/repos\/acme\/registry\/issues$/ });
    await Promise.all([audit('2026-02-01T12:00:00Z'), audit('2026-02-01T12:00:00Z')]);
    const issues = auditIssues();
    expect(issues).toHaveLength(2);
    const [kept, duplicate] = issues.sort((a, b) => a.number - b.number);
    expect(kept.state).toBe('open');
    expect(duplicate).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
    expect(gh.comments(REPO, duplicate.number)[0].body).toContain(`Closed as a duplicate of #${kept.number}`);
    expect(kept.body).toContain('below min 0.88');

    // A later run updates the one kept and creates nothing.
    await audit('2026-02-02T12:00:00Z');
    expect(
      auditIssues()
        .filter((i) => i.state === 'open')
        .map((i) => i.number),
    ).toEqual([kept.number]);
    expect(auditIssues()).toHaveLength(2);
    gh.assertNoViolations();
  }, 120_000);
});

describe('model-registry audit', () => {
  const cli = (args: string[], now: string) =>
    spawnSync(process.execPath, [CLI, ...args], {
      cwd: repo.root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, MODEL_REGISTRY_NOW: now },
    });

  it('prints every finding with its file, line, rule and model, exits 1 on an error finding, and 0 once the series recovers', () => {
    observe(observation(1, 0.91), observation(2, 0.86));
    const text = cli(['audit'], '2026-02-02T12:00:00Z');
    expect(text.status, text.stderr).toBe(1);
    expect(text.stdout).toBe(
      `${MONITORING}:2: error monitor-breached [churn] accuracy of 2.0.0 was 0.86 at 2026-02-02T06:00:00Z: below min 0.88 by 0.02; 0.06 worse than the registered 0.92, more than max_drop 0.03 (by 0.03)\n` +
        'acme: 1 error in 1 model(s) (as of 2026-02-02T12:00:00.000Z)\n',
    );
    const json = cli(['audit', '--format', 'json'], '2026-02-12T12:00:00Z');
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity])).toEqual([
      ['monitor-breached', 'error'],
      ['monitor-silent', 'warning'],
    ]);
    expect(report.models).toEqual([
      { name: 'churn', owners: ['@acme/ml'], consumers: [{ name: 'router', owner: '@acme/routing', contact: '#routing', kind: 'service' }] },
    ]);

    observe(observation(3, 0.9));
    const well = cli(['audit'], '2026-02-03T12:00:00Z');
    expect(well.status).toBe(0);
    expect(well.stdout).toBe('acme: no findings (as of 2026-02-03T12:00:00.000Z)\n');
  });

  it('says what it could not check: no release check without a release tag', () => {
    repo.git(['tag', '-d', 'churn@v2.0.0']);
    observe(observation(1, 0.91));
    const run = cli(['audit'], '2026-02-01T12:00:00Z');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('note: no release tag of any model in this clone');
  });
});

describe('model-registry audit with environments', () => {
  /** The CLI with the fake GitHub as the registry repository (deployments), asynchronously: the fake answers in this process. */
  function cli(args: string[], now: string) {
    return runCliProcess([...args], {
      cwd: repo.root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_API_URL: gh.url,
        GITHUB_TOKEN: 't',
        GITHUB_REPOSITORY: REPO,
        MODEL_REGISTRY_NOW: now,
        MODEL_REGISTRY_WRITE_SPACING_MS: '0',
        MODEL_REGISTRY_RETRY_BASE_MS: '1',
      },
    });
  }

  it('reports an environment drifted from its stage longer than max_drift, from its deployments', async () => {
    repo.apply({
      'registry.yaml': `${FILES['registry.yaml']}environments:\n  eu-west-prod: production\nmax_drift: 24h\n`,
      'models/churn/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: 2025-12-01T00:00:00Z\nsummary: One.\n',
      'models/churn/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
    });
    repo.commit('Environments');
    gh.addCommits(REPO, [repo.sha()], { branch: 'main' });
    const octokit = getOctokit('t', { baseUrl: gh.url });
    await octokit.rest.git.createRef({ owner: 'acme', repo: 'registry', ref: 'refs/tags/churn@v1.0.0', sha: repo.sha() });
    // eu-west-prod still runs 1.0.0, reported long before production took 2.0.0.
    const deployed = await cli(['deployed', 'churn@1.0.0', '--environment', 'eu-west-prod'], '2026-01-01T00:00:00Z');
    expect(deployed.code, deployed.stderr).toBe(0);
    for (const d of deploymentsOf(gh.repo(REPO))) for (const status of d.statuses) status.createdAt = '2025-12-30T00:00:00Z';
    observe(observation(1, 0.91));

    const run = await cli(['audit'], '2026-02-01T12:00:00Z');
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /^models\/churn\/stages\.yaml: error environment-drift \[churn\] eu-west-prod runs 1\.0\.0 while production declares 2\.0\.0, for \d+d( \d+h)?: longer than max_drift 24h; deploy what the stage declares, or change the stage$/m,
    );
    gh.assertNoViolations();
  }, 60_000);
});
