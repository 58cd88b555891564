/**
 * downloadArtifacts on a ResolvedVersion built here, against local HTTP
 * servers: verification against the card and SHA256SUMS, retries of
 * transient failures (with waits injected, so nothing sleeps), a truncated
 * transfer, resuming, tokens only to their own host, and what cannot be
 * fetched.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadArtifacts, type DownloadOptions } from '../../../src/app/download-artifacts.js';
import type { ResolvedArtifact, ResolvedVersion } from '../../../src/core/serving/types.js';
import { DownloadError, UsageError } from '../../../src/errors/index.js';

const sha = (data: string) => createHash('sha256').update(data).digest('hex');
const WEIGHTS = 'w'.repeat(100_000);
const CONFIG = '{"layers": 2}\n';

type Route = string | ((res: ServerResponse) => void);
let routes: Record<string, Route>;
let seen: { server: string; path: string; auth?: string }[];
let waits: number[];
let api: Server;
let storage: Server;
let apiUrl: string;
let storageUrl: string;
let out: string;
const work = mkdtempSync(join(tmpdir(), 'download-artifacts-'));

function serve(name: string): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    seen.push({ server: name, path, auth: req.headers.authorization });
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

beforeAll(async () => {
  api = serve('api');
  storage = serve('storage');
  apiUrl = await listen(api);
  storageUrl = await listen(storage);
  process.env.GITHUB_API_URL = apiUrl;
});
afterAll(() => {
  api.closeAllConnections();
  storage.closeAllConnections();
  api.close();
  storage.close();
  delete process.env.GITHUB_API_URL;
  rmSync(work, { recursive: true, force: true });
});
let run = 0;
beforeEach(() => {
  out = join(work, `out-${++run}`);
  seen = [];
  waits = [];
  routes = {
    'api:/sums': `${sha(WEIGHTS)}  weights.bin\n${sha(CONFIG)}  config.json\n`,
    'api:/dl/weights.bin': WEIGHTS,
    'api:/dl/config.json': CONFIG,
  };
});

function asset(name: string, data: string, extra: Partial<ResolvedArtifact> = {}): ResolvedArtifact {
  return { name, size: data.length, sha256: sha(data), source: { kind: 'release-asset', url: `${apiUrl}/dl/${name}` }, ...extra };
}
function version(artifacts: ResolvedArtifact[], extra: Partial<ResolvedVersion> = {}): ResolvedVersion {
  return { model: 'm', version: '1.0.0', tag: 'm@v1.0.0', checksumsUrl: `${apiUrl}/sums`, artifacts, ...extra };
}
const options = (extra: Partial<DownloadOptions> = {}): DownloadOptions => ({
  out,
  retry: { attempts: 3, wait: (attempt) => Promise.resolve(void waits.push(attempt)) },
  ...extra,
});
const cutShort = (data: string, after: number) => (res: ServerResponse) => {
  res.writeHead(200, { 'content-length': data.length });
  res.write(data.slice(0, after), () => setTimeout(() => res.destroy(), 10));
};

describe('downloadArtifacts', () => {
  it('downloads and verifies every artifact under its name; a re-run fetches nothing and keeps them', async () => {
    const resolved = version([asset('weights.bin', WEIGHTS), asset('config.json', CONFIG)]);
    expect(await downloadArtifacts(resolved, options())).toEqual([
      { name: 'weights.bin', result: 'downloaded', path: join(out, 'weights.bin') },
      { name: 'config.json', result: 'downloaded', path: join(out, 'config.json') },
    ]);
    expect(readFileSync(join(out, 'weights.bin'), 'utf8')).toBe(WEIGHTS);
    expect(readdirSync(out).sort()).toEqual(['config.json', 'weights.bin']);
    seen = [];
    const again = await downloadArtifacts(resolved, options());
    expect(again.map((o) => o.result)).toEqual(['present', 'present']);
    expect(seen.map((s) => s.path)).toEqual(['/sums']);
  });

  it('a corrupted artifact fails naming it; nothing is left under its name, and it is not retried', async () => {
    routes['api:/dl/weights.bin'] = 'x'.repeat(WEIGHTS.length);
    const error = await downloadArtifacts(version([asset('weights.bin', WEIGHTS)]), options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toBe(
      `weights.bin: its sha256 is ${sha('x'.repeat(WEIGHTS.length))}, not the card's ${sha(WEIGHTS)}; nothing was written under its name (${apiUrl}/dl/weights.bin)`,
    );
    expect(readdirSync(out)).toEqual([]);
    expect(waits).toEqual([]);
  });

  it('a transfer cut short is retried after the injected wait, and then verified', async () => {
    let tries = 0;
    routes['api:/dl/weights.bin'] = (res) => (++tries === 1 ? cutShort(WEIGHTS, 1000)(res) : res.writeHead(200).end(WEIGHTS));
    const logged: string[] = [];
    const result = await downloadArtifacts(version([asset('weights.bin', WEIGHTS)]), options({ log: (m) => logged.push(m) }));
    expect(result[0].result).toBe('downloaded');
    expect(tries).toBe(2);
    expect(waits).toEqual([0]);
    expect(logged).toEqual([expect.stringMatching(/^weights\.bin: the transfer broke after 1000 of 100000 bytes \(.*\); trying again \(2 of 3\)$/)]);
    expect(readdirSync(out)).toEqual(['weights.bin']);
  });

  it('a body that ends cleanly but short (no Content-Length) is caught by its size, retried, then fails naming the file', async () => {
    routes['api:/dl/weights.bin'] = (res) => res.writeHead(200).end(WEIGHTS.slice(0, 500));
    const error = await downloadArtifacts(version([asset('weights.bin', WEIGHTS)]), options()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^weights\.bin: the transfer broke after 500 of 100000 bytes; nothing was written under its name/);
    expect(waits).toEqual([0, 1]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('HTTP 503 is retried; 404 is not', async () => {
    let tries = 0;
    routes['api:/dl/config.json'] = (res) => (++tries < 3 ? res.writeHead(503).end() : res.writeHead(200).end(CONFIG));
    expect((await downloadArtifacts(version([asset('config.json', CONFIG)]), options()))[0].result).toBe('downloaded');
    expect(waits).toEqual([0, 1]);
    waits = [];
    const missing = asset('gone.bin', 'gone');
    const error = await downloadArtifacts(version([missing], { checksumsUrl: undefined }), options()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^gone\.bin: the server answered HTTP 404; a private repository needs a token/);
    expect(waits).toEqual([]);
  });

  it("refuses, downloading nothing, when the release's SHA256SUMS disagrees with the card", async () => {
    routes['api:/sums'] = `${'c'.repeat(64)}  weights.bin\n${sha(CONFIG)}  config.json\n`;
    const error = await downloadArtifacts(version([asset('config.json', CONFIG), asset('weights.bin', WEIGHTS)]), options()).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `weights.bin: the release's SHA256SUMS says ${'c'.repeat(64)}, the card says ${sha(WEIGHTS)}: nothing was downloaded; the release does not hold what the registry says`,
    );
    expect(seen.map((s) => s.path)).toEqual(['/sums']);
  });

  it("a release asset missing from the release's SHA256SUMS is refused; without a card sha256 the SHA256SUMS one is checked", async () => {
    const extra = asset('extra.bin', 'extra');
    routes['api:/dl/extra.bin'] = 'extra';
    const error = await downloadArtifacts(version([extra]), options()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^extra\.bin: the release's SHA256SUMS does not list it/);
    routes['api:/sums'] = `${sha('other')}  extra.bin\n`;
    const noCardSha = await downloadArtifacts(version([{ ...extra, sha256: undefined, size: undefined }]), options()).catch((e: unknown) => e);
    expect((noCardSha as Error).message).toBe(
      `extra.bin: its sha256 is ${sha('extra')}, not the release's SHA256SUMS's ${sha('other')}; nothing was written under its name (${apiUrl}/dl/extra.bin)`,
    );
  });

  it('a present but wrong file is replaced; a symbolic link at the destination is refused and left alone', async () => {
    await downloadArtifacts(version([asset('config.json', CONFIG)]), options());
    writeFileSync(join(out, 'config.json'), 'tampered');
    expect((await downloadArtifacts(version([asset('config.json', CONFIG)]), options()))[0].result).toBe('replaced');
    expect(readFileSync(join(out, 'config.json'), 'utf8')).toBe(CONFIG);
    writeFileSync(join(work, 'precious'), 'precious');
    rmSync(join(out, 'config.json'));
    symlinkSync(join(work, 'precious'), join(out, 'config.json'));
    const error = await downloadArtifacts(version([asset('config.json', CONFIG)]), options()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^config\.json: .*config\.json is a symbolic link: nothing is written through one or over it/);
    expect(readFileSync(join(work, 'precious'), 'utf8')).toBe('precious');
  });

  it('refuses names that are not plain file names', async () => {
    for (const name of ['../escape', 'a/b', '..', '.hidden', 'a\\b']) {
      const error = await downloadArtifacts(version([asset(name, CONFIG)], { checksumsUrl: undefined }), options()).catch((e: unknown) => e);
      expect((error as Error).message).toBe(`refusing the artifact name ${JSON.stringify(name)}: not a plain file name`);
    }
  });

  it('private assets go through the API with the token; the redirect to storage carries no token', async () => {
    routes['api:/assets/7'] = (res) => res.writeHead(302, { location: `${storageUrl}/signed/7?sig=abc` }).end();
    routes['storage:/signed/7?sig=abc'] = WEIGHTS;
    const a = asset('weights.bin', WEIGHTS, { source: { kind: 'release-asset', url: `${apiUrl}/private-404`, apiUrl: `${apiUrl}/assets/7` } });
    const result = await downloadArtifacts(version([a]), options({ token: 'ghs_secret' }));
    expect(result[0].result).toBe('downloaded');
    expect(seen).toEqual([
      { server: 'api', path: '/sums', auth: 'Bearer ghs_secret' },
      { server: 'api', path: '/assets/7', auth: 'Bearer ghs_secret' },
      { server: 'storage', path: '/signed/7?sig=abc', auth: undefined },
    ]);
  });

  it('https:// and hf:// are fetched and verified the same way; HF_TOKEN goes to the Hub only, the GitHub token never leaves GitHub', async () => {
    routes['storage:/org/tok/resolve/abc/tokenizer.json'] = (res) => res.writeHead(302, { location: `${apiUrl}/lfs/tok` }).end();
    routes['api:/lfs/tok'] = CONFIG;
    routes['storage:/files/w.bin'] = WEIGHTS;
    const artifacts: ResolvedArtifact[] = [
      {
        name: 'tokenizer.json',
        sha256: sha(CONFIG),
        size: CONFIG.length,
        source: { kind: 'hf', repo: 'org/tok', revision: 'abc', path: 'tokenizer.json', url: `${storageUrl}/org/tok/resolve/abc/tokenizer.json` },
      },
      { name: 'w.bin', sha256: sha(WEIGHTS), size: WEIGHTS.length, source: { kind: 'https', url: `${storageUrl}/files/w.bin` } },
    ];
    const result = await downloadArtifacts(version(artifacts, { checksumsUrl: undefined }), options({ token: 'ghs_secret', hfToken: 'hf_secret' }));
    expect(result.map((o) => o.result)).toEqual(['downloaded', 'downloaded']);
    expect(seen).toEqual([
      { server: 'storage', path: '/org/tok/resolve/abc/tokenizer.json', auth: 'Bearer hf_secret' },
      // The Hub redirected to another origin (its LFS storage): no token there, not even GitHub's own.
      { server: 'api', path: '/lfs/tok', auth: undefined },
      { server: 'storage', path: '/files/w.bin', auth: undefined },
    ]);
  });

  it('other schemes are listed with their verify command; named with --artifact they are an error, and nothing is fetched', async () => {
    const s3: ResolvedArtifact = {
      name: 'big.bin',
      sha256: 'b'.repeat(64),
      size: 10,
      stored: 's3://b/big.bin',
      source: { kind: 'other', uri: 's3://b/big.bin' },
    };
    const resolved = version([asset('config.json', CONFIG), s3]);
    const all = await downloadArtifacts(resolved, options());
    expect(all[1]).toEqual({
      name: 'big.bin',
      result: 'listed',
      note: `stored at s3://b/big.bin: fetch it yourself, then verify: echo '${'b'.repeat(64)}  big.bin' | sha256sum -c`,
    });
    seen = [];
    const error = await downloadArtifacts(resolved, options({ artifacts: ['big.bin'], out: join(work, 'named') })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as Error).message).toBe(
      `big.bin: stored at s3://b/big.bin: fetch it yourself, then verify: echo '${'b'.repeat(64)}  big.bin' | sha256sum -c\nmodel-registry cannot fetch it: nothing was downloaded`,
    );
    expect(seen).toEqual([]);
    const unknown = await downloadArtifacts(resolved, options({ artifacts: ['nope.bin'] })).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(UsageError);
    expect((unknown as Error).message).toBe('m 1.0.0 has no artifact nope.bin; it has config.json, big.bin');
  });

  it('a server that announces another size than the card is refused before its body is read', async () => {
    routes['api:/dl/config.json'] = CONFIG + 'more';
    const error = await downloadArtifacts(version([asset('config.json', CONFIG)]), options()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^config\.json: the server announces 18 bytes, not the 14 bytes the card gives/);
    expect(waits).toEqual([]);
  });
});
