/**
 * Everything the registry asks of git, in one place: where the registry sits
 * in its repository, which files a ref holds, and their blob ids. Arguments go
 * to git as an argument vector, never through a shell.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyPath, isDocumentPath } from '../../core/format/layout.js';
import { foldersAtFilePlaces, type BaseState, type FileEntry, type RegistrySnapshot } from '../../core/registry/snapshot.js';
import { GitError } from '../../errors/index.js';
import { runGit } from './run-git.js';

/** git's output; any failure is a GitError (the command cannot do without git). */
function git(cwd: string, args: string[], input?: string | Buffer, env?: NodeJS.ProcessEnv): Buffer {
  const result = runGit(args, { cwd, input, env: env && { ...process.env, ...env } });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0]}`);
  }
  return result.stdout;
}

/** The registry root's path inside its repository: '' or 'registry/'. */
export function repositoryPrefix(root: string): string {
  return git(root, ['rev-parse', '--show-prefix']).toString().trim();
}

export function repositoryTop(root: string): string {
  return git(root, ['rev-parse', '--show-toplevel']).toString().trim();
}

export function resolveCommit(root: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError(`not a git ref: ${ref}`);
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new GitError(`git ref \`${ref}\` does not exist here (is the history fetched? actions/checkout needs fetch-depth: 0)`);
  }
}

export interface TreeFile {
  /** Relative to the registry root. */
  path: string;
  mode: string;
  blob: string;
}

/** The registry's files (registry.yaml and models/**, or only `paths` under the registry root) at a commit. */
export function listTree(root: string, commit: string, paths: readonly string[] = ['registry.yaml', 'models']): TreeFile[] {
  const prefix = repositoryPrefix(root);
  if (paths.length === 0) return [];
  const literal = paths.map((p) => `:(literal)${prefix}${p}`);
  const out = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...literal]).toString();
  const files: TreeFile[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, blob] = record.slice(0, tab).split(' ');
    if (type !== 'blob') continue;
    files.push({ path: record.slice(tab + 1).slice(prefix.length), mode, blob });
  }
  return files;
}

/** Reads many blobs with one `git cat-file --batch`. */
export function readBlobs(root: string, blobs: string[]): Map<string, Buffer> {
  const result = new Map<string, Buffer>();
  if (blobs.length === 0) return result;
  const out = git(root, ['cat-file', '--batch'], `${blobs.join('\n')}\n`);
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    const [id, , sizeText] = out.subarray(offset, newline).toString().split(' ');
    const size = Number(sizeText);
    result.set(id, out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return result;
}

/**
 * The registry as it is at a commit, as the same plain snapshot the file
 * system gives; with `models`, registry.yaml and those model folders only
 * (what a pull request's review compares).
 */
export function snapshotAtCommit(root: string, commit: string, models?: readonly string[]): RegistrySnapshot {
  const files = listTree(root, commit, models && ['registry.yaml', ...models.map((m) => `models/${m}`)]);
  const documents = files.filter((f) => isDocumentPath(f.path) && f.mode !== '120000');
  const blobs = readBlobs(root, [...new Set(documents.map((f) => f.blob))]);
  const entries: FileEntry[] = files.map((f) => {
    const type = f.mode === '120000' ? 'symlink' : f.mode.startsWith('10') ? 'file' : 'other';
    const bytes = type === 'file' && isDocumentPath(f.path) ? blobs.get(f.blob) : undefined;
    return { path: f.path, type, size: bytes?.length ?? 0, bytes };
  });
  return { entries: foldersAtFilePlaces(entries) };
}

/**
 * What the base fixes: the files of the version folders present at the base
 * commit (of `models` only, when given: the rest did not change), and the
 * blob ids of the same files now. Only the version folders a change touches
 * (`changedDirs`, from git's diff) are hashed, by git itself, so LFS and
 * line-ending filters apply exactly as when committing; every other folder is
 * as the base has it. `current` holds the entries of the changed model folders.
 */
export function baseState(
  root: string,
  baseCommit: string,
  current: readonly FileEntry[],
  scope: { changedDirs: ReadonlySet<string>; models?: readonly string[] },
  tagFor?: (model: string, version: string) => string,
): BaseState {
  const released = new Map<string, string>();
  const tagged = new Map<string, string>();
  const dirs = new Set<string>();
  const add = (files: TreeFile[]) => {
    for (const file of files) {
      const info = classifyPath(file.path);
      if (info.kind !== 'card' && info.kind !== 'metrics' && info.kind !== 'version-file') continue;
      released.set(file.path, file.blob);
      dirs.add(versionDir(file.path));
    }
  };
  const baseFiles = listTree(root, baseCommit, scope.models ? ['registry.yaml', ...scope.models.map((m) => `models/${m}/versions`)] : undefined);
  add(baseFiles);
  // registry.yaml as the base has it: released tags depend on its tag_format.
  const settingsFile = baseFiles.find((f) => f.path === 'registry.yaml' && f.mode.startsWith('10'));
  const settingsBytes = settingsFile ? readBlobs(root, [settingsFile.blob]).get(settingsFile.blob) : undefined;
  // A version with a release tag is released even where the base lacks it
  // (released from another branch): its files are frozen as tagged. Such a
  // folder is new against the base, so among the changed ones.
  if (tagFor) {
    const candidates = [...scope.changedDirs].filter((dir) => !dirs.has(dir) && dir.split('/').length === 4);
    const tags = candidates.length ? localTags(root) : new Set<string>();
    for (const dir of candidates) {
      const [, model, , version] = dir.split('/');
      const tag = tagFor(model, version);
      if (!tags.has(tag)) continue;
      add(listTree(root, `refs/tags/${tag}`, [dir]).filter((f) => f.path.startsWith(`${dir}/`)));
      tagged.set(dir, tag);
    }
  }
  // Only plain files: a link or a folder in a released folder has its own problem, and is never read.
  const changed = current.filter((e) => e.type === 'file' && dirs.has(versionDir(e.path)) && scope.changedDirs.has(versionDir(e.path)));
  const now = hashObjects(
    root,
    changed.map((e) => e.path),
  );
  for (const [path, blob] of released) if (!scope.changedDirs.has(versionDir(path))) now.set(path, blob);
  return { released, current: now, settingsBytes, tagged };
}

function versionDir(path: string): string {
  return path.split('/').slice(0, 4).join('/');
}

function localTags(root: string): Set<string> {
  const out = git(root, ['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']).toString();
  return new Set(out.split('\n').filter(Boolean));
}

/**
 * The local tags' names, for whether a version is released; undefined when git
 * cannot tell, or the clone is shallow (actions/checkout's default fetches no tags).
 */
export function localTagNames(root: string): Set<string> | undefined {
  const shallow = runGit(['rev-parse', '--is-shallow-repository'], { cwd: root });
  if (shallow.status !== 0 || shallow.stdout.toString().trim() !== 'false') return undefined;
  const out = runGit(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags'], { cwd: root });
  return out.status === 0 ? new Set(out.stdout.toString().split('\n').filter(Boolean)) : undefined;
}

/** Not a blob id: the id of a working-tree file git would not track. */
const UNTRACKABLE = 'untrackable';

/**
 * The blob id each working-tree file would get if committed, by path (clean
 * filters such as LFS and line-ending conversion apply, as when committing).
 * Paths go to git NUL-separated into a throwaway index and the ids come back
 * keyed by path: a file name holding a newline cannot shift one file's id onto
 * another, and a path git did not answer for never matches a released file.
 */
function hashObjects(root: string, paths: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  if (paths.length === 0) return ids;
  const prefix = repositoryPrefix(root);
  const scratch = mkdtempSync(join(tmpdir(), 'model-registry-index-'));
  try {
    const env = { GIT_INDEX_FILE: join(scratch, 'index') };
    const top = repositoryTop(root);
    git(top, ['update-index', '--add', '-z', '--stdin'], Buffer.from(paths.map((p) => `${prefix}${p}\0`).join(''), 'utf8'), env);
    const out = git(top, ['ls-files', '--stage', '-z'], undefined, env).toString('utf8');
    for (const record of out.split('\0')) {
      if (!record) continue;
      // <mode> SP <object> SP <stage> TAB <path>
      const tab = record.indexOf('\t');
      const path = record.slice(tab + 1);
      if (path.startsWith(prefix)) ids.set(path.slice(prefix.length), record.slice(0, tab).split(' ')[1]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // git skips a path it cannot track (inside a nested .git folder): no id can match, so it counts as changed.
  for (const path of paths) if (!ids.has(path)) ids.set(path, UNTRACKABLE);
  return ids;
}

/**
 * Makes sure a commit is present locally; a shallow checkout (actions/checkout's
 * default) lacks the pull request's base, so fetch just that commit.
 */
export function ensureCommit(root: string, sha: string): void {
  try {
    resolveCommit(root, sha);
    return;
  } catch {
    // fall through to fetch
  }
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new GitError(`git ref \`${sha}\` does not exist here`);
  try {
    git(root, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  } catch (error) {
    throw new GitError(
      `the base commit ${sha} is not in this checkout and could not be fetched (${(error as Error).message}); use actions/checkout with fetch-depth: 0`,
    );
  }
}
