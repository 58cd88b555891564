/**
 * What GitHub already has, as the planner needs it, in requests that grow
 * with the versions to release, never with the releases that exist: GitHub
 * answers 422 past the 1,000th result of its list of releases, and listing
 * 20,000 releases took 200 requests on every run.
 *
 * - Which versions still need a release: those without a tag. The clone's own
 *   tags (the release workflow checks out with every tag) rule most out; the
 *   rest are asked of GitHub with one matching-refs request per model (one
 *   in all when many models have such versions).
 * - Drafts (which get-release-by-tag never returns) are found among the
 *   newest releases: a draft this tool or `register` made is among them.
 *   Only a version whose card lists artifacts already in its draft looks
 *   further, and never past GitHub's 1,000th result.
 */
import type { RemoteRelease, RemoteState } from '../../core/release/plan.js';
import { httpStatus, type GitHubClient } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** One page of the list holds this many releases; drafts are looked for on the first only, unless one is needed (see readRemoteState). */
const PAGE = 100;
/** GitHub lists no further than the 1,000th release. */
const MAX_PAGES = 10;
/** Past this many models with versions to check, their tags are asked for with one request (their common prefix). */
const MAX_PREFIX_LOOKUPS = 5;

/** One page of the newest releases, drafts included (newest first). */
export async function listNewestReleases(octokit: GitHubClient, repo: RepoRef, page = 1): Promise<RemoteRelease[]> {
  const { data } = await octokit.rest.repos.listReleases({ ...repo, per_page: PAGE, ...(page > 1 ? { page } : {}) });
  return data.map(toRemoteRelease);
}

/** The published release of a tag; undefined when there is none (get-by-tag never returns a draft). */
export async function publishedRelease(octokit: GitHubClient, repo: RepoRef, tag: string): Promise<RemoteRelease | undefined> {
  try {
    return toRemoteRelease((await octokit.rest.repos.getReleaseByTag({ ...repo, tag })).data);
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Tag name -> the object its ref points at, for every tag starting with `prefix` (one request: this list is not paged). */
export async function matchingTags(octokit: GitHubClient, repo: RepoRef, prefix: string): Promise<Map<string, { sha: string; type: string }>> {
  const { data } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: `tags/${prefix}` });
  return new Map(data.map((ref) => [ref.ref.replace(/^refs\/tags\//, ''), { sha: ref.object.sha, type: ref.object.type }]));
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
  return peel(octokit, repo, ref.object);
}

async function peel(octokit: GitHubClient, repo: RepoRef, object: { sha: string; type: string }): Promise<string> {
  if (object.type !== 'tag') return object.sha;
  return (await octokit.rest.git.getTag({ ...repo, tag_sha: object.sha })).data.object.sha;
}

export interface ReleaseQuery {
  /** The tags of the registry's versions the clone has no tag for, grouped by model (one matching-refs request per group). */
  untagged: readonly (readonly string[])[];
  /** The tags of the registry's versions the clone has: released, unless a draft of theirs is among the newest releases (a run that stopped between tagging and publishing). */
  tagged: ReadonlySet<string>;
  /** Whether a version to release must have its draft found (its card lists artifacts `register` put there). */
  needsDraft: (tag: string) => boolean;
}

/**
 * GitHub's state for the versions that may need a release: `released` holds
 * the tags known to be released, `tags` the commits of the other versions'
 * existing tags, `releases` the newest releases (drafts among them) and the
 * published releases looked up by tag.
 */
export async function readRemoteState(octokit: GitHubClient, repo: RepoRef, query: ReleaseQuery): Promise<RemoteState & { pending: string[] }> {
  const releases = await listNewestReleases(octokit, repo);
  const released = new Set<string>();
  const tags = new Map<string, string>();
  const pending: string[] = [];
  const draftTags = new Set(releases.filter((r) => r.draft).map((r) => r.tag_name));

  /** A tag exists: its release is published, or (a run stopped before publishing) the version is still to release. */
  const resolveTagged = async (tag: string, object: { sha: string; type: string } | undefined) => {
    const published = await publishedRelease(octokit, repo, tag);
    if (published) {
      released.add(tag);
      releases.push(published);
      return;
    }
    pending.push(tag);
    const commit = object ? await peel(octokit, repo, object) : await tagCommit(octokit, repo, tag);
    if (commit) tags.set(tag, commit);
  };

  for (const tag of query.tagged) {
    if (draftTags.has(tag)) await resolveTagged(tag, undefined);
    else released.add(tag);
  }
  // One request per model; with versions of many models to check (a first release), one for them all.
  const groups = query.untagged.filter((group) => group.length > 0);
  for (const group of groups.length > MAX_PREFIX_LOOKUPS ? [groups.flat()] : groups) {
    const existing = await matchingTags(octokit, repo, commonPrefix(group));
    for (const tag of group) {
      const object = existing.get(tag);
      if (object) await resolveTagged(tag, object);
      else pending.push(tag);
    }
  }

  // A draft `register` filled may be older than the newest page: look further, only for those, and never past GitHub's limit.
  const missing = new Set(pending.filter((tag) => !draftTags.has(tag) && query.needsDraft(tag)));
  for (let page = 2, full = releases.length >= PAGE; missing.size && full && page <= MAX_PAGES; page++) {
    const more = await listNewestReleases(octokit, repo, page);
    full = more.length === PAGE;
    for (const release of more) {
      if (release.draft && missing.has(release.tag_name)) {
        releases.push(release);
        missing.delete(release.tag_name);
      }
    }
  }
  return { releases, tags, released, pending };
}

function commonPrefix(tags: readonly string[]): string {
  let prefix = tags[0];
  for (const tag of tags) while (!tag.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
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
