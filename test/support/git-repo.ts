/**
 * Real git repositories for end-to-end tests (validate, release, register…):
 * a temp folder holding a registry (at the top or in a subfolder such as
 * `registry/`), a base commit on `main`, changes committed on a pull-request
 * branch, and optionally the merge commit actions/checkout checks out for a
 * `pull_request` event.
 *
 *   const repo = GitRepo.fromFolder(TEMPLATE, { subdir: 'registry' });
 *   const base = repo.sha();
 *   repo.branch('add-1.2.0');
 *   repo.apply({ 'models/m/versions/1.2.0/card.yaml': '…', 'models/m/stages.yaml': null });
 *   const head = repo.commit('Add m 1.2.0');
 *   const merge = repo.checkoutMerge(base, head);   // what GITHUB_SHA points at
 *
 * Git runs with an argument vector (no shell), with the user's and the system's
 * git configuration ignored, and with fixed, increasing commit dates (so a
 * repository built the same way always has the same shas).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';

export const GIT_USER = { name: 'Registry Tester', email: 'tester@example.com' };

/** A file's new content; null deletes the file (or folder). */
export type FileChange = string | Buffer | null;
export type FileChanges = Record<string, FileChange>;

export interface GitRepoOptions {
  /** Where the registry sits in the repository ('' or e.g. 'registry'); paths given to apply()/write() are relative to it. */
  subdir?: string;
  /** The default branch (default main). */
  defaultBranch?: string;
  /** Files outside the registry, relative to the repository top (e.g. a README or a workflow). */
  topFiles?: FileChanges;
  /** Folder to create the repository in (default: a new temp folder). */
  dir?: string;
}

/** The environment git runs with: no global or system configuration, no prompts, fixed locale. */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT', 'SystemRoot']) if (process.env[key] !== undefined) env[key] = process.env[key];
  return {
    ...env,
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: process.platform === 'win32' ? 'NUL' : '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
}

const IDENTITY = ['-c', `user.name=${GIT_USER.name}`, '-c', `user.email=${GIT_USER.email}`, '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false'];

/** Runs git in `cwd` and returns its stdout (trimmed); throws with git's stderr on failure. */
export function git(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  try {
    return execFileSync('git', [...IDENTITY, ...args], {
      cwd,
      env: gitEnv(options.env),
      input: options.input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    }).trim();
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${e.stderr?.trim() || e.message}`, { cause: error });
  }
}

export class GitRepo {
  /** The repository's top folder (the workspace, in Actions terms). */
  readonly dir: string;
  /** Where the registry sits inside the repository: '' or 'registry' (no trailing slash). */
  readonly subdir: string;
  readonly defaultBranch: string;
  private commits = 0;
  private readonly ownsDir: boolean;

  private constructor(dir: string, subdir: string, defaultBranch: string, ownsDir: boolean) {
    this.dir = dir;
    this.subdir = subdir;
    this.defaultBranch = defaultBranch;
    this.ownsDir = ownsDir;
  }

  /** An empty repository (no commit yet) on the default branch. */
  static init(options: GitRepoOptions = {}): GitRepo {
    const ownsDir = !options.dir;
    const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'model-registry-git-'));
    mkdirSync(dir, { recursive: true });
    const subdir = (options.subdir ?? '').replace(/^\.?\/+|\/+$/g, '');
    const defaultBranch = options.defaultBranch ?? 'main';
    git(dir, ['init', '--quiet', `--initial-branch=${defaultBranch}`]);
    const repo = new GitRepo(dir, subdir, defaultBranch, ownsDir);
    if (options.topFiles) repo.applyTop(options.topFiles);
    return repo;
  }

  /**
   * A repository whose first commit (on the default branch) holds the registry
   * at `subdir`: a copy of a folder, or the given files (relative to the
   * registry), then `changes`.
   */
  static fromFolder(registry: string | FileChanges, options: GitRepoOptions & { changes?: FileChanges; message?: string } = {}): GitRepo {
    const repo = GitRepo.init(options);
    if (typeof registry === 'string') cpSync(registry, repo.root, { recursive: true });
    else repo.apply(registry);
    if (options.changes) repo.apply(options.changes);
    repo.commit(options.message ?? 'Base registry');
    return repo;
  }

  /** The registry folder's absolute path. */
  get root(): string {
    return this.subdir ? join(this.dir, this.subdir) : this.dir;
  }

  /** The registry folder as the Action's `root` input (relative to the workspace). */
  get rootInput(): string {
    return this.subdir || '.';
  }

  /** A registry-relative path as a repository-relative one (what annotations carry). */
  repoPath(registryPath: string): string {
    return this.subdir ? posix.join(this.subdir, registryPath) : registryPath;
  }

  git(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): string {
    return git(this.dir, args, options);
  }

  /** Writes (or, with null, deletes) files relative to the registry root. Nothing is committed. */
  apply(changes: FileChanges): this {
    return this.applyAt(this.root, changes);
  }

  /** Writes (or deletes) files relative to the repository top. */
  applyTop(changes: FileChanges): this {
    return this.applyAt(this.dir, changes);
  }

  /** One file, relative to the registry root. */
  write(path: string, content: string | Buffer): this {
    return this.apply({ [path]: content });
  }

  remove(path: string): this {
    return this.apply({ [path]: null });
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), 'utf8');
  }

  /** Copies a file or folder inside the registry (e.g. an existing version folder as a new version). */
  copy(from: string, to: string): this {
    cpSync(join(this.root, from), join(this.root, to), { recursive: true });
    return this;
  }

  /** Edits a registry file in place. */
  edit(path: string, change: (text: string) => string): this {
    const before = this.read(path);
    const after = change(before);
    if (after === before) throw new Error(`edit(${path}) changed nothing`);
    return this.write(path, after);
  }

  /** Stages everything and commits it (an empty commit when nothing changed). Returns the new sha. */
  commit(message: string): string {
    this.commits++;
    // Fixed, increasing dates: reproducible shas, and a clear order in `git log`.
    const date = `${1_767_225_600 + this.commits * 60} +0000`;
    this.git(['add', '--all', '--', '.']);
    this.git(['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message], { env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    return this.sha();
  }

  /** Creates (or resets) a branch at `from` (default: the current commit) and switches to it. */
  branch(name: string, from?: string): this {
    this.git(['checkout', '--quiet', '-B', name, ...(from ? [from] : [])]);
    return this;
  }

  /** Checks out a branch, or a commit detached. */
  checkout(ref: string): this {
    this.git(['checkout', '--quiet', ref]);
    return this;
  }

  /** The commit a ref points at (default HEAD). */
  sha(ref = 'HEAD'): string {
    return this.git(['rev-parse', '--verify', `${ref}^{commit}`]);
  }

  /**
   * What actions/checkout gives a `pull_request` job: the merge of `head` into
   * `base` (refs/pull/N/merge, a commit whose parents are base and head),
   * checked out detached. The tree is head's (the pull request's branch is
   * based on `base` in these tests). Returns the merge commit's sha: GITHUB_SHA.
   */
  checkoutMerge(base: string, head: string, message = `Merge ${head} into ${base}`): string {
    this.commits++;
    const date = `${1_767_225_600 + this.commits * 60} +0000`;
    const tree = this.git(['rev-parse', `${head}^{tree}`]);
    const merge = this.git(['commit-tree', tree, '-p', base, '-p', head, '-m', message], { env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    this.git(['checkout', '--quiet', '--detach', merge]);
    return merge;
  }

  /** Points a ref (e.g. refs/pull/7/merge, refs/tags/m@v1.0.0) at a commit. */
  setRef(ref: string, sha: string): this {
    this.git(['update-ref', ref, sha]);
    return this;
  }

  /**
   * What actions/checkout does in a job: a new repository with this one as
   * `origin`, `ref` fetched at `depth` (default 1, checkout's default: a
   * shallow clone without the base commit) and checked out detached.
   */
  checkoutLikeActions(ref: string, options: { depth?: number; dir?: string } = {}): GitRepo {
    const clone = GitRepo.init({ subdir: this.subdir, defaultBranch: this.defaultBranch, dir: options.dir });
    clone.git(['remote', 'add', 'origin', `file://${this.dir}`]);
    const depth = options.depth ?? 1;
    const local = ref.startsWith('refs/heads/') ? `refs/remotes/origin/${ref.slice('refs/heads/'.length)}` : ref.replace(/^refs\//, 'refs/remotes/');
    clone.git(['fetch', '--quiet', '--no-tags', '--prune', ...(depth > 0 ? [`--depth=${depth}`] : []), 'origin', `+${ref}:${local}`]);
    clone.git(['checkout', '--quiet', '--detach', local]);
    return clone;
  }

  /** Whether the repository is shallow (some history is missing). */
  isShallow(): boolean {
    return this.git(['rev-parse', '--is-shallow-repository']) === 'true';
  }

  /** Whether an object (a commit sha…) is present locally. */
  has(object: string): boolean {
    try {
      this.git(['cat-file', '-e', object]);
      return true;
    } catch {
      return false;
    }
  }

  /** Files changed between two commits (repository-relative). */
  changedFiles(from: string, to = 'HEAD'): string[] {
    return this.git(['diff', '--name-only', from, to]).split('\n').filter(Boolean);
  }

  /** Removes the repository folder (only when this helper created it). */
  cleanup(): void {
    if (this.ownsDir) rmSync(this.dir, { recursive: true, force: true });
  }

  private applyAt(top: string, changes: FileChanges): this {
    for (const [path, content] of Object.entries(changes)) {
      if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`not a relative path inside the repository: ${path}`);
      const file = join(top, path);
      if (content === null) rmSync(file, { recursive: true, force: true });
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
    return this;
  }
}

export interface PullRequestRepo {
  repo: GitRepo;
  /** The base branch's commit (pull_request.base.sha). */
  baseSha: string;
  /** The pull request branch's commit (pull_request.head.sha). */
  headSha: string;
  /** The branch the head commit is on. */
  headRef: string;
}

/**
 * The common case in one call: the registry (a folder to copy, or files)
 * committed on main as the base,
 * `changes` committed on `headRef` as the head, the head branch checked out.
 * Use `repo.checkoutMerge(baseSha, headSha)` for the merge commit a
 * pull_request workflow runs on.
 */
export function registryPullRequest(
  registry: string | FileChanges,
  changes: FileChanges | ((repo: GitRepo) => void),
  options: GitRepoOptions & { headRef?: string; baseChanges?: FileChanges; message?: string } = {},
): PullRequestRepo {
  const repo = GitRepo.fromFolder(registry, { ...options, changes: options.baseChanges });
  const baseSha = repo.sha();
  const headRef = options.headRef ?? 'pr-branch';
  repo.branch(headRef);
  if (typeof changes === 'function') changes(repo);
  else repo.apply(changes);
  const headSha = repo.commit(options.message ?? 'Pull request changes');
  return { repo, baseSha, headSha, headRef };
}
