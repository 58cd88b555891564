/**
 * Carries out a register plan, in an order that makes every step safe to
 * repeat and every race end cleanly:
 *
 * 1. The commit (blobs, a tree on the default branch's, a commit) and then the
 *    branch `register/<model>-<version>` pointing at it. Creating the branch
 *    ref is the lock on the version: GitHub refuses (422) a ref that exists,
 *    so of two runs that chose the same version exactly one gets it. The other
 *    is told so and plans again (the planner then sees the branch: the same
 *    files mean a re-run of this registration, other files a bump).
 * 2. The draft release for the version's tag, and the artifacts uploaded to it
 *    (streamed, hashed as they go, skipped when already there with the same
 *    digest, broken uploads deleted first). A draft holding anything that is
 *    not this registration's is never touched.
 * 3. The pull request (an open one for the branch is reused), then auto-merge.
 */
import type { ExpectedAsset } from '../../core/release/assets.js';
import type { RemoteAsset } from '../../core/release/plan.js';
import type { PlannedAsset, RegisterPlan } from '../../core/register/plan.js';
import { AssetDigests } from './asset-digest.js';
import { uploadAsset } from './asset-upload.js';
import { httpStatus, type GitHubClient, backoff } from './client.js';
import { AutoMergeError, ChecksumChangedError, GitHubUnreachableError, RegisterConflictError } from '../../errors/index.js';
import { listNewestReleases, publishedRelease, toRemoteRelease, type RepoRef, deleteAsset, deleteRelease } from './release-state.js';
import type { MergeMethod } from './register-state.js';
import { createFilesCommit, ensurePullRequest as ensurePullRequestFor, findPullRequest } from './propose-files.js';

/** `failed`: the pull request is open, but GitHub refused auto-merge (autoMergeError says why). */
export type AutoMergeState = 'enabled' | 'already' | 'off' | 'failed';

export interface PullRequestRef {
  number: number;
  url: string;
}

export type ExecuteOutcome =
  | { kind: 'done'; pullRequest?: PullRequestRef; autoMerge: AutoMergeState; autoMergeError?: string }
  /** Another run created the branch first: plan again. */
  | { kind: 'branch-taken'; branch: string };

export interface RegisterExecuteOptions {
  log: (message: string) => void;
  mergeMethod?: MergeMethod;
}

/** Upload attempts per asset (a streamed body cannot be re-sent by Octokit's own retries). */
const UPLOAD_ATTEMPTS = 3;

export async function executeRegisterPlan(octokit: GitHubClient, repo: RepoRef, plan: RegisterPlan, options: RegisterExecuteOptions): Promise<ExecuteOutcome> {
  const { log } = options;
  if (plan.action === 'blocked' || !plan.version || !plan.branch || !plan.pullRequest) throw new Error('a blocked plan cannot be carried out');
  if (plan.action === 'registered') {
    const pr = await findPullRequest(octokit, repo, plan.branch, plan.base.branch, 'all');
    log(`${plan.model} ${plan.version} is already in the registry with exactly these files; nothing to do`);
    return { kind: 'done', pullRequest: pr && { number: pr.number, url: pr.html_url }, autoMerge: 'off' };
  }

  if (plan.action === 'create') {
    const commit = await createCommit(octokit, repo, plan);
    try {
      await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${plan.branch}`, sha: commit });
      log(`created the branch ${plan.branch} with ${plan.files.length} file(s)`);
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      log(`the branch ${plan.branch} exists already (another run, or an earlier attempt of this one)`);
      return { kind: 'branch-taken', branch: plan.branch };
    }
  } else {
    log(`resuming: the branch ${plan.branch} already holds exactly these files`);
  }

  if (plan.release && plan.assets.length) await uploadToDraft(octokit, repo, plan, log);

  const pr = await ensurePullRequest(octokit, repo, plan, log);
  const pullRequest = { number: pr.number, url: pr.html_url };
  if (!plan.autoMerge) return { kind: 'done', pullRequest, autoMerge: 'off' };
  try {
    return { kind: 'done', pullRequest, autoMerge: await enableAutoMerge(octokit, pr, options.mergeMethod, log) };
  } catch (error) {
    if (!(error instanceof AutoMergeError)) throw error;
    return { kind: 'done', pullRequest, autoMerge: 'failed', autoMergeError: error.message };
  }
}

/** One commit on the default branch's head holding the planned files; unreferenced until the branch points at it. */
function createCommit(octokit: GitHubClient, repo: RepoRef, plan: RegisterPlan): Promise<string> {
  return createFilesCommit(octokit, repo, { files: plan.files, message: plan.commitMessage, baseSha: plan.base.sha, baseTreeSha: plan.base.treeSha });
}

async function uploadToDraft(octokit: GitHubClient, repo: RepoRef, plan: RegisterPlan, log: (m: string) => void): Promise<void> {
  const release = plan.release!;
  const digests = new AssetDigests(octokit, repo);
  const draftId = await ensureDraft(octokit, repo, plan, digests);
  let current = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
  for (const asset of plan.assets) {
    for (let attempt = 1; ; attempt++) {
      const existing = current.assets.find((a) => a.name === asset.name);
      if (existing && existing.state === 'uploaded') {
        await assertSame(release.tag, existing, asset, digests);
        break;
      }
      try {
        if (existing) {
          log(`${release.tag}: deleting the broken upload of ${asset.name} (state ${existing.state})`);
          await deleteAsset(octokit, repo, existing.id);
        }
        log(`${release.tag}: uploading ${asset.name} (${asset.size} bytes)`);
        const uploaded = await uploadAsset(octokit, repo, current, toExpected(asset));
        digests.uploaded(uploaded.id, asset.sha256);
        break;
      } catch (error) {
        if (error instanceof ChecksumChangedError) {
          // What GitHub got is not what the card says: remove it, never leave it for the release to find.
          const sent = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data.assets.find((a) => a.name === asset.name);
          if (sent) await deleteAsset(octokit, repo, sent.id);
          throw new RegisterConflictError(
            `${asset.path} changed while it was uploaded (${error.message}); the upload was removed. Make sure nothing writes to the artifacts, then run register again`,
          );
        }
        const status = httpStatus(error);
        const transient =
          error instanceof GitHubUnreachableError
            ? error.failure.transient
            : status === undefined || status >= 500 || status === 429 || status === 403 || status === 422;
        if (!transient || attempt >= UPLOAD_ATTEMPTS) throw error;
        log(`${release.tag}: uploading ${asset.name} failed (${(error as Error).message}); trying again (attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS})`);
        await backoff(attempt);
      } finally {
        current = (await octokit.rest.repos.getRelease({ ...repo, release_id: draftId })).data;
      }
    }
  }
  // Everything there, complete, and the bytes we hashed.
  for (const asset of plan.assets) {
    const got = current.assets.find((a) => a.name === asset.name);
    if (!got || got.state !== 'uploaded')
      throw new RegisterConflictError(`${release.tag}: ${asset.name} is not complete in the draft release; run register again to resume`);
    await assertSame(release.tag, got, asset, digests);
  }
}

/**
 * The draft release for the plan's tag: the oldest draft with that tag when it
 * holds nothing but this registration's artifacts, or a new one. The release
 * step finishes the oldest draft of a tag, so that is the one that must hold them.
 */
async function ensureDraft(octokit: GitHubClient, repo: RepoRef, plan: RegisterPlan, digests: AssetDigests): Promise<number> {
  const release = plan.release!;
  // Published releases by tag; drafts (which get-by-tag never returns) among the newest releases, where a registration's draft is.
  const find = async () => {
    const published = await publishedRelease(octokit, repo, release.tag);
    if (published) {
      throw new RegisterConflictError(
        `${release.tag} is already released (${published.html_url}): ${plan.model} ${plan.version} cannot be registered again; register a new version`,
      );
    }
    return (await listNewestReleases(octokit, repo)).filter((r) => r.draft && r.tag_name === release.tag).sort((a, b) => a.id - b.id);
  };
  let drafts = await find();
  if (drafts.length === 0) {
    const created = (
      await octokit.rest.repos.createRelease({
        ...repo,
        tag_name: release.tag,
        name: release.name,
        body: release.body,
        draft: true,
        target_commitish: release.targetCommitish,
      })
    ).data;
    drafts = await find();
    if (drafts.length === 0) drafts = [toRemoteRelease(created)];
    // Two drafts for one tag (a retried request, or a race): keep the oldest, drop our empty one.
    if (drafts.length > 1 && drafts[0].id !== created.id && drafts.find((d) => d.id === created.id)?.assets.length === 0) {
      await deleteRelease(octokit, repo, created.id);
      drafts = drafts.filter((d) => d.id !== created.id);
    }
  }
  const draft = drafts[0];
  for (const listed of draft.assets) {
    if (listed.state !== 'uploaded') continue;
    const ours = plan.assets.find((a) => a.name === listed.name);
    // Without GitHub's digest, an asset of the right size is downloaded and hashed: a size alone proves nothing.
    const asset = ours && listed.size === ours.size ? await digests.complete(listed) : listed;
    if (!ours || !sameContent(asset, ours)) {
      throw new RegisterConflictError(
        `the draft release ${draft.html_url} for ${release.tag} holds ${asset.name} (${asset.size} bytes, ${asset.digest ?? 'no digest'}), which is not this registration's: ` +
          'it was not touched. If it is a leftover, delete that draft and run again; otherwise register another version.',
      );
    }
  }
  return draft.id;
}

function ensurePullRequest(octokit: GitHubClient, repo: RepoRef, plan: RegisterPlan, log: (m: string) => void) {
  return ensurePullRequestFor(octokit, repo, plan.pullRequest!, log);
}

async function enableAutoMerge(
  octokit: GitHubClient,
  pr: { number: number; html_url: string; node_id: string; auto_merge?: unknown },
  mergeMethod: MergeMethod | undefined,
  log: (m: string) => void,
): Promise<'enabled' | 'already'> {
  if (pr.auto_merge) return 'already';
  const query = mergeMethod
    ? 'mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod) { enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod}) { pullRequest { number } } }'
    : 'mutation($pullRequestId: ID!) { enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId}) { pullRequest { number } } }';
  try {
    await octokit.graphql(query, mergeMethod ? { pullRequestId: pr.node_id, mergeMethod } : { pullRequestId: pr.node_id });
  } catch (error) {
    // A GraphQL answer with errors is GitHub refusing; anything else (HTTP 5xx, a reset) is a failure to retry by re-running.
    const errors = (error as { errors?: { message?: string }[] }).errors;
    if (!Array.isArray(errors)) throw error;
    const messages = errors.map((e) => e.message).filter(Boolean);
    throw new AutoMergeError(
      `the pull request ${pr.html_url} is open, but GitHub refused to enable auto-merge on it: ${messages.join('; ')}. ` +
        'Auto-merge needs "Allow auto-merge" in the registry\'s settings and a branch protection rule (or ruleset) on the default branch with required checks; merge it by hand meanwhile.',
    );
  }
  log(`auto-merge is on for ${pr.html_url}`);
  return 'enabled';
}

function toExpected(asset: PlannedAsset): ExpectedAsset {
  return { name: asset.name, size: asset.size, sha256: asset.sha256, contentType: asset.contentType, source: { kind: 'file', path: asset.path } };
}

function sameContent(remote: Pick<RemoteAsset, 'size' | 'digest'>, asset: Pick<PlannedAsset, 'size' | 'sha256'>): boolean {
  if (remote.size !== asset.size) return false;
  return remote.digest?.toLowerCase() === `sha256:${asset.sha256}`;
}

async function assertSame(tag: string, listed: RemoteAsset, asset: PlannedAsset, digests: AssetDigests): Promise<void> {
  const remote = listed.size === asset.size ? await digests.complete(listed) : listed;
  if (!sameContent(remote, asset)) {
    throw new RegisterConflictError(
      `${tag}: the draft release already holds a different ${asset.name} (${remote.size} bytes, ${remote.digest ?? 'no digest'}; this registration's is ${asset.size} bytes, sha256:${asset.sha256}); it is never replaced silently`,
    );
  }
}
