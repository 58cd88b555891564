/**
 * The built CLI (dist/cli.js) run as a user runs it, without blocking this
 * process: the end-to-end tests' fake GitHub answers from this process, so a
 * synchronous spawn would wait for an answer that never comes.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `env` is the whole environment of the CLI, as a runner gives it. */
export function runCliProcess(args: readonly string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
