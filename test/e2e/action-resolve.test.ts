/**
 * `command: resolve` (dist/index.js, as the runner runs it) in a deployment
 * workflow: the outputs a later step reads, from the checkout and from the
 * registry repository through the API (the fake GitHub), the download into a
 * folder, and a reference that names nothing failing the step.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const LABEL_MAP = 'models/support-ticket-classifier/versions/1.2.0/label_map.json';

let gh: FakeGitHub;
let workspace: string;
const files: Record<string, Buffer> = {};

beforeAll(async () => {
  gh = await startFakeGitHub();
  workspace = mkdtempSync(join(tmpdir(), 'action-resolve-'));
  cpSync(TEMPLATE, join(workspace, 'registry'), { recursive: true });
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  for (const file of walk(TEMPLATE)) {
    const path = relative(TEMPLATE, file).split(sep).join('/');
    if (path === 'registry.yaml' || path.startsWith('models/')) files[path] = readFileSync(file);
  }
  gh.addRepo('acme-ml/model-registry', { files });
  // The release of production's version: its committed file and SHA256SUMS, published.
  const octokit = getOctokit('ghs_writer', { baseUrl: gh.url });
  const repo = { owner: 'acme-ml', repo: 'model-registry' };
  const release = (await octokit.rest.repos.createRelease({ ...repo, tag_name: 'support-ticket-classifier@v1.2.0', draft: true })).data;
  const label = files[LABEL_MAP];
  const sums = Buffer.from(`${createHash('sha256').update(label).digest('hex')}  label_map.json\n`);
  for (const [name, data] of [
    ['label_map.json', label],
    ['SHA256SUMS', sums],
  ] as const)
    await octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      url: release.upload_url,
      release_id: release.id,
      name,
      data: data as unknown as string,
      headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
    });
  await octokit.rest.repos.updateRelease({ ...repo, release_id: release.id, draft: false });
});

afterAll(async () => {
  await gh?.close();
  rmSync(workspace, { recursive: true, force: true });
});

const run = (inputs: Record<string, string>) =>
  runAction({ workspace, repository: 'acme-ml/deploy', apiUrl: gh.url, eventName: 'workflow_dispatch', inputs: { command: 'resolve', ...inputs } });

describe('command: resolve', () => {
  it('from the checkout: version, tag, release address and the artifacts as JSON', async () => {
    const r = await run({ root: 'registry', ref: 'models:/churn-gbm/Production' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.version).toBe('2.0.0');
    expect(r.outputs.tag).toBe('churn-gbm@v2.0.0');
    // The checkout's releases are the workflow repository's.
    expect(r.outputs['release-url']).toBe('https://github.com/acme-ml/deploy/releases/tag/churn-gbm%40v2.0.0');
    const artifacts = JSON.parse(r.outputs.artifacts) as { name: string; sha256: string; source: { kind: string; url?: string } }[];
    expect(artifacts.map((a) => [a.name, a.source.kind])).toEqual([
      ['model.txt', 'other'],
      ['calibrator.joblib', 'other'],
      ['thresholds.json', 'release-asset'],
    ]);
    expect(artifacts[2].source.url).toBe('https://github.com/acme-ml/deploy/releases/download/churn-gbm%40v2.0.0/thresholds.json');
  });

  it('from the registry repository through the API, downloading the named artifact verified into `download`', async () => {
    const r = await run({ registry: 'acme-ml/model-registry', ref: 'support-ticket-classifier#production', download: 'model', artifacts: 'label_map.json' });
    expect(r.exitCode, r.stdout).toBe(0);
    gh.assertNoViolations();
    expect(r.outputs.version).toBe('1.2.0');
    expect(r.outputs['release-url']).toMatch(/\/acme-ml\/model-registry\/releases\/tag\/support-ticket-classifier(@|%40)v1\.2\.0$/);
    const label = (JSON.parse(r.outputs.artifacts) as { name: string; source: { kind: string; apiUrl?: string } }[]).find((a) => a.name === 'label_map.json');
    expect(label?.source).toMatchObject({
      kind: 'release-asset',
      apiUrl: expect.stringMatching(/\/repos\/acme-ml\/model-registry\/releases\/assets\/\d+$/) as string,
    });
    expect(readFileSync(join(workspace, 'model', 'label_map.json'))).toEqual(files[LABEL_MAP]);
    expect(existsSync(join(workspace, 'model', 'model.safetensors'))).toBe(false);
  });

  it('a reference that names nothing fails the step with a did-you-mean; no ref at all names the input', async () => {
    const typo = await run({ root: 'registry', ref: 'churn-gbm#prodcution' });
    expect(typo.exitCode).toBe(1);
    expect(typo.annotations('error', false).map((a) => a.message)).toEqual(['no stage prodcution in this registry (did you mean `production`?)']);
    expect(typo.outputs.version).toBeUndefined();
    const none = await run({ root: 'registry' });
    expect(none.exitCode).toBe(1);
    expect(none.annotations('error', false)[0].message).toContain('command: resolve needs `ref`');
  });
});
