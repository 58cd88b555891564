/**
 * Shared plumbing for route handlers: the request context, GitHub-style
 * errors, and Link-header pagination.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Operation } from './openapi-checker.js';
import type { RepoState, State, User } from './state.js';

export const DOCS = 'https://docs.github.com/rest';

/** Fault as stored by the server (see FaultSpec in server.ts). */
export interface ActiveFault {
  status?: number;
  retryAfter?: number;
  secondaryRateLimit?: boolean;
  reset?: 'midway';
}

export interface ServerLike {
  readonly url: string;
  /** The storage host (another port) that the API's asset downloads redirect to, as GitHub's go to another host. */
  readonly storageUrl: string;
  readonly state: State;
  /** record a violation (a request GitHub would reject, or something the fake cannot serve) */
  recordViolation(method: string, path: string, message: string): void;
  /** options */
  readonly options: { keepAssetBytesInMemoryUpTo: number; largeAssets: 'disk' | 'discard' };
}

export interface RouteContext {
  server: ServerLike;
  state: State;
  req: IncomingMessage;
  res: ServerResponse;
  operation: Operation;
  /** raw (still encoded) pathname */
  rawPath: string;
  params: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  query: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  user: User;
  fault?: ActiveFault | undefined;
  /** the repository named by {owner}/{repo}; throws 404 if unknown */
  repo(): RepoState;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Handlers either return a JSON result or take over the response themselves ('handled'). */
export type Handler = (ctx: RouteContext) => RouteResult | 'handled' | Promise<RouteResult | 'handled'>;

export interface RouteModule {
  handlers: Record<string, Handler>;
  /** operationIds whose request body must not be buffered by the server */
  streaming?: Set<string>;
}

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: Record<string, unknown>,
    public readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
  }
}

export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { message, ...extra, documentation_url: DOCS, status: String(status) };
}

export function notFound(message = 'Not Found'): HttpError {
  return new HttpError(404, errorBody(404, message));
}

export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
  value?: unknown;
}

export function validationFailed(errors: FieldError[], message = 'Validation Failed'): HttpError {
  return new HttpError(422, errorBody(422, message, { errors }));
}

/** 422 with only a message (e.g. "Reference already exists"). */
export function unprocessable(message: string): HttpError {
  return new HttpError(422, errorBody(422, message));
}

export function conflict(message: string): HttpError {
  return new HttpError(409, errorBody(409, message));
}

/**
 * Paginate a list like GitHub: `per_page` (default 30, max 100), `page`
 * (default 1), and a Link header with next/last (and prev/first when not on
 * the first page).
 */
export function paginate<T>(ctx: RouteContext, items: T[], map: (item: T) => unknown): RouteResult {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  const links: string[] = [];
  const url = (p: number): string => {
    const u = new URL(ctx.rawPath, ctx.server.url);
    const incoming = new URL(ctx.req.url ?? '/', ctx.server.url).searchParams;
    for (const [k, v] of incoming) if (k !== 'page') u.searchParams.append(k, v);
    u.searchParams.set('page', String(p));
    return u.toString();
  };
  if (page > 1) {
    links.push(`<${url(Math.min(page - 1, lastPage))}>; rel="prev"`);
  }
  if (page < lastPage) {
    links.push(`<${url(page + 1)}>; rel="next"`);
    links.push(`<${url(lastPage)}>; rel="last"`);
  }
  if (page > 1) links.push(`<${url(1)}>; rel="first"`);
  if (links.length) headers.link = links.join(', ');
  return { status: 200, body: slice.map(map), headers };
}

/** Character count as GitHub (Ruby) counts it: Unicode code points. */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
