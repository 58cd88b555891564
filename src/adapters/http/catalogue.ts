/**
 * The published catalogue's JSON API read over HTTP(S) for `resolve
 * --catalogue`: each document fetched with a time limit, size-capped, parsed
 * and checked against its schema (schemas/api-*.schema.json, compiled ahead of
 * time) before anything in it is used. A 404 is an answer (no such model or
 * stage); anything else that is not the document is an unreadable catalogue.
 */
import type { ErrorObject } from 'ajv';
import * as validators from '../../core/format/api-validators.generated.js';
import type { ApiIndex, ApiModel, ApiStage } from '../../core/site/api.js';
import type { CatalogueAnswers } from '../../core/serving/catalogue.js';
import type { ModelRef } from '../../core/serving/types.js';
import { CatalogueUnreadableError } from '../../errors/index.js';

/** The largest document read: a model with thousands of versions is a few MB. */
const MAX_BYTES = 64 * 1024 * 1024;
export const CATALOGUE_TIMEOUT_MS = 30_000;

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const check = validators as unknown as Record<'apiIndex' | 'apiModel' | 'apiStage', Validate>;

export interface CatalogueOptions {
  /** Per request. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** What the catalogue says about a reference: the stage's document for a stage, else the model's; the index when a did-you-mean needs names. */
export async function readCatalogue(baseUrl: string, ref: ModelRef, options: CatalogueOptions = {}): Promise<CatalogueAnswers> {
  const base = catalogueBase(baseUrl);
  const get = <T>(path: string, kind: keyof typeof check) => getDocument<T>(new URL(path, base).href, kind, options);
  const model = encodeURIComponent(ref.model);
  if (ref.kind === 'stage') {
    const stage = await get<ApiStage>(`api/models/${model}/${encodeURIComponent(ref.stage)}.json`, 'apiStage');
    if (stage) return { stage: same(stage, stage.model === ref.model && stage.stage === ref.stage, base) };
  }
  const answer = await get<ApiModel>(`api/models/${model}.json`, 'apiModel');
  // Missing pieces are told with the registry's names (models for a typo, stages for an unknown stage).
  const index = !answer || ref.kind === 'stage' ? await get<ApiIndex>('api/index.json', 'apiIndex') : undefined;
  return { ...(answer ? { model: same(answer, answer.name === ref.model, base) } : {}), ...(index ? { index } : {}) };
}

function catalogueBase(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CatalogueUnreadableError(`--catalogue must be the catalogue's http(s) address, e.g. https://acme.github.io/models/; got ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new CatalogueUnreadableError(`--catalogue must be an http(s) address, e.g. https://acme.github.io/models/; got ${JSON.stringify(raw)}`);
  // The API lives under the catalogue's folder: `…/models` and `…/models/` are the same catalogue.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** A document that answers another question than the one asked is not trusted either. */
function same<T>(document: T, matches: boolean, base: URL): T {
  if (!matches) throw new CatalogueUnreadableError(`the catalogue at ${base.href} answered with another model's or stage's document`);
  return document;
}

async function getDocument<T>(url: string, kind: keyof typeof check, options: CatalogueOptions): Promise<T | undefined> {
  const timeoutMs = options.timeoutMs ?? CATALOGUE_TIMEOUT_MS;
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new CatalogueUnreadableError(`the catalogue answered HTTP ${response.status} to GET ${url}: check --catalogue, or try again later`);
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) {
      await response.body?.cancel();
      throw new CatalogueUnreadableError(`GET ${url}: ${length} bytes is more than a catalogue document holds; not read`);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof CatalogueUnreadableError) throw error;
    const e = error as Error & { cause?: { code?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.message);
    throw new CatalogueUnreadableError(`the catalogue gave no answer to GET ${url} (${why}): check --catalogue, or try again later`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CatalogueUnreadableError(`GET ${url} did not answer JSON: is --catalogue the catalogue's address (the folder holding index.html and api/)?`);
  }
  const validate = check[kind];
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const where = first ? ` (${first.instancePath || '/'} ${first.message ?? ''})` : '';
    throw new CatalogueUnreadableError(`GET ${url} is not a document of the catalogue's JSON API${where}: nothing from it was used`);
  }
  return value as T;
}
