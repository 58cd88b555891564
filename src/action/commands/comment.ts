/**
 * `command: comment`: posts a review that another (untrusted) run produced,
 * for pull requests from forks. Runs in a trusted `workflow_run` workflow that
 * downloads the report artifact; it never checks out or runs the fork's code.
 * The report names its pull request, so the head commit is checked against
 * the workflow run's before anything is posted there.
 */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { createGitHubClient } from '../../adapters/github/client.js';
import { upsertStickyComment } from '../../adapters/github/sticky-comment.js';
import { COMMENT_OPTIONS, renderReviewMarkdown } from '../../core/output/review-markdown.js';
import { reviewFromJson } from '../../core/report/review-from-json.js';
import type { RunContext } from '../context.js';
import { InputError, type ActionSettings } from '../input-helper.js';

export async function commentAction(settings: ActionSettings, context: RunContext): Promise<void> {
  if (!settings.report) throw new InputError('input `report` is required with command: comment (the report.json the pull request workflow uploaded)');
  if (!context.repository) throw new InputError('GITHUB_REPOSITORY is not set');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(settings.report, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read the report ${settings.report}: ${(error as Error).message}`);
  }
  const { report, pullRequest } = reviewFromJson(json);
  if (!pullRequest) throw new InputError('the report names no pull request');
  const octokit = createGitHubClient(settings.token, (m) => core.info(m));
  const { data: pull } = await octokit.rest.pulls.get({ ...context.repository, pull_number: pullRequest });
  if (context.workflowRunHeadSha && pull.head.sha !== context.workflowRunHeadSha) {
    throw new InputError(`the report is for pull request #${pullRequest}, whose head ${pull.head.sha} is not the head ${context.workflowRunHeadSha} of the run that produced it: not posting`);
  }
  const markdown = renderReviewMarkdown(report, COMMENT_OPTIONS);
  const result = await upsertStickyComment(octokit, { ...context.repository, issueNumber: pullRequest, marker: `model-registry:review root=${settings.root}` }, markdown);
  core.setOutput('comment-url', result.url);
  core.info(`${result.created ? 'Posted' : 'Updated'} the review comment: ${result.url}`);
}
