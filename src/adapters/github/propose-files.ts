/**
 * Proposing files as a pull request, the steps `register`, `promote`,
 * `demote` and `deprecate` share: one commit of the files on the default
 * branch's head (unreferenced until a branch points at it), the branch (its
 * creation is the lock: GitHub refuses a ref that exists), and the pull
 * request (an open one for the branch is reused, so a re-run opens none twice).
 */
import { httpStatus, type GitHubClient } from './client.js';
import type { RepoRef } from './release-state.js';

export interface ProposedFile {
  /** From the repository's root. */
  path: string;
  content: string;
}

export interface CommitSpec {
  files: readonly ProposedFile[];
  message: string;
  /** The default branch's head commit and its tree, which the commit builds on. */
  baseSha: string;
  baseTreeSha: string;
}

export interface PullRequestSpec {
  head: string;
  base: string;
  title: string;
  body: string;
}

/** One commit holding the files on top of the base; returns its sha. */
export async function createFilesCommit(octokit: GitHubClient, repo: RepoRef, spec: CommitSpec): Promise<string> {
  const tree = [];
  for (const file of spec.files) {
    const blob = (await octokit.rest.git.createBlob({ ...repo, content: Buffer.from(file.content, 'utf8').toString('base64'), encoding: 'base64' })).data;
    tree.push({ path: file.path, mode: '100644' as const, type: 'blob' as const, sha: blob.sha });
  }
  const newTree = (await octokit.rest.git.createTree({ ...repo, base_tree: spec.baseTreeSha, tree })).data;
  const commit = (await octokit.rest.git.createCommit({ ...repo, message: spec.message, tree: newTree.sha, parents: [spec.baseSha] })).data;
  return commit.sha;
}

/** The commit and a branch pointing at it; 'taken' when the branch exists already (another run, or an earlier attempt). */
export async function createBranchWithFiles(octokit: GitHubClient, repo: RepoRef, branch: string, spec: CommitSpec): Promise<'created' | 'taken'> {
  const commit = await createFilesCommit(octokit, repo, spec);
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit });
    return 'created';
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    return 'taken';
  }
}

export async function findPullRequest(octokit: GitHubClient, repo: RepoRef, branch: string, base: string, state: 'open' | 'all') {
  const { data } = await octokit.rest.pulls.list({ ...repo, state, head: `${repo.owner}:${branch}`, base, per_page: 10 });
  return data.find((pr) => pr.head.ref === branch);
}

/** The open pull request from `head`, opened when there is none. */
export async function ensurePullRequest(octokit: GitHubClient, repo: RepoRef, spec: PullRequestSpec, log: (m: string) => void) {
  const { head, base, title, body } = spec;
  const open = await findPullRequest(octokit, repo, head, base, 'open');
  if (open) {
    log(`the pull request ${open.html_url} is open already`);
    return open;
  }
  try {
    const created = (await octokit.rest.pulls.create({ ...repo, head, base, title, body, maintainer_can_modify: true })).data;
    log(`opened the pull request ${created.html_url}`);
    return created;
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
    // Opened meanwhile by a concurrent attempt.
    const again = await findPullRequest(octokit, repo, head, base, 'open');
    if (!again) throw error;
    return again;
  }
}
