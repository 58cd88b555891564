/**
 * `command: comment`: the review of a fork's pull request, computed and posted
 * by a trusted `workflow_run` workflow. A fork controls its own run (even its
 * workflow file), so nothing that run produced is believed: the pull request
 * is found through the API and must still have the run's head commit; its
 * head and base branch are fetched into a bare repository of their own (read
 * as data with git's plumbing, never checked out, nothing in it run),
 * validated with the same rules as `validate`, and the review built here is
 * what gets posted.
 */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { posix } from 'node:path';
import { BareRepository } from '../../adapters/git/bare-repository.js';
import { createGitHubClient } from '../../adapters/github/client.js';
import { findReviewedPullRequest } from '../../adapters/github/pull-request-target.js';
import { upsertStickyComment } from '../../adapters/github/sticky-comment.js';
import { reviewCommits } from '../../app/review-commits.js';
import { COMMENT_OPTIONS, renderReviewMarkdown, SUMMARY_OPTIONS } from '../../core/output/review-markdown.js';
import type { ReviewReport } from '../../core/report/review.js';
import type { RunContext } from '../context.js';
import { GitError, UsageError } from '../../errors/index.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';
import { approvalReader } from '../approvals.js';

const HEAD_REF = 'refs/model-registry/head';
const BASE_REF = 'refs/model-registry/base';

export async function commentAction(settings: ActionSettings, context: RunContext): Promise<void> {
  if (!context.repository) throw new UsageError('GITHUB_REPOSITORY is not set');
  const run = context.workflowRun;
  if (!run)
    throw new UsageError('command: comment reviews the pull request of a `workflow_run` event; this run has none (see the README: "Pull requests from forks")');
  if (!settings.token)
    throw new UsageError(
      "command: comment needs a token with `contents: read` and `pull-requests: write` (the `token` input defaults to the workflow's GITHUB_TOKEN)",
    );
  const prefix = registryPrefix(settings.root);
  const octokit = createGitHubClient(settings.token, (m) => core.info(m));

  const target = await findReviewedPullRequest(octokit, context.repository, run, pullRequestHint(settings.report));
  if (!target.found) {
    core.notice(`Not posting a review: ${target.reason}.`);
    return;
  }
  if (!isBranchName(target.baseRef)) throw new UsageError(`the pull request's base branch ${JSON.stringify(target.baseRef)} is not a branch name git accepts`);

  const { owner, repo } = context.repository;
  const bare = BareRepository.create(process.env.RUNNER_TEMP || tmpdir(), settings.token);
  let review: ReviewReport;
  try {
    bare.fetch(`${context.serverUrl}/${owner}/${repo}.git`, [
      `+refs/pull/${target.number}/head:${HEAD_REF}`,
      `+refs/heads/${target.baseRef}:${BASE_REF}`,
      '+refs/tags/*:refs/tags/*',
    ]);
    const head = bare.commit(HEAD_REF);
    if (head !== target.headSha) {
      core.notice(
        `Not posting a review: pull request #${target.number} has moved on to ${head ?? 'another commit'} since the run reviewed ${target.headSha} (the newer commit's run posts its review).`,
      );
      return;
    }
    const baseTip = bare.commit(BASE_REF);
    if (!baseTip) throw new GitError(`the base branch ${target.baseRef} was not fetched`);
    // What the pull request changes: its head against the commit it branched from.
    review = await reviewCommits(bare, {
      head,
      base: bare.mergeBase(baseTip, head) ?? baseTip,
      prefix,
      // The author is read from the pull request itself: nothing of the fork's run is believed.
      approvals: approvalReader(settings, context, { number: target.number }),
    });
  } finally {
    bare.remove();
  }

  // A push while this ran: the newer commit's run posts its own review; never overwrite it with this one.
  const { data: now } = await octokit.rest.pulls.get({ owner, repo, pull_number: target.number });
  if (now.head.sha !== target.headSha) {
    core.notice(
      `Not posting a review: pull request #${target.number} has moved on to ${now.head.sha} while ${target.headSha} was reviewed (the newer commit's run posts its review).`,
    );
    return;
  }

  core.setOutput('ok', String(review.ok));
  core.setOutput('problems', String(review.problems.length));
  core.setOutput('changed', JSON.stringify(review.changed.map((c) => `${c.model}@${c.version}`)));
  const markdown = renderReviewMarkdown(review, {
    ...COMMENT_OPTIONS,
    footer: context.runUrl ? `<sub>Full report: [workflow run](${context.runUrl}).</sub>` : undefined,
  });
  const result = await upsertStickyComment(
    octokit,
    { owner, repo, issueNumber: target.number, marker: `model-registry:review root=${settings.root}` },
    markdown,
  );
  core.setOutput('comment-url', result.url);
  core.info(`${result.created ? 'Posted' : 'Updated'} the review of pull request #${target.number} at ${target.headSha}: ${result.url}`);
  await writeJobSummary((summary) => summary.addRaw(renderReviewMarkdown(review, SUMMARY_OPTIONS), true));
}

/** The registry folder's path inside the repository ('' or 'registry/'), from the `root` input. */
function registryPrefix(root: string): string {
  const normal = posix.normalize(root.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (normal.startsWith('/') || normal === '..' || normal.startsWith('../'))
    throw new UsageError(`input \`root\` must be a folder inside the repository; got ${JSON.stringify(root)}`);
  return normal === '.' || normal === '' ? '' : `${normal}/`;
}

/**
 * The pull request number in a report.json that an older workflow still
 * downloads: a hint to look at, verified like any candidate, nothing more.
 */
function pullRequestHint(path: string | undefined): number | undefined {
  if (!path) return undefined;
  try {
    const value = (JSON.parse(readFileSync(path, 'utf8')) as { pullRequest?: unknown })?.pullRequest;
    return Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined;
  } catch {
    return undefined;
  }
}

function isBranchName(name: string): boolean {
  return name !== '' && !name.startsWith('-') && !name.includes('..') && !/[\x00-\x20\x7f~^:?*[\\]/.test(name);
}
