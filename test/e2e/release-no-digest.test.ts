/**
 * Release assets without GitHub's `digest` (GitHub Enterprise Server, assets
 * uploaded before 2025): a size that matches is never taken for the card's
 * file. An asset already in a draft is downloaded and hashed; a different one
 * of the same size is refused, the right one is kept without uploading it
 * again. The committed CLI bundle against a fake GitHub that gives no digests.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const REPO = 'acme/registry';
const TOKEN = 'test-token';
const WEIGHTS = 'weights-v1\n';
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

let gh: FakeGitHub;
let work: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main', assetDigests: false });
  work = mkdtempSync(join(tmpdir(), 'release-no-digest-'));
});

afterEach(async () => {
  await gh.close();
  rmSync(work, { recursive: true, force: true });
});

/** The template with one model, tiny 1.0.0, whose card lists weights.bin; committed, and known to the fake. */
function tinyRepo(): string {
  const dir = join(work, 'repo');
  cpSync(TEMPLATE, dir, { recursive: true });
  rmSync(join(dir, 'models'), { recursive: true, force: true });
  const v = join(dir, 'models', 'tiny', 'versions', '1.0.0');
  mkdirSync(v, { recursive: true });
  writeFileSync(join(dir, 'models', 'tiny', 'model.yaml'), 'name: tiny\ndescription: A tiny model.\nowners: ["@acme"]\n');
  writeFileSync(join(v, 'weights.bin'), WEIGHTS);
  writeFileSync(
    join(v, 'card.yaml'),
    `version: 1.0.0\ncreated: 2026-01-01T00:00:00Z\nsummary: Tiny.\nartifacts:\n  - name: weights.bin\n    path: weights.bin\n    sha256: ${sha256(WEIGHTS)}\n    size: ${Buffer.byteLength(WEIGHTS)}\n`,
  );
  writeFileSync(join(v, 'metrics.json'), '{"accuracy": 0.9}');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'registry');
  gh.addCommits(REPO, [git('rev-parse', 'HEAD')], { branch: 'main' });
  return dir;
}

/** A draft release for tiny@v1.0.0 holding weights.bin with these bytes, as an earlier run (or someone else) left it. */
async function draftWith(bytes: string): Promise<void> {
  const headers = { authorization: `token ${TOKEN}`, 'content-type': 'application/json' };
  const created = await fetch(`${gh.url}/repos/${REPO}/releases`, { method: 'POST', headers, body: JSON.stringify({ tag_name: 'tiny@v1.0.0', draft: true }) });
  expect(created.status).toBe(201);
  const { upload_url } = (await created.json()) as { upload_url: string };
  const upload = await fetch(`${upload_url.replace(/\{.*$/, '')}?name=weights.bin`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  expect(upload.status).toBe(201);
  expect(((await upload.json()) as { digest: string | null }).digest).toBeNull();
  gh.clearRequests();
}

function release(dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCliProcess(['release', '--repository', REPO, '--root', dir], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: work,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: TOKEN,
      MODEL_REGISTRY_RETRY_BASE_MS: '10',
      MODEL_REGISTRY_WRITE_SPACING_MS: '0',
    },
  });
}

const published = () => gh.releases(REPO).filter((r) => !r.draft);
const downloads = () => gh.requests.filter((r) => r.method === 'GET' && /\/releases\/assets\/\d+$/.test(r.path));

describe('release where GitHub gives no asset digests', () => {
  it('refuses a draft asset of the right size but other bytes: nothing is published', async () => {
    const dir = tinyRepo();
    const forged = 'weights-v2\n';
    expect(forged.length).toBe(WEIGHTS.length);
    await draftWith(forged);
    const run = await release(dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(
      `the draft already holds a different weights.bin (${WEIGHTS.length} bytes, sha256:${sha256(forged)}; expected ${WEIGHTS.length} bytes, sha256:${sha256(WEIGHTS)})`,
    );
    expect(published()).toEqual([]);
    expect(Object.keys(gh.refs(REPO)).filter((r) => r.startsWith('refs/tags/'))).toEqual([]);
    expect(downloads()).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('keeps a draft asset with the right bytes, checked by downloading it, without uploading it again', async () => {
    const dir = tinyRepo();
    await draftWith(WEIGHTS);
    const run = await release(dir);
    expect(run.code, run.stderr).toBe(0);
    expect(published()).toHaveLength(1);
    expect(
      published()[0]
        .assets.map((a) => `${a.name}:${a.sha256}`)
        .sort(),
    ).toContain(`weights.bin:${sha256(WEIGHTS)}`);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.url.endsWith('?name=weights.bin'))).toEqual([]);
    expect(downloads().length).toBeGreaterThanOrEqual(1);
    gh.assertNoViolations();
  });

  it('a clean release: its own uploads were hashed as they went out, so nothing is downloaded', async () => {
    const dir = tinyRepo();
    const run = await release(dir);
    expect(run.code, run.stderr).toBe(0);
    expect(
      published()[0]
        .assets.map((a) => a.name)
        .sort(),
    ).toEqual(['SHA256SUMS', 'card.yaml', 'metrics.json', 'weights.bin']);
    expect(downloads()).toEqual([]);
    gh.assertNoViolations();
  });
});
