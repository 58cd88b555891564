/**
 * `observe` with `monitoring.observe: pull-request`: one open pull request a
 * model. Observations join the model's open observation pull request (a branch
 * `observe/<model>/…` of the repository), planned against what its branch
 * holds and moved forward only, so two pull requests never append to one
 * month file; without one, a branch named after the lines and a pull request.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from '../adapters/github/client.js';
import type { RepoRef } from '../adapters/github/release-state.js';
import { fastForward, openObservationPull, pullStillOpen, readObserveHead, type ObserveHead } from '../adapters/github/observation-commit.js';
import { createBranchWithFiles, createFilesCommit, ensurePullRequest, type CommitSpec } from '../adapters/github/propose-files.js';
import { planObservations, type ObservePlan } from '../core/monitoring/observe-plan.js';
import { ObserveConflictError } from '../errors/index.js';
import { MAX_ATTEMPTS, commitMessage, refuseOn, type ObserveOptions, type ObserveResult } from './observe-result.js';

/**
 * Proposes `plan` (made against the default branch's `head`, as `spec`);
 * 'read-again' when the model's open pull request was merged or closed while
 * this run appended to it: what it held may have landed, so the caller reads
 * the default branch again.
 */
export async function proposeObservations(
  octokit: GitHubClient,
  repo: RepoRef,
  options: ObserveOptions,
  run: { head: ObserveHead; plan: ObservePlan; spec: CommitSpec; retries: number },
  wait: (attempt: number) => Promise<void>,
): Promise<ObserveResult | 'read-again'> {
  const { head, plan, spec, retries } = run;
  const open = await openObservationPull(octokit, repo, plan.model, head.branch);
  if (open) {
    const joined = await appendToPull(octokit, repo, options, { number: open.number, url: open.html_url, branch: open.head.ref }, wait);
    if (joined) return { ...joined, retries: retries + joined.retries };
    options.log(`the pull request ${open.html_url} was closed meanwhile; reading ${head.branch} again`);
    return 'read-again';
  }
  const branch = `observe/${plan.model}/${createHash('sha256')
    .update(plan.files.map((f) => `${f.path}\n${f.lines.join('\n')}`).join('\n'))
    .digest('hex')
    .slice(0, 12)}`;
  const created = await createBranchWithFiles(octokit, repo, branch, spec);
  options.log(created === 'created' ? `created the branch ${branch}` : `the branch ${branch} holds these observations already`);
  const pr = await ensurePullRequest(octokit, repo, { head: branch, base: head.branch, title: commitMessage(plan), body: pullRequestBody(plan) }, options.log);
  return { plan, action: 'pull-request', pullRequest: { number: pr.number, url: pr.html_url }, retries };
}

interface OpenPull {
  number: number;
  url: string;
  branch: string;
}

/**
 * Appends to the branch of the model's open observation pull request, planned
 * against what that branch holds, moved forward only (another job appending
 * meanwhile means reading it again). Undefined when the pull request is no
 * longer one to join (its branch gone, or merged or closed meanwhile): the
 * caller then opens a new one, so nothing is appended where it would not land.
 */
async function appendToPull(
  octokit: GitHubClient,
  repo: RepoRef,
  options: ObserveOptions,
  pull: OpenPull,
  wait: (attempt: number) => Promise<void>,
): Promise<ObserveResult | undefined> {
  const pullRequest = { number: pull.number, url: pull.url };
  for (let attempt = 1; ; attempt++) {
    const head = await readObserveHead(octokit, repo, options.model, pull.branch);
    if (!head) return undefined;
    const plan = planObservations({ model: options.model, records: options.records, now: options.now() }, head.top, head.model);
    refuseOn(plan);
    const retries = attempt - 1;
    if (!plan.files.length) return { plan, action: 'nothing-to-do', pullRequest, retries };
    const spec = {
      files: plan.files.map((f) => ({ path: f.path, content: f.content })),
      message: commitMessage(plan),
      baseSha: head.commit,
      baseTreeSha: head.tree,
    };
    const commit = await createFilesCommit(octokit, repo, spec);
    if ((await fastForward(octokit, repo, pull.branch, commit)) === 'moved') {
      if (!(await pullStillOpen(octokit, repo, pull.number))) return undefined;
      options.log(`appended to the open pull request ${pull.url}`);
      return { plan, action: 'pull-request', commit, pullRequest, retries };
    }
    if (attempt >= MAX_ATTEMPTS)
      throw new ObserveConflictError(`${pull.branch} moved under each of ${MAX_ATTEMPTS} attempts (other jobs appending): nothing was written; run this again`);
    options.log(`${pull.branch} moved since it was read (another job appended); reading it again to append only what is missing`);
    await wait(attempt);
  }
}

function pullRequestBody(plan: ObservePlan): string {
  const files = plan.files.map((f) => `- \`${f.path}\`: ${f.lines.length} record${f.lines.length === 1 ? '' : 's'}`).join('\n');
  return `Observations of \`${plan.model}\`, appended by \`model-registry observe\` (registry.yaml's \`monitoring.observe: pull-request\`).\n\n${files}\n`;
}
