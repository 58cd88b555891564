/**
 * What the register planner needs to know about the registry repository, read
 * with GET requests only: the default branch and its commit, the registry
 * there (with the bytes of the registered model's documents and of models it
 * names as parents), the pending `register/<model>-<version>` branches with
 * the files they hold, the model's tags (one matching-refs request) and the
 * newest releases, where a draft a registration made is found: never every
 * release, which GitHub does not list past the 1,000th.
 */
import { MODEL_FILE, modelDir, modelFile, versionDir } from '../../core/format/layout.js';
import type { PendingRegistration, RemoteRegistryState } from '../../core/register/plan.js';
import { versionFromBranch } from '../../core/register/next-version.js';
import { httpStatus, type GitHubClient } from './client.js';
import { listNewestReleases, matchingTags, type RepoRef } from './release-state.js';
import { loadRegistry } from '../../core/registry/load.js';
import { tagPrefix } from '../../core/register/next-version.js';
import { readBlob, readRegistrySnapshot } from './registry-snapshot.js';
import { RegistryUnreachableError } from '../../errors/index.js';

export type MergeMethod = 'MERGE' | 'SQUASH' | 'REBASE';

export interface RegisterRemote {
  state: RemoteRegistryState;
  /** The merge method auto-merge should use: the first the repository allows, if it says. */
  mergeMethod?: MergeMethod;
}

export async function readRegisterState(octokit: GitHubClient, repo: RepoRef, model: string, parentModels: readonly string[]): Promise<RegisterRemote> {
  let info;
  try {
    info = (await octokit.rest.repos.get({ ...repo })).data;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 401 || status === 403) {
      throw new RegistryUnreachableError(
        `the registry repository ${repo.owner}/${repo.repo} was not found, or the token cannot read it (HTTP ${status}): ` +
          "use a GitHub App token or a fine-grained token with contents: write and pull-requests: write on it (a workflow's own GITHUB_TOKEN only reaches its own repository)",
      );
    }
    throw error;
  }
  const defaultBranch = info.default_branch;
  const branch = (await octokit.rest.repos.getBranch({ ...repo, branch: defaultBranch })).data;
  const baseSha = branch.commit.sha;
  const baseTreeSha = branch.commit.commit.tree.sha;

  const wanted = [model, ...parentModels].map((m) => `${modelDir(m)}/`);
  const snapshot = await readRegistrySnapshot(octokit, repo, baseTreeSha, (path) => path === 'registry.yaml' || wanted.some((w) => path.startsWith(w)));
  const paths = new Set(snapshot.entries.map((e) => e.path));
  const onDefault = (version: string) => snapshot.entries.some((e) => e.path.startsWith(`${versionDir(model, version)}/`));
  const newModel = !paths.has(modelFile(model));

  const refs = await octokit.paginate(octokit.rest.git.listMatchingRefs, { ...repo, ref: `heads/register/${model}-`, per_page: 100 });
  const pending: PendingRegistration[] = [];
  for (const ref of refs) {
    const name = ref.ref.replace(/^refs\/heads\//, '');
    const version = versionFromBranch(model, name);
    if (!version || onDefault(version) || ref.object.type !== 'commit') continue;
    const files = await readVersionFiles(octokit, repo, ref.object.sha, model, version, newModel);
    // No such folder there: the name only looks like this model's (another model's name starts the same way).
    if (files) pending.push({ branch: name, version, sha: ref.object.sha, files });
  }

  const releases = await listNewestReleases(octokit, repo);
  const tags = [...(await matchingTags(octokit, repo, tagPrefix(loadRegistry(snapshot).settings.tag_format, model))).keys()];
  return {
    state: { defaultBranch, baseSha, baseTreeSha, snapshot, pending, releases, tags },
    mergeMethod: mergeMethodOf(info),
  };
}

/** The files of one version folder at a commit (and the model's model.yaml, for a new model); undefined when the folder is not there. */
export async function readVersionFiles(
  octokit: GitHubClient,
  repo: RepoRef,
  commit: string,
  model: string,
  version: string,
  withModelFile: boolean,
): Promise<Map<string, Uint8Array> | undefined> {
  const dir = versionDir(model, version);
  let listing;
  try {
    listing = (await octokit.rest.repos.getContent({ ...repo, path: dir, ref: commit })).data;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
  if (!Array.isArray(listing)) return undefined;
  const files = new Map<string, Uint8Array>();
  for (const item of listing) {
    // A sub-folder or link never comes from register: its presence alone makes the folder someone else's.
    if (item.type !== 'file') files.set(`${dir}/${item.name}`, new Uint8Array(0));
    else files.set(`${dir}/${item.name}`, await readBlob(octokit, repo, item.sha));
  }
  if (withModelFile) {
    try {
      const file = (await octokit.rest.repos.getContent({ ...repo, path: `${modelDir(model)}/${MODEL_FILE}`, ref: commit })).data;
      if (!Array.isArray(file) && file.type === 'file') files.set(modelFile(model), await readBlob(octokit, repo, file.sha));
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
  return files;
}

function mergeMethodOf(info: { allow_merge_commit?: boolean; allow_squash_merge?: boolean; allow_rebase_merge?: boolean }): MergeMethod | undefined {
  if (info.allow_merge_commit) return 'MERGE';
  if (info.allow_squash_merge) return 'SQUASH';
  if (info.allow_rebase_merge) return 'REBASE';
  return undefined;
}
