/**
 * One comment per pull request (and registry root), created once and edited in
 * place on every push. It is the registry's own comment only when both hold:
 * it starts with the hidden marker, and its author is the identity behind the
 * token. Anyone can type the marker; a comment by someone else is never
 * edited or deleted, and changes nothing. Concurrent runs can each create one;
 * whoever looks afterwards keeps the oldest of its own and deletes the rest,
 * so the pull request converges to exactly one comment.
 */
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './client.js';

/**
 * Who comments with the Actions token. An installation token (GITHUB_TOKEN, a
 * GitHub App's) cannot ask `GET /user` who it is (403); the workflow's own
 * token writes as this bot. A GitHub App's token writes as `<app-slug>[bot]`:
 * pass `author` then (the login of the comments it creates is learnt too).
 */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Distinguishes this comment from any other; put inside an HTML comment. */
  marker: string;
  /** The login the token comments as, when known (e.g. `my-app[bot]`); otherwise GitHub is asked. */
  author?: string;
}

export interface StickyResult {
  id: number;
  url: string;
  created: boolean;
}

export function markerLine(marker: string): string {
  return `<!-- ${marker.replace(/--/g, '- -')} -->`;
}

export async function upsertStickyComment(octokit: GitHubClient, target: StickyCommentTarget, markdown: string): Promise<StickyResult> {
  const body = `${markerLine(target.marker)}\n${markdown}`;
  const { owner, repo, issueNumber } = target;
  const author = target.author ?? (await tokenLogin(octokit));
  const existing = await findOwn(octokit, target, author);
  if (existing.length) {
    const [keep, ...duplicates] = existing;
    const updated = keep.body === body ? keep : (await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body })).data;
    await deleteAll(octokit, target, duplicates);
    return { id: updated.id, url: updated.html_url, created: false };
  }
  const created = (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data;
  // What GitHub says wrote it is the truth (a GitHub App's token is not the Actions bot).
  const self = created.user?.login ?? author;
  // Another run may have created its own meanwhile: converge on the oldest.
  const after = await findOwn(octokit, target, self);
  const oldest = after[0];
  if (oldest && oldest.id !== created.id) {
    if (oldest.body !== body) await octokit.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
    await deleteAll(octokit, target, after.slice(1));
    return { id: oldest.id, url: oldest.html_url, created: false };
  }
  await deleteAll(octokit, target, after.slice(1));
  return { id: created.id, url: created.html_url, created: true };
}

/** The login behind the token: `GET /user` for a person's token; the Actions bot for an installation token, which may not ask. */
export async function tokenLogin(octokit: GitHubClient): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (httpStatus(error) === 403) return ACTIONS_BOT_LOGIN;
    throw error;
  }
}

interface MarkedComment {
  id: number;
  body?: string;
  html_url: string;
}

/** Comments that start with the marker and were written by `author`: the only ones ever edited or deleted. */
async function findOwn(octokit: GitHubClient, target: StickyCommentTarget, author: string): Promise<MarkedComment[]> {
  const line = markerLine(target.marker);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((c) => typeof c.body === 'string' && c.body.startsWith(line) && sameLogin(c.user?.login, author))
    .map((c) => ({ id: c.id, body: c.body, html_url: c.html_url }))
    .sort((a, b) => a.id - b.id);
}

/** Logins are case-insensitive on GitHub. */
function sameLogin(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

async function deleteAll(octokit: GitHubClient, target: StickyCommentTarget, comments: MarkedComment[]): Promise<void> {
  for (const comment of comments) {
    try {
      await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id });
    } catch (error) {
      // Already deleted by a concurrent run: the goal is reached either way.
      if (httpStatus(error) !== 404) throw error;
    }
  }
}
