/**
 * When GitHub answers nothing (no network, a wrong GITHUB_API_URL), `release`
 * and `register` say what failed (DNS, connection refused) in one line, at
 * once: the waits meant for 5xx answers are not spent on a name that does not
 * resolve, and a dry run is never told to "resume". The committed bundles, as
 * a user runs them; the retry wait is set to a minute, so a retry would show
 * as a run that does not finish in time.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-runner.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
/** Longer than any run takes when it fails at once, far shorter than one retry's wait. */
const FAST_MS = 15_000;

let work: string;
let registry: string;
let closedPort: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'unreachable-e2e-'));
  registry = join(work, 'registry');
  cpSync(TEMPLATE, registry, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: registry });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'registry');
  writeFileSync(join(work, 'metrics.json'), '{"roc_auc": 0.88}');
  // A port that was just free: nothing listens there, so connecting is refused.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: work,
        GITHUB_REPOSITORY: 'acme/churn-training',
        GITHUB_SHA: '4e61b74a7682e06b4fdc9862cc1ecf3b091d9107',
        // A retry would wait a minute: a run that retries does not finish in time.
        MODEL_REGISTRY_RETRY_BASE_MS: '60000',
        MODEL_REGISTRY_WRITE_SPACING_MS: '0',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`model-registry ${args[0]} did not fail within ${FAST_MS} ms (it waited out retries): ${stderr}`));
    }, FAST_MS);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const RELEASE = () => ['release', '--repository', 'acme/registry', '--root', registry];
const REGISTER = ['register', '--registry', 'acme/registry', '--model', 'churn-gbm', '--metrics', 'metrics.json'];

describe('GitHub cannot be reached', () => {
  const unreachable = [
    {
      name: 'a name that does not resolve',
      url: () => 'http://nonexistent.invalid',
      says: /DNS failed: the name nonexistent\.invalid does not resolve \(getaddrinfo (ENOTFOUND|EAI_AGAIN) nonexistent\.invalid\)/,
    },
    {
      name: 'a closed port',
      url: () => `http://127.0.0.1:${closedPort}`,
      says: new RegExp(`connection refused \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${'\\d+'}\\)`),
    },
  ];
  for (const where of unreachable) {
    for (const command of ['release', 'register'] as const) {
      for (const dryRun of [true, false]) {
        it(`${command}${dryRun ? ' --dry-run' : ''}, ${where.name}: one line naming the failure, at once, exit 2`, async () => {
          const args = [...(command === 'release' ? RELEASE() : REGISTER), ...(dryRun ? ['--dry-run'] : [])];
          const run = await cli(args, { GITHUB_API_URL: where.url(), GITHUB_TOKEN: 'ghs_token' });
          expect(run.code, run.stderr).toBe(2);
          expect(run.stdout).toBe('');
          const lines = run.stderr.trimEnd().split('\n');
          expect(lines, run.stderr).toHaveLength(1);
          expect(lines[0]).toMatch(new RegExp(`^model-registry ${command}: GitHub could not be reached \\(`));
          expect(lines[0]).toMatch(where.says);
          expect(lines[0]).toContain('GitHub answered nothing; check the network and GITHUB_API_URL.');
          expect(lines[0]).not.toMatch(/HTTP 500|internal error|\bat .*\.js:\d+/);
          if (dryRun) expect(lines[0]).not.toMatch(/resum/i);
          else expect(lines[0]).toMatch(/resumes where this run stopped/);
        });
      }
    }
  }

  it('the Action, a name that does not resolve: a failed step that names it, no stack trace, no "resume" on a dry run', async () => {
    const run = await runAction({
      workspace: registry,
      repository: 'acme/registry',
      apiUrl: 'http://nonexistent.invalid',
      eventName: 'push',
      inputs: { command: 'release', 'dry-run': true },
      env: { MODEL_REGISTRY_RETRY_BASE_MS: '60000' },
      timeoutMs: FAST_MS,
    });
    try {
      expect(run.exitCode).toBe(1);
      const errors = run.commandsOf('error');
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toMatch(/^GitHub could not be reached \(DNS failed: the name nonexistent\.invalid does not resolve/);
      expect(errors[0].message).not.toMatch(/resum|unexpectedly|HTTP 500/i);
    } finally {
      run.dispose();
    }
  });
});

describe('release --dry-run without a token', () => {
  it('is a one-line usage error, exit 2, as register is', async () => {
    for (const args of [
      [...RELEASE(), '--dry-run'],
      [...REGISTER, '--dry-run'],
    ]) {
      const run = await cli(args, { GITHUB_API_URL: 'http://nonexistent.invalid' });
      expect(run.code, run.stderr).toBe(2);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^model-registry ${args[0]}: a token is required, even for --dry-run .*--token, or GITHUB_TOKEN / GH_TOKEN in the environment$`),
      );
    }
  });
});
