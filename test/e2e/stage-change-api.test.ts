/**
 * promote, demote and deprecate with --registry: the CLI bundle (dist/cli.js)
 * proposes the change as a pull request to the fake GitHub, every request
 * checked against GitHub's OpenAPI description. One branch per request, the
 * evaluation in the pull request's body, a re-run that creates nothing twice,
 * --dry-run that writes nothing, a refusal that writes nothing, and the stage
 * order read from the GTO stage tags the release workflow records.
 *
 * The fake runs inside this process: the CLI is spawned asynchronously.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { parse } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { runAction } from '../support/action-runner.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const REPO = 'acme/registry';
const TOKEN = 'ghs_stageChangeTestToken';
const MODEL = 'support-ticket-classifier';
const STAGES = `models/${MODEL}/stages.yaml`;
const POLICY = '\npromotion:\n  production:\n    after: staging\n    released: true\n    approval: owners\n    gates:\n      f1: {min: F1}\n';

let work: string;
const servers: FakeGitHub[] = [];

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'stage-change-e2e-'));
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((gh) => gh.close()));
  rmSync(work, { recursive: true, force: true });
});

/** The template on main with a production policy, and staging's version released (its tag exists). */
async function fakeRegistry(f1Min: number): Promise<FakeGitHub> {
  const gh = await startFakeGitHub();
  servers.push(gh);
  const files: Record<string, Buffer> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(TEMPLATE, path)] = readFileSync(path);
    }
  };
  walk(TEMPLATE);
  files['registry.yaml'] = Buffer.concat([files['registry.yaml'], Buffer.from(POLICY.replace('F1', String(f1Min)))]);
  const { headSha } = gh.addRepo(REPO, { defaultBranch: 'main', files });
  await api(gh, 'POST', '/git/refs', { ref: `refs/tags/${MODEL}@v1.3.0`, sha: headSha });
  await api(gh, 'POST', '/git/refs', { ref: `refs/tags/${MODEL}@v1.1.0`, sha: headSha });
  gh.clearRequests();
  return gh;
}

async function api(gh: FakeGitHub, method: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${gh.url}/repos/${REPO}${path}`, {
    method,
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return response.json();
}

function cli(gh: FakeGitHub, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCliProcess([...args, '--registry', REPO], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: work,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: TOKEN,
      MODEL_REGISTRY_RETRY_BASE_MS: '10',
      MODEL_REGISTRY_WRITE_SPACING_MS: '0',
      NO_COLOR: '1',
    },
  });
}

const writes = (gh: FakeGitHub) => gh.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');

describe('promote --registry', () => {
  it('opens one pull request on its own branch with the evaluation; a re-run creates nothing twice', async () => {
    const gh = await fakeRegistry(0.85);
    const main = gh.repo(REPO).branchSha('main')!;
    const run = await cli(gh, 'promote', `${MODEL}#staging`, '--to', 'production');
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/released +tag support-ticket-classifier@v1\.3\.0 exists +pass/);

    const branch = `registry/promote/${MODEL}-production-1.3.0`;
    const refs = gh.refs(REPO);
    expect(Object.keys(refs).filter((r) => r.startsWith('refs/heads/registry/'))).toEqual([`refs/heads/${branch}`]);
    expect(gh.repo(REPO).getCommit(refs[`refs/heads/${branch}`])!.parents).toEqual([main]);
    expect(gh.readFile(REPO, branch, STAGES)).toBe(gh.readFile(REPO, 'main', STAGES)!.replace('production: 1.2.0', 'production: 1.3.0'));
    expect(gh.repo(REPO).branchSha('main')).toBe(main);

    const pulls = gh.pulls(REPO);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ headRef: branch, baseRef: 'main', title: `Promote ${MODEL} 1.3.0 to production`, state: 'open' });
    expect(pulls[0].body).toContain('| Requirement | Figure | Verdict |');
    expect(pulls[0].body).toMatch(/\| f1 &gt;= 0\.85 \| 0\.888 .*\| ✅ pass \|/);
    expect(pulls[0].body).toContain('⏳ pending');
    expect(run.stdout).toMatch(new RegExp(`pull request: \\S+/pull/${pulls[0].number}\\n`));

    const writesBefore = writes(gh).length;
    const again = await cli(gh, 'promote', `${MODEL}@1.3.0`, '--to', 'production');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('already holds this change');
    expect(writes(gh).length).toBe(writesBefore);
    expect(gh.pulls(REPO)).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('--dry-run prints the plan as JSON and writes nothing', async () => {
    const gh = await fakeRegistry(0.85);
    const run = await cli(gh, 'promote', `${MODEL}@1.3.0`, '--to', 'production', '--dry-run');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { action: string; branch: string; file: { path: string; content: string }; pullRequest: { title: string } };
    expect(plan.action).toBe('create');
    expect(plan.branch).toBe(`registry/promote/${MODEL}-production-1.3.0`);
    expect(parse(plan.file.content)).toEqual({ production: '1.3.0', staging: '1.3.0' });
    expect(plan.pullRequest.title).toBe(`Promote ${MODEL} 1.3.0 to production`);
    expect(run.stderr).toContain('approved by an owner');
    expect(writes(gh)).toEqual([]);
    gh.assertNoViolations();
  });

  it('refuses what the gate refuses, writing nothing', async () => {
    const gh = await fakeRegistry(0.99);
    const run = await cli(gh, 'promote', `${MODEL}@1.3.0`, '--to', 'production');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[promotion-gate]');
    expect(writes(gh)).toEqual([]);
    expect(gh.pulls(REPO)).toEqual([]);
  });

  it('reads the stage order from the GTO stage tags: a version staging held before passes `after`', async () => {
    const gh = await fakeRegistry(0.85);
    const main = gh.repo(REPO).branchSha('main')!;
    const never = await cli(gh, 'promote', `${MODEL}@1.1.0`, '--to', 'production', '--dry-run');
    expect(never.code).toBe(1);
    expect(never.stderr).toMatch(/after staging +never in staging +FAIL/);

    const tag = (await api(gh, 'POST', '/git/tags', {
      tag: `${MODEL}#staging#1`,
      message: `Assigning stage staging to artifact ${MODEL} version 1.1.0\n\nPull-Request: 3\n`,
      object: main,
      type: 'commit',
      tagger: { name: 'registry', email: 'registry@example.com', date: '2026-02-01T10:00:00Z' },
    })) as { sha: string };
    await api(gh, 'POST', '/git/refs', { ref: `refs/tags/${MODEL}#staging#1`, sha: tag.sha });
    const run = await cli(gh, 'promote', `${MODEL}@1.1.0`, '--to', 'production', '--dry-run');
    expect(run.stderr).toMatch(/after staging +in staging since 2026-02-01 +pass/);
    expect(run.stderr).toContain('(rollback)');
    expect(run.code).toBe(0);
    gh.assertNoViolations();
  });
});

describe('demote and deprecate --registry', () => {
  it('each opens its own pull request; re-runs open nothing more', async () => {
    const gh = await fakeRegistry(0.85);
    expect((await cli(gh, 'demote', MODEL, '--from', 'staging')).code).toBe(0);
    expect((await cli(gh, 'deprecate', `${MODEL}@1.1.0`, '--reason', 'Evaluation leak | see <b>#12</b>')).code).toBe(0);
    expect((await cli(gh, 'demote', MODEL, '--from', 'staging')).code).toBe(0);
    expect((await cli(gh, 'deprecate', `${MODEL}@1.1.0`, '--reason', 'Evaluation leak | see <b>#12</b>')).code).toBe(0);

    const pulls = gh.pulls(REPO);
    expect(pulls.map((p) => [p.headRef, p.title])).toEqual([
      [`registry/demote/${MODEL}-staging`, `Demote ${MODEL} 1.3.0 from staging`],
      [`registry/deprecate/${MODEL}-1.1.0`, `Deprecate ${MODEL} 1.1.0`],
    ]);
    expect(parse(gh.readFile(REPO, `registry/demote/${MODEL}-staging`, STAGES)!)).toEqual({ production: '1.2.0' });
    const card = parse(gh.readFile(REPO, `registry/deprecate/${MODEL}-1.1.0`, `models/${MODEL}/model.yaml`)!) as {
      deprecated_versions: Record<string, string>;
    };
    expect(card.deprecated_versions['1.1.0']).toBe('Evaluation leak | see <b>#12</b>');
    // Registry text in the body stays text: no HTML, no table break, no issue reference.
    expect(pulls[1].body).toContain('Evaluation leak &#124; see &lt;b&gt;#\u200B12&lt;/b&gt;');
    gh.assertNoViolations();
  });
});

describe('command: promote, demote, deprecate (the Action)', () => {
  it('proposes the promotion as a pull request, sets the outputs, and fails the step on a refusal', async () => {
    const gh = await fakeRegistry(0.85);
    const step = (inputs: Record<string, string>) =>
      runAction({
        workspace: work,
        repository: 'acme/deploy',
        apiUrl: gh.url,
        eventName: 'workflow_dispatch',
        token: TOKEN,
        inputs: { registry: REPO, ...inputs },
      });
    const run = await step({ command: 'promote', model: MODEL, from: 'staging', to: 'production' });
    try {
      expect(run.exitCode).toBe(0);
      const [pr] = gh.pulls(REPO);
      expect(pr).toMatchObject({ headRef: `registry/promote/${MODEL}-production-1.3.0`, title: `Promote ${MODEL} 1.3.0 to production` });
      expect(run.outputs['pull-request-number']).toBe(String(pr.number));
      expect(run.outputs['pull-request-url']).toMatch(new RegExp(`/pull/${pr.number}$`));
      expect(JSON.parse(run.outputs.changed)).toEqual([`${MODEL}@1.3.0`]);
      expect(run.summary).toContain('| Requirement | Figure | Verdict |');
    } finally {
      run.dispose();
    }

    const refused = await step({ command: 'deprecate', model: MODEL, version: '9.9.9', reason: 'gone' });
    try {
      expect(refused.exitCode).toBe(1);
      expect(
        refused
          .annotations('error', false)
          .map((a) => a.message)
          .join('\n'),
      ).toContain('has no version "9.9.9"');
      expect(gh.pulls(REPO)).toHaveLength(1);
    } finally {
      refused.dispose();
    }
    gh.assertNoViolations();
  });
});
