/** Pull requests (+ the one GraphQL mutation we support: enablePullRequestAutoMerge). */
import {
  conflict,
  errorBody,
  HttpError,
  notFound,
  paginate,
  validationFailed,
  type Handler,
  type RouteContext,
  type RouteModule,
  type RouteResult,
} from '../http.js';
import { diffCommits, diffEntryJson, fromInput, type FileChange } from '../diff.js';
import { headSha, nodeId, pullJson } from '../representations.js';
import { isoNow, type DiffFileInput, type FlatTree, type PullState, type RepoState, type State, type User } from '../state.js';
import { createIssue } from './issues.js';
import { defaultPerson } from './git.js';

export interface PullInit {
  number?: number | undefined;
  head: string;
  base: string;
  headRepoFullName?: string | undefined;
  /** fixed head sha; default: the head branch's sha in this repo */
  headSha?: string | undefined;
  title?: string | undefined;
  body?: string | null | undefined;
  draft?: boolean | undefined;
  state?: 'open' | 'closed' | undefined;
  user?: User | undefined;
  files?: DiffFileInput[] | undefined;
  /** false makes PUT .../merge answer 405 */
  mergeable?: boolean | null | undefined;
  mergeableState?: string | undefined;
}

export function createPull(state: State, repo: RepoState, init: PullInit, user: User): PullState {
  const issue = createIssue(state, repo, {
    number: init.number,
    title: init.title ?? `Update ${init.head}`,
    body: init.body ?? null,
    user: init.user ?? user,
    isPull: true,
  });
  const pr: PullState = {
    number: issue.number,
    id: state.nextId('pull'),
    headRef: init.head,
    headRepoFullName: init.headRepoFullName ?? repo.fullName,
    headShaFixed: init.headSha ?? null,
    baseRef: init.base,
    title: issue.title,
    body: issue.body,
    draft: init.draft ?? false,
    state: init.state ?? 'open',
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    mergeable: init.mergeable === undefined ? true : init.mergeable,
    mergeableState: init.mergeableState ?? 'clean',
    maintainerCanModify: false,
    user: issue.user,
    files: init.files ?? null,
    autoMerge: null,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: null,
  };
  if (pr.state === 'closed') {
    pr.closedAt = issue.createdAt;
    issue.state = 'closed';
    issue.closedAt = pr.closedAt;
  }
  repo.pulls.set(pr.number, pr);
  return pr;
}

function headRepoOf(state: State, repo: RepoState, pr: PullState): RepoState | undefined {
  return pr.headRepoFullName.toLowerCase() === repo.fullName.toLowerCase() ? repo : state.repo(pr.headRepoFullName);
}

function prHeadSha(state: State, repo: RepoState, pr: PullState): string {
  if (pr.headShaFixed) return pr.headShaFixed;
  const hr = headRepoOf(state, repo, pr);
  return hr?.branchSha(pr.headRef) ?? headSha(repo, pr);
}

/** Make objects of a fork available in the base repo (GitHub shares the object network). */
function importObjects(target: RepoState, source: RepoState | undefined): void {
  if (!source || source === target) return;
  for (const [sha, o] of source.objects) if (!target.objects.has(sha)) target.objects.set(sha, o);
}

export function pullFiles(state: State, repo: RepoState, pr: PullState): FileChange[] {
  if (pr.files) return pr.files.map(fromInput);
  importObjects(repo, headRepoOf(state, repo, pr));
  const head = prHeadSha(state, repo, pr);
  const base = repo.branchSha(pr.baseRef);
  if (!repo.getCommit(head)) return [];
  const mb = base ? repo.mergeBase(head, base) : undefined;
  return diffCommits(repo, mb ?? base, head);
}

function stats(state: State, repo: RepoState, pr: PullState) {
  const files = pullFiles(state, repo, pr);
  const head = prHeadSha(state, repo, pr);
  const base = repo.branchSha(pr.baseRef);
  let commits = 1;
  if (repo.getCommit(head)) {
    const b = base ? repo.ancestors(base) : new Set<string>();
    commits = [...repo.ancestors(head)].filter((s) => !b.has(s) && repo.getCommit(s)).length;
  }
  return {
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: files.length,
    commits,
  };
}

export function fullPullJson(ctx: { server: { url: string }; state: State }, repo: RepoState, pr: PullState) {
  const json = pullJson(ctx.server.url, repo, pr, {
    full: true,
    headRepo: headRepoOf(ctx.state, repo, pr),
    stats: stats(ctx.state, repo, pr),
  });
  (json.head as Record<string, unknown>).sha = prHeadSha(ctx.state, repo, pr);
  return json;
}

function getPull(ctx: RouteContext): { repo: RepoState; pr: PullState } {
  const repo = ctx.repo();
  const pr = repo.pulls.get(Number(ctx.params.pull_number));
  if (!pr) throw notFound();
  return { repo, pr };
}

function notMergeable(): HttpError {
  return new HttpError(405, errorBody(405, 'Pull Request is not mergeable'));
}

const handlers: Record<string, Handler> = {
  'pulls/get': (ctx) => {
    const { repo, pr } = getPull(ctx);
    return { status: 200, body: fullPullJson(ctx, repo, pr) };
  },

  'pulls/list': (ctx) => {
    const repo = ctx.repo();
    const q = ctx.query;
    const stateFilter = q.state ?? 'open';
    let items = [...repo.pulls.values()].filter((p) => stateFilter === 'all' || p.state === stateFilter);
    if (typeof q.head === 'string' && q.head.includes(':')) {
      // GitHub only honours `head` in the user:ref-name form; a bare branch name is silently ignored.
      const [owner, ...rest] = q.head.split(':');
      const branch = rest.join(':');
      items = items.filter((p) => p.headRepoFullName.split('/')[0].toLowerCase() === owner.toLowerCase() && p.headRef === branch);
    }
    if (typeof q.base === 'string') items = items.filter((p) => p.baseRef === q.base);
    const sort = q.sort ?? 'created';
    const direction = q.direction ?? (sort === 'created' ? 'desc' : 'desc');
    const key = (p: PullState): string => (sort === 'updated' ? p.updatedAt : p.createdAt);
    items.sort((a, b) => (key(a) === key(b) ? a.number - b.number : key(a) < key(b) ? -1 : 1));
    if (direction === 'desc') items.reverse();
    return paginate(ctx, items, (p) => pullJson(ctx.server.url, repo, p, { full: false, headRepo: headRepoOf(ctx.state, repo, p) }));
  },

  'pulls/create': (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body;
    const headSpec = String(b.head);
    let headOwner = repo.owner;
    let headBranch = headSpec;
    const colon = headSpec.indexOf(':');
    if (colon >= 0) {
      headOwner = headSpec.slice(0, colon);
      headBranch = headSpec.slice(colon + 1);
    }
    const headRepo =
      headOwner.toLowerCase() === repo.owner.toLowerCase()
        ? repo
        : ((b.head_repo ? ctx.state.repo(`${headOwner}/${b.head_repo}`) : undefined) ?? ctx.state.repo(`${headOwner}/${repo.name}`));
    const headShaNow = headRepo?.branchSha(headBranch);
    const baseSha = repo.branchSha(String(b.base));
    const errors = [];
    if (b.title === undefined && b.issue === undefined) errors.push({ resource: 'PullRequest', code: 'missing_field', field: 'title' });
    if (!baseSha) errors.push({ resource: 'PullRequest', code: 'invalid', field: 'base' });
    if (!headShaNow) errors.push({ resource: 'PullRequest', code: 'invalid', field: 'head' });
    if (errors.length) throw validationFailed(errors);
    const existing = [...repo.pulls.values()].find(
      (p) => p.state === 'open' && p.headRef === headBranch && p.baseRef === b.base && p.headRepoFullName.toLowerCase() === headRepo!.fullName.toLowerCase(),
    );
    if (existing) {
      throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${headOwner}:${headBranch}.` }]);
    }
    importObjects(repo, headRepo);
    if (repo.isAncestor(headShaNow!, baseSha!)) {
      throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${b.base} and ${headBranch}` }]);
    }
    let title = b.title;
    let body = b.body ?? null;
    if (b.issue !== undefined) {
      const issue = repo.issues.get(Number(b.issue));
      if (!issue || issue.isPull) throw validationFailed([{ resource: 'PullRequest', code: 'invalid', field: 'issue' }]);
      // converting an issue: reuse its number
      repo.issues.delete(issue.number);
      title ??= issue.title;
      body = issue.body;
    }
    const pr = createPull(
      ctx.state,
      repo,
      {
        number: b.issue !== undefined ? Number(b.issue) : undefined,
        head: headBranch,
        base: String(b.base),
        headRepoFullName: headRepo!.fullName,
        title: String(title),
        body,
        draft: Boolean(b.draft),
      },
      ctx.user,
    );
    pr.maintainerCanModify = Boolean(b.maintainer_can_modify ?? headRepo !== repo);
    return {
      status: 201,
      body: fullPullJson(ctx, repo, pr),
      headers: { location: `${ctx.server.url}/repos/${repo.fullName}/pulls/${pr.number}` },
    };
  },

  'pulls/update': (ctx) => {
    const { repo, pr } = getPull(ctx);
    const b = ctx.body ?? {};
    const issue = repo.issues.get(pr.number)!;
    if (b.title !== undefined) pr.title = issue.title = String(b.title);
    if (b.body !== undefined) pr.body = issue.body = b.body;
    if (b.base !== undefined) {
      if (!repo.branchSha(String(b.base))) throw validationFailed([{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
      pr.baseRef = String(b.base);
    }
    if (b.maintainer_can_modify !== undefined) pr.maintainerCanModify = Boolean(b.maintainer_can_modify);
    if (b.state !== undefined && b.state !== pr.state) {
      if (pr.merged) {
        throw validationFailed([
          { resource: 'PullRequest', code: 'custom', field: 'state', message: 'state cannot be changed. The pull request cannot be reopened.' },
        ]);
      }
      pr.state = b.state;
      issue.state = b.state;
      pr.closedAt = issue.closedAt = b.state === 'closed' ? isoNow() : null;
    }
    pr.updatedAt = issue.updatedAt = isoNow();
    return { status: 200, body: fullPullJson(ctx, repo, pr) };
  },

  'pulls/list-files': (ctx) => {
    const { repo, pr } = getPull(ctx);
    const ref = prHeadSha(ctx.state, repo, pr);
    return paginate(ctx, pullFiles(ctx.state, repo, pr), (f) => diffEntryJson(ctx.server.url, repo, ref, f));
  },

  'pulls/check-if-merged': (ctx) => {
    const { pr } = getPull(ctx);
    if (!pr.merged) throw notFound();
    return { status: 204 };
  },

  'pulls/merge': (ctx) => {
    const { repo, pr } = getPull(ctx);
    const b = ctx.body ?? {};
    if (pr.merged || pr.state !== 'open' || pr.mergeable === false || pr.draft) throw notMergeable();
    const head = prHeadSha(ctx.state, repo, pr);
    if (b.sha !== undefined && b.sha !== head) throw conflict('Head branch was modified. Review and try the merge again.');
    const baseHead = repo.branchSha(pr.baseRef);
    if (!baseHead) throw notMergeable();
    importObjects(repo, headRepoOf(ctx.state, repo, pr));
    const baseCommit = repo.getCommit(baseHead)!;
    const headCommit = repo.getCommit(head);
    let tree = baseCommit.tree;
    if (headCommit) {
      // 3-way merge at file level; head wins on conflicts
      const mb = repo.mergeBase(head, baseHead);
      const mbFlat: FlatTree = mb ? repo.flatten(repo.getCommit(mb)!.tree) : new Map();
      const headFlat = repo.flatten(headCommit.tree);
      const result = repo.flatten(baseCommit.tree);
      for (const p of new Set([...mbFlat.keys(), ...headFlat.keys()])) {
        const before = mbFlat.get(p);
        const after = headFlat.get(p);
        if (before?.sha === after?.sha && before?.mode === after?.mode) continue;
        if (after) result.set(p, after);
        else result.delete(p);
      }
      tree = repo.buildTree(result);
    }
    const method = b.merge_method ?? 'merge';
    const now = isoNow();
    const person = defaultPerson(ctx.user, now);
    const headLabel = `${pr.headRepoFullName.split('/')[0]}/${pr.headRef}`;
    const message =
      method === 'merge'
        ? `${b.commit_title ?? `Merge pull request #${pr.number} from ${headLabel}`}\n\n${b.commit_message ?? pr.title}`
        : `${b.commit_title ?? `${pr.title} (#${pr.number})`}${b.commit_message ? `\n\n${b.commit_message}` : ''}`;
    const commit = repo.putCommit({
      tree,
      parents: method === 'merge' && headCommit ? [baseHead, head] : [baseHead],
      author: headCommit && method === 'rebase' ? headCommit.author : person,
      committer: person,
      message,
    });
    repo.refs.set(`refs/heads/${pr.baseRef}`, commit.sha);
    pr.merged = true;
    pr.mergedAt = now;
    pr.mergedBy = ctx.user;
    pr.mergeCommitSha = commit.sha;
    pr.state = 'closed';
    pr.closedAt = now;
    pr.updatedAt = now;
    const issue = repo.issues.get(pr.number)!;
    issue.state = 'closed';
    issue.closedAt = now;
    issue.stateReason = 'completed';
    return { status: 200, body: { sha: commit.sha, merged: true, message: 'Pull Request successfully merged' } };
  },
};

export const pullsRoutes: RouteModule = { handlers };

// ---------------------------------------------------------------------------
// GraphQL

export interface GraphqlOutcome {
  result: RouteResult;
  /** set when the request is something the fake does not support (recorded as a violation) */
  violation?: string;
}

const MERGE_METHODS: Record<string, 'merge' | 'squash' | 'rebase'> = { MERGE: 'merge', SQUASH: 'squash', REBASE: 'rebase' };

export function handleGraphql(state: State, body: unknown, user: User): GraphqlOutcome {
  if (!body || typeof body !== 'object' || typeof (body as { query?: unknown }).query !== 'string') {
    return {
      result: { status: 400, body: errorBody(400, 'Problems parsing JSON') },
      violation: 'GraphQL request body must be an object with a string "query"',
    };
  }
  const { query, variables = {} } = body as { query: string; variables?: Record<string, unknown> };
  if (!/\benablePullRequestAutoMerge\b/.test(query) || !/^\s*mutation\b/.test(query)) {
    return {
      result: {
        status: 200,
        body: { errors: [{ type: 'FAKE_UNSUPPORTED', message: 'The fake GitHub only supports the enablePullRequestAutoMerge mutation' }] },
      },
      violation: `unsupported GraphQL operation: ${query.slice(0, 120)}`,
    };
  }
  const inline = (name: string): unknown => {
    const m = new RegExp(`\\b${name}\\s*:\\s*(?:"([^"]*)"|\\$(\\w+)|([A-Z_]+))`).exec(query);
    if (!m) return undefined;
    if (m[2] !== undefined) return variables[m[2]];
    return m[1] ?? m[3];
  };
  const input = (variables.input ?? {}) as Record<string, unknown>;
  const pick = (name: string): unknown => variables[name] ?? input[name] ?? inline(name);
  const pullRequestId = pick('pullRequestId');
  const mergeMethodRaw = pick('mergeMethod');
  if (typeof pullRequestId !== 'string') {
    return {
      result: { status: 200, body: { errors: [{ message: "Argument 'pullRequestId' on InputObject 'EnablePullRequestAutoMergeInput' is required." }] } },
      violation: 'enablePullRequestAutoMerge without pullRequestId',
    };
  }
  if (mergeMethodRaw !== undefined && (typeof mergeMethodRaw !== 'string' || !MERGE_METHODS[mergeMethodRaw])) {
    return {
      result: { status: 200, body: { errors: [{ message: `Invalid mergeMethod ${JSON.stringify(mergeMethodRaw)}` }] } },
      violation: `enablePullRequestAutoMerge with invalid mergeMethod ${JSON.stringify(mergeMethodRaw)}`,
    };
  }
  for (const repo of state.repos.values()) {
    for (const pr of repo.pulls.values()) {
      if (nodeId('PR', pr.id) !== pullRequestId) continue;
      const mergeMethod = MERGE_METHODS[mergeMethodRaw ?? 'MERGE'];
      const commitTitle = pick('commitHeadline');
      const commitBody = pick('commitBody');
      pr.autoMerge = {
        enabledBy: user,
        mergeMethod,
        commitTitle: typeof commitTitle === 'string' ? commitTitle : null,
        commitMessage: typeof commitBody === 'string' ? commitBody : null,
      };
      state.autoMergeRequests.push({
        repo: repo.fullName,
        pullNumber: pr.number,
        pullRequestId,
        mergeMethod: mergeMethodRaw === undefined ? null : String(mergeMethodRaw),
        variables,
        query,
      });
      const enabledAt = isoNow();
      return {
        result: {
          status: 200,
          body: {
            data: {
              enablePullRequestAutoMerge: {
                clientMutationId: (input.clientMutationId as string | undefined) ?? null,
                pullRequest: {
                  id: pullRequestId,
                  number: pr.number,
                  url: `https://github.com/${repo.fullName}/pull/${pr.number}`,
                  autoMergeRequest: { enabledAt, mergeMethod: mergeMethod.toUpperCase(), enabledBy: { login: user.login } },
                },
              },
            },
          },
        },
      };
    }
  }
  return {
    result: {
      status: 200,
      body: {
        data: { enablePullRequestAutoMerge: null },
        errors: [{ type: 'NOT_FOUND', path: ['enablePullRequestAutoMerge'], message: `Could not resolve to a node with the global id of '${pullRequestId}'.` }],
      },
    },
  };
}
