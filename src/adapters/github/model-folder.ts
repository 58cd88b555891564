/**
 * One model of a registry repository, read from its default branch through
 * the git database API for `resolve --repository`: registry.yaml and that
 * model's folder only (a deployment reads one model, never the whole
 * registry), and the release of a tag with its assets' addresses — the
 * browser address, and the API address private repositories serve them at.
 */
import { MODELS_DIR, REGISTRY_FILE } from '../../core/format/layout.js';
import type { RegistrySnapshot } from '../../core/registry/snapshot.js';
import { RegistryUnreachableError } from '../../errors/index.js';
import { httpStatus, type GitHubClient } from './client.js';
import { snapshotFromTree, walkTree, type TreeItem } from './registry-snapshot.js';
import type { RepoRef } from './release-state.js';

export interface RemoteModel {
  /** registry.yaml and the model's files (documents with their bytes, artifacts by size); undefined when there is no such model folder. */
  snapshot?: RegistrySnapshot;
  /** The registry's model names, for a did-you-mean. */
  models: string[];
  /** The default branch's commit the files were read at. */
  commit: string;
}

export interface RemoteAsset {
  name: string;
  /** https://github.com/…/releases/download/<tag>/<name> */
  browserUrl: string;
  /** https://api.github.com/repos/…/releases/assets/<id> */
  apiUrl: string;
}

export interface RemoteReleaseLinks {
  htmlUrl: string;
  assets: RemoteAsset[];
}

export async function readRemoteModel(octokit: GitHubClient, repo: RepoRef, model: string): Promise<RemoteModel> {
  let defaultBranch: string;
  try {
    defaultBranch = (await octokit.rest.repos.get({ ...repo })).data.default_branch;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 401 || status === 403)
      throw new RegistryUnreachableError(
        `the registry repository ${repo.owner}/${repo.repo} was not found, or the token cannot read it (HTTP ${status}): give a token with contents: read on it (--token, or GITHUB_TOKEN)`,
      );
    throw error;
  }
  const branch = (await octokit.rest.repos.getBranch({ ...repo, branch: defaultBranch })).data;
  const commit = branch.commit.sha;
  const root = (await octokit.rest.git.getTree({ ...repo, tree_sha: branch.commit.commit.tree.sha })).data.tree as TreeItem[];
  const registryFile = root.find((item) => item.path === REGISTRY_FILE);
  const modelsTree = root.find((item) => item.path === MODELS_DIR && item.type === 'tree');
  const models = modelsTree?.sha ? ((await octokit.rest.git.getTree({ ...repo, tree_sha: modelsTree.sha })).data.tree as TreeItem[]) : [];
  const folder = models.find((item) => item.path === model && item.type === 'tree');
  const names = models.filter((item) => item.type === 'tree' && item.path).map((item) => item.path!);
  if (!folder?.sha) return { models: names, commit };
  const prefix = `${MODELS_DIR}/${model}/`;
  const items: TreeItem[] = [...(registryFile ? [registryFile] : []), ...(await walkTree(octokit, repo, folder.sha, prefix))];
  return { snapshot: await snapshotFromTree(octokit, repo, items), models: names, commit };
}

/** The published release of a tag with its assets' addresses; undefined when there is none (drafts are not served). */
export async function readReleaseLinks(octokit: GitHubClient, repo: RepoRef, tag: string): Promise<RemoteReleaseLinks | undefined> {
  try {
    const { data } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag });
    return {
      htmlUrl: data.html_url,
      assets: data.assets.filter((a) => a.state === 'uploaded').map((a) => ({ name: a.name, browserUrl: a.browser_download_url, apiUrl: a.url })),
    };
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
