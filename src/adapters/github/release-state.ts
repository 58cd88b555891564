/**
 * What GitHub already has, as the planner needs it: every release (drafts are
 * found by listing, since get-release-by-tag never returns them) and the
 * commits that the tags of unreleased versions point at.
 */
import type { RemoteRelease, RemoteState } from '../../core/release/plan.js';
import { httpStatus, type GitHubClient } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export async function listAllReleases(octokit: GitHubClient, repo: RepoRef): Promise<RemoteRelease[]> {
  const releases = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 100 });
  return releases.map(toRemoteRelease);
}

/** Octokit's release, narrowed to what the planner reads (the digest GitHub added in 2025 may be absent). */
export function toRemoteRelease(
  r: Omit<RemoteRelease, 'assets'> & { assets: (Omit<RemoteRelease['assets'][number], 'digest'> & { digest?: string | null })[] },
): RemoteRelease {
  return {
    id: r.id,
    tag_name: r.tag_name,
    draft: r.draft,
    name: r.name,
    body: r.body,
    html_url: r.html_url,
    upload_url: r.upload_url,
    assets: r.assets.map((a) => ({ id: a.id, name: a.name, size: a.size, state: a.state, digest: a.digest ?? null })),
  };
}

/** The commit a tag points at, annotated tags peeled; undefined when there is no such tag. */
export async function tagCommit(octokit: GitHubClient, repo: RepoRef, tag: string): Promise<string | undefined> {
  let ref;
  try {
    ref = (await octokit.rest.git.getRef({ ...repo, ref: `tags/${tag}` })).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
  if (ref.object.type === 'commit') return ref.object.sha;
  if (ref.object.type === 'tag') {
    const tagObject = (await octokit.rest.git.getTag({ ...repo, tag_sha: ref.object.sha })).data;
    return tagObject.object.sha;
  }
  return ref.object.sha;
}

/**
 * Tags of interest only: one request per tag for versions that are not yet
 * released (usually a handful), instead of peeling every tag of the repository.
 */
export async function readRemoteState(octokit: GitHubClient, repo: RepoRef, tagsOfInterest: (releases: RemoteRelease[]) => string[]): Promise<RemoteState> {
  const releases = await listAllReleases(octokit, repo);
  const tags = new Map<string, string>();
  for (const tag of tagsOfInterest(releases)) {
    const commit = await tagCommit(octokit, repo, tag);
    if (commit) tags.set(tag, commit);
  }
  return { releases, tags };
}

/** Deletes a release asset; one already gone (a concurrent run) is fine. */
export async function deleteAsset(octokit: GitHubClient, repo: RepoRef, id: number): Promise<void> {
  try {
    await octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: id });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}

/** Deletes a (draft) release; one already gone is fine. */
export async function deleteRelease(octokit: GitHubClient, repo: RepoRef, id: number): Promise<void> {
  try {
    await octokit.rest.repos.deleteRelease({ ...repo, release_id: id });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}
