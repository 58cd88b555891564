/**
 * `model-registry download` (dist/cli.js, as a deployment job types it)
 * against the fake GitHub (a public repository's browser download addresses;
 * a private one's assets through the API, redirected to a signed address on
 * another host) and a local HTTPS server (a certificate made for the test
 * with openssl, trusted through NODE_EXTRA_CA_CERTS) standing in for the
 * Hugging Face Hub (HF_ENDPOINT) and an https:// host: verified files under their names, a
 * re-run that resumes, and a corrupted or truncated file that fails naming it
 * and leaves nothing under its name.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const CONFIG = '{"layers": 2}\n';
const WEIGHTS = Buffer.alloc(300_000, 7);
const TOKENIZER = 'x'.repeat(70_000);
const VOCAB = 'v'.repeat(5_000);
const REPO = 'acme/reg';
const TOKEN = 'ghs_secret_token';

let work: string;
let gh: FakeGitHub;
let hub: Server;
let hubUrl: string;
let certs: string;
/** What the Hub/https server serves, by path; a function can misbehave. */
let hubRoutes: Record<string, string | ((res: ServerResponse) => void)>;
let hubSeen: { path: string; auth: string | undefined }[];

function registryFiles(): Record<string, string | Buffer> {
  return {
    'registry.yaml': 'format: 1\nname: test\nstages: [production]\n',
    'models/m/model.yaml': 'name: m\ndescription: The m model.\nowners: ["@alice"]\n',
    'models/m/stages.yaml': 'production: 1.0.0\n',
    'models/m/versions/1.0.0/config.json': CONFIG,
    'models/m/versions/1.0.0/weights.bin': WEIGHTS,
    'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
    'models/m/versions/1.0.0/card.yaml': `version: 1.0.0
created: "2026-01-01T00:00:00Z"
summary: The first m.
artifacts:
  - {name: config.json, path: config.json, sha256: "${sha(CONFIG)}", size: ${CONFIG.length}}
  - {name: weights.bin, path: weights.bin, sha256: "${sha(WEIGHTS)}", size: ${WEIGHTS.length}}
  - {name: tokenizer.json, uri: "hf://acme/tok@abc123/tokenizer.json", sha256: "${sha(TOKENIZER)}", size: ${TOKENIZER.length}}
  - {name: vocab.txt, uri: "HUB/files/vocab.txt", sha256: "${sha(VOCAB)}", size: ${VOCAB.length}}
  - {name: big.bin, uri: "s3://bucket/m/big.bin", sha256: "${'b'.repeat(64)}", size: 10}
`,
  };
}

/** The registry as a folder (the checkout a deployment job has). */
function writeRegistry(root: string): void {
  for (const [path, content] of Object.entries(registryFiles())) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content.replace('HUB/', `${hubUrl}/`) : content);
  }
}

async function api(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ id: number; upload_url: string }> {
  const response = await fetch(url.startsWith('http') ? url : `${gh.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: number; upload_url: string };
}

/** The repository on GitHub with m@v1.0.0's release, as `release` publishes it (assets and SHA256SUMS), `assets` overriding bytes. */
async function publish(options: { private?: boolean; assets?: Record<string, string | Buffer> } = {}): Promise<void> {
  const files = registryFiles();
  files['models/m/versions/1.0.0/card.yaml'] = String(files['models/m/versions/1.0.0/card.yaml']).replace('HUB/', `${hubUrl}/`);
  const { headSha } = gh.addRepo(REPO, { private: options.private, files });
  const release = await api('POST', `/repos/${REPO}/releases`, { tag_name: 'm@v1.0.0', target_commitish: headSha, draft: true });
  const card = String(files['models/m/versions/1.0.0/card.yaml']);
  const sums = [`${sha(card)}  card.yaml`, `${sha(CONFIG)}  config.json`, `${sha(WEIGHTS)}  weights.bin`].map((l) => `${l}\n`).join('');
  const assets: Record<string, string | Buffer> = { 'card.yaml': card, 'config.json': CONFIG, 'weights.bin': WEIGHTS, SHA256SUMS: sums, ...options.assets };
  for (const [name, bytes] of Object.entries(assets))
    await api('POST', `${release.upload_url.replace(/\{.*$/, '')}?name=${name}`, bytes, {
      'content-type': 'application/octet-stream',
      'content-length': String(Buffer.byteLength(bytes)),
    });
  await api('PATCH', `/repos/${REPO}/releases/${release.id}`, { draft: false });
  gh.clearRequests();
}

function download(out: string, args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, 'download', 'm#production', '--out', out, ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      NO_COLOR: '1',
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: gh.url,
      HF_ENDPOINT: hubUrl,
      NODE_EXTRA_CA_CERTS: join(certs, 'cert.pem'),
      MODEL_REGISTRY_RETRY_BASE_MS: '0',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** The asset downloads the fake GitHub saw (API host and storage host), in order. */
function downloads() {
  return gh.requests
    .filter((r) => /\/releases\/download\/|\/releases\/assets\/|\/_fake\/asset-download\//.test(r.path))
    .map((r) => ({
      path: r.path.replace(/\/_fake\/asset-download\/\d+\//, '/signed/'),
      storage: r.storage ?? false,
      authorized: r.authorized,
      status: r.status,
    }));
}

beforeAll(async () => {
  certs = mkdtempSync(join(tmpdir(), 'model-registry-download-tls-'));
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'].concat([
      '-keyout',
      join(certs, 'key.pem'),
      '-out',
      join(certs, 'cert.pem'),
    ]),
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make the test's certificate: ${made.stderr}`);
  const tls = { key: readFileSync(join(certs, 'key.pem')), cert: readFileSync(join(certs, 'cert.pem')) };
  hub = createServer(tls, (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    hubSeen.push({ path, auth: req.headers.authorization });
    const route = hubRoutes[path];
    if (route === undefined) return void res.writeHead(404).end('not found');
    if (typeof route === 'function') return route(res);
    res.writeHead(200, { 'content-length': Buffer.byteLength(route) }).end(route);
  });
  await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
  hubUrl = `https://127.0.0.1:${(hub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  hub.closeAllConnections();
  await new Promise((resolve) => hub.close(resolve));
  rmSync(certs, { recursive: true, force: true });
});
beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'model-registry-download-'));
  gh = await startFakeGitHub();
  hubSeen = [];
  hubRoutes = { '/acme/tok/resolve/abc123/tokenizer.json': TOKENIZER, '/files/vocab.txt': VOCAB };
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
  rmSync(work, { recursive: true, force: true });
});

describe('model-registry download', () => {
  it('public repository: release assets from their download addresses, hf:// and https:// verified, s3:// listed; a re-run fetches nothing', async () => {
    expect(existsSync(CLI), 'dist/cli.js is missing: run `npm run build`').toBe(true);
    await publish();
    const root = join(work, 'registry');
    writeRegistry(root);
    const out = join(work, 'out');
    const run = await download(out, ['--root', root, '--repository', REPO], { HF_TOKEN: 'hf_secret' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'config.json'), 'utf8')).toBe(CONFIG);
    expect(readFileSync(join(out, 'weights.bin')).equals(WEIGHTS)).toBe(true);
    expect(readFileSync(join(out, 'tokenizer.json'), 'utf8')).toBe(TOKENIZER);
    expect(readFileSync(join(out, 'vocab.txt'), 'utf8')).toBe(VOCAB);
    expect(run.stdout.split('\n')).toEqual([
      `m 1.0.0 (tag m@v1.0.0) into ${out}`,
      'downloaded and verified  config.json',
      'downloaded and verified  weights.bin',
      'downloaded and verified  tokenizer.json',
      'downloaded and verified  vocab.txt',
      `not downloaded           big.bin: stored at s3://bucket/m/big.bin: fetch it yourself, then verify: echo '${'b'.repeat(64)}  big.bin' | sha256sum -c`,
      '',
    ]);
    expect(readdirSync(out).sort()).toEqual(['config.json', 'tokenizer.json', 'vocab.txt', 'weights.bin']);
    const tag = 'm@v1.0.0';
    expect(downloads()).toEqual(
      ['SHA256SUMS', 'config.json', 'weights.bin'].map((name) => ({
        path: `/${REPO}/releases/download/${tag}/${name}`,
        storage: false,
        authorized: false,
        status: 200,
      })),
    );
    // HF_TOKEN went to the Hub's resolve address; nothing went to the https:// host.
    expect(hubSeen).toEqual([
      { path: '/acme/tok/resolve/abc123/tokenizer.json', auth: 'Bearer hf_secret' },
      { path: '/files/vocab.txt', auth: undefined },
    ]);

    gh.clearRequests();
    hubSeen = [];
    const again = await download(out, ['--root', root, '--repository', REPO]);
    expect(again.status, again.stderr).toBe(0);
    for (const name of ['config.json', 'weights.bin', 'tokenizer.json', 'vocab.txt']) expect(again.stdout).toContain(`already there, verified  ${name}\n`);
    expect(downloads().map((d) => d.path)).toEqual([`/${REPO}/releases/download/${tag}/SHA256SUMS`]);
    expect(hubSeen).toEqual([]);
  });

  it('private repository: assets through the API with the token, the signed storage address without it', async () => {
    await publish({ private: true });
    const out = join(work, 'out');
    const run = await download(out, ['--repository', REPO, '--artifact', 'config.json', '--artifact', 'weights.bin'], { GITHUB_TOKEN: TOKEN });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'config.json'), 'utf8')).toBe(CONFIG);
    expect(readFileSync(join(out, 'weights.bin')).equals(WEIGHTS)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['config.json', 'weights.bin']);
    const seen = downloads();
    // SHA256SUMS, config.json, weights.bin: each an authorized API call, then an unauthorized fetch of the signed address on the storage host.
    expect(seen.filter((d) => !d.storage).map((d) => [d.authorized, d.status])).toEqual([
      [true, 302],
      [true, 302],
      [true, 302],
    ]);
    expect(seen.filter((d) => d.storage).map((d) => [d.authorized, d.status])).toEqual([
      [false, 200],
      [false, 200],
      [false, 200],
    ]);
    expect(seen.some((d) => d.path.includes('/releases/download/'))).toBe(false);
  });

  it('private repository read from a folder: the browser address answers 404 and the error says what to do', async () => {
    await publish({ private: true });
    const root = join(work, 'registry');
    writeRegistry(root);
    const out = join(work, 'out');
    const run = await download(out, ['--root', root, '--repository', REPO, '--artifact', 'config.json'], { GITHUB_TOKEN: TOKEN });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'config.json: the server answered HTTP 404; a private repository serves release assets only through the API: resolve from GitHub (--repository OWNER/NAME without --root); nothing was written under its name',
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('a corrupted asset fails naming it, nothing is left under its name, and the files before it stay', async () => {
    const corrupted = Buffer.from(WEIGHTS);
    corrupted[1000] ^= 1;
    await publish({ private: true, assets: { 'weights.bin': corrupted } });
    const out = join(work, 'out');
    const run = await download(out, ['--repository', REPO], { GITHUB_TOKEN: TOKEN });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`weights.bin: its sha256 is ${sha(corrupted)}, not the card's ${sha(WEIGHTS)}; nothing was written under its name`);
    expect(readdirSync(out)).toEqual(['config.json']);
  });

  it('a transfer cut short is retried; cut short every time, it fails naming the file; a re-run resumes', async () => {
    await publish({ private: true });
    const out = join(work, 'out');
    gh.failNext({ pathPattern: /asset-download/, reset: 'midway', skip: 2 });
    const once = await download(out, ['--repository', REPO, '--artifact', 'config.json', '--artifact', 'weights.bin'], { GITHUB_TOKEN: TOKEN });
    expect(once.status, once.stderr).toBe(0);
    expect(once.stderr).toMatch(/weights\.bin: the transfer broke after 150000 of 300000 bytes \(.*\); trying again \(2 of 4\)/);
    expect(readFileSync(join(out, 'weights.bin')).equals(WEIGHTS)).toBe(true);

    const out2 = join(work, 'out2');
    gh.failNext({ pathPattern: /asset-download/, reset: 'midway', skip: 2, times: 4 });
    const broken = await download(out2, ['--repository', REPO], { GITHUB_TOKEN: TOKEN });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('weights.bin: the transfer broke after 150000 of 300000 bytes');
    expect(broken.stderr).toContain('nothing was written under its name');
    expect(readdirSync(out2)).toEqual(['config.json']);

    gh.clearRequests();
    const resumed = await download(out2, ['--repository', REPO], { GITHUB_TOKEN: TOKEN });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain('already there, verified  config.json\n');
    expect(resumed.stdout).toContain('downloaded and verified  weights.bin\n');
    // config.json was not fetched again: only SHA256SUMS and weights.bin went through the API.
    expect(downloads().filter((d) => !d.storage)).toHaveLength(2);
    expect(readFileSync(join(out2, 'weights.bin')).equals(WEIGHTS)).toBe(true);
  });

  it('an artifact asked for by --artifact that cannot be fetched here is an error, with the command that verifies it', async () => {
    await publish();
    const root = join(work, 'registry');
    writeRegistry(root);
    const out = join(work, 'out');
    const run = await download(out, ['--root', root, '--repository', REPO, '--artifact', 'big.bin']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`big.bin: stored at s3://bucket/m/big.bin: fetch it yourself, then verify: echo '${'b'.repeat(64)}  big.bin' | sha256sum -c`);
    expect(existsSync(out)).toBe(false);
  });

  it('a corrupted hf:// file fails naming it; a truncated https:// one too', async () => {
    await publish();
    const root = join(work, 'registry');
    writeRegistry(root);
    hubRoutes['/acme/tok/resolve/abc123/tokenizer.json'] = 'y'.repeat(TOKENIZER.length);
    const out = join(work, 'out');
    const run = await download(out, ['--root', root, '--repository', REPO, '--artifact', 'tokenizer.json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`tokenizer.json: its sha256 is ${sha('y'.repeat(TOKENIZER.length))}, not the card's ${sha(TOKENIZER)}`);
    hubRoutes['/files/vocab.txt'] = (res) => {
      res.writeHead(200, { 'content-length': VOCAB.length });
      res.write(VOCAB.slice(0, 1000), () => setTimeout(() => res.destroy(), 20));
    };
    const cut = await download(out, ['--root', root, '--repository', REPO, '--artifact', 'vocab.txt']);
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/vocab\.txt: the transfer broke after 1000 of 5000 bytes/);
    expect(hubSeen.filter((s) => s.path === '/files/vocab.txt')).toHaveLength(4);
    expect(readdirSync(out)).toEqual([]);
  });
});
