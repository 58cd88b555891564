/**
 * `download`: every artifact of a resolved version fetched into a folder and
 * verified against the card's size and sha256, and against the release's
 * SHA256SUMS when it has one. A file already there and verified is kept
 * (a re-run resumes); anything that fails verification never gets its name.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { verifyCommand } from '../core/serving/resolve.js';
import type { ResolvedArtifact, ResolvedVersion } from '../core/serving/types.js';
import { alreadyVerified, DownloadFailed, downloadVerified, fetchFollowing } from '../adapters/http/download-file.js';
import { hashFile } from '../adapters/fs/fs-snapshot.js';
import { DownloadError, UsageError } from '../errors/index.js';

export interface DownloadOptions {
  out: string;
  /** Only these artifacts (by name); all when absent. */
  artifacts?: string[];
  /** Sent to the GitHub host of release assets only (private repositories). */
  token?: string;
}

export interface DownloadOutcome {
  name: string;
  /** downloaded: fetched and verified; present: already there and verified; listed: not fetchable here (with how to verify it). */
  result: 'downloaded' | 'present' | 'listed';
  path?: string;
  note?: string;
}

export async function downloadArtifacts(resolved: ResolvedVersion, options: DownloadOptions): Promise<DownloadOutcome[]> {
  const wanted = options.artifacts?.length ? new Set(options.artifacts) : undefined;
  if (wanted) {
    const unknown = [...wanted].filter((name) => !resolved.artifacts.some((a) => a.name === name));
    if (unknown.length) throw new UsageError(`${resolved.model} ${resolved.version} has no artifact ${unknown.join(', ')}`);
  }
  const chosen = resolved.artifacts.filter((a) => !wanted || wanted.has(a.name));
  for (const a of chosen) if (!safeName(a.name)) throw new DownloadError(`refusing the artifact name ${JSON.stringify(a.name)}: not a plain file name`);
  const sums = resolved.checksumsUrl ? await releaseChecksums(resolved.checksumsUrl, headersFor(resolved.checksumsUrl, options.token)) : undefined;
  mkdirSync(options.out, { recursive: true });
  const outcomes: DownloadOutcome[] = [];
  for (const artifact of chosen) outcomes.push(await downloadOne(artifact, options, sums));
  return outcomes;
}

async function downloadOne(artifact: ResolvedArtifact, options: DownloadOptions, sums: Map<string, string> | undefined): Promise<DownloadOutcome> {
  const { name, source } = artifact;
  if (source.kind === 'other' || source.kind === 'committed') {
    const where = source.kind === 'other' ? source.uri : source.path;
    const verify = verifyCommand(artifact);
    return { name, result: 'listed', note: `stored at ${where}: fetch it yourself${verify ? `, then verify: ${verify}` : ''}` };
  }
  const listed = sums?.get(name);
  if (listed !== undefined && artifact.sha256 !== undefined && listed !== artifact.sha256) {
    throw new DownloadError(
      `${name}: the release's SHA256SUMS says ${listed}, the card says ${artifact.sha256}: nothing was downloaded; the release does not hold what the registry says`,
    );
  }
  const expected = { size: artifact.size, sha256: artifact.sha256 ?? listed };
  if (expected.sha256 === undefined)
    throw new DownloadError(`${name}: neither the card nor the release gives a sha256, so it cannot be verified: not downloaded`);
  const path = join(options.out, name);
  if (alreadyVerified(path, expected, hashFile)) return { name, result: 'present', path };
  try {
    await downloadVerified(source.url, path, expected, headersFor(source.url, options.token));
  } catch (error) {
    if (error instanceof DownloadFailed) throw new DownloadError(`${name}: ${error.message} (${source.url}); nothing was written under its name`);
    throw error;
  }
  return { name, result: 'downloaded', path };
}

function safeName(name: string): boolean {
  return name.length > 0 && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && !name.startsWith('.');
}

/** The token goes to GitHub's own origins only, never to a storage host, the Hub or a third party. */
function headersFor(url: string, token: string | undefined): Record<string, string> {
  if (!token) return {};
  const origins = new Set(['https://github.com', 'https://api.github.com']);
  for (const configured of [process.env.GITHUB_SERVER_URL, process.env.GITHUB_API_URL]) if (configured) origins.add(new URL(configured).origin);
  return origins.has(new URL(url).origin) ? { authorization: `Bearer ${token}` } : {};
}

/** The release's SHA256SUMS as name → sha256; undefined when the release has none. */
async function releaseChecksums(url: string, headers: Record<string, string>): Promise<Map<string, string> | undefined> {
  let response: Response;
  try {
    response = await fetchFollowing(url, headers);
  } catch (error) {
    throw new DownloadError(`could not read the release's SHA256SUMS (${url}): ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new DownloadError(`could not read the release's SHA256SUMS (${url}): HTTP ${response.status}`);
  const sums = new Map<string, string>();
  for (const line of (await response.text()).split('\n')) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trimEnd());
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}
