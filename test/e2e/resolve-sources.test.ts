/**
 * `model-registry resolve` (dist/cli.js) reading the two remote sources a
 * deployment job has: the published catalogue (a site built by dist/cli.js
 * site, served by a local HTTP server) and the registry repository on GitHub
 * (the fake GitHub, public and private, with a published release). The local
 * folder source is in resolve-cli.test.ts.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, relative, sep } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const LABEL_MAP_SHA = '6746f8ed8136a522e25e5c9d034466dbcb4998418a8326367ceb4b4f84a0a2b4';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  expect(existsSync(CLI), 'dist/cli.js is missing: run `npm run build`').toBe(true);
  const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

interface Json {
  version: string;
  stage?: string;
  tag: string;
  releaseUrl?: string;
  checksumsUrl?: string;
  checksumsApiUrl?: string;
  artifacts: { name: string; size?: number; sha256?: string; source: { kind: string; url?: string; apiUrl?: string; uri?: string; path?: string } }[];
}
const json = (run: Run) => JSON.parse(run.stdout) as Json;
const artifact = (r: Json, name: string) => r.artifacts.find((a) => a.name === name);

describe('resolve --catalogue: the published JSON API', () => {
  let work: string;
  let server: Server;
  let base: string;
  /** Paths the server was asked for. */
  const asked: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'resolve-catalogue-'));
    const registry = join(work, 'registry');
    cpSync(TEMPLATE, registry, { recursive: true });
    for (const [out, extra] of [
      ['site', ['--repository', 'acme-ml/model-registry']],
      ['offline', []],
    ] as const) {
      const built = await cli(['site', '--root', registry, '--out', join(work, out), ...extra]);
      expect(built.status, built.stderr).toBe(0);
    }
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      asked.push(path);
      if (path === '/broken/api/models/churn-gbm.json') return void res.writeHead(200).end('{"name": "churn-gbm", "versions": "none"}');
      const [, folder, ...rest] = path.split('/');
      const root = join(work, folder);
      const file = normalize(join(root, ...rest));
      if (!['site', 'offline'].includes(folder) || !file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory())
        return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    rmSync(work, { recursive: true, force: true });
  });

  it('what a stage runs, with one GET of its document: committed files from the release, the release SHA256SUMS', async () => {
    asked.length = 0;
    const run = await cli(['resolve', 'support-ticket-classifier#production', '--catalogue', `${base}/site`, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect(asked).toEqual(['/site/api/models/support-ticket-classifier/production.json']);
    const r = json(run);
    expect(r).toMatchObject({ version: '1.2.0', stage: 'production', tag: 'support-ticket-classifier@v1.2.0' });
    expect(r.releaseUrl).toBe('https://github.com/acme-ml/model-registry/releases/tag/support-ticket-classifier%40v1.2.0');
    expect(r.checksumsUrl).toBe('https://github.com/acme-ml/model-registry/releases/download/support-ticket-classifier%40v1.2.0/SHA256SUMS');
    expect(artifact(r, 'label_map.json')).toMatchObject({
      size: 385,
      sha256: LABEL_MAP_SHA,
      source: { kind: 'release-asset', url: 'https://github.com/acme-ml/model-registry/releases/download/support-ticket-classifier%40v1.2.0/label_map.json' },
    });
    expect(artifact(r, 'model.safetensors')?.source).toEqual({ kind: 'other', uri: 's3://acme-models/support-ticket-classifier/1.2.0/model.safetensors' });
  });

  it('a version, latest and MLflow forms from the model document; the same answer as the registry folder', async () => {
    const fromCatalogue = await cli(['resolve', 'churn-gbm@latest', '--catalogue', `${base}/site/`, '--format', 'json']);
    const fromFolder = await cli(['resolve', 'churn-gbm@latest', '--root', TEMPLATE, '--repository', 'acme-ml/model-registry', '--format', 'json']);
    expect(fromCatalogue.status, fromCatalogue.stderr).toBe(0);
    const a = json(fromCatalogue);
    const b = json(fromFolder);
    expect(a.version).toBe('2.0.0');
    // The catalogue gives each artifact's address (stored) but not its path in the registry; the rest is the same.
    const withoutStored = (r: Json) => ({ ...r, artifacts: r.artifacts.map(({ name, size, sha256, source }) => ({ name, size, sha256, source })) });
    expect(withoutStored(a)).toEqual(withoutStored(b));
    const mlflow = await cli(['resolve', 'models:/support-ticket-classifier/Staging', '--catalogue', `${base}/site`]);
    expect(mlflow.stdout.split('\n')[0]).toBe('support-ticket-classifier 1.3.0 (staging)  tag support-ticket-classifier@v1.3.0');
  });

  it('a site built without the repository has no address for committed files: listed with the line that verifies them', async () => {
    const run = await cli(['resolve', 'support-ticket-classifier@1.2.0', '--catalogue', `${base}/offline`]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `label_map.json  385 B  sha256 ${LABEL_MAP_SHA}\n  no address given: fetch it with your own tool, then verify:\n  echo '${LABEL_MAP_SHA}  label_map.json' | sha256sum -c\n`,
    );
  });

  it('names nothing: exit 1 with a did-you-mean from the index; a stage nothing runs in says so', async () => {
    const typo = await cli(['resolve', 'churn-gmb@2.0.0', '--catalogue', `${base}/site`]);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toBe('model-registry resolve: no model churn-gmb in this registry (did you mean `churn-gbm`?)\n');
    const staging = await cli(['resolve', 'churn-gbm#staging', '--catalogue', `${base}/site`]);
    expect(staging.status).toBe(1);
    expect(staging.stderr).toBe('model-registry resolve: churn-gbm runs nothing in staging\n');
    const version = await cli(['resolve', 'churn-gbm@2.0.1', '--catalogue', `${base}/site`]);
    expect(version.stderr).toBe('model-registry resolve: churn-gbm has no version 2.0.1 (did you mean `2.0.0`?)\n');
  });

  it('an answer that is not the JSON API is not trusted: exit 2, naming the document; so is no answer', async () => {
    const broken = await cli(['resolve', 'churn-gbm@2.0.0', '--catalogue', `${base}/broken`]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`GET ${base}/broken/api/models/churn-gbm.json is not a document of the catalogue's JSON API`);
    expect(broken.stdout).toBe('');
    const nowhere = await cli(['resolve', 'churn-gbm@2.0.0', '--catalogue', 'ftp://example.com/']);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain('--catalogue must be an http(s) address');
  });

  it('--catalogue is one source: not with --root or --repository', async () => {
    const run = await cli(['resolve', 'churn-gbm@2.0.0', '--catalogue', `${base}/site`, '--root', TEMPLATE]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--catalogue is a source of its own');
  });
});

describe('resolve --repository: the registry repository on GitHub', () => {
  let gh: FakeGitHub;
  const files: Record<string, Buffer> = {};
  const env = (token = 'ghs_reader') => ({ GITHUB_API_URL: gh.url, GITHUB_TOKEN: token, MODEL_REGISTRY_RETRY_BASE_MS: '1' });

  /** A published release of the tag with the committed files as assets and a SHA256SUMS. */
  async function publish(repo: string, tag: string, assets: Record<string, Buffer>) {
    const [owner, name] = repo.split('/');
    const octokit = getOctokit('ghs_writer', { baseUrl: gh.url });
    const release = (await octokit.rest.repos.createRelease({ owner, repo: name, tag_name: tag, draft: true })).data;
    const sums = Object.entries(assets).map(([n, b]) => `${createHash('sha256').update(b).digest('hex')}  ${n}\n`);
    for (const [assetName, data] of Object.entries({ ...assets, SHA256SUMS: Buffer.from(sums.join('')) }))
      await octokit.rest.repos.uploadReleaseAsset({
        url: release.upload_url,
        owner,
        repo: name,
        release_id: release.id,
        name: assetName,
        data: data as unknown as string,
        headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
      });
    await octokit.rest.repos.updateRelease({ owner, repo: name, release_id: release.id, draft: false });
  }

  beforeAll(async () => {
    gh = await startFakeGitHub();
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    for (const file of walk(TEMPLATE)) {
      const path = relative(TEMPLATE, file).split(sep).join('/');
      if (path === 'registry.yaml' || path.startsWith('models/')) files[path] = readFileSync(file);
    }
    for (const [repo, options] of [
      ['acme-ml/model-registry', {}],
      ['acme-ml/private-registry', { private: true }],
    ] as const) {
      gh.addRepo(repo, { ...options, files });
      await publish(repo, 'support-ticket-classifier@v1.2.0', {
        'label_map.json': files['models/support-ticket-classifier/versions/1.2.0/label_map.json'],
        'routing_thresholds.json': files['models/support-ticket-classifier/versions/1.2.0/routing_thresholds.json'],
      });
    }
    gh.clearRequests();
  });

  afterAll(async () => {
    await gh?.close();
  });

  it("reads only that model's folder and registry.yaml, and gives the release's own asset addresses", async () => {
    const run = await cli(['resolve', 'support-ticket-classifier#production', '--repository', 'acme-ml/model-registry', '--format', 'json'], env());
    expect(run.status, run.stderr).toBe(0);
    gh.assertNoViolations();
    const r = json(run);
    expect(r).toMatchObject({ version: '1.2.0', stage: 'production', tag: 'support-ticket-classifier@v1.2.0' });
    expect(r.releaseUrl).toMatch(/\/acme-ml\/model-registry\/releases\/tag\/support-ticket-classifier(@|%40)v1\.2\.0$/);
    const label = artifact(r, 'label_map.json');
    expect(label).toMatchObject({ size: 385, sha256: LABEL_MAP_SHA, source: { kind: 'release-asset' } });
    expect(label?.source.url).toMatch(/\/releases\/download\/support-ticket-classifier(@|%40)v1\.2\.0\/label_map\.json$/);
    expect(label?.source.apiUrl).toMatch(new RegExp(`^${gh.url}/repos/acme-ml/model-registry/releases/assets/\\d+$`));
    expect(r.checksumsApiUrl).toMatch(/\/releases\/assets\/\d+$/);
    expect(artifact(r, 'model.safetensors')?.source.kind).toBe('other');
    // One model folder: the blobs read are registry.yaml and that model's documents, nothing of the other models.
    const documents = Object.keys(files).filter((p) => p === 'registry.yaml' || /^models\/support-ticket-classifier\/.*\.(yaml|json)$/.test(p));
    const committed = Object.keys(files).filter((p) => /^models\/support-ticket-classifier\/versions\/[^/]+\/(label_map|routing_thresholds)\.json$/.test(p));
    const blobs = gh.requests.filter((q) => q.method === 'GET' && /\/git\/blobs\//.test(q.path));
    expect(blobs.length).toBe(documents.length - committed.length);
    expect(gh.requests.some((q) => /\/git\/trees\//.test(q.path) && q.query.recursive !== undefined && !q.faulted)).toBe(true);
  });

  it('a private repository: the asset API addresses a download needs', async () => {
    const run = await cli(['resolve', 'support-ticket-classifier@1.2.0', '--repository', 'acme-ml/private-registry'], env());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('support-ticket-classifier 1.2.0  tag support-ticket-classifier@v1.2.0');
    const j = json(await cli(['resolve', 'support-ticket-classifier@1.2.0', '--repository', 'acme-ml/private-registry', '--format', 'json'], env()));
    expect(artifact(j, 'routing_thresholds.json')?.source.apiUrl).toMatch(new RegExp(`^${gh.url}/repos/acme-ml/private-registry/releases/assets/\\d+$`));
  });

  it('a version without a published release: committed files keep their registry path, no release address', async () => {
    const run = await cli(['resolve', 'support-ticket-classifier#staging', '--repository', 'acme-ml/model-registry', '--format', 'json'], env());
    expect(run.status, run.stderr).toBe(0);
    const r = json(run);
    expect(r.version).toBe('1.3.0');
    expect(r.releaseUrl).toBeUndefined();
    expect(artifact(r, 'label_map.json')?.source).toEqual({ kind: 'committed', path: 'models/support-ticket-classifier/versions/1.3.0/label_map.json' });
  });

  it('names nothing: exit 1 with the did-you-mean of the registry; no token or no repository: exit 2', async () => {
    const typo = await cli(['resolve', 'churn-gmb@latest', '--repository', 'acme-ml/model-registry'], env());
    expect(typo.status).toBe(1);
    expect(typo.stderr).toBe('model-registry resolve: no model churn-gmb in this registry (did you mean `churn-gbm`?)\n');
    const stage = await cli(['resolve', 'churn-gbm#canary', '--repository', 'acme-ml/model-registry'], env());
    expect(stage.stderr).toBe('model-registry resolve: no stage canary in this registry\n');
    const missing = await cli(['resolve', 'churn-gbm@latest', '--repository', 'acme-ml/nowhere'], env());
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('the registry repository acme-ml/nowhere was not found, or the token cannot read it (HTTP 404)');
    const tokenless = await cli(['resolve', 'churn-gbm@latest', '--repository', 'acme-ml/model-registry'], { GITHUB_API_URL: gh.url });
    expect(tokenless.status).toBe(2);
    expect(tokenless.stderr).toContain('needs a token');
  });
});
