/**
 * Which pull request a finished workflow run reviewed. GitHub names it in the
 * workflow_run event only for branches of the same repository; for a fork the
 * list is empty, so the pull request is looked up by the run's head
 * repository and branch. Every candidate (including any hint) counts only if
 * it is open and its head is still exactly the commit the run was for.
 */
import { httpStatus, type GitHubClient } from './client.js';
import type { RepoRef } from './release-state.js';

export interface ReviewedRun {
  headSha: string;
  headBranch?: string;
  /** owner/name. */
  headRepository?: string;
  pullRequests: number[];
}

export type PullRequestTarget = { found: true; number: number; headSha: string; baseRef: string } | { found: false; reason: string };

export async function findReviewedPullRequest(octokit: GitHubClient, repo: RepoRef, run: ReviewedRun, hint?: number): Promise<PullRequestTarget> {
  const candidates = new Set<number>(run.pullRequests);
  if (run.headRepository && run.headBranch) {
    const owner = run.headRepository.split('/')[0];
    const { data } = await octokit.rest.pulls.list({ ...repo, state: 'open', head: `${owner}:${run.headBranch}`, per_page: 100 });
    for (const pull of data) candidates.add(pull.number);
  }
  if (hint !== undefined) candidates.add(hint);
  let moved: string | undefined;
  for (const number of candidates) {
    const pull = await getPull(octokit, repo, number);
    if (!pull) continue;
    const sameSource = !run.headRepository || !pull.head.repo || pull.head.repo.full_name.toLowerCase() === run.headRepository.toLowerCase();
    if (pull.state !== 'open' || !sameSource) continue;
    if (pull.head.sha === run.headSha) return { found: true, number, headSha: pull.head.sha, baseRef: pull.base.ref };
    moved ??= `pull request #${number} has moved on to ${pull.head.sha} since the run reviewed ${run.headSha} (the newer commit's run posts its review)`;
  }
  return { found: false, reason: moved ?? `no open pull request has the run's head ${run.headSha}` };
}

/** A pull request, or undefined when there is none by that number (a hint may name anything). */
async function getPull(octokit: GitHubClient, repo: RepoRef, number: number) {
  try {
    return (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
