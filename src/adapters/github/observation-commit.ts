/**
 * Appending observations to a registry repository's default branch (or to
 * the branch of the model's open observation pull request) through the git
 * database API, safe when two jobs append at once: the commit is built on the
 * head just read, and the branch moves to it only as a fast forward (force:
 * false). GitHub refuses (422) when another job moved the branch first; the
 * caller then reads the new head and plans again.
 */
import { MODELS_DIR, REGISTRY_FILE, documentKind } from '../../core/format/layout.js';
import type { FileEntry } from '../../core/registry/snapshot.js';
import { RegistryUnreachableError } from '../../errors/index.js';
import { httpStatus, type GitHubClient } from './client.js';
import { snapshotFromTree, walkTree, type TreeItem } from './registry-snapshot.js';
import type { RepoRef } from './release-state.js';

export interface ObserveHead {
  branch: string;
  commit: string;
  tree: string;
  /** registry.yaml's entry, when there is one. */
  top: FileEntry[];
  /** The model folder's entries: registry documents with their bytes (cards and metrics are listed, not read: observe needs only their names). */
  model: FileEntry[];
}

/**
 * The default branch's head, with registry.yaml and the model's folder at it;
 * or, with `onBranch`, that branch's head (`branch` is still the default
 * branch, which a pull request targets). Undefined when `onBranch` is gone.
 */
export async function readObserveHead(octokit: GitHubClient, repo: RepoRef, model: string): Promise<ObserveHead>;
export async function readObserveHead(octokit: GitHubClient, repo: RepoRef, model: string, onBranch: string): Promise<ObserveHead | undefined>;
export async function readObserveHead(octokit: GitHubClient, repo: RepoRef, model: string, onBranch?: string): Promise<ObserveHead | undefined> {
  let branch: string;
  try {
    branch = (await octokit.rest.repos.get({ ...repo })).data.default_branch;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 401 || status === 403)
      throw new RegistryUnreachableError(
        `the registry repository ${repo.owner}/${repo.repo} was not found, or the token cannot read it (HTTP ${status}): give a token with contents: write on it (--token, or GITHUB_TOKEN)`,
      );
    throw error;
  }
  let commit: string;
  try {
    commit = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${onBranch ?? branch}` })).data.object.sha;
  } catch (error) {
    if (onBranch !== undefined && httpStatus(error) === 404) return undefined;
    throw error;
  }
  const tree = (await octokit.rest.git.getCommit({ ...repo, commit_sha: commit })).data.tree.sha;
  const root = (await octokit.rest.git.getTree({ ...repo, tree_sha: tree })).data.tree as TreeItem[];
  const modelsTree = root.find((item) => item.path === MODELS_DIR && item.type === 'tree');
  const models = modelsTree?.sha ? ((await octokit.rest.git.getTree({ ...repo, tree_sha: modelsTree.sha })).data.tree as TreeItem[]) : [];
  const folder = models.find((item) => item.path === model && item.type === 'tree');
  const items: TreeItem[] = root.filter((item) => item.path === REGISTRY_FILE);
  if (folder?.sha) items.push(...(await walkTree(octokit, repo, folder.sha, `${MODELS_DIR}/${model}/`)));
  const wanted = (path: string) => {
    const kind = documentKind(path);
    return kind === 'registry' || kind === 'model' || kind === 'stages' || kind === 'observations';
  };
  const { entries } = await snapshotFromTree(octokit, repo, items, wanted);
  return { branch, commit, tree, top: entries.filter((e) => e.path === REGISTRY_FILE), model: entries.filter((e) => e.path !== REGISTRY_FILE) };
}

/** Moves the branch to `sha` as a fast forward only: 'stale' when it moved since it was read (GitHub's 422). */
export async function fastForward(octokit: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<'moved' | 'stale'> {
  try {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
    return 'moved';
  } catch (error) {
    if (httpStatus(error) === 422) return 'stale';
    throw error;
  }
}

/**
 * The oldest open pull request of this model's observations (a branch
 * `observe/<model>/…` of this repository into `base`), from the first page of
 * open pull requests, oldest first: never more than one request, and no deep
 * paging (past a hundred older open pull requests, a new one is opened).
 */
export async function openObservationPull(octokit: GitHubClient, repo: RepoRef, model: string, base: string) {
  const { data } = await octokit.rest.pulls.list({ ...repo, state: 'open', base, sort: 'created', direction: 'asc', per_page: 100 });
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  return data.find((pr) => pr.head.ref.startsWith(`observe/${model}/`) && pr.head.repo?.full_name.toLowerCase() === fullName);
}

/** Whether the pull request is still open (it may have been merged or closed while observations were appended to it). */
export async function pullStillOpen(octokit: GitHubClient, repo: RepoRef, number: number): Promise<boolean> {
  return (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data.state === 'open';
}
