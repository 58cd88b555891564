/**
 * What `promote`, `demote` and `deprecate` need to know of a registry
 * repository to plan a pull request, with GET requests only: the default
 * branch and its commit, the registry there (with the bytes of registry.yaml
 * and of the model's documents), the model's release tags (for `released`),
 * its stage history from the GTO stage tags the release workflow records
 * (for `after`), and a request's branch with the file it holds.
 */
import { modelDir } from '../../core/format/layout.js';
import type { RegistrySnapshot } from '../../core/registry/snapshot.js';
import { loadRegistry } from '../../core/registry/load.js';
import type { StageEvent } from '../../core/site/site-model.js';
import { parseGtoTag } from '../../core/stages/gto-tags.js';
import { RegistryUnreachableError } from '../../errors/index.js';
import { httpStatus, type GitHubClient } from './client.js';
import { readBlob, readRegistrySnapshot } from './registry-snapshot.js';
import type { RepoRef } from './release-state.js';

export interface StageChangeRemote {
  defaultBranch: string;
  baseSha: string;
  baseTreeSha: string;
  snapshot: RegistrySnapshot;
  /** Tag names that start like the model's release tags. */
  tags: Set<string>;
  /** The model's stage events from its GTO stage tags, newest first. */
  stageHistory: Record<string, StageEvent[]>;
}

/** How many of the model's newest stage tags are read for its history. */
const MAX_STAGE_TAGS = 50;

export async function readStageChangeState(octokit: GitHubClient, repo: RepoRef, model: string): Promise<StageChangeRemote> {
  let info;
  try {
    info = (await octokit.rest.repos.get({ ...repo })).data;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 403 || status === 401) {
      throw new RegistryUnreachableError(
        `the registry repository ${repo.owner}/${repo.repo} was not found, or the token cannot read it (HTTP ${status}): check the name and the token's access`,
      );
    }
    throw error;
  }
  const defaultBranch = info.default_branch;
  const head = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${defaultBranch}` })).data.object.sha;
  const commit = (await octokit.rest.git.getCommit({ ...repo, commit_sha: head })).data;
  const dir = `${modelDir(model)}/`;
  const snapshot = await readRegistrySnapshot(octokit, repo, commit.tree.sha, (path) => path === 'registry.yaml' || path.startsWith(dir));
  const settings = loadRegistry(snapshot).settings;
  const tags = new Set<string>();
  for (const ref of await matchingRefs(octokit, repo, `tags/${tagPrefix(settings.tag_format, model)}`)) tags.add(ref.ref.replace(/^refs\/tags\//, ''));
  return { defaultBranch, baseSha: head, baseTreeSha: commit.tree.sha, snapshot, tags, stageHistory: { [model]: await stageEvents(octokit, repo, model) } };
}

/** The text every release tag of the model starts with: tag_format up to `{version}`. */
function tagPrefix(format: string, model: string): string {
  const cut = format.indexOf('{version}');
  return format.slice(0, cut === -1 ? format.length : cut).replaceAll('{model}', model);
}

async function matchingRefs(octokit: GitHubClient, repo: RepoRef, ref: string) {
  return octokit.paginate(octokit.rest.git.listMatchingRefs, { ...repo, ref, per_page: 100 });
}

/** Assignments `model#stage#N`, read from each tag's message (GTO's "Assigning stage S to artifact M version V"). */
async function stageEvents(octokit: GitHubClient, repo: RepoRef, model: string): Promise<StageEvent[]> {
  const refs = (await matchingRefs(octokit, repo, `tags/${model}#`))
    .map((ref) => ({ ref, tag: parseGtoTag(ref.ref.replace(/^refs\/tags\//, '')) }))
    .filter(({ ref, tag }) => tag?.model === model && tag.action === 'assign' && ref.object.type === 'tag')
    .sort((a, b) => (b.tag?.counter ?? 0) - (a.tag?.counter ?? 0))
    .slice(0, MAX_STAGE_TAGS);
  const events: StageEvent[] = [];
  for (const { ref, tag } of refs) {
    const object = (await octokit.rest.git.getTag({ ...repo, tag_sha: ref.object.sha })).data;
    const version = / version '?([0-9A-Za-z.+-]+)'?\s*$/.exec(object.message.split('\n')[0])?.[1];
    if (version && tag?.stage) events.push({ stage: tag.stage, version, since: object.tagger.date, commit: object.object.sha });
  }
  return events;
}

/** The bytes of a file on a branch; undefined when the branch or the file is not there. */
export async function readBranchFile(octokit: GitHubClient, repo: RepoRef, branch: string, path: string): Promise<{ exists: boolean; bytes?: Uint8Array }> {
  try {
    await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  } catch (error) {
    if (httpStatus(error) === 404) return { exists: false };
    throw error;
  }
  try {
    const file = (await octokit.rest.repos.getContent({ ...repo, path, ref: `refs/heads/${branch}` })).data;
    if (Array.isArray(file) || file.type !== 'file') return { exists: true };
    return { exists: true, bytes: await readBlob(octokit, repo, file.sha) };
  } catch (error) {
    if (httpStatus(error) === 404) return { exists: true };
    throw error;
  }
}
