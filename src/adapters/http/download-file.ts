/**
 * One file downloaded over HTTP(S) and verified before it gets its name: the
 * bytes stream to a temporary file beside the destination while being
 * hashed (memory stays flat whatever the size), and only a file of the
 * expected size and sha256 is renamed into place. Redirects are followed by
 * hand so that credentials never go to another host (a release asset
 * redirects to a storage host with a signed address).
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Expected {
  size?: number;
  sha256?: string;
}

export type DownloadFailure =
  { kind: 'http'; status: number } | { kind: 'size'; got: number } | { kind: 'sha256'; got: string } | { kind: 'network'; message: string };

export class DownloadFailed extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(describe(failure));
  }
}

function describe(f: DownloadFailure): string {
  if (f.kind === 'http') return `the server answered HTTP ${f.status}`;
  if (f.kind === 'size') return `got ${f.got} bytes, not the size the card gives`;
  if (f.kind === 'sha256') return `its sha256 is ${f.got}, not the card's`;
  return f.message;
}

const MAX_REDIRECTS = 5;
// O_NOFOLLOW: a link left at the temporary name is an error, never a way out of the folder.
const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/** Fetches `url`; `headers` (a token) go only to `url`'s own origin. */
export async function fetchFollowing(url: string, headers: Record<string, string>): Promise<Response> {
  let current = new URL(url);
  const origin = current.origin;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetch(current, { headers: current.origin === origin ? headers : {}, redirect: 'manual' });
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

/** Whether `path` is a regular file (never through a link) of the expected size and sha256. */
export function alreadyVerified(path: string, expected: Expected, hashFile: (path: string) => { size: number; sha256: string }): boolean {
  try {
    if (!lstatSync(path).isFile()) return false;
  } catch {
    return false;
  }
  const facts = hashFile(path);
  return (expected.size === undefined || facts.size === expected.size) && (expected.sha256 === undefined || facts.sha256 === expected.sha256);
}

/** Downloads `url` to `destination`, verified; nothing is left under the final name unless it verified. */
export async function downloadVerified(url: string, destination: string, expected: Expected, headers: Record<string, string> = {}): Promise<void> {
  const temporary = join(dirname(destination), `.${process.pid}.${Date.now()}.partial`);
  const fd = openSync(temporary, CREATE, 0o644);
  let renamed = false;
  try {
    let response: Response;
    try {
      response = await fetchFollowing(url, headers);
    } catch (error) {
      if (error instanceof DownloadFailed) throw error;
      throw new DownloadFailed({ kind: 'network', message: networkMessage(error) });
    }
    if (!response.ok || !response.body) throw new DownloadFailed({ kind: 'http', status: response.status });
    const hash = createHash('sha256');
    let size = 0;
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        hash.update(chunk);
        for (let offset = 0; offset < chunk.length;) offset += writeSync(fd, chunk, offset);
        size += chunk.length;
      }
    } catch (error) {
      // A connection cut part-way: what arrived is shorter than the card's size.
      throw new DownloadFailed({ kind: 'network', message: `the transfer broke after ${size} bytes (${networkMessage(error)})` });
    }
    if (expected.size !== undefined && size !== expected.size) throw new DownloadFailed({ kind: 'size', got: size });
    const sha256 = hash.digest('hex');
    if (expected.sha256 !== undefined && sha256 !== expected.sha256) throw new DownloadFailed({ kind: 'sha256', got: sha256 });
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, destination);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      rmSync(temporary, { force: true });
    }
  }
}

/** fetch's own message ("fetch failed") says nothing: the cause says what happened. */
function networkMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message}: ${cause}` : error.message;
}
