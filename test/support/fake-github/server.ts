/**
 * A local, stateful fake of GitHub's REST API that checks every request
 * against GitHub's OpenAPI description.
 *
 *   const gh = await startFakeGitHub();
 *   gh.addRepo('o/r');
 *   const octokit = getOctokit('t', { baseUrl: gh.url }, retry, throttling);
 *   ...
 *   gh.assertNoViolations();
 *   await gh.close();
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  bodyIsRequired,
  checkBody,
  checkPathParams,
  checkQuery,
  checkResponse,
  jsonBodySchema,
  matchRoute,
  type CheckIssue,
  type Operation,
} from './openapi-checker.js';
import { errorBody, HttpError, notFound, type ActiveFault, type Handler, type RouteContext, type RouteModule, type RouteResult } from './http.js';
import { createPull, handleGraphql, pullsRoutes, type PullInit } from './routes/pulls.js';
import { issuesRoutes, createIssue } from './routes/issues.js';
import { gitRoutes } from './routes/git.js';
import { contentsRoutes } from './routes/contents.js';
import { usersRoutes } from './routes/users.js';
import { reviewsRoutes } from './routes/reviews.js';
import { teamsRoutes } from './routes/teams.js';
import { deploymentsRoutes } from './routes/deployments.js';
import { ownerUser } from './representations.js';
import { releasesRoutes, findAssetForDownload, isDownloadPath, serveAsset } from './routes/releases.js';
import {
  isoNow,
  RepoState,
  State,
  type AssetState,
  type AutoMergeRecord,
  type CommentState,
  type GitPerson,
  type IssueState,
  type PullState,
  type ReleaseState,
  type RepoOptions,
  type ReviewStateName,
  type TeamAccess,
  type User,
} from './state.js';

export interface FakeGitHubOptions {
  /** check the fake's own JSON responses against the documented response schemas (default true) */
  validateResponses?: boolean;
  /** asset bodies up to this size are kept in memory; larger ones go to a temp file (default 8 MiB) */
  keepAssetBytesInMemoryUpTo?: number;
  /** what to do with asset bytes above the in-memory limit: 'disk' (default) or 'discard' (hash + size only) */
  largeAssets?: 'disk' | 'discard';
  /** largest JSON request body accepted (default 100 MiB) */
  maxJsonBodyBytes?: number;
  /** x-ratelimit-limit (default 5000) */
  rateLimit?: number;
}

export interface FaultSpec {
  method?: string;
  /**
   * tested against the request path as received (percent-encoded), decoded, and as
   * received including the query string (e.g. `/repos/o/r/releases/1/assets?name=a.bin`)
   */
  pathPattern?: RegExp;
  /** let this many matching requests through before failing (default 0) */
  skip?: number;
  /** how many matching requests to fail (default 1) */
  times?: number;
  status?: 500 | 502 | 503 | 429 | 403;
  /** seconds; sent as retry-after (and used for x-ratelimit-reset on rate-limit faults) */
  retryAfter?: number;
  /** 403 (or the given status) with GitHub's secondary-rate-limit message and retry-after */
  secondaryRateLimit?: boolean;
  /** read part of the request body, then destroy the socket (uploads leave a 'starter' asset); on an asset download, send half the bytes, then destroy it */
  reset?: 'midway';
}

export interface Violation {
  method: string;
  path: string;
  message: string;
  operationId?: string;
  status: number;
}

export interface ResponseViolation {
  method: string;
  path: string;
  operationId: string;
  status: number;
  issues: string[];
}

export interface RequestLogEntry {
  seq: number;
  method: string;
  /** decoded path */
  path: string;
  /** path as received (percent-encoded) */
  rawPath: string;
  /** raw path + query string as received */
  url: string;
  query: Record<string, string>;
  /** response status; 0 while in flight or when the connection was reset */
  status: number;
  operationId?: string;
  /** the response was produced by failNext() */
  faulted?: boolean;
  /** the connection was destroyed before a response was sent */
  reset?: boolean;
  /** the storage host (signed asset downloads, another port) took it; absent for the API host */
  storage?: true;
  /** the request carried an Authorization header */
  authorized: boolean;
}

export interface AddRepoResult {
  fullName: string;
  id: number;
  defaultBranch: string;
  /** sha of the initial commit on the default branch */
  headSha: string;
}

interface PendingFault extends FaultSpec {
  remaining: number;
  skipLeft: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ROUTE_MODULES: RouteModule[] = [
  issuesRoutes,
  pullsRoutes,
  gitRoutes,
  contentsRoutes,
  releasesRoutes,
  usersRoutes,
  reviewsRoutes,
  teamsRoutes,
  deploymentsRoutes,
];

function buildHandlerTable(): { handlers: Map<string, Handler>; streaming: Set<string> } {
  const handlers = new Map<string, Handler>();
  const streaming = new Set<string>();
  for (const m of ROUTE_MODULES) {
    for (const [id, h] of Object.entries(m.handlers)) {
      if (handlers.has(id)) throw new Error(`duplicate handler ${id}`);
      handlers.set(id, h);
    }
    for (const id of m.streaming ?? []) streaming.add(id);
  }
  return { handlers, streaming };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    if (!tooLarge) chunks.push(chunk);
  }
  return tooLarge ? 'too-large' : Buffer.concat(chunks);
}

async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return;
  try {
    for await (const _ of req) {
      // discard
    }
  } catch {
    // ignore
  }
}

function formatIssues(issues: CheckIssue[]): string {
  return issues.map((i) => `${i.location}: ${i.message}`).join('; ');
}

export class FakeGitHub {
  readonly state = new State();
  readonly violations: Violation[] = [];
  readonly responseViolations: ResponseViolation[] = [];
  readonly requests: RequestLogEntry[] = [];
  readonly options: Required<FakeGitHubOptions>;
  private faults: PendingFault[] = [];
  private barriers: { method?: string; pathPattern?: RegExp; count: number; waiting: (() => void)[] }[] = [];
  private server: Server;
  private port = 0;
  /** Another origin, as GitHub's signed asset addresses are on another host: a token must never follow a redirect there. */
  private storage: Server;
  private storagePort = 0;
  private seq = 0;
  private readonly table = buildHandlerTable();
  private readonly rate = new Map<string, number>();
  private readonly rateReset = Math.floor(Date.now() / 1000) + 3600;

  constructor(options: FakeGitHubOptions = {}) {
    this.options = {
      validateResponses: options.validateResponses ?? true,
      keepAssetBytesInMemoryUpTo: options.keepAssetBytesInMemoryUpTo ?? 8 * 1024 * 1024,
      largeAssets: options.largeAssets ?? 'disk',
      maxJsonBodyBytes: options.maxJsonBodyBytes ?? 100 * 1024 * 1024,
      rateLimit: options.rateLimit ?? 5000,
    };
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.recordViolation(req.method ?? '?', req.url ?? '?', `fake GitHub crashed: ${(err as Error)?.stack ?? String(err)}`, 500);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(errorBody(500, 'Fake GitHub internal error')));
        } else res.destroy();
      });
    });
    // large uploads may take a while
    this.server.requestTimeout = 0;
    this.server.headersTimeout = 60_000;
    this.storage = createServer((req, res) => {
      if (isDownloadPath(new URL(req.url ?? '/', this.storageUrl).pathname)) return void this.handle(req, res, true).catch(() => res.destroy());
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    });
  }

  /** @internal */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
    await new Promise<void>((resolve, reject) => {
      this.storage.once('error', reject);
      this.storage.listen(0, '127.0.0.1', () => {
        this.storage.off('error', reject);
        resolve();
      });
    });
    this.storagePort = (this.storage.address() as AddressInfo).port;
  }

  /** e.g. http://127.0.0.1:PORT — use as GITHUB_API_URL / Octokit baseUrl */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The storage host's origin (another port): where the API's asset downloads redirect, with a signed address. */
  get storageUrl(): string {
    return `http://127.0.0.1:${this.storagePort}`;
  }

  /** Stops the server and removes temp files. Never throws on violations: call assertNoViolations(). */
  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    await new Promise<void>((resolve) => {
      this.storage.close(() => resolve());
      this.storage.closeAllConnections();
    });
    this.state.cleanup();
  }

  // ------------------------------------------------------------------------
  // assertions & logs

  recordViolation(method: string, path: string, message: string, status = 0, operationId?: string): void {
    this.violations.push({ method, path, message, status, ...(operationId ? { operationId } : {}) });
  }

  /** Throws with a readable list if any request was one GitHub would reject (or the fake could not serve). */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v, i) => `  ${i + 1}. ${v.method} ${v.path}${v.operationId ? ` [${v.operationId}]` : ''} -> ${v.status}: ${v.message}`);
    throw new Error(`Fake GitHub recorded ${this.violations.length} violation(s):\n${lines.join('\n')}`);
  }

  /** Throws if any of the fake's own responses did not match GitHub's documented response schema. */
  assertResponsesMatchSpec(): void {
    if (this.responseViolations.length === 0) return;
    const lines = this.responseViolations.map((v, i) => `  ${i + 1}. ${v.method} ${v.path} [${v.operationId}] ${v.status}: ${v.issues.join('; ')}`);
    throw new Error(`Fake GitHub produced ${this.responseViolations.length} off-spec response(s):\n${lines.join('\n')}`);
  }

  /** Forget recorded violations (e.g. after a test deliberately sent a bad request). */
  clearViolations(): void {
    this.violations.length = 0;
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  // ------------------------------------------------------------------------
  // faults

  /** Fail the next matching request(s). Faults are consumed in the order they were added. */
  failNext(spec: FaultSpec): void {
    if (spec.status === undefined && spec.reset === undefined && !spec.secondaryRateLimit) {
      throw new Error('failNext needs a status, secondaryRateLimit or reset');
    }
    this.faults.push({ ...spec, remaining: spec.times ?? 1, skipLeft: spec.skip ?? 0 });
  }

  /**
   * Fail, in a re-run, the request that was `entries[index]` in an earlier run
   * (e.g. a copy of `gh.requests` taken after the first run): same method, same
   * path and query, and the same number of identical requests let through before it.
   */
  failLikeLoggedRequest(entries: readonly RequestLogEntry[], index: number, fault: Omit<FaultSpec, 'method' | 'pathPattern' | 'skip'>): void {
    const target = entries[index];
    if (!target) throw new Error(`failLikeLoggedRequest: no entry ${index}`);
    const skip = entries.slice(0, index).filter((e) => e.method === target.method && e.url === target.url).length;
    this.failNext({ ...fault, method: target.method, pathPattern: new RegExp(`^${escapeRegExp(target.url)}$`), skip });
  }

  /**
   * Hold matching requests until `count` of them have arrived, then let them
   * all through at once: concurrent runs then interleave at that request
   * (two runs that each create an issue both create before either looks again).
   */
  holdUntil(count: number, spec: { method?: string; pathPattern?: RegExp } = {}): void {
    this.barriers.push({ ...spec, count, waiting: [] });
  }

  private async passBarrier(method: string, rawPath: string, decodedPath: string): Promise<void> {
    const barrier = this.barriers.find(
      (b) => (!b.method || b.method.toUpperCase() === method) && (!b.pathPattern || b.pathPattern.test(rawPath) || b.pathPattern.test(decodedPath)),
    );
    if (!barrier) return;
    const arrived = new Promise<void>((resolve) => barrier.waiting.push(resolve));
    if (barrier.waiting.length >= barrier.count) {
      this.barriers.splice(this.barriers.indexOf(barrier), 1);
      for (const release of barrier.waiting) release();
    }
    await arrived;
  }

  clearFaults(): void {
    this.faults = [];
  }

  get pendingFaults(): number {
    return this.faults.reduce((n, f) => n + f.remaining, 0);
  }

  private takeFault(method: string, rawPath: string, decodedPath: string, rawUrl: string): ActiveFault | undefined {
    const test = (re: RegExp, s: string): boolean => {
      re.lastIndex = 0;
      return re.test(s);
    };
    for (let idx = 0; idx < this.faults.length; idx++) {
      const f = this.faults[idx];
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (f.pathPattern && !test(f.pathPattern, rawPath) && !test(f.pathPattern, decodedPath) && !test(f.pathPattern, rawUrl)) continue;
      if (f.skipLeft > 0) {
        f.skipLeft--;
        continue;
      }
      f.remaining--;
      if (f.remaining <= 0) this.faults.splice(idx, 1);
      return f;
    }
    return undefined;
  }

  private faultResult(f: ActiveFault): RouteResult {
    const headers: Record<string, string> = {};
    if (f.secondaryRateLimit) {
      const status = f.status ?? 403;
      headers['retry-after'] = String(f.retryAfter ?? 60);
      return {
        status,
        headers,
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: String(status),
        },
      };
    }
    const status = f.status ?? 502;
    if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
    if (status === 429 || (status === 403 && f.retryAfter !== undefined)) {
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + (f.retryAfter ?? 60));
      return {
        status,
        headers,
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
          status: String(status),
        },
      };
    }
    const messages: Record<number, string> = {
      403: 'Resource not accessible by integration',
      500: 'Server Error',
      502: 'Server Error',
      503: 'Service Unavailable',
    };
    return { status, headers, body: errorBody(status, messages[status] ?? 'Server Error') };
  }

  // ------------------------------------------------------------------------
  // state helpers

  private repoOrThrow(fullName: string): RepoState {
    const r = this.state.repo(fullName);
    if (!r) throw new Error(`fake GitHub: unknown repository ${fullName} (call addRepo first)`);
    return r;
  }

  /** The underlying state of a repository (advanced assertions). */
  repo(fullName: string): RepoState {
    return this.repoOrThrow(fullName);
  }

  private person(user: User = this.state.defaultUser): GitPerson {
    return { name: user.login, email: `${user.id}+${user.login}@users.noreply.github.com`, date: isoNow() };
  }

  /** Create a repository with an initial commit (README.md unless `files` is given) on the default branch. */
  addRepo(fullName: string, opts: RepoOptions = {}): AddRepoResult {
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length) throw new Error(`addRepo: expected owner/name, got ${fullName}`);
    if (this.state.repo(fullName)) throw new Error(`addRepo: ${fullName} already exists`);
    const repo = new RepoState(owner, name, this.state.nextId('repo'), opts);
    this.state.repos.set(fullName.toLowerCase(), repo);
    const commit = repo.commitFiles(repo.defaultBranch, opts.files ?? { 'README.md': `# ${name}\n` }, 'Initial commit', this.person(ownerUserFor(owner)));
    return { fullName: repo.fullName, id: repo.id, defaultBranch: repo.defaultBranch, headSha: commit.sha };
  }

  /**
   * Register commits with the given shas (not content-addressed). They form a
   * chain on top of `opts.parent` (default: head of `opts.branch` or the
   * default branch) and reuse its tree. With `opts.branch` the branch is moved
   * to the last one (and created if missing).
   */
  addCommits(fullName: string, shas: string[], opts: { branch?: string; parent?: string } = {}): void {
    const repo = this.repoOrThrow(fullName);
    let parent = opts.parent ?? repo.branchSha(opts.branch ?? repo.defaultBranch) ?? repo.branchSha(repo.defaultBranch);
    for (const raw of shas) {
      const sha = raw.toLowerCase();
      if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`addCommits: not a 40-hex sha: ${raw}`);
      const parentCommit = parent ? repo.getCommit(parent) : undefined;
      const p = this.person();
      repo.objects.set(sha, {
        type: 'commit',
        sha,
        tree: parentCommit?.tree ?? repo.putTree([]).sha,
        parents: parent ? [parent] : [],
        author: p,
        committer: p,
        message: `Commit ${sha.slice(0, 7)}`,
      });
      parent = sha;
    }
    if (opts.branch && parent) repo.refs.set(`refs/heads/${opts.branch}`, parent);
  }

  /** Commit files (null deletes) on a branch (created from the default branch if missing). Returns the commit sha. */
  commitFiles(fullName: string, branch: string, files: Record<string, string | Buffer | null>, message = 'Update files'): string {
    return this.repoOrThrow(fullName).commitFiles(branch, files, message, this.person()).sha;
  }

  /** Create a branch ref at a commit-ish (default: head of the default branch). */
  addBranch(fullName: string, branch: string, from?: string): string {
    const repo = this.repoOrThrow(fullName);
    const sha = repo.resolveCommitish(from ?? repo.defaultBranch);
    if (!sha) throw new Error(`addBranch: cannot resolve ${from}`);
    repo.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  addIssue(fullName: string, init: { title: string; body?: string; number?: number; user?: User; labels?: string[] }): number {
    const repo = this.repoOrThrow(fullName);
    return createIssue(this.state, repo, { ...init, user: init.user ?? ownerUserFor(repo.owner), isPull: false }).number;
  }

  /**
   * Add a pull request. The head branch is created from the base branch if it
   * does not exist (same-repo PRs without headSha).
   */
  addPullRequest(fullName: string, init: PullInit): PullState {
    const repo = this.repoOrThrow(fullName);
    if (!repo.branchSha(init.base)) throw new Error(`addPullRequest: base branch ${init.base} does not exist`);
    const sameRepo = !init.headRepoFullName || init.headRepoFullName.toLowerCase() === repo.fullName.toLowerCase();
    if (sameRepo && !init.headSha && !repo.branchSha(init.head)) repo.refs.set(`refs/heads/${init.head}`, repo.branchSha(init.base)!);
    return createPull(this.state, repo, init, ownerUserFor(repo.owner));
  }

  /** A comment on an issue or pull request, written by `user` (anyone: a stranger, another bot). Returns its id. */
  addComment(fullName: string, issueNumber: number, body: string, user: { login: string; id?: number; type?: User['type'] }): number {
    const repo = this.repoOrThrow(fullName);
    if (!repo.issues.has(issueNumber)) throw new Error(`addComment: no issue or pull request #${issueNumber} in ${fullName}`);
    const now = isoNow();
    const id = this.state.nextId('comment');
    repo.comments.set(id, {
      id,
      issueNumber,
      body,
      user: { login: user.login, id: user.id ?? this.state.nextId('user'), type: user.type ?? 'User' },
      createdAt: now,
      updatedAt: now,
    });
    return id;
  }

  /**
   * A submitted review of pull request `number` by `login` (GitHub itself refuses an author's
   * approval of their own pull request; the fake lets a test add one, so code never relies on that).
   * Returns the review's id.
   */
  addReview(
    fullName: string,
    number: number,
    review: { login: string; state: ReviewStateName; submittedAt?: string; commitId?: string; body?: string; type?: User['type'] },
  ): number {
    const repo = this.repoOrThrow(fullName);
    const pr = repo.pulls.get(number);
    if (!pr) throw new Error(`addReview: no pull request #${number} in ${fullName}`);
    const id = this.state.nextId('review');
    const list = repo.reviews.get(number) ?? [];
    list.push({
      id,
      user: { login: review.login, id: this.userId(review.login), type: review.type ?? 'User' },
      state: review.state,
      body: review.body ?? '',
      submittedAt: review.submittedAt ?? isoNow(),
      commitId: review.commitId ?? pr.headShaFixed ?? repo.branchSha(pr.headRef) ?? '0'.repeat(40),
    });
    // GitHub lists reviews in the order they were submitted.
    list.sort((a, b) => (a.submittedAt === b.submittedAt ? a.id - b.id : a.submittedAt < b.submittedAt ? -1 : 1));
    repo.reviews.set(number, list);
    return id;
  }

  /** Dismiss a review, as a maintainer does (its state becomes DISMISSED). */
  dismissReview(fullName: string, number: number, reviewId: number): void {
    const review = this.repoOrThrow(fullName)
      .reviews.get(number)
      ?.find((r) => r.id === reviewId);
    if (!review) throw new Error(`dismissReview: no review ${reviewId} on #${number} in ${fullName}`);
    review.state = 'DISMISSED';
  }

  /** Make `login` a member of `org/team-slug` (state `pending`: invited, not yet a member). */
  addTeamMember(team: string, login: string, opts: { role?: 'member' | 'maintainer'; state?: 'active' | 'pending' } = {}): void {
    const key = team.toLowerCase();
    if (!/^[^/]+\/[^/]+$/.test(key)) throw new Error(`addTeamMember: expected org/team-slug, got ${team}`);
    const entry = this.state.teams.get(key) ?? { members: new Map() };
    entry.members.set(login.toLowerCase(), { role: opts.role ?? 'member', state: opts.state ?? 'active' });
    this.state.teams.set(key, entry);
  }

  /**
   * What the token acting as `login` sees of teams: 'read' (a token with the organization
   * permission members: read), 403 (GitHub's answer to GITHUB_TOKEN: the default for bots) or 404.
   */
  setTeamAccess(login: string, access: TeamAccess): void {
    this.state.teamAccess.set(login.toLowerCase(), access);
  }

  /** A stable id per login, so one person's reviews carry one user id. */
  private userId(login: string): number {
    for (const user of this.state.tokens.values()) if (user.login.toLowerCase() === login.toLowerCase()) return user.id;
    let h = 0;
    for (const ch of login.toLowerCase()) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return 9_000_000 + (h % 1_000_000);
  }

  /** Map a token to a user (default for unknown tokens: github-actions[bot]). */
  setTokenUser(token: string, user: { login: string; id?: number; type?: User['type'] }): void {
    this.state.tokens.set(token, { login: user.login, id: user.id ?? this.state.nextId('user'), type: user.type ?? 'User' });
  }

  /** Contents of a file at a branch / tag / sha (utf-8), or undefined. */
  readFile(fullName: string, branchOrSha: string, path: string): string | undefined {
    return this.repoOrThrow(fullName).readFile(branchOrSha, path)?.toString('utf8');
  }

  readFileBuffer(fullName: string, branchOrSha: string, path: string): Buffer | undefined {
    return this.repoOrThrow(fullName).readFile(branchOrSha, path);
  }

  /** All releases, newest first (drafts included). */
  releases(fullName: string): ReleaseState[] {
    return [...this.repoOrThrow(fullName).releases.values()].sort((a, b) => b.id - a.id);
  }

  /**
   * Published releases (without assets), each with a lightweight tag at its
   * commit, put straight into the state: a large registry's release history
   * (20,000 releases) in milliseconds. They are older than anything the code
   * under test creates (created `createdAt`, default 2025-01-01).
   */
  seedReleases(fullName: string, releases: readonly { tag: string; commit: string }[], createdAt = '2025-01-01T00:00:00Z'): void {
    const repo = this.repoOrThrow(fullName);
    for (const { tag, commit } of releases) {
      repo.refs.set(`refs/tags/${tag}`, commit);
      const id = this.state.nextId('release');
      repo.releases.set(id, {
        id,
        tagName: tag,
        targetCommitish: commit,
        name: tag,
        body: null,
        draft: false,
        prerelease: false,
        makeLatest: 'true',
        author: this.state.defaultUser,
        createdAt,
        publishedAt: createdAt,
        updatedAt: createdAt,
        assets: [],
        untaggedSlug: `untagged-${randomBytes(10).toString('hex')}`,
      });
    }
  }

  /** Bytes of an uploaded asset (if kept). */
  assetBytes(fullName: string, assetId: number): Buffer | undefined {
    for (const r of this.repoOrThrow(fullName).releases.values()) {
      const a: AssetState | undefined = r.assets.find((x) => x.id === assetId);
      if (a) return a.data ?? (a.filePath ? readFileSyncSafe(a.filePath) : undefined);
    }
    return undefined;
  }

  comments(fullName: string, issueNumber: number): CommentState[] {
    return [...this.repoOrThrow(fullName).comments.values()].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }

  issues(fullName: string): IssueState[] {
    return [...this.repoOrThrow(fullName).issues.values()].sort((a, b) => a.number - b.number);
  }

  /** refs as { 'refs/heads/main': sha, ... } */
  refs(fullName: string): Record<string, string> {
    return Object.fromEntries([...this.repoOrThrow(fullName).refs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  pulls(fullName: string): PullState[] {
    return [...this.repoOrThrow(fullName).pulls.values()].sort((a, b) => a.number - b.number);
  }

  /** enablePullRequestAutoMerge mutations received over GraphQL. */
  get autoMergeRequests(): AutoMergeRecord[] {
    return this.state.autoMergeRequests;
  }

  // ------------------------------------------------------------------------
  // request handling

  private rateHeaders(resource: string): Record<string, string> {
    const used = (this.rate.get(resource) ?? 0) + 1;
    this.rate.set(resource, used);
    return {
      'x-ratelimit-limit': String(this.options.rateLimit),
      'x-ratelimit-remaining': String(Math.max(this.options.rateLimit - used, 0)),
      'x-ratelimit-reset': String(this.rateReset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': resource,
    };
  }

  private async send(req: IncomingMessage, res: ServerResponse, result: RouteResult, base: Record<string, string>): Promise<void> {
    // don't answer while the client is still sending: read (and discard) the rest of the body first
    await drain(req);
    if (res.destroyed) return;
    const headers: Record<string, string> = { ...base, ...(result.headers ?? {}) };
    if (result.body === undefined || result.status === 204 || result.status === 304) {
      if (result.status !== 204 && result.status !== 304) headers['content-length'] = '0';
      res.writeHead(result.status, headers);
      res.end();
      return;
    }
    const payload = Buffer.from(JSON.stringify(result.body));
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(payload.length);
    res.writeHead(result.status, headers);
    res.end(payload);
  }

  private async handle(req: IncomingMessage, res: ServerResponse, storage = false): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', storage ? this.storageUrl : this.url);
    const rawPath = url.pathname;
    const path = safeDecode(rawPath);
    const entry: RequestLogEntry = {
      seq: ++this.seq,
      method,
      path,
      rawPath,
      url: rawPath + url.search,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      ...(storage ? { storage: true as const } : {}),
      authorized: req.headers.authorization !== undefined,
    };
    this.requests.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    res.on('close', () => {
      if (!res.writableFinished) {
        entry.reset = true;
        entry.status = 0;
      }
    });

    const violation = (message: string, status: number): void => {
      this.recordViolation(method, path + url.search, message, status, entry.operationId);
    };
    const base: Record<string, string> = {
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-github-api-version-selected': '2022-11-28',
    };

    // ---- downloads (browser_download_url / signed asset URL): no auth, not part of the API
    if ((method === 'GET' || method === 'HEAD') && isDownloadPath(rawPath)) {
      const fault = this.takeFault(method, rawPath, path, entry.url);
      const hit = findAssetForDownload(this.state, rawPath);
      if (fault) {
        entry.faulted = true;
        // Midway on a download: the full Content-Length, half the bytes, then the connection breaks.
        if (fault.reset && hit) return serveAsset(res, hit.asset, Math.floor(hit.asset.size / 2));
        if (fault.reset) return void req.socket.destroy();
        return this.send(req, res, this.faultResult(fault), base);
      }
      if (!hit) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not Found');
        return;
      }
      return serveAsset(res, hit.asset);
    }
    if (method === 'GET' && rawPath.startsWith('/_raw/')) {
      return this.serveRaw(rawPath, res);
    }

    const isGraphql = rawPath === '/graphql';
    Object.assign(base, this.rateHeaders(isGraphql ? 'graphql' : 'core'));

    // ---- route
    let operation: Operation | undefined;
    let rawParams: Record<string, string> = {};
    if (!isGraphql) {
      const m = matchRoute(method, rawPath);
      if (m.kind !== 'ok') {
        const msg =
          m.kind === 'method-not-allowed'
            ? `no ${method} operation for ${m.template} in GitHub's OpenAPI description`
            : m.kind === 'bad-encoding'
              ? 'malformed percent-encoding in path'
              : `unknown route: ${method} ${rawPath} is not in GitHub's OpenAPI description`;
        const status = m.kind === 'bad-encoding' ? 400 : 404;
        violation(msg, status);
        return this.send(req, res, { status, body: errorBody(status, status === 404 ? 'Not Found' : 'Bad Request') }, base);
      }
      operation = m.match.operation;
      rawParams = m.match.rawParams;
      entry.operationId = operation.operationId;
    } else if (method !== 'POST') {
      violation('GraphQL requests must be POST', 404);
      return this.send(req, res, { status: 404, body: errorBody(404, 'Not Found') }, base);
    }

    // ---- auth
    const auth = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
    if (!auth) {
      violation('missing or malformed Authorization header (expected "token X" or "Bearer X")', 401);
      return this.send(req, res, { status: 401, body: errorBody(401, 'Requires authentication') }, base);
    }
    const user = this.state.userForToken(auth[1]);

    // ---- parameters & body
    const issues: CheckIssue[] = [];
    let params: Record<string, unknown> = {};
    let query: Record<string, unknown> = {};
    let body: unknown;
    const streaming = operation ? this.table.streaming.has(operation.operationId) : false;
    if (operation) {
      const p = checkPathParams(operation, rawParams);
      params = p.params;
      issues.push(...p.issues);
      const q = checkQuery(operation, url.searchParams);
      query = q.query;
      issues.push(...q.issues);
    }
    if (streaming) {
      if (!req.headers['content-type']) {
        issues.push({ location: 'header', field: 'content-type', code: 'missing_field', message: 'Content-Type header is required for uploads' });
      }
      const chunked = /\bchunked\b/i.test(String(req.headers['transfer-encoding'] ?? ''));
      if (req.headers['content-length'] === undefined && !chunked) {
        violation('upload without Content-Length or chunked Transfer-Encoding', 411);
        return this.send(req, res, { status: 411, body: errorBody(411, 'Length Required') }, base);
      }
    } else {
      const raw = await readBody(req, this.options.maxJsonBodyBytes);
      if (raw === 'too-large') {
        violation(`request body larger than ${this.options.maxJsonBodyBytes} bytes`, 413);
        return this.send(req, res, { status: 413, body: errorBody(413, 'Payload Too Large') }, base);
      }
      const text = raw.toString('utf8');
      const hasSchema = isGraphql || (operation ? jsonBodySchema(operation) !== undefined : false);
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          violation('request body is not valid JSON', 400);
          return this.send(req, res, { status: 400, body: errorBody(400, 'Problems parsing JSON') }, base);
        }
      } else if (operation && hasSchema && bodyIsRequired(operation)) {
        body = {};
      }
      if (operation && hasSchema && body !== undefined) issues.push(...checkBody(operation, body));
    }
    if (issues.length) {
      violation(formatIssues(issues), 422);
      const resource = operation?.operationId.split('/')[1] ?? 'Request';
      return this.send(
        req,
        res,
        {
          status: 422,
          body: errorBody(422, 'Validation Failed', {
            errors: issues.map((i) => ({ resource, field: i.field, code: i.code, message: i.message })),
          }),
        },
        base,
      );
    }

    await this.passBarrier(method, rawPath, path);

    // ---- faults
    const fault = this.takeFault(method, rawPath, path, entry.url);
    if (fault) entry.faulted = true;
    if (fault && !(fault.reset && streaming)) {
      if (fault.reset) {
        await drain(req);
        req.socket.destroy();
        return;
      }
      return this.send(req, res, this.faultResult(fault), base);
    }

    // ---- graphql
    if (isGraphql) {
      const out = handleGraphql(this.state, body, user);
      if (out.violation) violation(out.violation, out.result.status);
      return this.send(req, res, out.result, base);
    }

    // ---- dispatch
    const op = operation!;
    const handler = this.table.handlers.get(op.operationId) ?? (op.operationId === 'rate-limit/get' ? this.rateLimitHandler : undefined);
    if (!handler) {
      violation(`operation ${op.operationId} is valid for GitHub but not implemented by the fake`, 501);
      return this.send(req, res, { status: 501, body: errorBody(501, `Fake GitHub does not implement ${op.operationId}`) }, base);
    }
    const ctx: RouteContext = {
      server: this,
      state: this.state,
      req,
      res,
      operation: op,
      rawPath,
      params,
      query,
      body: body ?? {},
      user,
      fault: fault ?? undefined,
      repo: () => {
        const r = this.state.repo(`${String(params.owner)}/${String(params.repo)}`);
        if (!r) throw notFound();
        return r;
      },
    };
    let result: RouteResult | 'handled';
    try {
      result = await handler(ctx);
    } catch (e) {
      if (e instanceof HttpError) {
        return this.send(req, res, { status: e.status, body: e.body, headers: e.headers }, base);
      }
      throw e;
    }
    if (result === 'handled') {
      if ((res as ServerResponse & { fakeReset?: boolean }).fakeReset) entry.reset = true;
      return;
    }
    if (this.options.validateResponses && result.status >= 200 && result.status < 300 && result.body !== undefined) {
      const problems = checkResponse(op, result.status, result.body).filter(
        // GitHub documents interrupted uploads as leaving assets in state "starter", but the
        // OpenAPI enum only lists "uploaded" and "open"
        (p) => !(/state" must be equal to one of the allowed values/.test(p.message) && JSON.stringify(result.body).includes('"state":"starter"')),
      );
      if (problems.length) {
        this.responseViolations.push({
          method,
          path,
          operationId: op.operationId,
          status: result.status,
          issues: problems.map((p) => p.message),
        });
      }
    }
    return this.send(req, res, result, base);
  }

  private rateLimitHandler: Handler = () => {
    const core = this.rate.get('core') ?? 0;
    const gql = this.rate.get('graphql') ?? 0;
    const res = (used: number) => ({
      limit: this.options.rateLimit,
      used,
      remaining: Math.max(this.options.rateLimit - used, 0),
      reset: this.rateReset,
    });
    return { status: 200, body: { resources: { core: res(core), graphql: res(gql), search: res(0) }, rate: res(core) } };
  };

  private serveRaw(rawPath: string, res: ServerResponse): void {
    const m = /^\/_raw\/([^/]+)\/([^/]+)\/([0-9a-f]{40})\/(.+)$/.exec(rawPath);
    const repo = m ? this.state.repo(`${safeDecode(m[1])}/${safeDecode(m[2])}`) : undefined;
    const bytes = m && repo ? repo.readFile(m[3], safeDecode(m[4])) : undefined;
    if (!bytes) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('404: Not Found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(bytes.length) });
    res.end(bytes);
  }
}

function ownerUserFor(owner: string): User {
  return ownerUser({ owner });
}

function readFileSyncSafe(p: string): Buffer | undefined {
  try {
    return readFileSync(p);
  } catch {
    return undefined;
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const gh = new FakeGitHub(options);
  await gh.listen();
  return gh;
}

export type { ReleaseState, PullState, CommentState, IssueState, PullInit };
