/**
 * One file downloaded over HTTP(S) and verified before it gets its name: the
 * body streams into a VerifiedFile (adapters/fs/verified-file.ts: temporary
 * name, hashed as written, renamed only when verified), so memory stays flat
 * whatever the size. Redirects are followed by hand so that credentials never
 * go to another host (a release asset redirects to a storage host with a
 * signed address). Transient failures (the network, a transfer cut short,
 * HTTP 408/429/5xx) are retried from the start, after injectable waits.
 */
import { VerifiedFile, type Expected } from '../fs/verified-file.js';

export type DownloadFailure =
  | { kind: 'http'; status: number }
  /** The server announced (Content-Length) or sent more bytes than expected, or the transfer ended complete with fewer. */
  | { kind: 'size'; got: number; expected: number; announced?: true }
  | { kind: 'sha256'; got: string; expected: string }
  /** The connection broke, or the body ended before the announced or expected size. */
  | { kind: 'truncated'; got: number; expected?: number; detail?: string }
  | { kind: 'network'; message: string };

export class DownloadFailed extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(describe(failure));
  }
}

function describe(f: DownloadFailure): string {
  if (f.kind === 'http') return `the server answered HTTP ${f.status}`;
  if (f.kind === 'size') return `${f.announced ? 'the server announces' : 'got'} ${f.got} bytes, not the ${f.expected} bytes expected`;
  if (f.kind === 'sha256') return `its sha256 is ${f.got}, not the expected ${f.expected}`;
  if (f.kind === 'truncated')
    return `the transfer broke after ${f.got}${f.expected === undefined ? '' : ` of ${f.expected}`} bytes${f.detail ? ` (${f.detail})` : ''}`;
  return f.message;
}

/** Worth another try: the same request may well succeed in a moment. */
export function isTransient(f: DownloadFailure): boolean {
  if (f.kind === 'network' || f.kind === 'truncated') return true;
  return f.kind === 'http' && (f.status === 408 || f.status === 429 || f.status >= 500);
}

export interface RetryPolicy {
  /** Tries in all (the first one included). */
  attempts: number;
  /** Waits before try `attempt + 1` (0-based count of failures so far). */
  wait: (attempt: number) => Promise<void>;
}

/** 4 tries, waiting 1 s, 2 s, 4 s; MODEL_REGISTRY_RETRY_BASE_MS scales the waits (0 in tests). */
export function defaultRetry(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const configured = Number(env.MODEL_REGISTRY_RETRY_BASE_MS);
  const base = env.MODEL_REGISTRY_RETRY_BASE_MS !== undefined && Number.isFinite(configured) && configured >= 0 ? configured : 1000;
  return { attempts: 4, wait: (attempt) => new Promise((resolve) => setTimeout(resolve, base * 2 ** attempt)) };
}

const MAX_REDIRECTS = 5;

/** Fetches `url`; `headers` (a token) go only to `url`'s own origin, never to where it redirects elsewhere. */
export async function fetchFollowing(url: string, headers: Record<string, string>): Promise<Response> {
  let current = new URL(url);
  const origin = current.origin;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      // identity: the bytes as stored, so the size and sha256 are the file's, not a compressed body's.
      const sent = current.origin === origin ? { ...headers, 'accept-encoding': 'identity' } : { 'accept-encoding': 'identity' };
      response = await fetch(current, { headers: sent, redirect: 'manual' });
    } catch (error) {
      throw new DownloadFailed({ kind: 'network', message: networkMessage(error) });
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      current = new URL(location, current);
      continue;
    }
    return response;
  }
  throw new DownloadFailed({ kind: 'network', message: `more than ${MAX_REDIRECTS} redirects` });
}

/** `fetchFollowing` with transient failures retried; the answer's body is for the caller to read. */
export async function fetchRetrying(url: string, headers: Record<string, string>, retry: RetryPolicy): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    let failure: DownloadFailure;
    try {
      const response = await fetchFollowing(url, headers);
      if (response.ok || response.status === 404) return response;
      await response.body?.cancel();
      failure = { kind: 'http', status: response.status };
    } catch (error) {
      if (!(error instanceof DownloadFailed)) throw error;
      failure = error.failure;
    }
    if (!isTransient(failure) || attempt + 1 >= retry.attempts) throw new DownloadFailed(failure);
    await retry.wait(attempt);
  }
}

export interface DownloadSettings {
  headers?: Record<string, string>;
  retry?: RetryPolicy;
  /** Told of each failure that is retried. */
  onRetry?: (failure: DownloadFailed, attempt: number) => void;
}

/**
 * Downloads `url` to `destination`, verified against `expected`; nothing is
 * left under the final name unless it verified. Each try starts over (a
 * signed address may have expired).
 */
export async function downloadVerified(url: string, destination: string, expected: Expected, settings: DownloadSettings = {}): Promise<void> {
  const retry = settings.retry ?? defaultRetry();
  for (let attempt = 0; ; attempt++) {
    try {
      await downloadOnce(url, destination, expected, settings.headers ?? {});
      return;
    } catch (error) {
      if (!(error instanceof DownloadFailed) || !isTransient(error.failure) || attempt + 1 >= retry.attempts) throw error;
      settings.onRetry?.(error, attempt);
      await retry.wait(attempt);
    }
  }
}

async function downloadOnce(url: string, destination: string, expected: Expected, headers: Record<string, string>): Promise<void> {
  const file = VerifiedFile.create(destination);
  try {
    const response = await fetchFollowing(url, headers);
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new DownloadFailed({ kind: 'http', status: response.status });
    }
    const announced = response.headers.get('content-length');
    const announcedSize = announced === null ? undefined : Number(announced);
    if (expected.size !== undefined && announcedSize !== undefined && announcedSize !== expected.size) {
      await response.body.cancel();
      throw new DownloadFailed({ kind: 'size', got: announcedSize, expected: expected.size, announced: true });
    }
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        // More than expected: stop at once rather than fill the disk.
        if (expected.size !== undefined && file.size + chunk.length > expected.size)
          throw new DownloadFailed({ kind: 'size', got: file.size + chunk.length, expected: expected.size });
        file.write(chunk);
      }
    } catch (error) {
      if (error instanceof DownloadFailed) throw error;
      // A connection cut part-way: what arrived is shorter than the announced size.
      throw new DownloadFailed({ kind: 'truncated', got: file.size, expected: expected.size ?? announcedSize, detail: networkMessage(error) });
    }
    // A body that ended cleanly but short (no Content-Length, or a proxy that lost the end): a truncated transfer, tried again.
    if (expected.size !== undefined && file.size < expected.size) throw new DownloadFailed({ kind: 'truncated', got: file.size, expected: expected.size });
    const mismatch = file.commit(expected);
    if (mismatch?.kind === 'size') throw new DownloadFailed({ kind: 'size', got: mismatch.got, expected: expected.size ?? 0 });
    if (mismatch?.kind === 'sha256') throw new DownloadFailed({ kind: 'sha256', got: mismatch.got, expected: expected.sha256 });
  } finally {
    file.discard();
  }
}

/** fetch's own message ("fetch failed", "terminated") says little: the cause says what happened. */
function networkMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message}: ${cause}` : error.message;
}
