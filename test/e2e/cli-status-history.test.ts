/**
 * `model-registry status` and `history` (dist/cli.js, as a user runs it) on a
 * real git repository: annotated tags written as GTO writes them (`git tag -a
 * 'm#production#1' -m …`, with the registry's trailers), stages.yaml and
 * model.yaml changes not recorded as tags yet, a lightweight tag GTO ignores,
 * and a shallow clone that says its history is incomplete.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE } from '../corpus/case-kit.js';
import { GitRepo } from '../support/git-repo.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const repos: GitRepo[] = [];
let repo: GitRepo;
let base: string;
const commits: string[] = [];

/** An annotated tag with a fixed tagger date, as `gto assign` (or the registry's recording) makes it. */
function tag(name: string, target: string, message: string, date: string) {
  repo.git(['tag', '-a', name, '-m', message, target], { env: { GIT_COMMITTER_DATE: date } });
}

beforeAll(() => {
  expect(existsSync(CLI), 'dist/cli.js is missing: run `npm run build`').toBe(true);
  // Commits are dated 2026-01-01T00:0n:00Z, n = 1, 2, 3…
  repo = GitRepo.fromFolder(BASE, { changes: { 'models/alpha/model.yaml': null }, message: 'Base registry' });
  repos.push(repo);
  base = repo.sha();
  repo.write('models/alpha/model.yaml', 'name: alpha\ndescription: Alpha classifies support tickets.\nowners: ["@acme/ml"]\nprimary_metric: latency_ms\n');
  commits.push(repo.commit('alpha: latency is the primary metric')); // c1 (00:02)
  const versionCommit = commits[0];
  tag('alpha@v1.0.0', versionCommit, 'Registering artifact alpha version 1.0.0', '2026-01-01T00:02:30Z');
  tag('alpha@v1.1.0', versionCommit, 'Registering artifact alpha version 1.1.0', '2026-01-01T00:02:30Z');
  repo.edit('models/alpha/stages.yaml', (t) => t.replace('production: 1.0.0', 'production: 1.1.0'));
  commits.push(repo.commit('Promote alpha 1.1.0 to production (#12)')); // c2 (00:03)
  tag(
    'alpha#production#1',
    versionCommit,
    `Assigning stage production to artifact alpha version 1.1.0\n\nPull-Request: 12\nApproved-By: alice, bob\nChanged-In: ${commits[1]}`,
    '2026-01-01T00:03:30Z',
  );
  repo.edit('models/alpha/stages.yaml', (t) => t.replace('production: 1.1.0', 'production: 1.0.0'));
  commits.push(repo.commit('Roll alpha back to 1.0.0')); // c3 (00:04), not recorded as a tag yet
  repo.edit('models/alpha/stages.yaml', (t) => t.replace('staging: 1.1.0\n', ''));
  repo.edit('models/alpha/model.yaml', (t) => `${t}deprecated_versions:\n  1.1.0: Leaks PII.\n`);
  commits.push(repo.commit('Demote alpha staging, deprecate 1.1.0 (#14)')); // c4 (00:05)
  tag(
    'alpha#staging!#2',
    versionCommit,
    `Unassigning stage 'staging' to artifact 'alpha' version '1.1.0'\n\nPull-Request: 14\nChanged-In: ${commits[3]}`,
    '2026-01-01T00:05:30Z',
  );
  tag(
    'alpha@v1.1.0!#3',
    versionCommit,
    `Deregistering artifact alpha version 1.1.0\n\nPull-Request: 14\nChanged-In: ${commits[3]}\nReason: Leaks PII.`,
    '2026-01-01T00:05:30Z',
  );
  // Recorded by a tag only, with an approver's name that tries to reach the terminal raw.
  tag(
    'beta#production#1',
    versionCommit,
    'Assigning stage production to artifact beta version 1.0.0\n\nApproved-By: mallory\u001b]0;pwned\u0007',
    '2026-01-01T00:06:00Z',
  );
  repo.git(['tag', 'alpha#staging#9', versionCommit]); // lightweight: ignored, as GTO ignores it
});

afterAll(() => {
  for (const r of repos) r.cleanup();
});

const short = (n: number) => commits[n].slice(0, 7);

describe('model-registry history', () => {
  it("lists a model's registrations, promotions, rollback, demotion and deprecation, newest first, with pull requests and approvers", () => {
    const run = cli(['history', 'alpha', '--root', repo.root], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'date                  model  event         version  stage       from   commit   pull request  approved by  reason',
      '--------------------  -----  ------------  -------  ----------  -----  -------  ------------  -----------  ----------',
      `2026-01-01T00:05:00Z  alpha  deprecation   1.1.0    -           -      ${short(3)}  #14           -            Leaks PII.`,
      `2026-01-01T00:05:00Z  alpha  demotion      1.1.0    staging     -      ${short(3)}  #14           -            -`,
      `2026-01-01T00:04:00Z  alpha  rollback      1.0.0    production  1.1.0  ${short(2)}  -             -            -`,
      `2026-01-01T00:03:00Z  alpha  promotion     1.1.0    production  1.0.0  ${short(1)}  #12           alice, bob   -`,
      `2026-01-01T00:02:30Z  alpha  registration  1.1.0    -           -      ${short(0)}  -             -            -`,
      `2026-01-01T00:02:30Z  alpha  registration  1.0.0    -           -      ${short(0)}  -             -            -`,
      `2026-01-01T00:01:00Z  alpha  promotion     1.0.0    production  -      ${base.slice(0, 7)}  -             -            -`,
      `2026-01-01T00:01:00Z  alpha  promotion     1.1.0    staging     -      ${base.slice(0, 7)}  -             -            -`,
      '',
    ]);
  });

  it('gives the same events as JSON, and every model when none is named, its text escaped for the terminal', () => {
    const json = cli(['history', '--root', repo.root, '--format', 'json'], repo.dir);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { registry: string; shallow: boolean; events: Record<string, unknown>[] };
    expect(report).toMatchObject({ registry: 'corpus', shallow: false });
    expect(report.events[0]).toEqual({
      kind: 'promotion',
      date: '2026-01-01T00:06:00Z',
      model: 'beta',
      version: '1.0.0',
      stage: 'production',
      commit: commits[0],
      approvers: ['mallory\u001b]0;pwned\u0007'],
      tag: 'beta#production#1',
    });
    expect(report.events[3]).toEqual({
      kind: 'rollback',
      date: '2026-01-01T00:04:00Z',
      model: 'alpha',
      version: '1.0.0',
      stage: 'production',
      from: '1.1.0',
      commit: commits[2],
    });
    expect(report.events.filter((e) => e.tag === 'alpha#staging#9')).toEqual([]);
    const text = cli(['history', '--root', repo.root], repo.dir);
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(text.stdout).toContain('mallory\\x1b]0;pwned\\x07');
  });

  it('refuses a model that is neither in the registry nor in its history, suggesting the right name', () => {
    const run = cli(['history', 'alhpa', '--root', repo.root], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no model `alhpa` in the registry or its history (did you mean `alpha`?)');
  });

  it('says when a shallow clone makes the history incomplete', () => {
    const clone = repo.checkoutLikeActions('refs/heads/main');
    repos.push(clone);
    const run = cli(['history', 'alpha', '--root', clone.root], clone.dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('shallow clone, so the history is incomplete');
    expect(run.stderr).toContain('fetch-depth: 0');
    // One commit, no tags (actions/checkout fetches none by default): what its stages.yaml holds, as of that commit.
    expect(run.stdout).toContain(`2026-01-01T00:05:00Z  alpha  promotion     1.0.0    production  ${short(3)}`);
    expect(run.stdout).not.toContain('rollback');
  });

  it('needs git: outside a repository it says so, while status still shows what runs where', () => {
    const outside = mkdtempSync(join(tmpdir(), 'model-registry-no-git-'));
    try {
      cpSync(BASE, outside, { recursive: true });
      const history = cli(['history'], outside);
      expect(history.status).toBe(2);
      expect(history.stderr).toContain('the history is read from git, and . is not in a git repository');
      const status = cli(['status'], outside);
      expect(status.status).toBe(0);
      expect(status.stderr).toContain('not in a git repository, so no `since` dates');
      expect(status.stdout).toContain('alpha  staging     1.1.0    -      accuracy 0.93');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('model-registry status', () => {
  it('shows each stage with its version, since when and the primary metric with its unit', () => {
    const run = cli(['status', '--root', repo.root], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'corpus: 2 models',
      'model  stage       version  since                 primary metric',
      '-----  ----------  -------  --------------------  ------------------',
      'alpha  production  1.0.0    2026-01-01T00:04:00Z  latency_ms 12.5 ms',
      'beta   -           -        -                     -',
      '',
    ]);
  });

  it('gives the same as JSON, with the commit that made the change', () => {
    const run = cli(['status', '--root', repo.root, '--format', 'json'], repo.dir);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      registry: 'corpus',
      history: true,
      shallow: false,
      models: [
        {
          name: 'alpha',
          primaryMetric: 'latency_ms',
          stages: [
            {
              stage: 'production',
              version: '1.0.0',
              since: '2026-01-01T00:04:00Z',
              commit: commits[2],
              metric: { name: 'latency_ms', value: 12.5, unit: 'ms' },
            },
          ],
        },
        { name: 'beta', primaryMetric: 'accuracy', stages: [] },
      ],
    });
  });
});
