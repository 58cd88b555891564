/**
 * Releases end to end: the committed CLI bundle, as a user types it, against
 * the fake GitHub (every request checked against GitHub's OpenAPI
 * description), from a real git repository.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { publishReleases } from '../../src/app/publish-releases.js';
import { parseRepository } from '../../src/core/release/urls.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const REPO = 'acme/registry';
const TOKEN = 'test-token';

let gh: FakeGitHub;
let work: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  work = mkdtempSync(join(tmpdir(), 'release-e2e-'));
});

afterEach(async () => {
  await gh.close();
  rmSync(work, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A git repository holding `files` (or the template), committed; the commit is made known to the fake. */
function makeRepo(setup?: (dir: string) => void): { dir: string; sha: string } {
  const dir = join(work, `repo-${Math.random().toString(36).slice(2)}`);
  cpSync(TEMPLATE, dir, { recursive: true });
  setup?.(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'registry');
  const sha = git(dir, 'rev-parse', 'HEAD');
  gh.addCommits(REPO, [sha], { branch: 'main' });
  return { dir, sha };
}

function commitMore(dir: string, change: (dir: string) => void): string {
  change(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'more');
  const sha = git(dir, 'rev-parse', 'HEAD');
  gh.addCommits(REPO, [sha], { branch: 'main' });
  return sha;
}

/** Runs the CLI without blocking: the fake server answers from this same process. */
function release(dir: string, ...extra: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCliProcess(['release', '--repository', REPO, '--root', dir, ...extra], {
    env: { ...process.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKEN, MODEL_REGISTRY_RETRY_BASE_MS: '10', MODEL_REGISTRY_WRITE_SPACING_MS: '0' },
  });
}

/** A registry of one model with one version that commits one artifact. */
function tinyRegistry(dir: string, artifact = 'weights-v1\n') {
  rmSync(join(dir, 'models'), { recursive: true, force: true });
  const v = join(dir, 'models', 'tiny', 'versions', '1.0.0');
  mkdirSync(v, { recursive: true });
  writeFileSync(join(dir, 'models', 'tiny', 'model.yaml'), 'name: tiny\ndescription: A tiny model.\nowners: ["@acme"]\n');
  writeFileSync(join(v, 'weights.bin'), artifact);
  const sha = createHash('sha256').update(artifact).digest('hex');
  writeFileSync(
    join(v, 'card.yaml'),
    `version: 1.0.0\ncreated: 2026-01-01T00:00:00Z\nsummary: Tiny.\nartifacts:\n  - name: weights.bin\n    path: weights.bin\n    sha256: ${sha}\n    size: ${Buffer.byteLength(artifact)}\n`,
  );
  writeFileSync(join(v, 'metrics.json'), '{"accuracy": 0.9}');
}

/** What a person sees on GitHub: published releases with their assets' names and digests, and tags. */
function endState() {
  const releases = gh
    .releases(REPO)
    .map((r) => ({ tag: r.tagName, draft: r.draft, name: r.name, assets: r.assets.map((a) => `${a.name}:${a.state}:${a.sha256}`).sort() }))
    .sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const tags = Object.keys(gh.refs(REPO))
    .filter((r) => r.startsWith('refs/tags/'))
    .sort();
  return { releases, tags };
}

describe('release', () => {
  it('releases every version once: annotated tags, assets, SHA256SUMS that sha256sum -c accepts; a second run writes nothing', async () => {
    const { dir, sha } = makeRepo();
    const first = await release(dir);
    expect(first.stderr).not.toMatch(/internal error/);
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out.released).toHaveLength(11);
    expect(out.released).toContain('churn-gbm@2.0.0');
    expect(out.releases[0]).toMatch(/^https:\/\/github\.com\/acme\/registry\/releases\/tag\//);

    const releases = gh.releases(REPO);
    expect(releases).toHaveLength(11);
    expect(releases.every((r) => !r.draft)).toBe(true);
    const churn = releases.find((r) => r.tagName === 'churn-gbm@v2.0.0')!;
    expect(churn.name).toBe('churn-gbm 2.0.0');
    expect(churn.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'card.yaml', 'metrics.yaml', 'thresholds.json']);
    expect(churn.body).toContain('## Metrics');
    expect(churn.body).toContain('sha256sum -c SHA256SUMS');

    // SHA256SUMS checks out with the real sha256sum against the downloaded assets.
    const download = join(work, 'download');
    mkdirSync(download);
    for (const asset of churn.assets) writeFileSync(join(download, asset.name), gh.assetBytes(REPO, asset.id)!);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: download, encoding: 'utf8' })).toMatch(/card\.yaml: OK/);

    // The tag is annotated (GTO reads only annotated tags) and points at the released commit.
    const ref = gh.refs(REPO)['refs/tags/churn-gbm@v2.0.0'];
    expect(ref).toBeDefined();
    expect(ref).not.toBe(sha);

    gh.clearRequests();
    const second = await release(dir);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).released).toEqual([]);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    gh.assertNoViolations();
  });

  it('releases only a newly added version', async () => {
    const { dir } = makeRepo();
    expect((await release(dir)).code).toBe(0);
    commitMore(dir, (d) => {
      const from = join(d, 'models', 'churn-gbm', 'versions', '2.0.0');
      const to = join(d, 'models', 'churn-gbm', 'versions', '2.1.0');
      cpSync(from, to, { recursive: true });
      writeFileSync(join(to, 'card.yaml'), readFileSync(join(to, 'card.yaml'), 'utf8').replace('version: 2.0.0', 'version: 2.1.0'));
    });
    const run = await release(dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).released).toEqual(['churn-gbm@2.1.0']);
    expect(gh.releases(REPO)).toHaveLength(12);
    gh.assertNoViolations();
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    const { dir } = makeRepo(tinyRegistry);
    const run = await release(dir, '--dry-run');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.versions).toHaveLength(1);
    expect(plan.versions[0]).toMatchObject({ tag: 'tiny@v1.0.0', status: 'pending', createDraft: true, createTag: true, publish: true });
    expect(plan.versions[0].uploads.map((u: { name: string }) => u.name).sort()).toEqual(['SHA256SUMS', 'card.yaml', 'metrics.json', 'weights.bin']);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(gh.releases(REPO)).toHaveLength(0);
  });

  it('refuses, publishing nothing: a checksum mismatch, a path escape, a tag at another commit', async () => {
    const mismatch = makeRepo((d) => {
      tinyRegistry(d);
      writeFileSync(join(d, 'models', 'tiny', 'versions', '1.0.0', 'weights.bin'), 'tampered\n');
    });
    const a = await release(mismatch.dir);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/artifact-checksum|sha256/);

    const escape = makeRepo((d) => {
      tinyRegistry(d);
      const card = join(d, 'models', 'tiny', 'versions', '1.0.0', 'card.yaml');
      writeFileSync(card, readFileSync(card, 'utf8').replace('path: weights.bin', 'path: ../../../registry.yaml'));
    });
    const b = await release(escape.dir);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/artifact-path/);

    const tagged = makeRepo(tinyRegistry);
    const other = 'f'.repeat(40);
    gh.addCommits(REPO, [other]);
    execFileSync('git', ['tag', 'x'], { cwd: tagged.dir });
    // Someone else made the tag, at another commit.
    const made = await fetch(`${gh.url}/repos/${REPO}/git/refs`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ref: 'refs/tags/tiny@v1.0.0', sha: other }),
    });
    expect(made.status).toBe(201);
    const c = await release(tagged.dir);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/tag tiny@v1\.0\.0 already exists at commit f{40}/);
    expect(gh.releases(REPO)).toHaveLength(0);
    gh.assertNoViolations();
  });

  it('refuses a checkout holding a Git LFS pointer instead of the artifact (no lfs: true): says how to fetch it, writes nothing', async () => {
    const { dir } = makeRepo((d) => {
      tinyRegistry(d);
      // What actions/checkout leaves without `lfs: true`: the pointer, naming exactly the card's sha256 and size.
      const real = 'weights-v1\n';
      const oid = createHash('sha256').update(real).digest('hex');
      writeFileSync(
        join(d, 'models', 'tiny', 'versions', '1.0.0', 'weights.bin'),
        `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${Buffer.byteLength(real)}\n`,
      );
    });
    const run = await release(dir);
    expect(run.code).toBe(1);
    // The registry itself is valid (the pointer matches its card); the release refuses to upload it.
    expect(run.stderr).not.toMatch(/artifact-checksum/);
    expect(run.stderr).toMatch(/weights\.bin is a Git LFS pointer, not the file .*check out with `lfs: true`/);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(endState()).toEqual({ releases: [], tags: [] });
    gh.assertNoViolations();
  });

  it('refuses a card.yaml or metrics file that is a symbolic link (to .git/config and its token): nothing is uploaded or written', async () => {
    const SECRET = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46c2VjcmV0';
    for (const file of ['card.yaml', 'metrics.json']) {
      const { dir } = makeRepo((d) => {
        tinyRegistry(d);
        const path = join(d, 'models', 'tiny', 'versions', '1.0.0', file);
        rmSync(path);
        // As a pull request commits it: a relative link to the checkout's git config.
        symlinkSync('../../../../.git/config', path);
      });
      // What actions/checkout leaves in .git/config unless persist-credentials is false.
      git(dir, 'config', 'http.https://github.com/.extraheader', SECRET);
      gh.clearRequests();
      for (const extra of [[], ['--dry-run']]) {
        const run = await release(dir, ...extra);
        expect(run.code, `${file} ${extra.join(' ')}`).toBe(1);
        expect(run.stderr).toContain(`models/tiny/versions/1.0.0/${file}:1:1: this is a symbolic link`);
        expect(run.stderr).toContain('[symbolic-link]');
        expect(run.stdout + run.stderr).not.toContain('AUTHORIZATION');
      }
      expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(gh.releases(REPO)).toHaveLength(0);
    }
    gh.assertNoViolations();
  });

  it('two runs at once end with each release exactly once', async () => {
    const { dir } = makeRepo(tinyRegistry);
    const [a, b] = await Promise.all([release(dir), release(dir)]);
    expect([a.code, b.code], `${a.stderr}\n${b.stderr}`).toEqual([0, 0]);
    const state = endState();
    expect(state.releases).toHaveLength(1);
    expect(state.releases[0].draft).toBe(false);
    expect(state.releases[0].assets.map((x) => x.split(':')[0])).toEqual(['SHA256SUMS', 'card.yaml', 'metrics.json', 'weights.bin']);
    expect(state.tags).toEqual(['refs/tags/tiny@v1.0.0']);
    gh.assertNoViolations();
  });
});

describe('release survives a failure at any request', () => {
  const faults = [
    { name: '500', spec: { status: 500 as const, times: 20 } },
    { name: '502', spec: { status: 502 as const, times: 20 } },
    // A rate limit is waited out (Retry-After: 1 s, through a sleeper that records the wait) and the run goes on; the re-run then has nothing left to do.
    { name: '429 with Retry-After', spec: { status: 429 as const, retryAfter: 1, times: 1 } },
    { name: '403 secondary rate limit', spec: { status: 403 as const, secondaryRateLimit: true, retryAfter: 1, times: 1 } },
  ];

  it('a clean run, for reference', async () => {
    const { dir } = makeRepo(tinyRegistry);
    expect((await release(dir)).code).toBe(0);
  });

  for (const fault of faults) {
    it(`fails each request in turn with ${fault.name}; a re-run converges to the clean end state`, async () => {
      // The clean run's requests and end state.
      const clean = makeRepo(tinyRegistry);
      gh.clearRequests();
      expect((await releaseInProcess(clean.dir, clean.sha)).code).toBe(0);
      const log = gh.requests.map((r) => ({ method: r.method, path: r.path }));
      const expected = endState();
      expect(log.length).toBeGreaterThan(8);
      for (let k = 0; k < log.length; k++) {
        await gh.close();
        // Requests are still checked against the OpenAPI description; the fake's own answers were checked in the clean run.
        gh = await startFakeGitHub({ validateResponses: false });
        gh.addRepo(REPO, { defaultBranch: 'main' });
        gh.addCommits(REPO, [clean.sha], { branch: 'main' });
        const request = log[k];
        const skip = log.slice(0, k).filter((r) => r.method === request.method && r.path === request.path).length;
        gh.failNext({ ...fault.spec, method: request.method, pathPattern: new RegExp(`^${escapeRegExp(request.path)}$`), skip });
        const failed = await releaseInProcess(clean.dir, clean.sha);
        const where = `after failing request ${k} (${request.method} ${request.path})`;
        const retryAfter = fault.spec.retryAfter;
        if (retryAfter !== undefined) {
          // The rate limit was waited out, for at least its Retry-After, through the injected sleeper (asset uploads bypass Octokit's throttling: they plan again instead).
          const throttled = !(request.method === 'POST' && request.path.endsWith('/assets'));
          expect(failed.waits, where).toHaveLength(throttled ? 1 : 0);
          for (const ms of failed.waits) expect(ms, where).toBeGreaterThanOrEqual(retryAfter * 1000);
        }
        // Never a published release missing an asset, whether the failed run gave up or got through.
        for (const r of gh.releases(REPO).filter((x) => !x.draft))
          expect(r.assets.map((a) => a.name).sort(), where).toEqual(expected.releases[0].assets.map((a) => a.split(':')[0]));
        gh.clearFaults();
        const rerun = await releaseInProcess(clean.dir, clean.sha);
        expect(rerun.code, `${where}: ${rerun.error} (the failed run said: ${failed.error})`).toBe(0);
        expect(endState(), where).toEqual(expected);
        gh.assertNoViolations();
      }
    }, 240_000);
  }

  it('an upload broken midway leaves a broken asset that the re-run removes', async () => {
    const { dir } = makeRepo((d) => tinyRegistry(d, 'x'.repeat(4 * 1024 * 1024)));
    // Every attempt of the run (it plans again twice) is cut off midway.
    gh.failNext({ method: 'POST', pathPattern: /\/assets$/, reset: 'midway', times: 3 });
    const failed = await release(dir);
    expect(failed.code).not.toBe(0);
    const drafts = gh.releases(REPO).filter((r) => r.draft);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].assets.some((a) => a.state === 'starter')).toBe(true);
    gh.clearFaults();
    const rerun = await release(dir);
    expect(rerun.code, rerun.stderr).toBe(0);
    const state = endState();
    expect(state.releases).toHaveLength(1);
    expect(state.releases[0].draft).toBe(false);
    expect(state.releases[0].assets.every((a) => a.includes(':uploaded:'))).toBe(true);
    gh.assertNoViolations();
  });

  it('GitHub still failing after the retries: one line saying what GitHub answered and what to do, exit 1, never a crash', async () => {
    const { dir } = makeRepo(tinyRegistry);
    gh.failNext({ method: 'GET', pathPattern: /\/releases$/, status: 502, times: 1000 });
    for (const [extra, next] of [
      [[], 'nothing half-done was published: run it again to resume'],
      [['--dry-run'], 'nothing was written (a dry run): run it again later'],
    ] as const) {
      const failed = await release(dir, ...extra);
      expect(failed.code, failed.stderr).toBe(1);
      expect(failed.stderr).toBe(
        `model-registry release: GitHub answered HTTP 502 to GET ${gh.url}/repos/${REPO}/releases?per_page=100 (Server Error - https://docs.github.com/rest) after retrying; ${next}\n`,
      );
    }
  });

  it('an upload whose connection breaks on every attempt: says GitHub cut the connection, exit 1, no internal error', async () => {
    const { dir } = makeRepo((d) => tinyRegistry(d, 'x'.repeat(4 * 1024 * 1024)));
    gh.failNext({ method: 'POST', pathPattern: /\/assets$/, reset: 'midway', times: 3 });
    const failed = await release(dir);
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).not.toMatch(/internal error/);
    expect(failed.stderr.split('\n').at(-2)).toMatch(
      /^model-registry release: GitHub answered with a broken connection to POST \S+\?name=card\.yaml \(uploading card\.yaml failed: connection reset: .*\) after retrying; nothing half-done was published: run it again to resume$/,
    );
  });
});

/**
 * The same release in this process (real HTTP to the fake, no mocks): the
 * fault loops run it hundreds of times, which child processes would make slow.
 */
async function releaseInProcess(dir: string, commit: string): Promise<{ code: number; error?: string; waits: number[] }> {
  const saved = { ...process.env };
  Object.assign(process.env, { GITHUB_API_URL: gh.url, MODEL_REGISTRY_RETRY_BASE_MS: '1', MODEL_REGISTRY_WRITE_SPACING_MS: '0' });
  // Rate limits are waited out through this sleeper, which records each wait instead of sleeping through it.
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };
  try {
    await publishReleases({ root: dir, repository: parseRepository(REPO)!, commit, token: TOKEN, dryRun: false, log: () => {}, sleep });
    return { code: 0, waits };
  } catch (error) {
    return { code: 1, error: String((error as Error).message), waits };
  } finally {
    process.env = saved;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
