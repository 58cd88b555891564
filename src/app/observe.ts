/**
 * `observe`: append observations to a model, in the working tree or in a
 * registry repository through the API. The plan (core/monitoring/observe-plan.ts)
 * says which lines go into which month file and refuses what the registry's
 * rules refuse; nothing is written on a refusal, and a record already there
 * is never appended again.
 *
 * Through the API (`registry`), as `monitoring.observe` configures: one
 * commit on the default branch's head, which the branch moves to only as a
 * fast forward; when another job moved it first, the head is read again and
 * only what is still missing is planned again (after an injectable wait).
 * Or, with `pull-request`, onto the branch of the model's open observation
 * pull request, the same way; without one, a new branch named after the lines
 * and a pull request.
 */
import { createHash } from 'node:crypto';
import { createGitHubClient, type GitHubClient } from '../adapters/github/client.js';
import type { RepoRef } from '../adapters/github/release-state.js';
import { fastForward, openObservationPull, pullStillOpen, readObserveHead } from '../adapters/github/observation-commit.js';
import { createBranchWithFiles, createFilesCommit, ensurePullRequest } from '../adapters/github/propose-files.js';
import { appendObservationLines } from '../adapters/fs/append-observations.js';
import { readModelFolder, readTopLevel } from '../adapters/fs/fs-snapshot.js';
import { MODEL_NAME_RE, NAME_RULE_TEXT } from '../core/format/layout.js';
import type { RequestedRecord } from '../core/monitoring/observe-input.js';
import { planObservations, type ObservePlan } from '../core/monitoring/observe-plan.js';
import { parseRepository } from '../core/release/urls.js';
import { ObserveConflictError, ObserveRefusedError, UsageError } from '../errors/index.js';
import { backoff } from '../adapters/github/client.js';

export interface ObserveOptions {
  model: string;
  records: readonly RequestedRecord[];
  /** The working tree's registry folder (without `registry`). */
  root: string;
  /** owner/name: append through the API to that repository instead. */
  registry?: string;
  token?: string;
  serverUrl: string;
  dryRun?: boolean;
  /** The instant records without a time are observed at. */
  now: () => number;
  log: (message: string) => void;
  /** Waits before reading the head again when another job moved it (attempt 1, 2, …). */
  wait?: (attempt: number) => Promise<void>;
}

export interface ObserveResult {
  plan: ObservePlan;
  /** What was done: lines appended in the working tree, a commit, a pull request, or nothing (every record was there). */
  action: 'appended' | 'committed' | 'pull-request' | 'nothing-to-do' | 'dry-run';
  commit?: string;
  pullRequest?: { number: number; url: string };
  /** How many times the default branch had moved under this run. */
  retries: number;
}

/** Past this many moved heads in a row, give up: something appends faster than a commit lands. */
const MAX_ATTEMPTS = 10;

export async function observe(options: ObserveOptions): Promise<ObserveResult> {
  if (!MODEL_NAME_RE.test(options.model)) throw new UsageError(`${JSON.stringify(options.model)} is not a model name: ${NAME_RULE_TEXT}`);
  return options.registry ? observeThroughApi(options, options.registry) : observeLocally(options);
}

function observeLocally(options: ObserveOptions): ObserveResult {
  const top = readTopLevel(options.root).entries;
  const plan = planObservations({ model: options.model, records: options.records, now: options.now() }, top, readModelFolder(options.root, options.model));
  refuseOn(plan);
  if (options.dryRun) return { plan, action: 'dry-run', retries: 0 };
  for (const file of plan.files) appendObservationLines(options.root, file.path, file.tail);
  return { plan, action: plan.files.length ? 'appended' : 'nothing-to-do', retries: 0 };
}

async function observeThroughApi(options: ObserveOptions, registry: string): Promise<ObserveResult> {
  const repository = parseRepository(registry, options.serverUrl);
  if (!repository) throw new UsageError(`the registry must be a GitHub repository as owner/name; got ${JSON.stringify(registry)}`);
  if (!options.token) throw new UsageError('a token that can write to the registry repository is required with --registry');
  const repo = { owner: repository.owner, repo: repository.repo };
  const octokit = createGitHubClient(options.token, options.log);
  // 2 s, 4 s, then 8 s at most: the other job's commit has long landed by then.
  const wait = options.wait ?? ((attempt: number) => backoff(Math.min(attempt, 3)));
  for (let attempt = 1; ; attempt++) {
    const head = await readObserveHead(octokit, repo, options.model);
    const plan = planObservations({ model: options.model, records: options.records, now: options.now() }, head.top, head.model);
    refuseOn(plan);
    const retries = attempt - 1;
    if (options.dryRun) return { plan, action: 'dry-run', retries };
    if (!plan.files.length) return { plan, action: 'nothing-to-do', retries };
    const spec = {
      files: plan.files.map((f) => ({ path: f.path, content: f.content })),
      message: commitMessage(plan),
      baseSha: head.commit,
      baseTreeSha: head.tree,
    };
    if (plan.mode === 'pull-request') {
      // One open pull request a model: later observations join it, so two pull requests never append to one month file.
      const open = await openObservationPull(octokit, repo, plan.model, head.branch);
      if (open) {
        const joined = await appendToPull(octokit, repo, options, { number: open.number, url: open.html_url, branch: open.head.ref }, wait);
        if (joined) return { ...joined, retries: retries + joined.retries };
        // Merged or closed meanwhile: what it held may have landed, so the default branch is read again.
        if (attempt >= MAX_ATTEMPTS) throw new ObserveConflictError(`observation pull requests kept closing under ${MAX_ATTEMPTS} attempts: run this again`);
        options.log(`the pull request ${open.html_url} was closed meanwhile; reading ${head.branch} again`);
        continue;
      }
      const branch = `observe/${plan.model}/${createHash('sha256')
        .update(plan.files.map((f) => `${f.path}\n${f.lines.join('\n')}`).join('\n'))
        .digest('hex')
        .slice(0, 12)}`;
      const created = await createBranchWithFiles(octokit, repo, branch, spec);
      options.log(created === 'created' ? `created the branch ${branch}` : `the branch ${branch} holds these observations already`);
      const pr = await ensurePullRequest(
        octokit,
        repo,
        { head: branch, base: head.branch, title: commitMessage(plan), body: pullRequestBody(plan) },
        options.log,
      );
      return { plan, action: 'pull-request', pullRequest: { number: pr.number, url: pr.html_url }, retries };
    }
    const commit = await createFilesCommit(octokit, repo, spec);
    if ((await fastForward(octokit, repo, head.branch, commit)) === 'moved') return { plan, action: 'committed', commit, retries };
    if (attempt >= MAX_ATTEMPTS)
      throw new ObserveConflictError(
        `${head.branch} moved under each of ${MAX_ATTEMPTS} attempts (other jobs committing): nothing was written; run this again`,
      );
    options.log(`${head.branch} moved since it was read (another job committed); reading it again to append only what is missing`);
    await wait(attempt);
  }
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

function refuseOn(plan: ObservePlan): void {
  if (plan.refusals.length) throw new ObserveRefusedError(`refused, nothing was written:\n${plan.refusals.map((r) => `error: ${r}`).join('\n')}`);
}

function commitMessage(plan: ObservePlan): string {
  return `Observe ${plan.model}: ${plan.appended} record${plan.appended === 1 ? '' : 's'}`;
}

function pullRequestBody(plan: ObservePlan): string {
  const files = plan.files.map((f) => `- \`${f.path}\`: ${f.lines.length} record${f.lines.length === 1 ? '' : 's'}`).join('\n');
  return `Observations of \`${plan.model}\`, appended by \`model-registry observe\` (registry.yaml's \`monitoring.observe: pull-request\`).\n\n${files}\n`;
}
