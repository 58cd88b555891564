/**
 * A bare repository in a folder of its own that holds fetched commits as
 * data: fetched, listed and read with git's plumbing, never checked out, and
 * nothing in it ever run (no work tree, so no hooks, filters or attributes of
 * the fetched commits apply). Arguments go to git as a vector, never a shell.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../../errors/index.js';
import { runGit, spawnGit, type GitRun } from './run-git.js';

/** One file of a tree, as `git ls-tree -r -l -z` lists it. */
export interface TreeRecord {
  /** From the tree's root. */
  path: string;
  mode: string;
  type: string;
  /** The blob id. */
  id: string;
  size: number;
}

/** Settings for every git call: a fetched repository must not be able to change what git does. */
const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'protocol.ext.allow=never', '--literal-pathspecs'];

export class BareRepository {
  private constructor(
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /**
   * A new bare repository under `parent`; `token`, when given, is sent to an
   * http(s) remote in a header through the environment (never on a command line).
   */
  static create(parent: string, token?: string): BareRepository {
    const dir = mkdtempSync(join(parent, 'model-registry-pull-'));
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_DIR: dir };
    if (token) {
      Object.assign(env, {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraheader',
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
      });
    }
    const repo = new BareRepository(dir, env);
    repo.git(['init', '--quiet', '--bare', dir]);
    return repo;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Fetches refspecs from a URL; a failure says what git said, without the URL's credentials. */
  fetch(url: string, refspecs: string[]): void {
    try {
      this.git(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', url, ...refspecs]);
    } catch (error) {
      throw new GitError(`could not fetch the pull request from ${url.replace(/\/\/[^/@]*@/, '//')}: ${(error as Error).message}`);
    }
  }

  /** The commit a ref or id names, or undefined. */
  commit(ref: string): string | undefined {
    if (ref.startsWith('-')) return undefined;
    const result = this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return result.status === 0 ? result.stdout.toString().trim() : undefined;
  }

  mergeBase(a: string, b: string): string | undefined {
    const result = this.run(['merge-base', a, b]);
    return result.status === 0 ? result.stdout.toString().trim() : undefined;
  }

  hasRef(ref: string): boolean {
    return this.run(['show-ref', '--verify', '--quiet', ref]).status === 0;
  }

  /** Every file (blob, link or submodule) under the given paths at a commit, with sizes. */
  listFiles(commit: string, paths: string[]): TreeRecord[] {
    const out = this.git(['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', ...paths]).toString('utf8');
    const files: TreeRecord[] = [];
    for (const record of out.split('\0')) {
      if (!record) continue;
      const tab = record.indexOf('\t');
      const [mode, type, id, size] = record.slice(0, tab).split(/ +/);
      files.push({ path: record.slice(tab + 1), mode: mode, type: type, id: id, size: Number(size) || 0 });
    }
    return files;
  }

  /** The paths under `paths` that differ between two commits' trees (git's tree-to-tree diff: no file read), from the tree's root. */
  changedPaths(from: string, to: string, paths: string[]): string[] {
    const out = this.git(['diff-tree', '-r', '-z', '--name-only', '--no-renames', from, to, '--', ...paths]).toString('utf8');
    return out.split('\0').filter(Boolean);
  }

  /** The entries directly in a folder at a commit (files, links, folders), not below it; '' for the tree's root. */
  listFolder(commit: string, folder: string): TreeRecord[] {
    const out = this.git(['ls-tree', '-l', '-z', '--full-tree', commit, ...(folder ? ['--', `${folder}/`] : [])]).toString('utf8');
    return out
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const tab = record.indexOf('\t');
        const [mode, type, id, size] = record.slice(0, tab).split(/ +/);
        return { path: record.slice(tab + 1), mode, type, id, size: Number(size) || 0 };
      });
  }

  /** Every folder under `path` at a commit, recursively, from the tree's root (one listing of the trees, no file read). */
  listFolders(commit: string, path: string): string[] {
    return this.git(['ls-tree', '-r', '-d', '-z', '--name-only', '--full-tree', commit, '--', path]).toString('utf8').split('\0').filter(Boolean);
  }

  /** Reads blobs with one `git cat-file --batch`, checking that every answer is for its question. */
  readBlobs(ids: string[]): Map<string, Buffer> {
    const result = new Map<string, Buffer>();
    if (ids.length === 0) return result;
    const out = this.git(['cat-file', '--batch'], `${ids.join('\n')}\n`);
    let offset = 0;
    for (const id of ids) {
      const newline = out.indexOf(10, offset);
      const [answered, type, sizeText] = out.subarray(offset, newline).toString().split(' ');
      if (answered !== id || type !== 'blob') throw new GitError(`git cat-file answered ${answered} ${type ?? ''} when asked for blob ${id}`);
      const size = Number(sizeText);
      result.set(id, out.subarray(newline + 1, newline + 1 + size));
      offset = newline + 1 + size + 1;
    }
    return result;
  }

  /**
   * `git log` of the given files in the history of `commit`, with `options`
   * (stage-history.ts's STAGE_LOG_OPTIONS); undefined when git cannot tell.
   * Paths are literal (no pathspec magic), so a fetched name cannot widen them.
   */
  log(commit: string, options: readonly string[], paths: string[]): string | undefined {
    if (!/^[0-9a-f]{40,64}$/.test(commit) || paths.length === 0) return undefined;
    const result = this.run(['-c', 'core.quotePath=false', 'log', ...options, commit, '--', ...paths]);
    return result.status === 0 ? result.stdout.toString('utf8') : undefined;
  }

  /** sha256 (hex) of a blob, streamed from git: a large artifact costs no memory. */
  sha256(id: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawnGit([...SAFE_CONFIG, 'cat-file', 'blob', id], { env: this.env });
      const hash = createHash('sha256');
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => hash.update(chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(hash.digest('hex')) : reject(new GitError(`git cat-file blob ${id} failed: ${stderr.trim()}`))));
    });
  }

  /** git's answer, whatever its status (a missing ref is an answer); git that cannot be run is a GitError. */
  private run(args: string[], input?: string): GitRun {
    const result = runGit([...SAFE_CONFIG, ...args], { env: this.env, input });
    if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
    return result;
  }

  /** git's output; any failure is a GitError. */
  private git(args: string[], input?: string): Buffer {
    const result = this.run(args, input);
    if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split('\n').pop()}`);
    return result.stdout;
  }
}
