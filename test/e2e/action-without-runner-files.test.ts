/**
 * The Action where the runner gives no job summary file (a local runner, a
 * self-hosted setup without GITHUB_STEP_SUMMARY): the step does its work and
 * says the summary was skipped, in a notice; it never fails "unexpectedly"
 * with a stack trace. The committed dist/index.js, run as the runner runs it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, PROJECT_ROOT, runAction } from '../support/action-runner.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

let work: string;
let gh: FakeGitHub;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'no-runner-files-'));
  cpSync(join(PROJECT_ROOT, 'registry-template'), work, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: work });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'registry');
  gh = await startFakeGitHub();
  gh.addRepo('acme/models', { defaultBranch: 'main' });
});

afterAll(async () => {
  await gh?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the Action without GITHUB_STEP_SUMMARY', () => {
  for (const inputs of [{ command: 'validate' }, { command: 'site', out: '_site' }]) {
    it(`command: ${inputs.command} succeeds and says in a notice that the summary was skipped`, async () => {
      const run = await runAction({
        workspace: work,
        repository: 'acme/models',
        apiUrl: gh.url,
        eventName: 'push',
        inputs,
        env: { GITHUB_STEP_SUMMARY: undefined },
      });
      try {
        expect(run.exitCode, describeRun(run)).toBe(0);
        expect(run.commandsOf('error'), describeRun(run)).toEqual([]);
        expect(run.stdout).not.toMatch(/unexpectedly|please report/);
        const notices = run.commandsOf('notice').map((n) => n.message);
        expect(notices).toContain(
          'No job summary was written: GITHUB_STEP_SUMMARY is not set (a local runner or a self-hosted setup without it). Everything else of the step ran.',
        );
      } finally {
        run.dispose();
      }
    });
  }
});
