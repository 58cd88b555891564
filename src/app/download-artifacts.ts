/**
 * `download`: every artifact of a resolved version fetched into a folder and
 * verified against the card's size and sha256, and against the release's
 * SHA256SUMS when it has one. A file already there and verified is kept
 * (a re-run resumes), a wrong one replaced; anything that fails verification
 * never gets its name. Tokens go only to the host they belong to: GitHub's
 * to GitHub (the API's asset download for private repositories), HF_TOKEN
 * to the Hub; never to where either redirects.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { verifyCommand } from '../core/serving/resolve.js';
import type { ResolvedArtifact, ResolvedVersion } from '../core/serving/types.js';
import { isVerified, UnsafeDestination, type Expected } from '../adapters/fs/verified-file.js';
import { defaultRetry, DownloadFailed, downloadVerified, fetchRetrying, type RetryPolicy } from '../adapters/http/download-file.js';
import { DownloadError, UsageError } from '../errors/index.js';

export interface DownloadOptions {
  out: string;
  /** Only these artifacts (by name); all when absent. */
  artifacts?: string[];
  /** GitHub's token: sent to GitHub's own hosts only (release assets of private repositories). */
  token?: string;
  /** The Hub's token for hf:// artifacts (default HF_TOKEN): sent to the Hub's host only. */
  hfToken?: string;
  /** How transient failures are retried (default: 4 tries, waits scaled by MODEL_REGISTRY_RETRY_BASE_MS). */
  retry?: RetryPolicy;
  /** Told of each retried failure. */
  log?: (message: string) => void;
}

export interface DownloadOutcome {
  name: string;
  /**
   * downloaded: fetched and verified; present: already there and verified;
   * replaced: a wrong file was there, now the verified one; listed: not
   * fetchable here (the note says where it is and how to verify it).
   */
  result: 'downloaded' | 'present' | 'replaced' | 'listed';
  path?: string;
  note?: string;
}

/** The largest SHA256SUMS read (a line per asset; GitHub allows 1,000 assets a release). */
const MAX_SUMS_BYTES = 1024 * 1024;

export async function downloadArtifacts(resolved: ResolvedVersion, options: DownloadOptions): Promise<DownloadOutcome[]> {
  const wanted = options.artifacts?.length ? new Set(options.artifacts) : undefined;
  if (wanted) {
    const unknown = [...wanted].filter((name) => !resolved.artifacts.some((a) => a.name === name));
    if (unknown.length)
      throw new UsageError(
        `${resolved.model} ${resolved.version} has no artifact ${unknown.join(', ')}; it has ${resolved.artifacts.map((a) => a.name).join(', ') || 'none'}`,
      );
  }
  const chosen = resolved.artifacts.filter((a) => !wanted || wanted.has(a.name));
  for (const a of chosen) if (!safeName(a.name)) throw new DownloadError(`refusing the artifact name ${JSON.stringify(a.name)}: not a plain file name`);
  // Asked for by name but not fetchable here: an error, so a deployment script never goes on without the file it named.
  const unfetchable = wanted ? chosen.filter((a) => !fetchable(a)) : [];
  if (unfetchable.length)
    throw new DownloadError(unfetchable.map((a) => `${a.name}: ${listedNote(a)}`).join('\n') + '\nmodel-registry cannot fetch it: nothing was downloaded');
  const retry = options.retry ?? defaultRetry();
  const tokens = { github: options.token, hf: options.hfToken ?? process.env.HF_TOKEN };
  const sums = resolved.checksumsUrl ? await releaseChecksums(resolved, tokens.github, retry) : undefined;
  // Every expectation is settled before anything is fetched: a release that contradicts its card downloads nothing.
  const plans = chosen.map((artifact) => ({ artifact, expected: fetchable(artifact) ? expectation(artifact, sums) : undefined }));
  mkdirSync(options.out, { recursive: true });
  const outcomes: DownloadOutcome[] = [];
  for (const { artifact, expected } of plans) {
    if (!expected) outcomes.push({ name: artifact.name, result: 'listed', note: listedNote(artifact) });
    else outcomes.push(await downloadOne(artifact, expected, options, tokens, retry));
  }
  return outcomes;
}

function fetchable(a: ResolvedArtifact): boolean {
  return a.source.kind === 'release-asset' || a.source.kind === 'https' || a.source.kind === 'hf';
}

function listedNote(artifact: ResolvedArtifact): string {
  const { source } = artifact;
  const where = source.kind === 'other' ? source.uri || 'no address' : source.kind === 'committed' ? `${source.path} in the registry (no release address)` : '';
  const verify = verifyCommand(artifact);
  return `stored at ${where}: fetch it yourself${verify ? `, then verify: ${verify}` : ''}`;
}

function expectation(artifact: ResolvedArtifact, sums: Map<string, string> | undefined): Expected {
  const { name } = artifact;
  const listed = sums?.get(name);
  if (listed !== undefined && artifact.sha256 !== undefined && listed !== artifact.sha256)
    throw new DownloadError(
      `${name}: the release's SHA256SUMS says ${listed}, the card says ${artifact.sha256}: nothing was downloaded; the release does not hold what the registry says`,
    );
  // Every release asset is listed in the release's SHA256SUMS; one that is not was not put there by the release.
  if (sums && listed === undefined && artifact.source.kind === 'release-asset')
    throw new DownloadError(`${name}: the release's SHA256SUMS does not list it: nothing was downloaded; the release does not hold what the registry says`);
  const sha256 = artifact.sha256 ?? listed;
  if (sha256 === undefined)
    throw new DownloadError(`${name}: neither the card nor the release gives a sha256, so it cannot be verified: nothing was downloaded`);
  return { size: artifact.size, sha256 };
}

async function downloadOne(
  artifact: ResolvedArtifact,
  expected: Expected,
  options: DownloadOptions,
  tokens: { github?: string; hf?: string },
  retry: RetryPolicy,
): Promise<DownloadOutcome> {
  const { name } = artifact;
  const path = join(options.out, name);
  const { url, headers } = request(artifact, tokens);
  let wasThere: boolean;
  try {
    if (isVerified(path, expected)) return { name, result: 'present', path };
    wasThere = existsAsFile(path);
    await downloadVerified(url, path, expected, {
      headers,
      retry,
      onRetry: (failure, attempt) => options.log?.(`${name}: ${failure.message}; trying again (${attempt + 2} of ${retry.attempts})`),
    });
  } catch (error) {
    if (error instanceof UnsafeDestination) throw new DownloadError(`${name}: ${error.message}`);
    if (error instanceof DownloadFailed) throw new DownloadError(`${name}: ${failureMessage(error, artifact, tokens.github)} (${url})`);
    throw error;
  }
  return { name, result: wasThere ? 'replaced' : 'downloaded', path };
}

function failureMessage(error: DownloadFailed, artifact: ResolvedArtifact, token: string | undefined): string {
  const f = error.failure;
  const what =
    f.kind === 'sha256'
      ? `its sha256 is ${f.got}, not ${artifact.sha256 === undefined ? "the release's SHA256SUMS's" : "the card's"} ${f.expected}`
      : f.kind === 'size' && !f.announced
        ? `got ${f.got} bytes, not the ${f.expected} bytes the card gives`
        : f.kind === 'size'
          ? `the server announces ${f.got} bytes, not the ${f.expected} bytes the card gives`
          : error.message;
  const hint =
    f.kind === 'http' && (f.status === 404 || f.status === 401 || f.status === 403) && artifact.source.kind === 'release-asset' && !artifact.source.apiUrl
      ? token
        ? '; a private repository serves release assets only through the API: resolve from GitHub (--repository OWNER/NAME without --root)'
        : '; a private repository needs a token (--token or GITHUB_TOKEN)'
      : '';
  return `${what}${hint}; nothing was written under its name`;
}

/** Where to ask, and with which headers: a token only ever goes to its own service's address. */
function request(artifact: ResolvedArtifact, tokens: { github?: string; hf?: string }): { url: string; headers: Record<string, string> } {
  const { source } = artifact;
  if (source.kind === 'release-asset' && source.apiUrl && tokens.github)
    // The API's asset download: the only way into a private repository's assets; it redirects to a signed address on a storage host.
    return { url: source.apiUrl, headers: { ...gitHubHeaders(source.apiUrl, tokens.github), accept: 'application/octet-stream' } };
  if (source.kind === 'release-asset') return { url: source.url, headers: gitHubHeaders(source.url, tokens.github) };
  if (source.kind === 'hf') return { url: source.url, headers: tokens.hf ? { authorization: `Bearer ${tokens.hf}` } : {} };
  if (source.kind === 'https') return { url: source.url, headers: {} };
  throw new Error(`${artifact.name} is not fetchable`);
}

/** The token goes to GitHub's own origins only, never to a storage host, the Hub or a third party. */
function gitHubHeaders(url: string, token: string | undefined): Record<string, string> {
  if (!token) return {};
  const origins = new Set(['https://github.com', 'https://api.github.com']);
  for (const configured of [process.env.GITHUB_SERVER_URL, process.env.GITHUB_API_URL]) if (configured) origins.add(new URL(configured).origin);
  return origins.has(new URL(url).origin) ? { authorization: `Bearer ${token}` } : {};
}

function safeName(name: string): boolean {
  return name.length > 0 && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && !name.startsWith('.');
}

function existsAsFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** The release's SHA256SUMS as name → sha256; undefined when the release has none. */
async function releaseChecksums(resolved: ResolvedVersion, token: string | undefined, retry: RetryPolicy): Promise<Map<string, string> | undefined> {
  const viaApi = resolved.checksumsApiUrl !== undefined && token !== undefined;
  const url = viaApi ? resolved.checksumsApiUrl! : resolved.checksumsUrl!;
  const headers = viaApi ? { ...gitHubHeaders(url, token), accept: 'application/octet-stream' } : gitHubHeaders(url, token);
  let text: string;
  try {
    const response = await fetchRetrying(url, headers, retry);
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    text = await boundedText(response);
  } catch (error) {
    if (error instanceof DownloadFailed) throw new DownloadError(`could not read the release's SHA256SUMS (${url}): ${error.message}; nothing was downloaded`);
    throw error;
  }
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trimEnd());
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}

async function boundedText(response: Response): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > MAX_SUMS_BYTES) throw new DownloadFailed({ kind: 'network', message: `more than ${MAX_SUMS_BYTES} bytes: not a SHA256SUMS file` });
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DownloadFailed) throw error;
    throw new DownloadFailed({ kind: 'truncated', got: size });
  }
  return Buffer.concat(chunks).toString('utf8');
}
