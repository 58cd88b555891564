/**
 * GTO reads one version of a model per commit: the release tags each version
 * at the commit that added it, and a version added by the same commit as an
 * earlier one at a commit of its own (same tree, that commit as parent). The
 * committed CLI bundle against the fake GitHub, from a real git repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { ownCommitMessage, versionTargets } from '../../src/core/release/plan.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const REPO = 'acme/registry';

let gh: FakeGitHub;
let dir: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  dir = mkdtempSync(join(tmpdir(), 'release-commits-'));
});

afterEach(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
}

function release(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCliProcess(['release', '--repository', REPO, '--root', dir], {
    env: { ...process.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: 't', MODEL_REGISTRY_RETRY_BASE_MS: '10', MODEL_REGISTRY_WRITE_SPACING_MS: '0' },
  });
}

/** Tag name -> the commit object it points at (peeled). */
function tagTargets(): Record<string, { sha: string; parents: string[]; message: string; tree: string }> {
  const state = gh.repo(REPO);
  const out: Record<string, { sha: string; parents: string[]; message: string; tree: string }> = {};
  for (const [ref, sha] of Object.entries(gh.refs(REPO))) {
    if (!ref.startsWith('refs/tags/')) continue;
    const commit = state.getCommit(state.peel(sha)!.sha)!;
    out[ref.slice('refs/tags/'.length)] = { sha: commit.sha, parents: commit.parents, message: commit.message, tree: commit.tree };
  }
  return out;
}

describe('release: one version per commit', () => {
  it('tags each version where it was added; versions added together get commits of their own; a re-run writes nothing', async () => {
    cpSync(TEMPLATE, dir, { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'registry');
    const first = git('rev-parse', 'HEAD');
    gh.addCommits(REPO, [first], { branch: 'main' });
    const from = join(dir, 'models', 'churn-gbm', 'versions', '2.0.0');
    const to = join(dir, 'models', 'churn-gbm', 'versions', '2.1.0');
    cpSync(from, to, { recursive: true });
    writeFileSync(join(to, 'card.yaml'), readFileSync(join(to, 'card.yaml'), 'utf8').replace('version: 2.0.0', 'version: 2.1.0'));
    git('add', '-A');
    git('commit', '-qm', 'churn-gbm 2.1.0');
    const second = git('rev-parse', 'HEAD');
    gh.addCommits(REPO, [second], { branch: 'main' });

    const run = await release();
    expect(run.code, run.stderr).toBe(0);
    const tags = tagTargets();
    // The lowest version of each model keeps the commit that added it; 2.1.0 was added on its own.
    expect(tags['churn-gbm@v0.9.0'].sha).toBe(first);
    expect(tags['churn-gbm@v2.1.0'].sha).toBe(second);
    for (const version of ['1.0.0', '2.0.0']) {
      const own = tags[`churn-gbm@v${version}`];
      expect(own.sha).not.toBe(first);
      expect(own.parents).toEqual([first]);
      expect(own.tree).toBe(gh.repo(REPO).getCommit(first)!.tree);
      expect(own.message).toBe(ownCommitMessage('churn-gbm', version));
    }
    // GTO's rule: no two versions of one model on one commit.
    const perModel = new Map<string, Set<string>>();
    for (const [tag, target] of Object.entries(tags)) {
      const model = tag.split('@')[0];
      const seen = perModel.get(model) ?? new Set<string>();
      expect(seen.has(target.sha), `${tag} shares a commit`).toBe(false);
      seen.add(target.sha);
      perModel.set(model, seen);
    }

    gh.clearRequests();
    const again = await release();
    expect(again.code).toBe(0);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    gh.assertNoViolations();
  });

  it('decides from git alone, the same on every run: the lowest version of a commit keeps it', () => {
    const versionCommits = new Map([
      ['m@1.0.0', 'a'],
      ['m@1.10.0', 'a'],
      ['m@1.2.0', 'a'],
      ['m@2.0.0', 'b'],
    ]);
    const targets = versionTargets({ commit: 'head', versionCommits }, 'm', [
      { version: '1.10.0' },
      { version: '2.0.0' },
      { version: '1.0.0' },
      { version: '1.2.0' },
      { version: '3.0.0' },
    ]);
    expect(Object.fromEntries(targets)).toEqual({
      '1.0.0': { target: 'a' },
      '1.2.0': { target: 'a', ownCommit: { parent: 'a', message: ownCommitMessage('m', '1.2.0') } },
      '1.10.0': { target: 'a', ownCommit: { parent: 'a', message: ownCommitMessage('m', '1.10.0') } },
      '2.0.0': { target: 'b' },
      '3.0.0': { target: 'head' },
    });
  });
});
