/** Repository, branches, commits and the contents API. */
import {
  conflict,
  errorBody,
  HttpError,
  notFound,
  paginate,
  unprocessable,
  validationFailed,
  type Handler,
  type RouteContext,
  type RouteModule,
} from '../http.js';
import { diffCommits, diffEntryJson } from '../diff.js';
import { fullRepoJson, gitCommitJson, HTML, restCommitJson } from '../representations.js';
import { isoNow, type GitCommit, type RepoState } from '../state.js';
import { base64Wrapped, decodeContent, defaultPerson, personFromBody } from './git.js';

function encPath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

export function rawUrl(api: string, repo: RepoState, commitSha: string, path: string): string {
  return `${api}/_raw/${repo.fullName}/${commitSha}/${encPath(path)}`;
}

function fileJson(
  api: string,
  repo: RepoState,
  ref: string,
  commitSha: string,
  path: string,
  entry: { sha: string; mode: string; type: string },
  withContent: boolean,
): Record<string, unknown> {
  const name = path.split('/').pop() ?? path;
  const url = `${api}/repos/${repo.fullName}/contents/${encPath(path)}?ref=${encodeURIComponent(ref)}`;
  const obj = repo.getObject(entry.sha);
  const base = {
    name,
    path,
    sha: entry.sha,
    url,
  };
  if (entry.type === 'tree') {
    const html = `${HTML}/${repo.fullName}/tree/${ref}/${encPath(path)}`;
    const git = `${api}/repos/${repo.fullName}/git/trees/${entry.sha}`;
    return { ...base, size: 0, type: 'dir', html_url: html, git_url: git, download_url: null, _links: { self: url, git, html } };
  }
  if (entry.type === 'commit') {
    const html = null;
    return {
      ...base,
      size: 0,
      type: 'submodule',
      html_url: html,
      git_url: null,
      download_url: null,
      _links: { self: url, git: null, html: null },
    };
  }
  const content = obj?.type === 'blob' ? obj.content : Buffer.alloc(0);
  const html = `${HTML}/${repo.fullName}/blob/${ref}/${encPath(path)}`;
  const git = `${api}/repos/${repo.fullName}/git/blobs/${entry.sha}`;
  const out: Record<string, unknown> = {
    type: entry.mode === '120000' ? 'symlink' : 'file',
    ...base,
    size: content.length,
    html_url: html,
    git_url: git,
    download_url: rawUrl(api, repo, commitSha, path),
    _links: { self: url, git, html },
  };
  if (entry.mode === '120000') out.target = content.toString('utf8');
  if (withContent && entry.mode !== '120000') {
    // GitHub only inlines content for files up to 1 MB
    if (content.length <= 1024 * 1024) {
      out.encoding = 'base64';
      out.content = base64Wrapped(content);
    } else {
      out.encoding = 'none';
      out.content = '';
    }
  }
  return out;
}

function branchJson(api: string, repo: RepoState, name: string, commit: GitCommit): Record<string, unknown> {
  const self = `${api}/repos/${repo.fullName}/branches/${encPath(name)}`;
  return {
    name,
    commit: restCommitJson(api, repo, commit),
    _links: { self, html: `${HTML}/${repo.fullName}/tree/${name}` },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${self}/protection`,
  };
}

function resolveRefOrThrow(repo: RepoState, ref: string): string {
  const sha = repo.resolveCommitish(ref);
  if (!sha) throw notFound(`No commit found for the ref ${ref}`);
  return sha;
}

function lookupPath(repo: RepoState, commitSha: string, path: string) {
  const commit = repo.getCommit(commitSha)!;
  if (path === '') return { type: 'tree' as const, sha: commit.tree, mode: '040000' };
  let tree = repo.getTree(commit.tree);
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const e = tree?.entries.find((x) => x.name === parts[i]);
    if (!e) return undefined;
    if (i === parts.length - 1) return e;
    if (e.type !== 'tree') return undefined;
    tree = repo.getTree(e.sha);
  }
  return undefined;
}

function fileCommitResponse(ctx: RouteContext, repo: RepoState, commit: GitCommit, branch: string, path: string | null) {
  let content: Record<string, unknown> | null = null;
  if (path !== null) {
    const entry = repo.flatten(commit.tree).get(path)!;
    const full = fileJson(ctx.server.url, repo, branch, commit.sha, path, entry, false);
    delete full.encoding;
    delete full.content;
    content = full;
  }
  return { content, commit: gitCommitJson(ctx.server.url, repo, commit) };
}

function branchForWrite(ctx: RouteContext, repo: RepoState): { branch: string; head: string } {
  const branch = String(ctx.body.branch ?? repo.defaultBranch);
  const head = repo.branchSha(branch);
  if (!head) {
    if (repo.refs.size === 0) return { branch, head: '' };
    throw notFound(`Branch ${branch} not found`);
  }
  return { branch, head };
}

const handlers: Record<string, Handler> = {
  'repos/get': (ctx) => ({ status: 200, body: fullRepoJson(ctx.server.url, ctx.repo()) }),

  'repos/get-branch': (ctx) => {
    const repo = ctx.repo();
    const name = String(ctx.params.branch);
    const sha = repo.branchSha(name);
    if (!sha) throw notFound('Branch not found');
    return { status: 200, body: branchJson(ctx.server.url, repo, name, repo.getCommit(sha)!) };
  },

  'repos/list-branches': (ctx) => {
    const repo = ctx.repo();
    const branches = [...repo.refs.entries()]
      .filter(([r]) => r.startsWith('refs/heads/'))
      .map(([r, sha]) => ({ name: r.slice('refs/heads/'.length), sha }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    return paginate(ctx, branches, (b) => ({
      name: b.name,
      commit: { sha: b.sha, url: `${ctx.server.url}/repos/${repo.fullName}/commits/${b.sha}` },
      protected: false,
    }));
  },

  'repos/get-commit': (ctx) => {
    const repo = ctx.repo();
    const sha = repo.resolveCommitish(String(ctx.params.ref));
    if (!sha) throw unprocessable(`No commit found for SHA: ${ctx.params.ref}`);
    const commit = repo.getCommit(sha)!;
    const files = diffCommits(repo, commit.parents[0], commit.sha);
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    return {
      status: 200,
      body: {
        ...restCommitJson(ctx.server.url, repo, commit),
        stats: { total: additions + deletions, additions, deletions },
        files: files.map((f) => diffEntryJson(ctx.server.url, repo, commit.sha, f)),
      },
    };
  },

  'repos/get-content': (ctx) => {
    const repo = ctx.repo();
    const ref = String(ctx.query.ref ?? repo.defaultBranch);
    if (repo.refs.size === 0) throw notFound('This repository is empty.');
    const commitSha = resolveRefOrThrow(repo, ref);
    const path = String(ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    const entry = lookupPath(repo, commitSha, path);
    if (!entry) throw notFound();
    if (entry.type === 'tree') {
      const tree = repo.getTree(entry.sha)!;
      return {
        status: 200,
        body: tree.entries.map((e) => fileJson(ctx.server.url, repo, ref, commitSha, path ? `${path}/${e.name}` : e.name, e, false)),
      };
    }
    return { status: 200, body: fileJson(ctx.server.url, repo, ref, commitSha, path, entry, true) };
  },

  'repos/create-or-update-file-contents': (ctx) => {
    const repo = ctx.repo();
    const path = String(ctx.params.path).replace(/^\/+/, '');
    const { branch, head } = branchForWrite(ctx, repo);
    const content = decodeContent(String(ctx.body.content), 'base64');
    const existing = head ? repo.flatten(repo.getCommit(head)!.tree).get(path) : undefined;
    const givenSha: string | undefined = ctx.body.sha;
    if (existing) {
      if (givenSha === undefined) {
        throw new HttpError(422, errorBody(422, 'Invalid request.\n\n"sha" wasn\'t supplied.'));
      }
      if (givenSha !== existing.sha) throw conflict(`${path} does not match ${givenSha}`);
    } else if (givenSha !== undefined) {
      throw conflict(`${path} does not match ${givenSha}`);
    }
    const now = isoNow();
    const committer = personFromBody(ctx.body.committer, defaultPerson(ctx.user, now));
    const author = personFromBody(ctx.body.author, committer);
    const blob = repo.putBlob(content);
    const flat = head ? repo.flatten(repo.getCommit(head)!.tree) : new Map();
    if ([...flat.keys()].some((p) => p.startsWith(`${path}/`))) {
      throw validationFailed([{ resource: 'Content', code: 'invalid', field: 'path', message: `${path} is a directory` }]);
    }
    flat.set(path, { mode: existing?.mode ?? '100644', type: 'blob', sha: blob.sha });
    const commit = repo.putCommit({
      tree: repo.buildTree(flat),
      parents: head ? [head] : [],
      author,
      committer,
      message: String(ctx.body.message),
    });
    repo.refs.set(`refs/heads/${branch}`, commit.sha);
    repo.pushedAt = now;
    return { status: existing ? 200 : 201, body: fileCommitResponse(ctx, repo, commit, branch, path) };
  },

  'repos/delete-file': (ctx) => {
    const repo = ctx.repo();
    const path = String(ctx.params.path).replace(/^\/+/, '');
    const { branch, head } = branchForWrite(ctx, repo);
    if (!head) throw notFound();
    const flat = repo.flatten(repo.getCommit(head)!.tree);
    const existing = flat.get(path);
    if (!existing) throw notFound();
    if (ctx.body.sha !== existing.sha) throw conflict(`${path} does not match ${ctx.body.sha}`);
    flat.delete(path);
    const now = isoNow();
    const committer = personFromBody(ctx.body.committer, defaultPerson(ctx.user, now));
    const author = personFromBody(ctx.body.author, committer);
    const commit = repo.putCommit({
      tree: repo.buildTree(flat),
      parents: [head],
      author,
      committer,
      message: String(ctx.body.message),
    });
    repo.refs.set(`refs/heads/${branch}`, commit.sha);
    return { status: 200, body: fileCommitResponse(ctx, repo, commit, branch, null) };
  },
};

export const contentsRoutes: RouteModule = { handlers };
