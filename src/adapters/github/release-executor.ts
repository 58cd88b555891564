/**
 * Carries out one version's release plan, in the only safe order: a draft,
 * its assets uploaded and checked, the annotated tag, then publishing. No one
 * can download a half-finished release, and GitHub's immutable releases (which
 * freeze assets and tag on publishing) are satisfied. Every step tolerates
 * having been done already, by this run or a concurrent one.
 */
import type { ExpectedAsset } from '../../core/release/assets.js';
import type { RemoteAsset, VersionPlan } from '../../core/release/plan.js';
import { AssetDigests } from './asset-digest.js';
import { uploadAsset } from './asset-upload.js';
import { httpStatus, type GitHubClient } from './client.js';
import { listNewestReleases, publishedRelease, tagCommit, type RepoRef, deleteAsset, deleteRelease } from './release-state.js';
import { ReleaseConflictError } from '../../errors/index.js';
import { REGISTRY_IDENTITY } from './record-executor.js';

export interface ExecuteOptions {
  commit: string;
  log: (message: string) => void;
}

/** GTO writes this message on the annotated tags it creates; so do we. */
export function tagMessage(plan: Pick<VersionPlan, 'model' | 'version'>): string {
  return `Registering artifact ${plan.model} version v${plan.version}`;
}

export async function executeVersionPlan(octokit: GitHubClient, repo: RepoRef, plan: VersionPlan, options: ExecuteOptions): Promise<string> {
  const { log } = options;
  const digests = new AssetDigests(octokit, repo);
  let draftId: number;
  let release: Awaited<ReturnType<GitHubClient['rest']['repos']['getRelease']>>['data'];
  if (plan.createDraft || plan.draftId === undefined) {
    const created = (
      await octokit.rest.repos.createRelease({ ...repo, tag_name: plan.tag, target_commitish: options.commit, name: plan.title, body: plan.body, draft: true })
    ).data;
    log(`${plan.tag}: created draft release ${created.id}`);
    // A concurrent run may have made its own draft: all runs converge on the oldest. Both were made
    // moments ago, so they are among the newest releases (a draft older than those is settled when publishing).
    const drafts = (await listNewestReleases(octokit, repo)).filter((r) => r.draft && r.tag_name === plan.tag).sort((a, b) => a.id - b.id);
    draftId = Math.min(drafts[0]?.id ?? created.id, created.id);
    if (draftId !== created.id) {
      await deleteRelease(octokit, repo, created.id);
      log(`${plan.tag}: another run's draft ${draftId} exists; continuing with it`);
      release = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
    } else {
      // Just made: it holds nothing yet.
      release = created;
    }
  } else {
    draftId = plan.draftId;
    if (plan.updateBody) await octokit.rest.repos.updateRelease({ ...repo, release_id: draftId, body: plan.body, name: plan.title });
    release = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
  }

  for (const asset of release.assets) {
    if (asset.state !== 'uploaded') {
      log(`${plan.tag}: deleting the broken upload ${asset.name}`);
      await deleteAsset(octokit, repo, asset.id);
    }
  }
  const present = new Map(release.assets.filter((a) => a.state === 'uploaded').map((a) => [a.name, a as RemoteAsset]));
  for (const asset of plan.expected) {
    if (asset.source.kind === 'draft') continue;
    const existing = present.get(asset.name);
    if (existing) {
      await assertSame(plan, existing, asset, digests);
      continue;
    }
    try {
      log(`${plan.tag}: uploading ${asset.name} (${asset.size} bytes)`);
      const uploaded = await uploadAsset(octokit, repo, release, asset);
      digests.uploaded(uploaded.id, asset.sha256);
    } catch (error) {
      // Uploaded meanwhile by a concurrent run: fine if it is the same file.
      if (httpStatus(error) !== 422) throw error;
      const again = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data.assets.find((a) => a.name === asset.name);
      if (!again || again.state !== 'uploaded') throw error;
      await assertSame(plan, again, asset, digests);
    }
  }

  release = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
  const final = new Map(release.assets.map((a) => [a.name, a as RemoteAsset]));
  for (const asset of plan.expected) {
    const got = final.get(asset.name);
    if (!got || got.state !== 'uploaded') throw new Error(`${plan.tag}: ${asset.name} is not complete in the draft; re-run to resume`);
    await assertSame(plan, got, asset, digests);
  }
  const extra = [...final.keys()].filter((name) => !plan.expected.some((a) => a.name === name));
  if (extra.length) throw new ReleaseConflictError(`${plan.tag}: the draft holds assets the card does not list (${extra.join(', ')}); not publishing`);

  await ensureTag(octokit, repo, plan, await tagTarget(octokit, repo, plan), log);

  try {
    const published = (await octokit.rest.repos.updateRelease({ ...repo, release_id: draftId, draft: false, tag_name: plan.tag })).data;
    log(`${plan.tag}: published ${published.html_url}`);
    return published.html_url;
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    // Published by a concurrent run: keep theirs, drop our draft.
    const done = await publishedRelease(octokit, repo, plan.tag);
    if (!done) throw error;
    if (done.id !== draftId) await deleteRelease(octokit, repo, draftId);
    log(`${plan.tag}: already published by another run: ${done.html_url}`);
    return done.html_url;
  }
}

/**
 * The commit the version's tag points at: where it was added, or, for a
 * version sharing that commit with an earlier one, a commit of its own (same
 * tree, that commit as parent). That commit's author, committer and dates are
 * fixed (the parent's date), so every run makes the very same commit (same
 * sha), and a re-run finds the tag it made.
 */
export async function tagTarget(octokit: GitHubClient, repo: RepoRef, plan: Pick<VersionPlan, 'target' | 'ownCommit'>): Promise<string> {
  if (!plan.ownCommit) return plan.target;
  const parent = (await octokit.rest.git.getCommit({ ...repo, commit_sha: plan.ownCommit.parent })).data;
  const person = { ...REGISTRY_IDENTITY, date: parent.committer.date };
  const made = await octokit.rest.git.createCommit({
    ...repo,
    message: plan.ownCommit.message,
    tree: parent.tree.sha,
    parents: [parent.sha],
    author: person,
    committer: person,
  });
  return made.data.sha;
}

async function ensureTag(octokit: GitHubClient, repo: RepoRef, plan: VersionPlan, commit: string, log: (m: string) => void): Promise<void> {
  // The plan saw no tag: create it (a tag made since by another run shows as "already exists" below).
  if (!plan.createTag) {
    const existing = await tagCommit(octokit, repo, plan.tag);
    if (existing === commit) return;
    if (existing !== undefined) throw new ReleaseConflictError(`tag ${plan.tag} exists at commit ${existing}, not at ${commit}: not publishing`);
  }
  const tagObject = (await octokit.rest.git.createTag({ ...repo, tag: plan.tag, message: tagMessage(plan), object: commit, type: 'commit' })).data;
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${plan.tag}`, sha: tagObject.sha });
    log(`${plan.tag}: created the annotated tag at ${commit}`);
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    const now = await tagCommit(octokit, repo, plan.tag);
    if (now !== commit) throw new ReleaseConflictError(`tag ${plan.tag} was created at commit ${now} by someone else, not at ${commit}: not publishing`);
  }
}

/** Same size and same sha256; without GitHub's digest the asset is downloaded and hashed (see AssetDigests), never passed on its size. */
async function assertSame(plan: VersionPlan, remote: RemoteAsset, expected: ExpectedAsset, digests: AssetDigests): Promise<void> {
  const digest = remote.size === expected.size ? await digests.of(remote) : remote.digest;
  if (remote.size !== expected.size || digest?.toLowerCase() !== `sha256:${expected.sha256}`) {
    throw new ReleaseConflictError(
      `${plan.tag}: the release already holds a different ${expected.name} (${remote.size} bytes, ${digest ?? 'no digest'}; expected ${expected.size} bytes, sha256:${expected.sha256}); it is never replaced silently`,
    );
  }
}
