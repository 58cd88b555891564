/** Git database: refs, annotated tags, blobs, trees, commits; plus the tag list. */
import { notFound, paginate, unprocessable, validationFailed, type Handler, type RouteContext, type RouteModule } from '../http.js';
import { gitCommitJson, gitTagJson, nodeId, refJson, treeJson } from '../representations.js';
import { isoNow, type FlatTree, type GitPerson, type RepoState, type User } from '../state.js';

/** git check-ref-format rules (roughly what GitHub enforces). */
export function isValidRefName(ref: string): boolean {
  if (!ref || ref === '@') return false;
  if (ref.startsWith('/') || ref.endsWith('/') || ref.endsWith('.')) return false;
  if (ref.includes('//') || ref.includes('..') || ref.includes('@{')) return false;

  if (/[\x00-\x20\x7f~^:?*[\\]/.test(ref)) return false;
  for (const comp of ref.split('/')) if (comp.startsWith('.') || comp.endsWith('.lock') || comp === '') return false;
  return true;
}

/** Is this tag protected by an immutable release (published, or deleted after publishing)? */
export function isImmutableTag(repo: RepoState, tagName: string): boolean {
  if (!repo.immutableReleases) return false;
  if (repo.burnedTags.has(tagName)) return true;
  for (const r of repo.releases.values()) if (!r.draft && r.tagName === tagName) return true;
  return false;
}

function assertTagRefMutable(repo: RepoState, fullRef: string): void {
  if (fullRef.startsWith('refs/tags/') && isImmutableTag(repo, fullRef.slice('refs/tags/'.length))) {
    throw unprocessable(`Cannot modify ${fullRef}: the tag belongs to an immutable release`);
  }
}

export function defaultPerson(user: User, date = isoNow()): GitPerson {
  return {
    name: user.login,
    email: `${user.id}+${user.login}@users.noreply.github.com`,
    date,
  };
}

export function personFromBody(p: unknown, fallback: GitPerson): GitPerson {
  if (!p || typeof p !== 'object') return fallback;
  const o = p as { name?: string; email?: string; date?: string };
  return {
    name: o.name ?? fallback.name,
    email: o.email ?? fallback.email,
    date: o.date ? new Date(o.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : fallback.date,
  };
}

function refParam(ctx: RouteContext): string {
  const ref = String(ctx.params.ref);
  // Octokit's docs: "heads/<branch>" / "tags/<tag>"; GitHub does not accept the refs/ prefix here.
  return `refs/${ref}`;
}

export function decodeContent(content: string, encoding: string | undefined): Buffer {
  if (encoding === 'base64') {
    const clean = content.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
      throw validationFailed([{ resource: 'Blob', code: 'invalid', field: 'content', message: 'content is not valid Base64' }]);
    }
    return Buffer.from(clean, 'base64');
  }
  return Buffer.from(content, 'utf8');
}

export function base64Wrapped(buf: Buffer): string {
  const b64 = buf.toString('base64');
  return (b64.match(/.{1,60}/g) ?? ['']).join('\n') + (b64.length ? '\n' : '');
}

const handlers: Record<string, Handler> = {
  // ---- refs ---------------------------------------------------------------
  'git/get-ref': (ctx) => {
    const repo = ctx.repo();
    const ref = refParam(ctx);
    const sha = repo.refs.get(ref);
    if (!sha) throw notFound();
    return { status: 200, body: refJson(ctx.server.url, repo, ref, sha) };
  },

  'git/list-matching-refs': (ctx) => {
    const repo = ctx.repo();
    const prefix = refParam(ctx);
    const items = [...repo.refs.entries()].filter(([r]) => r.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { status: 200, body: items.map(([r, sha]) => refJson(ctx.server.url, repo, r, sha)) };
  },

  'git/create-ref': (ctx) => {
    const repo = ctx.repo();
    const ref = String(ctx.body.ref);
    const sha = String(ctx.body.sha).toLowerCase();
    if (!ref.startsWith('refs/') || ref.split('/').length < 3 || !isValidRefName(ref)) {
      throw unprocessable('Reference name is invalid');
    }
    if (!repo.getObject(sha)) throw unprocessable('Object does not exist');
    if (repo.refs.has(ref)) throw unprocessable('Reference already exists');
    if (ref.startsWith('refs/tags/') && repo.burnedTags.has(ref.slice('refs/tags/'.length))) {
      throw unprocessable(`Cannot create ${ref}: the tag name was used by an immutable release`);
    }
    repo.refs.set(ref, sha);
    repo.pushedAt = isoNow();
    return {
      status: 201,
      body: refJson(ctx.server.url, repo, ref, sha),
      headers: { location: `${ctx.server.url}/repos/${repo.fullName}/git/${ref}` },
    };
  },

  'git/update-ref': (ctx) => {
    const repo = ctx.repo();
    const ref = refParam(ctx);
    const current = repo.refs.get(ref);
    if (!current) throw unprocessable('Reference does not exist');
    assertTagRefMutable(repo, ref);
    const sha = String(ctx.body.sha).toLowerCase();
    if (!repo.getObject(sha)) throw unprocessable('Object does not exist');
    if (!ctx.body.force && current !== sha) {
      const cur = repo.peel(current);
      const next = repo.peel(sha);
      const ff = cur?.type === 'commit' && next?.type === 'commit' && repo.isAncestor(cur.sha, next.sha);
      if (!ff) throw unprocessable('Update is not a fast forward');
    }
    repo.refs.set(ref, sha);
    repo.pushedAt = isoNow();
    return { status: 200, body: refJson(ctx.server.url, repo, ref, sha) };
  },

  'git/delete-ref': (ctx) => {
    const repo = ctx.repo();
    const ref = refParam(ctx);
    if (!repo.refs.has(ref)) throw unprocessable('Reference does not exist');
    assertTagRefMutable(repo, ref);
    repo.refs.delete(ref);
    return { status: 204 };
  },

  // ---- annotated tags -------------------------------------------------------
  'git/create-tag': (ctx) => {
    const repo = ctx.repo();
    const { tag, message, object, type, tagger } = ctx.body;
    const target = repo.getObject(String(object));
    if (!target) throw unprocessable('Object does not exist');
    if (target.type !== type) throw unprocessable(`Object is a ${target.type}, not a ${type}`);
    if (!isValidRefName(`refs/tags/${tag}`)) throw unprocessable('Tag name is invalid');
    const t = repo.putTag({
      tag: String(tag),
      message: String(message),
      object: { sha: target.sha, type: target.type },
      tagger: personFromBody(tagger, defaultPerson(ctx.user)),
    });
    return { status: 201, body: gitTagJson(ctx.server.url, repo, t) };
  },

  'git/get-tag': (ctx) => {
    const repo = ctx.repo();
    const o = repo.getObject(String(ctx.params.tag_sha));
    if (!o || o.type !== 'tag') throw notFound();
    return { status: 200, body: gitTagJson(ctx.server.url, repo, o) };
  },

  'repos/list-tags': (ctx) => {
    const repo = ctx.repo();
    const base = `${ctx.server.url}/repos/${repo.fullName}`;
    const tags = [...repo.refs.entries()]
      .filter(([r]) => r.startsWith('refs/tags/'))
      .map(([r, sha]) => ({ name: r.slice('refs/tags/'.length), sha: repo.peel(sha)?.sha ?? sha }))
      .sort((a, b) => b.name.localeCompare(a.name, 'en', { numeric: true }));
    return paginate(ctx, tags, (t) => ({
      name: t.name,
      commit: { sha: t.sha, url: `${base}/commits/${t.sha}` },
      zipball_url: `${base}/zipball/refs/tags/${t.name}`,
      tarball_url: `${base}/tarball/refs/tags/${t.name}`,
      node_id: nodeId('REF', `${repo.id}:refs/tags/${t.name}`),
    }));
  },

  // ---- blobs ---------------------------------------------------------------------
  'git/create-blob': (ctx) => {
    const repo = ctx.repo();
    const enc = ctx.body.encoding ?? 'utf-8';
    if (enc !== 'utf-8' && enc !== 'utf8' && enc !== 'base64') {
      throw validationFailed([{ resource: 'Blob', code: 'invalid', field: 'encoding' }]);
    }
    const blob = repo.putBlob(decodeContent(String(ctx.body.content), enc));
    return {
      status: 201,
      body: { sha: blob.sha, url: `${ctx.server.url}/repos/${repo.fullName}/git/blobs/${blob.sha}` },
      headers: { location: `${ctx.server.url}/repos/${repo.fullName}/git/blobs/${blob.sha}` },
    };
  },

  'git/get-blob': (ctx) => {
    const repo = ctx.repo();
    const o = repo.getObject(String(ctx.params.file_sha));
    if (!o || o.type !== 'blob') throw notFound();
    return {
      status: 200,
      body: {
        sha: o.sha,
        node_id: nodeId('B', o.sha),
        size: o.content.length,
        url: `${ctx.server.url}/repos/${repo.fullName}/git/blobs/${o.sha}`,
        content: base64Wrapped(o.content),
        encoding: 'base64',
      },
    };
  },

  // ---- trees ------------------------------------------------------------------------
  'git/create-tree': (ctx) => {
    const repo = ctx.repo();
    const { tree, base_tree: baseTree } = ctx.body;
    let flat: FlatTree = new Map();
    if (baseTree !== undefined && baseTree !== null) {
      const base = repo.getTree(String(baseTree));
      if (!base) throw unprocessable('Invalid tree info: base_tree is not a valid tree oid');
      flat = repo.flatten(base.sha);
    }
    for (const e of tree as Array<{ path: string; mode: string; type: string; sha?: string | null; content?: string }>) {
      if (
        typeof e.path !== 'string' ||
        e.path === '' ||
        e.path.startsWith('/') ||
        e.path.endsWith('/') ||
        e.path.split('/').some((p) => p === '' || p === '.' || p === '..')
      ) {
        throw unprocessable(`Invalid tree info: invalid path ${JSON.stringify(e.path)}`);
      }
      if (!e.mode) throw unprocessable("Invalid tree info: tree.mode wasn't supplied");
      const hasSha = Object.prototype.hasOwnProperty.call(e, 'sha');
      if (hasSha && e.content !== undefined) {
        throw unprocessable('Must supply either tree.sha or tree.content. Request will be rejected if both are present.');
      }
      if (!hasSha && e.content === undefined) {
        throw unprocessable('Must supply either tree.sha or tree.content.');
      }
      if (hasSha && e.sha === null) {
        // deletion of a file or a whole directory
        flat.delete(e.path);
        for (const p of [...flat.keys()]) if (p.startsWith(`${e.path}/`)) flat.delete(p);
        continue;
      }
      const type = e.type ?? (e.mode === '040000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob');
      if (e.content !== undefined) {
        if (type !== 'blob') throw unprocessable('Invalid tree info: content can only be used for blobs');
        const blob = repo.putBlob(Buffer.from(e.content, 'utf8'));
        flat.set(e.path, { mode: e.mode, type: 'blob', sha: blob.sha });
        continue;
      }
      const sha = String(e.sha).toLowerCase();
      if (type === 'commit') {
        flat.set(e.path, { mode: '160000', type: 'commit', sha });
        continue;
      }
      const obj = repo.getObject(sha);
      if (!obj || obj.type !== type) throw unprocessable(`Invalid tree info: tree.sha ${sha} is not a valid ${type}`);
      if (type === 'tree') {
        for (const p of [...flat.keys()]) if (p === e.path || p.startsWith(`${e.path}/`)) flat.delete(p);
        for (const [p, entry] of repo.flatten(sha)) flat.set(`${e.path}/${p}`, entry);
      } else {
        // a blob replacing a directory removes the directory
        for (const p of [...flat.keys()]) if (p.startsWith(`${e.path}/`)) flat.delete(p);
        flat.set(e.path, { mode: e.mode, type: 'blob', sha });
      }
    }
    const sha = repo.buildTree(flat);
    return {
      status: 201,
      body: treeJson(ctx.server.url, repo, repo.getTree(sha)!, false),
      headers: { location: `${ctx.server.url}/repos/${repo.fullName}/git/trees/${sha}` },
    };
  },

  'git/get-tree': (ctx) => {
    const repo = ctx.repo();
    const key = String(ctx.params.tree_sha);
    let tree = repo.getTree(key);
    if (!tree) {
      // GitHub also accepts a commit-ish here
      const commitSha = repo.resolveCommitish(key);
      if (commitSha) tree = repo.getTree(repo.getCommit(commitSha)!.tree);
    }
    if (!tree) throw notFound();
    return { status: 200, body: treeJson(ctx.server.url, repo, tree, ctx.query.recursive !== undefined) };
  },

  // ---- commits -------------------------------------------------------------------
  'git/create-commit': (ctx) => {
    const repo = ctx.repo();
    const { message, tree, parents, author, committer } = ctx.body;
    if (!repo.getTree(String(tree))) throw unprocessable('Tree SHA does not exist');
    const parentShas: string[] = (parents ?? []).map((p: string) => String(p).toLowerCase());
    for (const p of parentShas) {
      if (!repo.getCommit(p)) throw unprocessable('Parent SHA does not exist or is not a commit object');
    }
    const now = isoNow();
    const a = personFromBody(author, defaultPerson(ctx.user, now));
    const c = personFromBody(committer, author ? a : defaultPerson(ctx.user, now));
    const commit = repo.putCommit({ tree: String(tree).toLowerCase(), parents: parentShas, author: a, committer: c, message: String(message) });
    return {
      status: 201,
      body: gitCommitJson(ctx.server.url, repo, commit),
      headers: { location: `${ctx.server.url}/repos/${repo.fullName}/git/commits/${commit.sha}` },
    };
  },

  'git/get-commit': (ctx) => {
    const repo = ctx.repo();
    const c = repo.getCommit(String(ctx.params.commit_sha));
    if (!c) throw notFound();
    return { status: 200, body: gitCommitJson(ctx.server.url, repo, c) };
  },
};

export const gitRoutes: RouteModule = { handlers };
