/**
 * `promote`, `demote`, `deprecate`: plan the edit (core/promotion), then
 * either write it in the working tree of a registry folder, or, with a
 * registry repository, propose it as a pull request through the API as
 * `register` does: planned from what GitHub has, one branch per request (its
 * creation is the lock), resumed when its branch already holds this change,
 * nothing opened twice. A dry run plans and writes nothing.
 */
import { compareProblems } from '../core/problems.js';
import { formatProblemText, PLAIN } from '../core/output/text-format.js';
import { editApplied, planStageEdit, type StageEditPlan, type StageRequest } from '../core/promotion/stage-edit-plan.js';
import { stageBody, stageBranch, stageCommitMessage, stageTitle } from '../core/promotion/stage-pull-request.js';
import { refNameProblem } from '../core/format/ref-name.js';
import { parseRepository } from '../core/release/urls.js';
import { assertReadableRoot, readRegistryDocument, readSnapshot } from '../adapters/fs/fs-snapshot.js';
import { writeRegistryDocument } from '../adapters/fs/write-registry-document.js';
import { readStageHistory } from '../adapters/git/stage-history.js';
import { readLocalTags } from '../adapters/git/local-tags.js';
import { createGitHubClient } from '../adapters/github/client.js';
import { createBranchWithFiles, ensurePullRequest, findPullRequest, type PullRequestSpec } from '../adapters/github/propose-files.js';
import { readBranchFile, readStageChangeState } from '../adapters/github/stage-change-state.js';
import type { PullRequestRef } from '../adapters/github/register-executor.js';
import { StageChangeRefusedError, UsageError } from '../errors/index.js';

export interface StageChangeOptions {
  request: StageRequest;
  /** Without `registry`: the registry folder whose working tree is edited. */
  root: string;
  /** owner/name: propose the change to that repository as a pull request instead. */
  registry?: string;
  serverUrl: string;
  token?: string;
  dryRun: boolean;
  log: (message: string) => void;
}

export type StageChangeAction =
  /** The working tree's file is (or, in a dry run, would be) written. */
  | 'write'
  /** A branch and a pull request are (would be) created. */
  | 'create'
  /** The request's branch already holds this change: its pull request is (would be) opened or found. */
  | 'resume'
  | 'nothing-to-do'
  | 'refused';

export interface StageChangeResult {
  plan: StageEditPlan;
  action: StageChangeAction;
  /** API mode: the default branch and commit the change is built on. */
  base?: { branch: string; sha: string };
  branch?: string;
  pullRequestSpec?: PullRequestSpec;
  pullRequest?: PullRequestRef;
  /** Local mode: the file written, relative to the registry folder. */
  written?: string;
}

/** How many times a run plans again after another run created the same branch first. */
const MAX_ATTEMPTS = 3;

export async function proposeStageChange(options: StageChangeOptions): Promise<StageChangeResult> {
  return options.registry ? await proposeThroughApi(options, options.registry) : editWorkingTree(options);
}

function editWorkingTree(options: StageChangeOptions): StageChangeResult {
  const { root } = options;
  assertReadableRoot(root);
  const plan = planStageEdit(options.request, readSnapshot(root), { stageHistory: readStageHistory(root).history, tags: readLocalTags(root) });
  if (plan.outcome !== 'change' || !plan.file) return { plan, action: plan.outcome === 'refused' ? 'refused' : 'nothing-to-do' };
  if (options.dryRun) return { plan, action: 'write' };
  writeRegistryDocument(root, plan.file.path, plan.file.content);
  return { plan, action: 'write', written: plan.file.path };
}

async function proposeThroughApi(options: StageChangeOptions, registry: string): Promise<StageChangeResult> {
  const repository = parseRepository(registry, options.serverUrl);
  if (!repository) throw new UsageError(`the registry must be a GitHub repository as owner/name; got ${JSON.stringify(registry)}`);
  if (!options.token) throw new UsageError('a token that can write to the registry repository is required with --registry');
  const repo = { owner: repository.owner, repo: repository.repo };
  const octokit = createGitHubClient(options.token, options.log);

  for (let attempt = 1; ; attempt++) {
    const remote = await readStageChangeState(octokit, repo, options.request.model);
    const plan = planStageEdit(options.request, remote.snapshot, { stageHistory: remote.stageHistory, tags: remote.tags });
    const base = { branch: remote.defaultBranch, sha: remote.baseSha };
    if (plan.outcome === 'refused') return { plan, action: 'refused', base };
    const branch = stageBranch(plan);
    const branchProblem = refNameProblem(`refs/heads/${branch}`);
    if (branchProblem) {
      plan.outcome = 'refused';
      plan.errors.push(`the branch name ${branch} is not one git accepts (${branchProblem})`);
      return { plan, action: 'refused', base };
    }
    if (plan.outcome === 'nothing-to-do' || !plan.file) {
      // Merged already, perhaps by this request's own pull request: say which.
      const merged = await findPullRequest(octokit, repo, branch, remote.defaultBranch, 'all');
      return { plan, action: 'nothing-to-do', base, branch, pullRequest: merged && { number: merged.number, url: merged.html_url } };
    }
    const spec: PullRequestSpec = { head: branch, base: remote.defaultBranch, title: stageTitle(plan), body: stageBody(plan, branch) };
    const onBranch = await readBranchFile(octokit, repo, branch, plan.file.path);
    if (onBranch.exists && !editApplied(plan, onBranch.bytes)) {
      plan.outcome = 'refused';
      plan.errors.push(
        `the branch ${branch} exists with another change of ${plan.file.path}: it was not touched. Close its pull request and delete the branch, then run this again`,
      );
      return { plan, action: 'refused', base, branch };
    }
    const action = onBranch.exists ? 'resume' : 'create';
    if (options.dryRun) return { plan, action, base, branch, pullRequestSpec: spec };
    if (action === 'create') {
      const created = await createBranchWithFiles(octokit, repo, branch, {
        files: [{ path: plan.file.path, content: plan.file.content }],
        message: stageCommitMessage(plan),
        baseSha: remote.baseSha,
        baseTreeSha: remote.baseTreeSha,
      });
      if (created === 'taken') {
        if (attempt >= MAX_ATTEMPTS) throw new StageChangeRefusedError(`the branch ${branch} keeps being created by another run meanwhile; run this again`);
        options.log(`the branch ${branch} was created meanwhile (another run?); planning again`);
        continue;
      }
      options.log(`created the branch ${branch}`);
    } else {
      options.log(`resuming: the branch ${branch} already holds this change`);
    }
    const pr = await ensurePullRequest(octokit, repo, spec, options.log);
    return { plan, action, base, branch, pullRequestSpec: spec, pullRequest: { number: pr.number, url: pr.html_url } };
  }
}

/** Why a plan was refused: its errors, and its problems with the offending lines. */
export function describeRefusal(plan: StageEditPlan, root?: string): string {
  const lines: string[] = [];
  for (const problem of [...plan.problems].filter((p) => p.severity === 'error').sort(compareProblems)) {
    const text = plan.file?.path === problem.file ? plan.file.content : root ? new TextDecoder().decode(readRegistryDocument(root, problem.file)) : undefined;
    lines.push(formatProblemText(problem, text?.split(/\r?\n/)[problem.line - 1], PLAIN));
  }
  for (const error of plan.errors) lines.push(`error: ${error}`);
  return lines.join('\n');
}
