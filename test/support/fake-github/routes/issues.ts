/** Issues and issue comments (PRs share numbering and comments with issues). */
import { charLength, notFound, paginate, validationFailed, type Handler, type RouteContext, type RouteModule } from '../http.js';
import { commentJson, issueJson } from '../representations.js';
import { isoNow, type IssueState, type RepoState, type User } from '../state.js';

export const MAX_COMMENT_BODY = 65536;
export const MAX_ISSUE_BODY = 65536;

export function createIssue(
  state: { nextId(kind: string): number },
  repo: RepoState,
  init: { title: string; body?: string | null | undefined; user: User; isPull: boolean; number?: number | undefined; labels?: string[] | undefined },
): IssueState {
  const number = init.number ?? repo.nextNumber;
  if (repo.issues.has(number)) throw new Error(`issue/PR #${number} already exists in ${repo.fullName}`);
  repo.nextNumber = Math.max(repo.nextNumber, number + 1);
  const now = isoNow();
  const issue: IssueState = {
    number,
    id: state.nextId('issue'),
    title: init.title,
    body: init.body ?? null,
    state: 'open',
    stateReason: null,
    user: init.user,
    labels: init.labels ?? [],
    isPull: init.isPull,
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  repo.issues.set(number, issue);
  return issue;
}

function getIssue(ctx: RouteContext): { repo: RepoState; issue: IssueState } {
  const repo = ctx.repo();
  const issue = repo.issues.get(Number(ctx.params.issue_number));
  if (!issue) throw notFound();
  return { repo, issue };
}

function checkCommentBody(body: unknown): void {
  if (typeof body !== 'string') return; // schema validation already reports it
  if (body.trim() === '') {
    throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  }
  if (charLength(body) > MAX_COMMENT_BODY) {
    throw validationFailed([
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_COMMENT_BODY} characters)`,
      },
    ]);
  }
}

function getComment(ctx: RouteContext) {
  const repo = ctx.repo();
  const comment = repo.comments.get(Number(ctx.params.comment_id));
  if (!comment) throw notFound();
  return { repo, comment };
}

const handlers: Record<string, Handler> = {
  'issues/create': (ctx) => {
    const repo = ctx.repo();
    const { title, body, labels } = ctx.body;
    if (typeof body === 'string' && charLength(body) > MAX_ISSUE_BODY) {
      throw validationFailed([{ resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_ISSUE_BODY} characters)` }]);
    }
    const issue = createIssue(ctx.state, repo, {
      title: String(title),
      body: body ?? null,
      user: ctx.user,
      isPull: false,
      labels: Array.isArray(labels) ? labels.map((l: unknown) => (typeof l === 'string' ? l : String((l as { name?: string }).name))) : [],
    });
    return { status: 201, body: issueJson(ctx.server.url, repo, issue) };
  },

  'issues/get': (ctx) => {
    const { repo, issue } = getIssue(ctx);
    return { status: 200, body: issueJson(ctx.server.url, repo, issue) };
  },

  'issues/update': (ctx) => {
    const { repo, issue } = getIssue(ctx);
    const b = ctx.body ?? {};
    if (typeof b.body === 'string' && charLength(b.body) > MAX_ISSUE_BODY) {
      throw validationFailed([{ resource: 'Issue', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_ISSUE_BODY} characters)` }]);
    }
    if (b.title !== undefined && b.title !== null) issue.title = String(b.title);
    if (b.body !== undefined) issue.body = b.body;
    if (b.state === 'open' || b.state === 'closed') {
      if (b.state !== issue.state) {
        issue.state = b.state;
        issue.closedAt = b.state === 'closed' ? isoNow() : null;
        issue.stateReason = b.state === 'closed' ? (b.state_reason ?? 'completed') : 'reopened';
        const pr = repo.pulls.get(issue.number);
        if (pr && !pr.merged) {
          pr.state = b.state;
          pr.closedAt = issue.closedAt;
        }
      }
    }
    if (Array.isArray(b.labels)) {
      issue.labels = b.labels.map((l: unknown) => (typeof l === 'string' ? l : String((l as { name?: string }).name)));
    }
    issue.updatedAt = isoNow();
    return { status: 200, body: issueJson(ctx.server.url, repo, issue) };
  },

  // As GitHub: pull requests too (with `pull_request`), every label given (comma-separated) required, newest created first by default.
  'issues/list-for-repo': (ctx) => {
    const repo = ctx.repo();
    const state = String(ctx.query.state ?? 'open');
    const labels = String(ctx.query.labels ?? '')
      .split(',')
      .filter(Boolean);
    const creator = ctx.query.creator === undefined ? undefined : String(ctx.query.creator).toLowerCase();
    const key = ctx.query.sort === 'updated' ? (i: IssueState) => Date.parse(i.updatedAt) : (i: IssueState) => i.number;
    const items = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((have) => have.toLowerCase() === l.toLowerCase())))
      .filter((i) => creator === undefined || i.user.login.toLowerCase() === creator)
      .sort((a, b) => key(a) - key(b) || a.number - b.number);
    if (ctx.query.direction !== 'asc') items.reverse();
    return paginate(ctx, items, (i) => issueJson(ctx.server.url, repo, i));
  },

  'issues/list-comments': (ctx) => {
    const { repo, issue } = getIssue(ctx);
    const since = ctx.query.since ? Date.parse(ctx.query.since) : undefined;
    const items = [...repo.comments.values()]
      .filter((c) => c.issueNumber === issue.number)
      .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since)
      .sort((a, b) => a.id - b.id);
    return paginate(ctx, items, (c) => commentJson(ctx.server.url, repo, c));
  },

  'issues/list-comments-for-repo': (ctx) => {
    const repo = ctx.repo();
    const items = [...repo.comments.values()].sort((a, b) => a.id - b.id);
    if (ctx.query.direction === 'desc') items.reverse();
    return paginate(ctx, items, (c) => commentJson(ctx.server.url, repo, c));
  },

  'issues/create-comment': (ctx) => {
    const { repo, issue } = getIssue(ctx);
    checkCommentBody(ctx.body.body);
    const now = isoNow();
    const comment = {
      id: ctx.state.nextId('comment'),
      issueNumber: issue.number,
      body: ctx.body.body as string,
      user: ctx.user,
      createdAt: now,
      updatedAt: now,
    };
    repo.comments.set(comment.id, comment);
    issue.updatedAt = now;
    return {
      status: 201,
      body: commentJson(ctx.server.url, repo, comment),
      headers: { location: `${ctx.server.url}/repos/${repo.fullName}/issues/comments/${comment.id}` },
    };
  },

  'issues/get-comment': (ctx) => {
    const { repo, comment } = getComment(ctx);
    return { status: 200, body: commentJson(ctx.server.url, repo, comment) };
  },

  'issues/update-comment': (ctx) => {
    const { repo, comment } = getComment(ctx);
    checkCommentBody(ctx.body.body);
    comment.body = ctx.body.body;
    comment.updatedAt = isoNow();
    return { status: 200, body: commentJson(ctx.server.url, repo, comment) };
  },

  'issues/delete-comment': (ctx) => {
    const { repo, comment } = getComment(ctx);
    repo.comments.delete(comment.id);
    return { status: 204 };
  },
};

export const issuesRoutes: RouteModule = { handlers };
