/**
 * MLflow's REST API (`/api/2.0/mlflow/`, `/api/2.0/mlflow-artifacts/`), read
 * only: the registered models, their versions and runs, and the files of a
 * version. Credentials as MLflow's own clients take them: MLFLOW_TRACKING_TOKEN
 * (Bearer) or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (basic),
 * sent only to the tracking server's own origin (a redirect to storage gets
 * none). Transient failures (the network, HTTP 408, 429, 5xx) are retried
 * after injectable waits; MLflow's own errors come back as MlflowApiError
 * with its error_code (RESOURCE_DOES_NOT_EXIST, INVALID_PARAMETER_VALUE…).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { DownloadFailed, defaultRetry, fetchFollowing, type RetryPolicy } from '../http/download-file.js';
import type { MlflowModelVersion, MlflowRegisteredModel, MlflowRun } from '../../core/import/mlflow/types.js';

export class MlflowApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string | undefined,
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** The server could not be reached, or kept failing after the retries. */
export class MlflowUnreachable extends Error {}

export interface MlflowCredentials {
  token?: string;
  username?: string;
  password?: string;
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv): MlflowCredentials {
  return {
    token: env.MLFLOW_TRACKING_TOKEN || undefined,
    username: env.MLFLOW_TRACKING_USERNAME || undefined,
    password: env.MLFLOW_TRACKING_PASSWORD || undefined,
  };
}

function authHeaders(credentials: MlflowCredentials): Record<string, string> {
  if (credentials.token) return { authorization: `Bearer ${credentials.token}` };
  if (credentials.username !== undefined || credentials.password !== undefined)
    return { authorization: `Basic ${Buffer.from(`${credentials.username ?? ''}:${credentials.password ?? ''}`).toString('base64')}` };
  return {};
}

const isTransientStatus = (status: number) => status === 408 || status === 429 || status >= 500;
/** Models per page of registered-models/search (MLflow's own maximum is 1000). */
const MODELS_PER_PAGE = 100;
const VERSIONS_PER_PAGE = 200;

export class MlflowClient {
  private readonly base: string;
  private readonly headers: Record<string, string>;
  private readonly retry: RetryPolicy;

  constructor(trackingUri: string, credentials: MlflowCredentials = {}, retry: RetryPolicy = defaultRetry()) {
    this.base = trackingUri.replace(/\/+$/, '');
    this.headers = { ...authHeaders(credentials), accept: 'application/json' };
    this.retry = retry;
  }

  /** A GET of the API, its JSON answer; MLflow's errors as MlflowApiError. */
  async get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
    const url = `${this.base}/api/2.0/${path}${query.size ? `?${query.toString()}` : ''}`;
    const response = await this.fetch(url, path);
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new MlflowApiError(
        response.status,
        undefined,
        `${path} answered HTTP ${response.status} with something that is not JSON: is ${this.base} an MLflow tracking server?`,
        path,
      );
    }
    if (!response.ok) {
      const error = body as { error_code?: unknown; message?: unknown };
      const code = typeof error.error_code === 'string' ? error.error_code : undefined;
      const message = typeof error.message === 'string' ? error.message : `HTTP ${response.status}`;
      throw new MlflowApiError(response.status, code, `${path}: ${code ? `${code}: ` : ''}${message}`, path);
    }
    return body as T;
  }

  private async fetch(url: string, what: string): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let reason: string;
      try {
        const response = await fetchFollowing(url, this.headers);
        if (!isTransientStatus(response.status)) return response;
        await response.body?.cancel();
        reason = `HTTP ${response.status}`;
      } catch (error) {
        if (!(error instanceof DownloadFailed)) throw error;
        reason = error.message;
      }
      if (attempt + 1 >= this.retry.attempts) throw new MlflowUnreachable(`${what} failed after ${this.retry.attempts} tries (${reason}) at ${this.base}`);
      await this.retry.wait(attempt);
    }
  }

  async searchRegisteredModels(): Promise<MlflowRegisteredModel[]> {
    const out: MlflowRegisteredModel[] = [];
    let token: string | undefined;
    do {
      const page = await this.get<{ registered_models?: MlflowRegisteredModel[]; next_page_token?: string }>('mlflow/registered-models/search', {
        max_results: MODELS_PER_PAGE,
        page_token: token,
      });
      out.push(...(page.registered_models ?? []));
      token = page.next_page_token || undefined;
    } while (token);
    return out;
  }

  async getRegisteredModel(name: string): Promise<MlflowRegisteredModel> {
    return (await this.get<{ registered_model?: MlflowRegisteredModel }>('mlflow/registered-models/get', { name })).registered_model ?? { name };
  }

  async getModelVersionByAlias(name: string, alias: string): Promise<MlflowModelVersion | undefined> {
    return (await this.get<{ model_version?: MlflowModelVersion }>('mlflow/registered-models/alias', { name, alias })).model_version;
  }

  async searchModelVersions(name: string): Promise<MlflowModelVersion[]> {
    const out: MlflowModelVersion[] = [];
    let token: string | undefined;
    // A name with a quote cannot be written in MLflow's filter: every version is listed and the model's kept.
    const filter = name.includes("'") ? undefined : `name='${name}'`;
    do {
      const page = await this.get<{ model_versions?: MlflowModelVersion[]; next_page_token?: string }>('mlflow/model-versions/search', {
        filter,
        max_results: VERSIONS_PER_PAGE,
        page_token: token,
      });
      out.push(...(page.model_versions ?? []).filter((v) => v.name === name));
      token = page.next_page_token || undefined;
    } while (token);
    return out;
  }

  async getModelVersion(name: string, version: string): Promise<MlflowModelVersion | undefined> {
    return (await this.get<{ model_version?: MlflowModelVersion }>('mlflow/model-versions/get', { name, version })).model_version;
  }

  async getDownloadUri(name: string, version: string): Promise<string | undefined> {
    return (await this.get<{ artifact_uri?: string }>('mlflow/model-versions/get-download-uri', { name, version })).artifact_uri;
  }

  async getRun(runId: string): Promise<MlflowRun | undefined> {
    return (await this.get<{ run?: MlflowRun }>('mlflow/runs/get', { run_id: runId })).run;
  }

  /** The files under an artifact folder (`mlflow-artifacts:/` path), recursively, relative to it. */
  async listArtifacts(folder: string): Promise<{ path: string; size: number }[]> {
    const out: { path: string; size: number }[] = [];
    const walk = async (relative: string) => {
      const path = relative ? `${folder}/${relative}` : folder;
      const answer = await this.get<{ files?: { path?: string; is_dir?: boolean; file_size?: number }[] }>('mlflow-artifacts/artifacts', { path });
      for (const f of answer.files ?? []) {
        if (!f.path) continue;
        // MLflow answers with each entry's base name; older servers with the path from the root.
        const name = f.path.split('/').pop()!;
        if (name === '.' || name === '..' || !name) continue;
        const inner = relative ? `${relative}/${name}` : name;
        if (f.is_dir) await walk(inner);
        else out.push({ path: inner, size: f.file_size ?? 0 });
      }
    };
    await walk('');
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** The address of a file of the artifact API. */
  artifactUrl(path: string): string {
    return `${this.base}/api/2.0/mlflow-artifacts/artifacts/${path.split('/').map(encodeURIComponent).join('/')}`;
  }

  /** Downloads a file to `destination` (a new file), hashing as it streams; retried from the start when cut short. */
  async download(path: string, destination: string, expectedSize: number): Promise<{ size: number; sha256: string }> {
    const url = this.artifactUrl(path);
    for (let attempt = 0; ; attempt++) {
      const response = await this.fetch(url, `downloading ${path}`);
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw new MlflowApiError(response.status, undefined, `downloading ${path}: HTTP ${response.status}`, path);
      }
      const hash = createHash('sha256');
      let size = 0;
      const fd = openSync(destination, 'w', 0o644);
      let broken: string | undefined;
      try {
        for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
          hash.update(chunk);
          for (let offset = 0; offset < chunk.length;) offset += writeSync(fd, chunk, offset);
          size += chunk.length;
        }
      } catch (error) {
        broken = (error as Error).message;
      } finally {
        closeSync(fd);
      }
      if (!broken && size === expectedSize) return { size, sha256: hash.digest('hex') };
      const reason = broken ?? `got ${size} bytes, MLflow listed ${expectedSize}`;
      if (attempt + 1 >= this.retry.attempts) throw new MlflowUnreachable(`downloading ${path} failed after ${this.retry.attempts} tries (${reason})`);
      await this.retry.wait(attempt);
    }
  }
}
