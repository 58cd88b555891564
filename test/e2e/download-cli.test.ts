/**
 * `model-registry download` (dist/cli.js, as a deployment job types it)
 * against local HTTP servers standing in for GitHub's release downloads (which
 * redirect to a storage host) and the Hugging Face Hub: verified files under
 * their names, a re-run that keeps them, and a corrupted, truncated or
 * mis-listed file that fails naming it and leaves nothing under its name.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const sha = (data: string) => createHash('sha256').update(data).digest('hex');

const CONFIG = '{"layers": 2}\n';
const TOKENIZER = 'x'.repeat(70_000);
const TAG = 'm%40v1.0.0';

let work: string;
let github: Server;
let storage: Server;
let githubUrl: string;
let storageUrl: string;
/** What each server serves, by path; a function can misbehave. */
let routes: Record<string, string | ((res: ServerResponse) => void)>;
let authSeen: { server: string; path: string; auth: string | undefined }[];

function serve(name: string) {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(req.url ?? '');
    authSeen.push({ server: name, path, auth: req.headers.authorization });
    const route = routes[`${name}:${path}`];
    if (route === undefined) return void res.writeHead(404).end('not found');
    if (typeof route === 'function') return route(res);
    res.writeHead(200, { 'content-length': Buffer.byteLength(route) }).end(route);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function registry(root: string, configSha = sha(CONFIG)) {
  mkdirSync(join(root, 'models/m/versions/1.0.0'), { recursive: true });
  writeFileSync(join(root, 'registry.yaml'), 'format: 1\nname: test\nstages: [production]\n');
  writeFileSync(join(root, 'models/m/model.yaml'), 'name: m\ndescription: The m model.\nowners: ["@alice"]\n');
  writeFileSync(join(root, 'models/m/stages.yaml'), 'production: 1.0.0\n');
  writeFileSync(join(root, 'models/m/versions/1.0.0/config.json'), CONFIG);
  writeFileSync(join(root, 'models/m/versions/1.0.0/metrics.yaml'), 'accuracy: 0.9\n');
  writeFileSync(
    join(root, 'models/m/versions/1.0.0/card.yaml'),
    `version: 1.0.0
created: "2026-01-01T00:00:00Z"
summary: The first m.
artifacts:
  - {name: config.json, path: config.json, sha256: "${configSha}", size: ${CONFIG.length}}
  - {name: tokenizer.json, uri: "hf://acme/tok@abc123/tokenizer.json", sha256: "${sha(TOKENIZER)}", size: ${TOKENIZER.length}}
  - {name: weights.bin, uri: "s3://bucket/m/weights.bin", sha256: "${'b'.repeat(64)}", size: 10}
`,
  );
}

function download(root: string, out: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', GITHUB_SERVER_URL: githubUrl, HF_ENDPOINT: storageUrl, GITHUB_TOKEN: 'secret-token' };
  const child = spawn(process.execPath, [CLI, 'download', 'm#production', '--root', root, '--out', out, '--repository', 'acme/reg', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

beforeAll(async () => {
  github = serve('github');
  storage = serve('storage');
  githubUrl = await listen(github);
  storageUrl = await listen(storage);
});
afterAll(() => {
  github.close();
  storage.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'model-registry-download-'));
  authSeen = [];
  const sums = `${sha(CONFIG)}  config.json\n${sha('card')}  card.yaml\n`;
  routes = {
    // GitHub answers a release download with a redirect to its storage host, as github.com does.
    [`github:/acme/reg/releases/download/${decodeURIComponent(TAG)}/config.json`]: (res) =>
      void res.writeHead(302, { location: `${storageUrl}/signed/config.json?sig=1` }).end(),
    [`github:/acme/reg/releases/download/${decodeURIComponent(TAG)}/SHA256SUMS`]: sums,
    'storage:/signed/config.json?sig=1': CONFIG,
    'storage:/acme/tok/resolve/abc123/tokenizer.json': TOKENIZER,
  };
});

describe('model-registry download', () => {
  it('fetches and verifies every fetchable artifact, lists the rest, and a re-run keeps what is there', async () => {
    expect(existsSync(CLI), 'dist/cli.js is missing: run `npm run build`').toBe(true);
    const root = join(work, 'registry');
    registry(root);
    const out = join(work, 'out');
    const run = await download(root, out);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'config.json'), 'utf8')).toBe(CONFIG);
    expect(readFileSync(join(out, 'tokenizer.json'), 'utf8')).toBe(TOKENIZER);
    expect(run.stdout).toContain('downloaded and verified  config.json');
    expect(run.stdout).toContain(
      `not downloaded           weights.bin: stored at s3://bucket/m/weights.bin: fetch it yourself, then verify: echo '${'b'.repeat(64)}  weights.bin' | sha256sum -c`,
    );
    expect(readdirSync(out).sort()).toEqual(['config.json', 'tokenizer.json']);
    // The token went to GitHub's host only: never to the storage host it redirected to, nor to the Hub.
    expect(authSeen.filter((r) => r.server === 'github').every((r) => r.auth === 'Bearer secret-token')).toBe(true);
    expect(authSeen.filter((r) => r.server === 'storage').map((r) => r.auth)).toEqual([undefined, undefined]);

    authSeen = [];
    const again = await download(root, out);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('already there, verified  config.json');
    expect(again.stdout).toContain('already there, verified  tokenizer.json');
    expect(authSeen.filter((r) => r.server === 'storage')).toEqual([]);
  });

  it('a corrupted file fails naming it, and nothing is left under its name', async () => {
    const root = join(work, 'registry');
    registry(root);
    routes['storage:/acme/tok/resolve/abc123/tokenizer.json'] = 'y'.repeat(TOKENIZER.length);
    const out = join(work, 'out');
    const run = await download(root, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`tokenizer.json: its sha256 is ${sha('y'.repeat(TOKENIZER.length))}, not the card's`);
    expect(run.stderr).toContain('nothing was written under its name');
    expect(readdirSync(out)).toEqual(['config.json']);
  });

  it('a transfer cut short fails, leaving no partial file', async () => {
    const root = join(work, 'registry');
    registry(root);
    routes['storage:/acme/tok/resolve/abc123/tokenizer.json'] = (res) => {
      res.writeHead(200, { 'content-length': TOKENIZER.length });
      res.write(TOKENIZER.slice(0, 1000), () => setTimeout(() => res.destroy(), 20));
    };
    const out = join(work, 'out');
    const run = await download(root, out, '--artifact', 'tokenizer.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/tokenizer\.json: the transfer broke after 1000 bytes \(/);
    expect(readdirSync(out)).toEqual([]);
  });

  it("refuses when the release's SHA256SUMS disagrees with the card, downloading nothing", async () => {
    const root = join(work, 'registry');
    registry(root, 'c'.repeat(64));
    const out = join(work, 'out');
    const run = await download(root, out, '--artifact', 'config.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`config.json: the release's SHA256SUMS says ${sha(CONFIG)}, the card says ${'c'.repeat(64)}`);
    expect(readdirSync(out)).toEqual([]);
  });
});
