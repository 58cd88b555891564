/**
 * The sha256 of a release asset as GitHub holds it. GitHub gives a `digest`
 * for assets uploaded since mid-2025; GitHub Enterprise Server and older
 * assets have none, and a size that matches proves nothing. Such an asset is
 * downloaded (streamed, hashed as it arrives, memory stays flat) instead,
 * unless this run uploaded it itself: those bytes were hashed as they went out.
 */
import { createHash } from 'node:crypto';
import type { RemoteAsset, RemoteRelease } from '../../core/release/plan.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './release-state.js';

export class AssetDigests {
  private readonly known = new Map<number, string>();

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
  ) {}

  /** This run uploaded the asset and hashed every byte GitHub took. */
  uploaded(id: number, sha256: string): void {
    this.known.set(id, `sha256:${sha256}`);
  }

  /** `sha256:<hex>` of a complete asset: GitHub's digest, else the bytes this run sent, else downloaded and hashed. */
  async of(asset: Pick<RemoteAsset, 'id' | 'digest'>): Promise<string> {
    if (asset.digest) return asset.digest;
    let digest = this.known.get(asset.id);
    if (!digest) {
      digest = `sha256:${await downloadSha256(this.octokit, this.repo, asset.id)}`;
      this.known.set(asset.id, digest);
    }
    return digest;
  }

  /** The asset with its digest filled in, when it is complete (a broken upload has nothing to hash). */
  async complete<T extends RemoteAsset>(asset: T): Promise<T> {
    if (asset.digest || asset.state !== 'uploaded') return asset;
    return { ...asset, digest: await this.of(asset) };
  }

  /** Drafts with every complete asset's digest filled in; published releases are never compared, so left as they are. */
  async fill(releases: RemoteRelease[]): Promise<RemoteRelease[]> {
    const out: RemoteRelease[] = [];
    for (const release of releases) {
      if (!release.draft) out.push(release);
      else {
        const assets: RemoteAsset[] = [];
        for (const asset of release.assets) assets.push(await this.complete(asset));
        out.push({ ...release, assets });
      }
    }
    return out;
  }
}

/** Downloads a release asset (GitHub redirects to its storage) and hashes it on the way. */
export async function downloadSha256(octokit: GitHubClient, repo: RepoRef, assetId: number): Promise<string> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...repo,
    asset_id: assetId,
    headers: { accept: 'application/octet-stream' },
    request: { parseSuccessResponseBody: false },
  });
  const hash = createHash('sha256');
  for await (const chunk of response.data as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
  return hash.digest('hex');
}
