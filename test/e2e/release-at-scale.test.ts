/**
 * Releases of a large registry, end to end (the committed CLI bundle against
 * the fake GitHub, which, like GitHub, lists no release past the 1,000th):
 * the requests a run makes grow with the versions to release, not with the
 * releases that exist, and a first release of many versions is spread over
 * runs of at most --max-releases versions each, the oldest first.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { writeSyntheticRegistry } from '../../bench/synthetic-registry.mjs';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const REPO = 'acme/registry';

let gh: FakeGitHub;
let work: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  work = mkdtempSync(join(tmpdir(), 'release-scale-'));
});

afterEach(async () => {
  await gh.close();
  rmSync(work, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** Commits everything in `dir` (a new repository the first time) and makes the commit known to the fake. */
function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
  const sha = git(dir, 'rev-parse', 'HEAD');
  gh.addCommits(REPO, [sha], { branch: 'main' });
  return sha;
}

function release(dir: string, ...extra: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCliProcess(['release', '--repository', REPO, '--root', dir, ...extra], {
    env: { ...process.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'test-token', MODEL_REGISTRY_RETRY_BASE_MS: '10', MODEL_REGISTRY_WRITE_SPACING_MS: '0' },
  });
}

function listedPages(): string[] {
  return gh.requests.filter((r) => r.operationId === 'repos/list-releases').map((r) => r.query.page ?? '1');
}

describe('release at scale', () => {
  it('2,000 versions released: nothing new costs at most 3 requests, one new version at most 15, and nothing lists past the first page', async () => {
    const dir = join(work, 'registry');
    writeSyntheticRegistry(dir, { models: 100, versions: 20 });
    git(dir, 'init', '-q', '-b', 'main');
    const sha = commitAll(dir, 'registry');
    // Every version released: its release on GitHub, and its tag in the clone too (the release workflow checks out every tag).
    const tags = Array.from({ length: 100 }, (_, m) => Array.from({ length: 20 }, (_, v) => `model-${String(m).padStart(4, '0')}@v1.${v}.0`)).flat();
    gh.seedReleases(
      REPO,
      tags.map((tag) => ({ tag, commit: sha })),
    );
    execFileSync('git', ['update-ref', '--stdin'], { cwd: dir, input: tags.map((t) => `create refs/tags/${t} ${sha}\n`).join('') });

    gh.clearRequests();
    const idle = await release(dir);
    expect(idle.code, idle.stderr).toBe(0);
    expect(JSON.parse(idle.stdout)).toEqual({ released: [], releases: [], remaining: 0 });
    expect(gh.requests.length).toBeLessThanOrEqual(3);

    // One new version.
    const from = join(dir, 'models', 'model-0007', 'versions', '1.19.0');
    const to = join(dir, 'models', 'model-0007', 'versions', '1.20.0');
    cpSync(from, to, { recursive: true });
    writeFileSync(join(to, 'card.yaml'), readFileSync(join(to, 'card.yaml'), 'utf8').replace('version: 1.19.0', 'version: 1.20.0'));
    commitAll(dir, 'model-0007 1.20.0');
    gh.clearRequests();
    const one = await release(dir);
    expect(one.code, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout).released).toEqual(['model-0007@1.20.0']);
    expect(gh.requests.length, gh.requests.map((r) => `${r.method} ${r.path}`).join('\n')).toBeLessThanOrEqual(15);
    expect(listedPages()).not.toContain('2');
    const made = gh.releases(REPO).find((r) => r.tagName === 'model-0007@v1.20.0')!;
    expect(made.draft).toBe(false);
    expect(made.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'card.yaml', 'metrics.json']);

    // The clone has not fetched the new tag yet: GitHub is asked about that version alone, and nothing is written.
    gh.clearRequests();
    const again = await release(dir);
    expect(JSON.parse(again.stdout).released).toEqual([]);
    expect(gh.requests.length).toBeLessThanOrEqual(3);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    gh.assertNoViolations();
  }, 120_000);

  it('a run stopped between tagging and publishing is finished by the next, though the clone has the tag', async () => {
    const dir = join(work, 'registry');
    cpSync(TEMPLATE, dir, { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, 'registry');
    // Publishing churn-gbm 2.0.0 fails for good: its tag exists, its release is still a draft.
    gh.failNext({ method: 'PATCH', pathPattern: /\/releases\/\d+$/, status: 500, times: 1000, skip: 2 });
    const failed = await release(dir, '--max-releases', '3');
    expect(failed.code).not.toBe(0);
    gh.clearFaults();
    const draft = gh.releases(REPO).find((r) => r.draft)!;
    expect(gh.refs(REPO)[`refs/tags/${draft.tagName}`]).toBeDefined();
    // The clone fetches every tag, as the workflow's checkout does.
    for (const [ref, target] of Object.entries(gh.refs(REPO)).filter(([r]) => r.startsWith('refs/tags/'))) {
      execFileSync('git', ['update-ref', ref, gh.repo(REPO).getObject(target)?.type === 'tag' ? git(dir, 'rev-parse', 'HEAD') : target], { cwd: dir });
    }
    const rerun = await release(dir, '--max-releases', '3');
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(JSON.parse(rerun.stdout).released).toContain(`${draft.tagName.replace('@v', '@')}`);
    expect(gh.releases(REPO).filter((r) => r.draft)).toEqual([]);
    gh.assertNoViolations();
  });

  it('a first release of many versions: at most --max-releases a run, the oldest first, saying how many remain; the next runs go on', async () => {
    const dir = join(work, 'registry');
    cpSync(TEMPLATE, dir, { recursive: true });
    // churn-gbm is added by a later commit: it goes last, though its name sorts first.
    const churn = join(work, 'churn-gbm');
    cpSync(join(dir, 'models', 'churn-gbm'), churn, { recursive: true });
    rmSync(join(dir, 'models', 'churn-gbm'), { recursive: true });
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, 'three models');
    cpSync(churn, join(dir, 'models', 'churn-gbm'), { recursive: true });
    commitAll(dir, 'churn-gbm');

    const plan = await release(dir, '--max-releases', '4', '--dry-run');
    expect(plan.code, plan.stderr).toBe(0);
    const statuses = (JSON.parse(plan.stdout) as { versions: { tag: string; status: string }[] }).versions.map((v) => v.status);
    expect(statuses.filter((s) => s === 'pending')).toHaveLength(4);
    expect(statuses.filter((s) => s === 'deferred')).toHaveLength(7);
    expect(gh.releases(REPO)).toEqual([]);

    const runs = [];
    for (let i = 0; i < 3; i++) {
      const run = await release(dir, '--max-releases', '4');
      expect(run.code, run.stderr).toBe(0);
      runs.push({ ...(JSON.parse(run.stdout) as { released: string[]; remaining: number }), stderr: run.stderr });
    }
    expect(runs.map((r) => r.released)).toEqual([
      ['support-ticket-classifier@1.0.0', 'support-ticket-classifier@1.1.0', 'support-ticket-classifier@1.2.0', 'support-ticket-classifier@1.3.0'],
      ['support-ticket-classifier-small@1.0.0', 'support-ticket-classifier-small@1.0.1', 'ticket-embedder@1.0.0', 'ticket-embedder@1.1.0'],
      ['churn-gbm@0.9.0', 'churn-gbm@1.0.0', 'churn-gbm@2.0.0'],
    ]);
    expect(runs.map((r) => r.remaining)).toEqual([7, 3, 0]);
    expect(runs[0].stderr).toMatch(/7 more versions to release after this run's 4 \(at most 4 a run, the oldest first/);
    expect(runs[2].stderr).not.toMatch(/more versions? to release/);
    expect(gh.releases(REPO).filter((r) => !r.draft)).toHaveLength(11);

    const bad = await release(dir, '--max-releases', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-releases must be a whole number of at least 1; got "0"/);
    gh.assertNoViolations();
  });
});
