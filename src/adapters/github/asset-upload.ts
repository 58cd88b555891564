/**
 * Uploads a release asset from disk as a stream, hashing the bytes as they go
 * out, so memory stays flat whatever the size and the digest proves that what
 * was sent is what was checked. Uploads go to the release's `upload_url`
 * (uploads.github.com on GitHub), never to a guessed address.
 *
 * The body is piped with node:http(s) rather than through Octokit's fetch,
 * which buffered a streamed body in memory (1 GiB cost over 1 GB of RAM).
 * Octokit still does every other request; a failed upload is retried by the
 * executor planning again, since a stream cannot be sent twice anyway.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExpectedAsset } from '../../core/release/assets.js';
import { openRegistryFile } from '../fs/registry-file.js';
import type { GitHubClient } from './client.js';
import { unreachableError } from './network-error.js';
import { ChecksumChangedError, UploadError } from '../../errors/index.js';
import type { RepoRef } from './release-state.js';

export interface UploadedAsset {
  id: number;
  name: string;
  size: number;
  state: string;
  digest?: string | null;
}

export async function uploadAsset(
  octokit: GitHubClient,
  repo: RepoRef,
  release: { id: number; upload_url: string },
  asset: ExpectedAsset,
): Promise<UploadedAsset> {
  if (asset.source.kind === 'draft') throw new Error(`${asset.name} is in the draft already; it is never uploaded`);
  void repo;
  const { token } = (await octokit.auth()) as { token?: string };
  // upload_url is a URI template: https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}
  const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''));
  url.searchParams.set('name', asset.name);
  const hash = createHash('sha256');
  const request = (url.protocol === 'https:' ? https : http).request(url, {
    method: 'POST',
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'model-registry',
      'content-type': asset.contentType,
      'content-length': String(asset.size),
      ...(token ? { authorization: `token ${token}` } : {}),
    },
  });
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  // When the body fails first (a reset part-way through), the same error rejects
  // this promise too, and it is reported from the body's failure: never unhandled.
  response.catch(() => {});
  const where = { method: 'POST', url: url.toString() };
  const failed = (error: unknown) => {
    const unreachable = unreachableError(error, where);
    // A name that does not resolve, a refused connection, TLS: asking again will not help.
    if (unreachable && !unreachable.failure.transient) return unreachable;
    return new UploadError(`uploading ${asset.name} failed: ${unreachable ? unreachable.failure.text : (error as Error).message}`, undefined, where);
  };
  try {
    if (asset.source.kind === 'generated') {
      const body = Buffer.from(asset.source.content);
      hash.update(body);
      request.end(body);
    } else {
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      // A registry file is opened without following a link, even one swapped in since it was checked.
      const fd = asset.source.inRegistry ? openRegistryFile(asset.source.path) : undefined;
      await pipeline(createReadStream(asset.source.path, { highWaterMark: 1024 * 1024, fd }), tap, request);
    }
  } catch (error) {
    request.destroy();
    throw failed(error);
  }
  let res: http.IncomingMessage;
  let text = '';
  try {
    res = await response;
    for await (const chunk of res) text += chunk;
  } catch (error) {
    throw failed(error);
  }
  const status = res.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // not JSON
    }
    throw new UploadError(`uploading ${asset.name}: HTTP ${status}: ${message.slice(0, 300)}`, status, where);
  }
  const sent = hash.digest('hex');
  const data = JSON.parse(text) as UploadedAsset;
  if (sent !== asset.sha256) {
    throw new ChecksumChangedError(`${asset.name} changed while it was uploaded (sent sha256 ${sent}, checked ${asset.sha256})`);
  }
  return { id: data.id, name: data.name, size: data.size, state: data.state, digest: data.digest ?? null };
}
