/**
 * One comment per pull request (and registry root), created once and edited in
 * place on every push. Found by a hidden marker. Concurrent runs can each
 * create one; whoever looks afterwards keeps the oldest and deletes the rest,
 * so the pull request converges to exactly one comment.
 */
import type { GitHubClient } from './client.js';

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Distinguishes this comment from any other; put inside an HTML comment. */
  marker: string;
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
  const existing = await findMarked(octokit, target);
  if (existing.length) {
    const [keep, ...duplicates] = existing;
    const updated = keep.body === body ? keep : (await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body })).data;
    await deleteAll(octokit, target, duplicates);
    return { id: updated.id, url: updated.html_url, created: false };
  }
  const created = (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data;
  // Another run may have created its own meanwhile: converge on the oldest.
  const after = await findMarked(octokit, target);
  const oldest = after[0];
  if (oldest && oldest.id !== created.id) {
    if (oldest.body !== body) await octokit.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
    await deleteAll(octokit, target, after.slice(1));
    return { id: oldest.id, url: oldest.html_url, created: false };
  }
  await deleteAll(octokit, target, after.slice(1));
  return { id: created.id, url: created.html_url, created: true };
}

interface MarkedComment {
  id: number;
  body?: string;
  html_url: string;
}

async function findMarked(octokit: GitHubClient, target: StickyCommentTarget): Promise<MarkedComment[]> {
  const line = markerLine(target.marker);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((c) => typeof c.body === 'string' && c.body.startsWith(line))
    .map((c) => ({ id: c.id, body: c.body, html_url: c.html_url }))
    .sort((a, b) => a.id - b.id);
}

async function deleteAll(octokit: GitHubClient, target: StickyCommentTarget, comments: MarkedComment[]): Promise<void> {
  for (const comment of comments) {
    try {
      await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: comment.id });
    } catch (error) {
      // Already deleted by a concurrent run: the goal is reached either way.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
}
