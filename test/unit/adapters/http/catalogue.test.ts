/**
 * Reading the catalogue over HTTP: a 404 is an answer (nothing there), a
 * server error, a silent server or a document of another shape is an
 * unreadable catalogue, told with the address asked (a real local server;
 * the time limit is a parameter, so no test waits for 30 s).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../../src/adapters/http/catalogue.js';
import { CatalogueUnreadableError } from '../../../../src/errors/index.js';

let server: Server;
let base: string;
const routes: Record<string, (res: ServerResponse) => void> = {
  '/a/api/models/m.json': (res) => res.writeHead(500).end('oops'),
  '/b/api/models/m.json': () => {}, // never answers
  '/c/api/models/m.json': (res) => res.writeHead(200).end('<html>not json</html>'),
  '/d/api/models/m.json': (res) => res.writeHead(200).end(JSON.stringify({ name: 'm' })),
  '/e/api/index.json': (res) => res.writeHead(200).end(JSON.stringify({ registry: {}, models: [] })),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const version = { model: 'm', kind: 'version', version: '1.0.0' } as const;
const failure = async (folder: string) => {
  const error = await readCatalogue(`${base}/${folder}`, version, { timeoutMs: 200 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CatalogueUnreadableError);
  return (error as Error).message;
};

describe('readCatalogue', () => {
  it('a server error, no answer in time, not JSON, or not the schema: unreadable, naming the address', async () => {
    expect(await failure('a')).toBe(`the catalogue answered HTTP 500 to GET ${base}/a/api/models/m.json: check --catalogue, or try again later`);
    expect(await failure('b')).toBe(
      `the catalogue gave no answer to GET ${base}/b/api/models/m.json (no answer within 0.2 s): check --catalogue, or try again later`,
    );
    expect(await failure('c')).toContain(`GET ${base}/c/api/models/m.json did not answer JSON`);
    expect(await failure('d')).toMatch(
      new RegExp(`^GET ${base}/d/api/models/m\\.json is not a document of the catalogue's JSON API \\(/ must have required property '\\w+'\\)`),
    );
  });

  it('nothing there is an answer; a malformed index is not trusted either', async () => {
    await expect(readCatalogue(`${base}/none`, version)).resolves.toEqual({});
    expect(await readCatalogue(`${base}/e`, version).catch((e: Error) => e.message)).toContain(`GET ${base}/e/api/index.json is not a document`);
  });
});
