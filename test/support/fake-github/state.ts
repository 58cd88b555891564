/**
 * In-memory state of the fake GitHub: repositories with a real (content
 * addressed, SHA-1) git object store, refs, issues/PRs, comments, releases
 * and assets.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';

export interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface GitPerson {
  name: string;
  email: string;
  date: string; // ISO, no millis
}

export interface GitBlob {
  type: 'blob';
  sha: string;
  content: Buffer;
}
export interface GitTreeEntry {
  name: string;
  mode: string; // '100644' | '100755' | '040000' | '160000' | '120000'
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}
export interface GitTree {
  type: 'tree';
  sha: string;
  entries: GitTreeEntry[];
}
export interface GitCommit {
  type: 'commit';
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}
export interface GitTag {
  type: 'tag';
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: 'commit' | 'tree' | 'blob' | 'tag' };
  tagger: GitPerson;
}
export type GitObject = GitBlob | GitTree | GitCommit | GitTag;

export interface IssueState {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  user: User;
  labels: string[];
  isPull: boolean;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: User;
  createdAt: string;
  updatedAt: string;
}

export interface DiffFileInput {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions?: number;
  deletions?: number;
  sha?: string;
  patch?: string;
  previous_filename?: string;
}

export type ReviewStateName = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';

/** A submitted pull-request review (pending reviews are visible only to their author, so the fake keeps none). */
export interface ReviewState {
  id: number;
  user: User;
  state: ReviewStateName;
  body: string;
  submittedAt: string;
  commitId: string;
}

/** A team's members by login (lower-cased), as `GET /orgs/{org}/teams/{team}/memberships/{user}` reports them. */
export interface TeamState {
  members: Map<string, { role: 'member' | 'maintainer'; state: 'active' | 'pending' }>;
}

/** What a token may see of an organization's teams: `read` (organization members: read), or the error GitHub gives. */
export type TeamAccess = 'read' | 403 | 404;

export interface AutoMergeState {
  enabledBy: User;
  mergeMethod: 'merge' | 'squash' | 'rebase';
  commitTitle: string | null;
  commitMessage: string | null;
}

export interface PullState {
  number: number;
  id: number;
  headRef: string;
  headRepoFullName: string;
  /** fixed head sha (used when the head branch is not in this fake, e.g. forks) */
  headShaFixed: string | null;
  baseRef: string;
  title: string;
  body: string | null;
  draft: boolean;
  state: 'open' | 'closed';
  merged: boolean;
  mergedAt: string | null;
  mergedBy: User | null;
  mergeCommitSha: string | null;
  mergeable: boolean | null;
  mergeableState: string;
  maintainerCanModify: boolean;
  user: User;
  files: DiffFileInput[] | null;
  autoMerge: AutoMergeState | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface AssetState {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  state: 'uploaded' | 'starter';
  sha256: string | null;
  /** bytes if small enough to keep in memory */
  data: Buffer | null;
  /** path of a temp file holding the bytes for large assets */
  filePath: string | null;
  uploader: User;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReleaseState {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  author: User;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  assets: AssetState[];
  /** slug used in html_url for drafts: untagged-<hex> */
  untaggedSlug: string;
}

export interface RepoOptions {
  defaultBranch?: string;
  immutableReleases?: boolean;
  private?: boolean;
  /** false: release assets have no `digest`, as on GitHub Enterprise Server and for assets uploaded before 2025 (default true) */
  assetDigests?: boolean;
  /** files of the initial commit on the default branch */
  files?: Record<string, string | Buffer>;
}

export interface AutoMergeRecord {
  repo: string;
  pullNumber: number;
  pullRequestId: string;
  mergeMethod: string | null;
  variables: Record<string, unknown>;
  query: string;
}

export function isoNow(d = new Date()): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function gitHash(type: string, content: Buffer): string {
  const h = createHash('sha1');
  h.update(`${type} ${content.length}\0`);
  h.update(content);
  return h.digest('hex');
}

function personLine(p: GitPerson): string {
  const ts = Math.floor(Date.parse(p.date) / 1000);
  return `${p.name} <${p.email}> ${Number.isFinite(ts) ? ts : 0} +0000`;
}

function treeSortKey(e: GitTreeEntry): string {
  return e.type === 'tree' ? `${e.name}/` : e.name;
}

export function sortTreeEntries(entries: GitTreeEntry[]): GitTreeEntry[] {
  return [...entries].sort((a, b) => {
    const x = Buffer.from(treeSortKey(a));
    const y = Buffer.from(treeSortKey(b));
    return Buffer.compare(x, y);
  });
}

export function encodeTree(entries: GitTreeEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of sortTreeEntries(entries)) {
    const mode = e.mode.replace(/^0+/, '');
    parts.push(Buffer.from(`${mode} ${e.name}\0`), Buffer.from(e.sha, 'hex'));
  }
  return Buffer.concat(parts);
}

export function encodeCommit(c: Omit<GitCommit, 'sha' | 'type'>): Buffer {
  let s = `tree ${c.tree}\n`;
  for (const p of c.parents) s += `parent ${p}\n`;
  s += `author ${personLine(c.author)}\ncommitter ${personLine(c.committer)}\n\n${c.message}`;
  return Buffer.from(s);
}

export function encodeTag(t: Omit<GitTag, 'sha' | 'type'>): Buffer {
  return Buffer.from(`object ${t.object.sha}\ntype ${t.object.type}\ntag ${t.tag}\ntagger ${personLine(t.tagger)}\n\n${t.message}`);
}

export const EMPTY_TREE_SHA = gitHash('tree', Buffer.alloc(0));

/** A flat view of a tree: path -> entry (blobs/submodules only). */
export type FlatTree = Map<string, { mode: string; type: 'blob' | 'commit'; sha: string }>;

export class RepoState {
  readonly owner: string;
  readonly name: string;
  readonly id: number;
  defaultBranch: string;
  immutableReleases: boolean;
  private: boolean;
  assetDigests: boolean;
  readonly createdAt = isoNow();
  pushedAt = isoNow();

  readonly objects = new Map<string, GitObject>();
  /** full ref name (refs/heads/main) -> sha */
  readonly refs = new Map<string, string>();
  readonly issues = new Map<number, IssueState>();
  readonly comments = new Map<number, CommentState>();
  readonly pulls = new Map<number, PullState>();
  /** Submitted reviews per pull request number, in the order they were submitted. */
  readonly reviews = new Map<number, ReviewState[]>();
  readonly releases = new Map<number, ReleaseState>();
  /** tag names of deleted published immutable releases: can never be reused */
  readonly burnedTags = new Set<string>();
  nextNumber = 1;

  constructor(owner: string, name: string, id: number, opts: RepoOptions) {
    this.owner = owner;
    this.name = name;
    this.id = id;
    this.defaultBranch = opts.defaultBranch ?? 'main';
    this.immutableReleases = opts.immutableReleases ?? false;
    this.private = opts.private ?? false;
    this.assetDigests = opts.assetDigests ?? true;
    this.objects.set(EMPTY_TREE_SHA, { type: 'tree', sha: EMPTY_TREE_SHA, entries: [] });
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  // --- object store -------------------------------------------------------

  putBlob(content: Buffer): GitBlob {
    const sha = gitHash('blob', content);
    let b = this.objects.get(sha) as GitBlob | undefined;
    if (!b) {
      b = { type: 'blob', sha, content };
      this.objects.set(sha, b);
    }
    return b;
  }

  putTree(entries: GitTreeEntry[]): GitTree {
    const sorted = sortTreeEntries(entries);
    const sha = gitHash('tree', encodeTree(sorted));
    let t = this.objects.get(sha) as GitTree | undefined;
    if (!t) {
      t = { type: 'tree', sha, entries: sorted };
      this.objects.set(sha, t);
    }
    return t;
  }

  putCommit(c: Omit<GitCommit, 'sha' | 'type'>): GitCommit {
    const sha = gitHash('commit', encodeCommit(c));
    const commit: GitCommit = { type: 'commit', sha, ...c };
    this.objects.set(sha, commit);
    return commit;
  }

  putTag(t: Omit<GitTag, 'sha' | 'type'>): GitTag {
    const sha = gitHash('tag', encodeTag(t));
    const tag: GitTag = { type: 'tag', sha, ...t };
    this.objects.set(sha, tag);
    return tag;
  }

  getObject(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase());
  }

  getCommit(sha: string): GitCommit | undefined {
    const o = this.getObject(sha);
    return o?.type === 'commit' ? o : undefined;
  }

  getTree(sha: string): GitTree | undefined {
    const o = this.getObject(sha);
    return o?.type === 'tree' ? o : undefined;
  }

  /** Peel tags until a non-tag object. */
  peel(sha: string): GitObject | undefined {
    let o = this.getObject(sha);
    let guard = 0;
    while (o?.type === 'tag' && guard++ < 100) o = this.getObject(o.object.sha);
    return o;
  }

  /**
   * Resolve a commit-ish: full/abbreviated sha of a commit (or tag), branch
   * name, tag name, or full ref. Returns the commit sha.
   */
  resolveCommitish(commitish: string): string | undefined {
    const candidates = [commitish.startsWith('refs/') ? commitish : undefined, `refs/heads/${commitish}`, `refs/tags/${commitish}`];
    for (const ref of candidates) {
      if (!ref) continue;
      const sha = this.refs.get(ref);
      if (sha) {
        const o = this.peel(sha);
        if (o?.type === 'commit') return o.sha;
      }
    }
    if (/^[0-9a-f]{7,40}$/i.test(commitish)) {
      const lower = commitish.toLowerCase();
      if (lower.length === 40) {
        const o = this.peel(lower);
        return o?.type === 'commit' ? o.sha : undefined;
      }
      const hits = [...this.objects.values()].filter((o) => o.sha.startsWith(lower));
      if (hits.length === 1) {
        const o = this.peel(hits[0].sha);
        return o?.type === 'commit' ? o.sha : undefined;
      }
    }
    return undefined;
  }

  branchSha(branch: string): string | undefined {
    return this.refs.get(`refs/heads/${branch}`);
  }

  /** Flatten a tree into path -> blob entry. */
  flatten(treeSha: string, prefix = '', out: FlatTree = new Map()): FlatTree {
    const tree = this.getTree(treeSha);
    if (!tree) return out;
    for (const e of tree.entries) {
      const p = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.type === 'tree') this.flatten(e.sha, p, out);
      else out.set(p, { mode: e.mode, type: e.type, sha: e.sha });
    }
    return out;
  }

  /** Build (nested) tree objects from a flat path map; returns root tree sha. */
  buildTree(flat: FlatTree): string {
    interface Dir {
      files: GitTreeEntry[];
      dirs: Map<string, Dir>;
    }
    const root: Dir = { files: [], dirs: new Map() };
    for (const [path, e] of flat) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part);
        if (!next) dir.dirs.set(part, (next = { files: [], dirs: new Map() }));
        dir = next;
      }
      dir.files.push({ name: parts[parts.length - 1], mode: e.mode, type: e.type, sha: e.sha });
    }
    const write = (dir: Dir): string => {
      const entries = [...dir.files];
      for (const [name, sub] of dir.dirs) entries.push({ name, mode: '040000', type: 'tree', sha: write(sub) });
      return this.putTree(entries).sha;
    };
    return write(root);
  }

  /** Read a file's bytes at a branch / tag / sha. */
  readFile(commitish: string, path: string): Buffer | undefined {
    const commitSha = this.resolveCommitish(commitish);
    if (!commitSha) return undefined;
    const commit = this.getCommit(commitSha)!;
    const entry = this.flatten(commit.tree).get(path.replace(/^\/+/, ''));
    if (!entry) return undefined;
    const blob = this.getObject(entry.sha);
    return blob?.type === 'blob' ? blob.content : undefined;
  }

  /** Is `ancestor` reachable from `descendant` (inclusive)? */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length) {
      const sha = queue.shift()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const c = this.getCommit(sha);
      if (c) queue.push(...c.parents);
    }
    return false;
  }

  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length) {
      const s = queue.shift()!;
      if (seen.has(s)) continue;
      seen.add(s);
      const c = this.getCommit(s);
      if (c) queue.push(...c.parents);
    }
    return seen;
  }

  mergeBase(a: string, b: string): string | undefined {
    const aa = this.ancestors(a);
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length) {
      const s = queue.shift()!;
      if (aa.has(s)) return s;
      if (seen.has(s)) continue;
      seen.add(s);
      const c = this.getCommit(s);
      if (c) queue.push(...c.parents);
    }
    return undefined;
  }

  /** Commit files on a branch (creating the branch from the default branch if needed). */
  commitFiles(branch: string, files: Record<string, string | Buffer | null>, message: string, person: GitPerson): GitCommit {
    let parent = this.branchSha(branch);
    if (!parent && branch !== this.defaultBranch) parent = this.branchSha(this.defaultBranch);
    const parentCommit = parent ? this.getCommit(parent) : undefined;
    const flat = parentCommit ? this.flatten(parentCommit.tree) : (new Map() as FlatTree);
    for (const [path, content] of Object.entries(files)) {
      const p = path.replace(/^\/+/, '');
      if (content === null) flat.delete(p);
      else {
        const blob = this.putBlob(Buffer.isBuffer(content) ? content : Buffer.from(content));
        flat.set(p, { mode: flat.get(p)?.mode ?? '100644', type: 'blob', sha: blob.sha });
      }
    }
    const commit = this.putCommit({
      tree: this.buildTree(flat),
      parents: parent ? [parent] : [],
      author: person,
      committer: person,
      message,
    });
    this.refs.set(`refs/heads/${branch}`, commit.sha);
    this.pushedAt = isoNow();
    return commit;
  }
}

export class State {
  readonly repos = new Map<string, RepoState>();
  readonly tokens = new Map<string, User>();
  defaultUser: User = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
  readonly autoMergeRequests: AutoMergeRecord[] = [];
  /** Teams by `org/team-slug` (lower-cased). */
  readonly teams = new Map<string, TeamState>();
  /** Team visibility per acting login (a token's user); unset: a person reads teams, a bot (GITHUB_TOKEN) gets 403. */
  readonly teamAccess = new Map<string, TeamAccess>();
  private counters = new Map<string, number>();
  /** temp dir for large asset bodies (created lazily by the server) */
  tmpDir: string | null = null;

  nextId(kind: string): number {
    const bases: Record<string, number> = {
      repo: 100000,
      issue: 2000000,
      comment: 3000000,
      pull: 4000000,
      release: 5000000,
      asset: 6000000,
      user: 7000000,
      review: 8000000,
    };
    const next = (this.counters.get(kind) ?? bases[kind] ?? 1) + 1;
    this.counters.set(kind, next);
    return next;
  }

  repo(fullName: string): RepoState | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  userForToken(token: string): User {
    return this.tokens.get(token) ?? this.defaultUser;
  }

  cleanup(): void {
    if (this.tmpDir) {
      rmSync(this.tmpDir, { recursive: true, force: true });
      this.tmpDir = null;
    }
  }
}
