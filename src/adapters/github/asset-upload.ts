/**
 * Uploads a release asset from disk as a stream, hashing the bytes as they go
 * out, so memory stays flat whatever the size and the digest proves that what
 * was sent is what was checked. Uploads go to the release's `upload_url`
 * (uploads.github.com on GitHub), never to a guessed address.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { ExpectedAsset } from '../../core/release/assets.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './release-state.js';

export class ChecksumChangedError extends Error {}

export interface UploadedAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  digest?: string | null;
}

export async function uploadAsset(octokit: GitHubClient, repo: RepoRef, release: { id: number; upload_url: string }, asset: ExpectedAsset): Promise<UploadedAsset> {
  const hash = createHash('sha256');
  let body: ReadableStream<Uint8Array> | Buffer;
  if (asset.source.kind === 'generated') {
    body = Buffer.from(asset.source.content);
    hash.update(body);
  } else if (asset.source.kind === 'file') {
    const file = createReadStream(asset.source.path, { highWaterMark: 1024 * 1024 });
    file.on('data', (chunk) => hash.update(chunk));
    body = Readable.toWeb(file) as ReadableStream<Uint8Array>;
  } else {
    throw new Error(`${asset.name} is in the draft already; it is never uploaded`);
  }
  const { data } = await octokit.rest.repos.uploadReleaseAsset({
    ...repo,
    release_id: release.id,
    url: release.upload_url,
    name: asset.name,
    data: body as unknown as string,
    headers: { 'content-type': asset.contentType, 'content-length': asset.size },
    // A streamed body cannot be sent twice: the executor retries by planning again.
    request: { retries: 0, duplex: 'half' },
  });
  const sent = hash.digest('hex');
  if (sent !== asset.sha256) {
    throw new ChecksumChangedError(`${asset.name} changed while it was uploaded (sent sha256 ${sent}, checked ${asset.sha256})`);
  }
  return { id: data.id, name: data.name, size: data.size, state: data.state, digest: (data as { digest?: string | null }).digest };
}
