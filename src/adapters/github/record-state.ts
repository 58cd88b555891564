/**
 * What GitHub knows that recording needs, read per model and per change,
 * never per registry: a model's GTO tags through the matching-refs API
 * (`<model>#` and `<model>@`, never every tag), the tag objects that say what
 * is recorded, the version tags' commits, a pushed commit's pull request and
 * approvers, and an environment's latest deployment.
 */
import type { ExistingTag, LatestDeployment, PullRequestFact } from '../../core/stages/record-plan.js';
import { messageVersion } from '../../core/stages/record-plan.js';
import { parseGtoTag, parseTagTrailers } from '../../core/stages/gto-tags.js';
import { isRecord } from '../../core/values.js';
import { httpStatus, type GitHubClient } from './client.js';
import { readApprovalFacts } from './pull-request-reviews.js';
import { tagCommit, type RepoRef } from './release-state.js';

export interface ModelTags {
  tags: ExistingTag[];
  /** Tag name -> the object its ref points at (a tag object for annotated tags). */
  refs: Map<string, { sha: string; type: string }>;
}

/** Every GTO tag of `model`: names (for counters) and, for stage, deregistration and deprecation tags, their message and date. */
export async function readModelTags(octokit: GitHubClient, repo: RepoRef, model: string): Promise<ModelTags> {
  const refs = new Map<string, { sha: string; type: string }>();
  for (const delimiter of ['#', '@']) {
    const { data } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: `tags/${model}${delimiter}` });
    for (const ref of data) refs.set(ref.ref.replace(/^refs\/tags\//, ''), { sha: ref.object.sha, type: ref.object.type });
  }
  const tags: ExistingTag[] = [];
  for (const [name, object] of refs) {
    const parsed = parseGtoTag(name);
    if (parsed?.model !== model) continue;
    // Version tags only count (their counter, if any); what a change recorded is in the other tags' messages.
    if (parsed.action === 'register' || object.type !== 'tag') {
      tags.push({ name, trailers: {} });
      continue;
    }
    const { data } = await octokit.rest.git.getTag({ ...repo, tag_sha: object.sha });
    const version = messageVersion(data.message);
    tags.push({ name, date: data.tagger.date, trailers: parseTagTrailers(data.message), ...(version ? { version } : {}) });
  }
  return { tags, refs };
}

/** The commit a version tag points at: from the refs already read when it is among them, else asked for. */
export async function versionTagCommit(octokit: GitHubClient, repo: RepoRef, model: string, tag: string, known: ModelTags): Promise<string | undefined> {
  const ref = known.refs.get(tag);
  // The matching refs covered every tag starting `<model>@`: another tag_format is asked for.
  if (!ref) return tag.startsWith(`${model}@`) ? undefined : tagCommit(octokit, repo, tag);
  if (ref.type === 'commit') return ref.sha;
  if (ref.type !== 'tag') return undefined;
  return (await octokit.rest.git.getTag({ ...repo, tag_sha: ref.sha })).data.object.sha;
}

/** The pull request that a default-branch commit merged, and who approved it; undefined when there is none (a direct push). */
export async function pullRequestOf(octokit: GitHubClient, repo: RepoRef, commit: string): Promise<PullRequestFact | undefined> {
  let pulls;
  try {
    pulls = (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: commit, per_page: 100 })).data;
  } catch (error) {
    if (httpStatus(error) === 404 || httpStatus(error) === 422) return undefined;
    throw error;
  }
  const pull = pulls.find((p) => p.merge_commit_sha === commit) ?? pulls.find((p) => p.merged_at);
  if (!pull) return undefined;
  const facts = await readApprovalFacts(octokit, repo, { pullNumber: pull.number, author: pull.user?.login, teams: [] });
  return { number: pull.number, approvers: facts.approvers };
}

/** The environment's latest deployment, and whether its latest status is inactive. */
export async function latestDeployment(octokit: GitHubClient, repo: RepoRef, environment: string): Promise<LatestDeployment | undefined> {
  const { data } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 1 });
  const latest = data[0];
  if (!latest) return undefined;
  const statuses = (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: latest.id, per_page: 1 })).data;
  const payload: unknown = typeof latest.payload === 'string' ? safeJson(latest.payload) : latest.payload;
  const changedIn = isRecord(payload) && typeof payload.changed_in === 'string' ? payload.changed_in : undefined;
  return { id: latest.id, inactive: statuses[0]?.state === 'inactive', ...(changedIn ? { changedIn } : {}) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
