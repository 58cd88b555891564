/**
 * A fake MLflow tracking server (node:http) for `import mlflow`'s tests: the
 * read endpoints of the model registry, runs/get and the artifact proxy,
 * answering field for field as MLflow's protobuf messages serialise (see
 * README.md for which proto, at which commit, each answer follows). Pages
 * with page_token, MLflow's error bodies ({error_code, message}) and status
 * codes, optional Bearer or basic auth, and injected transient failures.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MlflowModelVersion, MlflowRegisteredModel, MlflowRun } from '../../../src/core/import/mlflow/types.js';

export interface FakeMlflowState {
  /** Each registered model with its versions (aliases on the model, as registered-models/get lists them). */
  models: { model: MlflowRegisteredModel; versions: MlflowModelVersion[] }[];
  runs: Record<string, MlflowRun>;
  /** Files of the artifact store, by path under the mlflow-artifacts root. */
  files: Record<string, Uint8Array | string>;
  /** The most a page holds, whatever max_results asks (MLflow caps it too): small, so that paging is exercised. */
  pageSize: number;
  /** Required credentials, if any. */
  auth?: { token: string } | { username: string; password: string };
  /** Answer HTTP 503 this many times to a path before answering it (a transient failure). */
  failures?: Record<string, number>;
  /** Every request, as `GET /api/2.0/…?…`. */
  requests: string[];
}

export interface FakeMlflow {
  url: string;
  state: FakeMlflowState;
  close(): Promise<void>;
}

export async function startFakeMlflow(state: FakeMlflowState): Promise<FakeMlflow> {
  const server = createServer((req, res) => {
    try {
      handle(state, req, res);
    } catch (error) {
      send(res, 500, { error_code: 'INTERNAL_ERROR', message: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** MLflow's error body (MlflowException.serialize_as_json) with the HTTP status its error code maps to. */
function error(
  res: ServerResponse,
  code: 'RESOURCE_DOES_NOT_EXIST' | 'INVALID_PARAMETER_VALUE' | 'ENDPOINT_NOT_FOUND' | 'UNAUTHENTICATED',
  message: string,
): void {
  const status = code === 'INVALID_PARAMETER_VALUE' ? 400 : code === 'UNAUTHENTICATED' ? 401 : 404;
  send(res, status, { error_code: code, message });
}

/** Page tokens are opaque to clients: here, an offset in base64. */
function page<T>(items: T[], query: URLSearchParams, pageSize: number): { items: T[]; next?: string } {
  const start = query.get('page_token') ? Number(Buffer.from(query.get('page_token')!, 'base64').toString()) : 0;
  const size = Math.min(Number(query.get('max_results') ?? pageSize), pageSize);
  const end = start + size;
  return { items: items.slice(start, end), ...(end < items.length ? { next: Buffer.from(String(end)).toString('base64') } : {}) };
}

function authorised(state: FakeMlflowState, req: IncomingMessage): boolean {
  if (!state.auth) return true;
  const header = req.headers.authorization ?? '';
  if ('token' in state.auth) return header === `Bearer ${state.auth.token}`;
  return header === `Basic ${Buffer.from(`${state.auth.username}:${state.auth.password}`).toString('base64')}`;
}

function handle(state: FakeMlflowState, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://fake');
  state.requests.push(`${req.method} ${url.pathname}${url.search}`);
  if (!authorised(state, req)) return error(res, 'UNAUTHENTICATED', 'You are not authenticated. Please provide valid credentials.');
  const failing = state.failures?.[url.pathname];
  if (failing) {
    state.failures![url.pathname] = failing - 1;
    return send(res, 503, { error_code: 'TEMPORARILY_UNAVAILABLE', message: 'Service unavailable' });
  }
  const q = url.searchParams;
  const model = (name: string | null) => state.models.find((m) => m.model.name === name);
  const noModel = (name: string | null) => error(res, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${String(name)} not found`);
  const version = (name: string | null, v: string | null) => model(name)?.versions.find((x) => x.version === v);
  // Searches leave aliases out (the importer reads them from the get answers).
  const searched = (v: MlflowModelVersion): MlflowModelVersion => ({ ...v, aliases: undefined });
  const withAliases = (name: string, v: MlflowModelVersion): MlflowModelVersion => ({
    ...v,
    aliases: (model(name)?.model.aliases ?? []).filter((a) => a.version === v.version).map((a) => a.alias!),
  });

  switch (url.pathname) {
    case '/api/2.0/mlflow/registered-models/search': {
      const { items, next } = page(state.models, q, state.pageSize);
      return send(res, 200, { registered_models: items.map((m) => ({ ...m.model, aliases: undefined })), ...(next ? { next_page_token: next } : {}) });
    }
    case '/api/2.0/mlflow/registered-models/get': {
      const m = model(q.get('name'));
      if (!m) return noModel(q.get('name'));
      // latest_versions: the newest READY version per stage, as MLflow lists them.
      const latest = new Map<string, MlflowModelVersion>();
      for (const v of m.versions) if (v.status === 'READY') latest.set(v.current_stage ?? 'None', v);
      return send(res, 200, { registered_model: { ...m.model, latest_versions: [...latest.values()].map(searched) } });
    }
    case '/api/2.0/mlflow/registered-models/alias': {
      const m = model(q.get('name'));
      if (!m) return noModel(q.get('name'));
      const alias = m.model.aliases?.find((a) => a.alias === q.get('alias'));
      if (!alias) return error(res, 'INVALID_PARAMETER_VALUE', `Registered model alias ${String(q.get('alias'))} not found.`);
      return send(res, 200, { model_version: withAliases(m.model.name!, version(m.model.name!, alias.version!)!) });
    }
    case '/api/2.0/mlflow/model-versions/search': {
      const filter = /^name='(.*)'$/.exec(q.get('filter') ?? '');
      const all = state.models.flatMap((m) => m.versions).filter((v) => !filter || v.name === filter[1]);
      const { items, next } = page(all, q, state.pageSize);
      return send(res, 200, { model_versions: items.map(searched), ...(next ? { next_page_token: next } : {}) });
    }
    case '/api/2.0/mlflow/model-versions/get': {
      const v = version(q.get('name'), q.get('version'));
      if (!v) return error(res, 'RESOURCE_DOES_NOT_EXIST', `Model Version (name=${String(q.get('name'))}, version=${String(q.get('version'))}) not found`);
      return send(res, 200, { model_version: withAliases(v.name!, v) });
    }
    case '/api/2.0/mlflow/model-versions/get-download-uri': {
      const v = version(q.get('name'), q.get('version'));
      if (!v) return error(res, 'RESOURCE_DOES_NOT_EXIST', `Model Version (name=${String(q.get('name'))}, version=${String(q.get('version'))}) not found`);
      return send(res, 200, { artifact_uri: v.source });
    }
    case '/api/2.0/mlflow/runs/get': {
      const run = state.runs[q.get('run_id') ?? ''];
      if (!run) return error(res, 'RESOURCE_DOES_NOT_EXIST', `Run with id=${String(q.get('run_id'))} not found`);
      return send(res, 200, { run });
    }
    case '/api/2.0/mlflow-artifacts/artifacts': {
      // ListArtifacts: the entries directly under `path`, each by its base name (FileInfo).
      const prefix = `${(q.get('path') ?? '').replace(/\/+$/, '')}/`;
      const entries = new Map<string, { path: string; is_dir: boolean; file_size?: number }>();
      for (const [path, bytes] of Object.entries(state.files)) {
        if (!path.startsWith(prefix)) continue;
        const [first, ...rest] = path.slice(prefix.length).split('/');
        entries.set(first, rest.length ? { path: first, is_dir: true } : { path: first, is_dir: false, file_size: Buffer.byteLength(bytes) });
      }
      return send(res, 200, entries.size ? { files: [...entries.values()] } : {});
    }
  }
  if (url.pathname.startsWith('/api/2.0/mlflow-artifacts/artifacts/')) {
    const path = decodeURIComponent(url.pathname.slice('/api/2.0/mlflow-artifacts/artifacts/'.length));
    const bytes = state.files[path];
    if (bytes === undefined) return error(res, 'RESOURCE_DOES_NOT_EXIST', `File ${path} not found`);
    const body = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    return void res.end(body);
  }
  return error(res, 'ENDPOINT_NOT_FOUND', `No API endpoint found for ${url.pathname}`);
}
