/**
 * The one way the registry starts git: an argument vector, never a shell.
 * runGit never throws; each caller says at its call site what a failure means
 * (a GitError, or simply "no history").
 */
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface GitRun {
  /** git's exit code; null when it could not be started or was killed. */
  status: number | null;
  stdout: Buffer;
  stderr: string;
  /** Why git could not be run (not installed, output over the limit). */
  error?: Error;
}

export interface GitOptions {
  cwd?: string;
  /** Sent to git's standard input; without it git reads nothing. */
  input?: string | Buffer;
  /** git's whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

/** Output is kept up to 1 GiB: a registry's documents read in one `git cat-file --batch`. */
const MAX_BUFFER = 1024 * 1024 * 1024;

export function runGit(args: readonly string[], options: GitOptions = {}): GitRun {
  const result = spawnSync('git', args, {
    cwd: options.cwd,
    input: options.input,
    env: options.env,
    maxBuffer: MAX_BUFFER,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr?.toString() ?? '', error: result.error };
}

/** git as a running process, for output streamed rather than buffered (a blob's bytes hashed as they come). */
export function spawnGit(args: readonly string[], options: Omit<GitOptions, 'input'> = {}): ChildProcessByStdio<null, Readable, Readable> {
  return spawn('git', args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** git's whole output, without blocking this thread: listings that can run side by side on several cores. */
export function runGitAsync(args: readonly string[], options: Omit<GitOptions, 'input'> = {}): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = spawnGit(args, options);
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => resolve({ status: null, stdout: Buffer.concat(chunks), stderr, error }));
    child.once('close', (status) => resolve({ status, stdout: Buffer.concat(chunks), stderr }));
  });
}
