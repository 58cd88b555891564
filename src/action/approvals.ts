/**
 * The pull request's approvals as the review use cases ask for them: on a
 * pull request (pull_request, pull_request_target, pull_request_review, or the
 * pull request a workflow_run reviewed) with a token, a reader that asks
 * GitHub; otherwise none, and `approval: owners` stays pending.
 */
import * as core from '@actions/core';
import { createGitHubClient } from '../adapters/github/client.js';
import { readApprovalFacts } from '../adapters/github/pull-request-reviews.js';
import type { ApprovalReader } from '../core/promotion/approvers.js';
import type { RunContext } from './context.js';
import type { ActionSettings } from './input-helper.js';

export function approvalReader(
  settings: ActionSettings,
  context: RunContext,
  pullRequest: { number: number; author?: string } | undefined,
): ApprovalReader | undefined {
  if (!pullRequest || !context.repository || !settings.token) return undefined;
  const octokit = createGitHubClient(settings.token, (m) => core.info(m));
  const repo = context.repository;
  return async (teams) => {
    const facts = await readApprovalFacts(octokit, repo, { pullNumber: pullRequest.number, author: pullRequest.author, teams });
    core.info(
      `Approvals of pull request #${pullRequest.number}: ${facts.approvers.length ? facts.approvers.map((a) => `@${a}`).join(', ') : 'none'}` +
        (facts.teamsUnknownReason ? ` (${facts.teamsUnknownReason})` : ''),
    );
    return facts;
  };
}
