/**
 * Carries out the audit issue's plan (core/audit/audit-issue-plan.ts). The
 * audit's issue is one with its label, whose body starts with its marker, and
 * that the token's identity wrote: anyone can type the marker, and someone
 * else's issue is never edited or closed. Two runs at once can each create
 * one; each then lists the open ones and keeps the oldest, closing the rest
 * as duplicates, so the repository converges to exactly one open issue.
 */
import {
  AUDIT_LABEL,
  duplicateComment,
  isAuditBody,
  planAuditIssue,
  type AuditIssue,
  type AuditIssuePlan,
  type AuditIssueState,
} from '../../core/audit/audit-issue-plan.js';
import type { AuditReport } from '../../core/audit/audit.js';
import { AuditIssueError } from '../../errors/index.js';
import type { GitHubClient } from './client.js';
import { httpStatus } from './http-status.js';
import { tokenLogin } from './sticky-comment.js';

export interface AuditIssueTarget {
  owner: string;
  repo: string;
  /** The login the token writes as, when known (a GitHub App's `<slug>[bot]`); otherwise GitHub is asked. */
  author?: string;
}

export interface AuditIssueResult {
  action: AuditIssuePlan['action'];
  /** The audit's issue after the run (open, or just closed), when there is one. */
  number?: number;
  url?: string;
  /** How many findings were announced (their owners mentioned). */
  announced: number;
  /** Issues closed as duplicates of the one kept. */
  duplicates: number[];
}

interface ListedIssue {
  number: number;
  html_url: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  user: { login: string } | null;
  pull_request?: unknown;
}

export async function keepAuditIssue(octokit: GitHubClient, target: AuditIssueTarget, report: AuditReport): Promise<AuditIssueResult> {
  let author = target.author ?? (await tokenLogin(octokit));
  const open = await listOpen(octokit, target, author);
  const closed = open.length === 0 && report.findings.length > 0 ? await newestClosed(octokit, target, author) : undefined;
  let plan = planAuditIssue(report, state(open, closed));
  if (plan.action === 'none') return { action: 'none', announced: 0, duplicates: [] };
  const url = (closed && plan.action === 'reopen' ? closed : open[0])?.html_url;

  if (plan.action === 'create') {
    const created = (await octokit.rest.issues.create({ owner: target.owner, repo: target.repo, title: plan.title, body: plan.body, labels: [AUDIT_LABEL] }))
      .data;
    const labels = created.labels.map((l) => (typeof l === 'string' ? l : l.name));
    if (!labels.includes(AUDIT_LABEL)) {
      // Without its label no later run finds it: a new issue every run. Take it back and say why.
      await octokit.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number: created.number, state: 'closed', state_reason: 'not_planned' });
      throw new AuditIssueError(
        `GitHub created audit issue #${created.number} without its label ${AUDIT_LABEL} (and it was closed again): the token must be allowed to label issues (issues: write)`,
      );
    }
    // What GitHub says wrote it is the truth (a GitHub App's token is not the Actions bot).
    author = created.user?.login ?? author;
    // Another run may have created its own meanwhile: keep the oldest, close the rest, and go on as an update of it.
    // (The listing may not show the new issue yet: it is counted all the same.)
    const listed = await listOpen(octokit, target, author);
    const after = [...listed.filter((i) => i.number !== created.number), { ...created, body: plan.body }].sort((a, b) => a.number - b.number);
    plan = planAuditIssue(report, state(after, undefined));
    const kept = after[0];
    await execute(octokit, target, plan, kept.number === created.number);
    return {
      action: kept.number === created.number ? 'create' : 'update',
      number: kept.number,
      url: kept.html_url,
      announced: plan.fresh.length,
      duplicates: plan.duplicates,
    };
  }
  await execute(octokit, target, plan, false);
  return { action: plan.action, number: plan.number, url, announced: plan.fresh.length, duplicates: plan.duplicates };
}

function state(open: readonly ListedIssue[], closed: ListedIssue | undefined): AuditIssueState {
  const issue = (i: ListedIssue): AuditIssue => ({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', body: i.body ?? '' });
  return { open: open.map(issue), ...(closed ? { closed: issue(closed) } : {}) };
}

/** An update, reopening or closing of `plan.number`, the duplicates closed, the new findings announced. */
async function execute(octokit: GitHubClient, target: AuditIssueTarget, plan: AuditIssuePlan, justCreated: boolean): Promise<void> {
  const { owner, repo } = target;
  const issue_number = plan.number!;
  // An issue this run just created has this very title and body already.
  if (!justCreated)
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number,
      title: plan.title,
      body: plan.body,
      ...(plan.action === 'reopen' ? { state: 'open' as const } : {}),
    });
  for (const duplicate of plan.duplicates) {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: duplicate, body: duplicateComment(issue_number) });
    await closeIssue(octokit, target, duplicate, 'not_planned');
  }
  if (plan.mention) await octokit.rest.issues.createComment({ owner, repo, issue_number, body: plan.mention });
  if (plan.finalBody && plan.finalBody !== plan.body) await octokit.rest.issues.update({ owner, repo, issue_number, body: plan.finalBody });
  if (plan.action === 'close') {
    await octokit.rest.issues.createComment({ owner, repo, issue_number, body: plan.closing! });
    await closeIssue(octokit, target, issue_number, 'completed');
  }
}

async function closeIssue(octokit: GitHubClient, target: AuditIssueTarget, issue_number: number, reason: 'completed' | 'not_planned'): Promise<void> {
  try {
    await octokit.rest.issues.update({ owner: target.owner, repo: target.repo, issue_number, state: 'closed', state_reason: reason });
  } catch (error) {
    // Deleted or transferred meanwhile: it is no open audit issue either way.
    if (httpStatus(error) !== 404 && httpStatus(error) !== 410) throw error;
  }
}

function ours(issue: ListedIssue, author: string): boolean {
  return issue.pull_request === undefined && isAuditBody(issue.body) && issue.user?.login.toLowerCase() === author.toLowerCase();
}

/** The audit's open issues, oldest first (a handful at most: the label narrows it). */
async function listOpen(octokit: GitHubClient, target: AuditIssueTarget, author: string): Promise<ListedIssue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: target.owner,
    repo: target.repo,
    labels: AUDIT_LABEL,
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  return (issues as ListedIssue[]).filter((i) => ours(i, author)).sort((a, b) => a.number - b.number);
}

/** The audit's newest issue closed as completed (a duplicate is closed as not planned), from the newest page only. */
async function newestClosed(octokit: GitHubClient, target: AuditIssueTarget, author: string): Promise<ListedIssue | undefined> {
  const { data } = await octokit.rest.issues.listForRepo({
    owner: target.owner,
    repo: target.repo,
    labels: AUDIT_LABEL,
    state: 'closed',
    sort: 'created',
    direction: 'desc',
    per_page: 30,
  });
  return (data as ListedIssue[]).find((i) => ours(i, author) && i.state_reason !== 'not_planned');
}
