/**
 * `command: validate` on a pull request: annotations on the diff, the review
 * in the job summary and in one sticky comment, outputs for later steps.
 */
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubClient, httpStatus } from '../../adapters/github/client.js';
import { upsertStickyComment } from '../../adapters/github/sticky-comment.js';
import { ensureCommit, repositoryPrefix } from '../../adapters/git/git.js';
import { reviewWithPaths } from '../../app/review-changes.js';
import { validateRegistry } from '../../app/validate-registry.js';
import { problemCommand } from '../../core/output/workflow-commands.js';
import { terminalLine } from '../../core/text/terminal-text.js';
import { COMMENT_OPTIONS, renderReviewMarkdown, SUMMARY_OPTIONS } from '../../core/output/review-markdown.js';
import { buildReview, type ReviewReport } from '../../core/report/review.js';
import { selectAnnotations } from '../annotations.js';
import { UsageError } from '../../errors/index.js';
import { approvalReader } from '../approvals.js';
import { writeJobSummary } from '../job-summary.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { plural } from '../../core/text/plural.js';

export const FORK_NOTE =
  "This pull request comes from a fork, whose workflows get a read-only token, so the review is not posted as a comment; it is in this job's summary. " +
  'To comment on fork pull requests safely, run `command: comment` from a `workflow_run` workflow, which reviews the pull request again in the trusted context (see the README: "Pull requests from forks"). ' +
  "Never check out and run a fork's code with `pull_request_target`.";

export async function validateAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const base = settings.base ?? (context.pullRequest?.baseSha || undefined);
  // On a pull request, released versions are always compared with the base: a pass without it would promise what was never checked.
  if (context.pullRequest && !base) {
    throw new UsageError(
      `pull request #${context.pullRequest.number}'s event names no base commit (pull_request.base.sha), so released versions could not be compared: set the \`base\` input (such as \`base: \${{ github.event.pull_request.base.sha }}\`)`,
    );
  }
  let review: ReviewReport;
  let touched = new Set<string>();
  if (base) {
    ensureCommit(settings.root, base);
    // On a pull request (and on a review of it), its reviews decide `approval: owners`. What is
    // reviewed is the commit checked out (the pull request's): git compares the two trees.
    const reviewed = await reviewWithPaths(settings.root, base, { approvals: approvalReader(settings, context, context.pullRequest), head: 'HEAD' });
    review = reviewed.review;
    touched = new Set(reviewed.changed);
  } else {
    const { report, registry } = await validateRegistry({ root: settings.root });
    review = buildReview(registry, registry, report.problems);
  }

  // Annotations: paths relative to the repository root, the most useful first.
  const prefix = safePrefix(settings.root);
  const { shown, hidden } = selectAnnotations(review.problems, touched);
  for (const problem of shown) process.stdout.write(`${problemCommand(problem, prefix)}\n`);
  if (hidden.length) {
    core.startGroup(`${hidden.length} more problems (GitHub shows 10 error and 10 warning annotations per step; all are in the summary and the report)`);
    // Card text is in these lines: stop the runner from reading any of it as a command.
    const token = `resume${randomUUID().replace(/-/g, '')}`;
    process.stdout.write(`::stop-commands::${token}\n`);
    for (const p of hidden) core.info(terminalLine(`${prefix}${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]`));
    process.stdout.write(`::${token}::\n`);
    core.endGroup();
  }

  const reportPath = writeReport(review, context);
  const changed = review.changed.map((c) => `${c.model}@${c.version}`);
  core.setOutput('ok', String(review.ok));
  core.setOutput('problems', String(review.problems.length));
  core.setOutput('report', reportPath);
  core.setOutput('changed', JSON.stringify(changed));

  let commentNote: string | undefined;
  if (context.pullRequest && settings.comment) {
    commentNote = await postComment(settings, context, review);
  }
  const summary = renderReviewMarkdown(review, { ...SUMMARY_OPTIONS, footer: commentNote ? `> [!NOTE]\n> ${commentNote}` : undefined });
  await writeJobSummary((s) => s.addRaw(summary, true));

  const failing = settings.failOn === 'warning' ? review.problems.length : review.errors;
  if (failing > 0) {
    core.setFailed(
      `${plural(review.errors, 'error')} and ${plural(review.warnings, 'warning')} in the registry (fail-on: ${settings.failOn}); see the annotations and the job summary.`,
    );
  } else {
    core.info(
      `The registry is valid: ${plural(review.models, 'model')}, ${plural(review.versions, 'version')}${review.warnings ? `, ${plural(review.warnings, 'warning')}` : ''}.`,
    );
  }
}

async function postComment(settings: ActionSettings, context: RunContext, review: ReviewReport): Promise<string | undefined> {
  const pr = context.pullRequest!;
  if (pr.fromFork) {
    core.notice(FORK_NOTE);
    return FORK_NOTE;
  }
  if (!context.repository) return undefined;
  if (!settings.token) {
    const note = "No token was given, so the review is not posted as a comment (the `token` input defaults to the workflow's GITHUB_TOKEN).";
    core.warning(note);
    return note;
  }
  const octokit = createGitHubClient(settings.token, (m) => core.info(m));
  const markdown = renderReviewMarkdown(review, {
    ...COMMENT_OPTIONS,
    footer: context.runUrl ? `<sub>Full report: [workflow run](${context.runUrl}).</sub>` : undefined,
  });
  try {
    const result = await upsertStickyComment(
      octokit,
      { ...context.repository, issueNumber: pr.number, marker: `model-registry:review root=${settings.root}` },
      markdown,
    );
    core.info(`${result.created ? 'Posted' : 'Updated'} the review comment: ${result.url}`);
    core.setOutput('comment-url', result.url);
    return undefined;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) {
      const note = `The review could not be posted as a comment (HTTP ${status}): the token needs \`pull-requests: write\` (or \`issues: write\`) permission. For pull requests from forks, see the README: "Pull requests from forks".`;
      core.warning(note);
      return note;
    }
    throw error;
  }
}

function writeReport(review: ReviewReport, context: RunContext): string {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'model-registry');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'report.json');
  writeFileSync(path, `${JSON.stringify({ ...review, pullRequest: context.pullRequest?.number }, null, 2)}\n`);
  return path;
}

function safePrefix(root: string): string {
  try {
    return repositoryPrefix(root);
  } catch {
    return root === '.' ? '' : `${root.replace(/\/+$/, '')}/`;
  }
}
