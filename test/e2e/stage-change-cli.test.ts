/**
 * promote, demote and deprecate as a user types them (dist/cli.js), on a
 * git clone of the template registry with a production policy: an allowed
 * promotion is written and the registry still validates; a promotion a gate
 * refuses exits 1 and leaves the file byte for byte; `model#staging` promotes
 * what staging holds; re-runs do nothing; nothing is written through a link.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GitRepo } from '../support/git-repo.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const MODEL = 'support-ticket-classifier';
const STAGES = `models/${MODEL}/stages.yaml`;

const repos: GitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** The template in a git repository, with a production policy appended to registry.yaml and staging's version tagged. */
function registry(f1Min: number): GitRepo {
  const repo = GitRepo.fromFolder(TEMPLATE);
  repos.push(repo);
  repo.edit(
    'registry.yaml',
    (text) => `${text}\npromotion:\n  production:\n    after: staging\n    released: true\n    approval: owners\n    gates:\n      f1: {min: ${f1Min}}\n`,
  );
  repo.commit('Add a production policy');
  repo.git(['tag', `${MODEL}@v1.3.0`]);
  return repo;
}

function cli(repo: GitRepo, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--root', repo.root], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('promote', () => {
  it('promotes what staging holds when the policy allows it: the evaluation is printed, one line changes, validate passes', () => {
    const repo = registry(0.85);
    const before = repo.read(STAGES);
    const run = cli(repo, 'promote', `${MODEL}#staging`, '--to', 'production');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`promote ${MODEL} 1.3.0 to production (replacing 1.2.0)`);
    expect(run.stdout).toMatch(/after staging +in staging since \d{4}-\d{2}-\d{2} +pass/);
    expect(run.stdout).toMatch(new RegExp(`released +tag ${MODEL}@v1.3.0 exists +pass`));
    expect(run.stdout).toMatch(/f1 >= 0\.85 +0\.888 .* +pass/);
    expect(run.stdout).toMatch(/approved by an owner +.* +pending/);
    expect(repo.read(STAGES)).toBe(before.replace('production: 1.2.0', 'production: 1.3.0'));
    expect(cli(repo, 'validate').status).toBe(0);

    const again = cli(repo, 'promote', `${MODEL}@1.3.0`, '--to', 'production');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already in production: nothing to do');
  });

  it('refuses a promotion a gate fails: exit 1, the failure on its stages.yaml line, the file unchanged', () => {
    const repo = registry(0.99);
    const before = readFileSync(join(repo.root, STAGES));
    const run = cli(repo, 'promote', `${MODEL}@1.3.0`, '--to', 'production');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/f1 >= 0\.99 +0\.888 .* +FAIL/);
    expect(run.stderr).toContain(`${STAGES}:2:13: error: production requires f1 >= 0.99`);
    expect(run.stderr).toContain('[promotion-gate]');
    expect(run.stderr).toContain('nothing was written');
    expect(readFileSync(join(repo.root, STAGES)).equals(before)).toBe(true);
  });

  it('refuses by stage order a version that was never in staging', () => {
    const repo = registry(0.5);
    const run = cli(repo, 'promote', `${MODEL}@1.1.0`, '--to', 'production');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/after staging +never in staging +FAIL/);
    expect(run.stderr).toContain('[promotion-order]');
  });

  it('refuses unknown models, versions and stages with a did-you-mean, and writes nothing', () => {
    const repo = registry(0.5);
    const before = repo.read(STAGES);
    expect(cli(repo, 'promote', 'support-ticket-clasifier@1.3.0', '--to', 'production').stderr).toContain(`did you mean \`${MODEL}\``);
    expect(cli(repo, 'promote', `${MODEL}@1.4.0`, '--to', 'production').stderr).toContain('has no version "1.4.0"');
    const stage = cli(repo, 'promote', `${MODEL}@1.3.0`, '--to', 'prodution');
    expect(stage.status).toBe(1);
    expect(stage.stderr).toContain('did you mean `production`');
    expect(repo.read(STAGES)).toBe(before);
  });

  it('creates stages.yaml, with the schema comment, for a model that has none', () => {
    const repo = registry(0.5);
    rmSync(join(repo.root, STAGES));
    const run = cli(repo, 'promote', `${MODEL}@1.3.0`, '--to', 'staging');
    expect(run.status).toBe(0);
    expect(repo.read(STAGES)).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/stages.schema.json\nstaging: 1.3.0\n',
    );
  });

  it('never writes through a symbolic link at stages.yaml', () => {
    const repo = registry(0.5);
    const outside = join(repo.root, 'outside.yaml');
    writeFileSync(outside, 'production: 1.2.0\n');
    rmSync(join(repo.root, STAGES));
    symlinkSync(outside, join(repo.root, STAGES));
    const run = cli(repo, 'promote', `${MODEL}@1.3.0`, '--to', 'staging');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not a regular file');
    expect(readFileSync(outside, 'utf8')).toBe('production: 1.2.0\n');
  });
});

describe('demote', () => {
  it('empties the stage, then has nothing to do', () => {
    const repo = registry(0.5);
    const run = cli(repo, 'demote', MODEL, '--from', 'staging');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(': staging 1.3.0 → (nothing) (demotion)');
    expect(parse(repo.read(STAGES))).toEqual({ production: '1.2.0' });
    expect(repo.read(STAGES).startsWith('# yaml-language-server:')).toBe(true);
    expect(cli(repo, 'validate').status).toBe(0);
    const again = cli(repo, 'demote', MODEL, '--from', 'staging');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('has nothing in staging: nothing to do');
  });
});

describe('deprecate', () => {
  it('adds the reason to deprecated_versions; the same reason again does nothing, another one updates it', () => {
    const repo = registry(0.5);
    const file = `models/${MODEL}/model.yaml`;
    const before = repo.read(file);
    const run = cli(repo, 'deprecate', `${MODEL}@v1.1.0`, '--reason', 'Superseded by 1.2.0: use it.');
    expect(run.status).toBe(0);
    const after = repo.read(file);
    expect(after.split('\n').filter((line) => !before.split('\n').includes(line))).toEqual(['  1.1.0: "Superseded by 1.2.0: use it."']);
    expect(cli(repo, 'validate').status).toBe(0);

    const same = cli(repo, 'deprecate', `${MODEL}@1.1.0`, '--reason', 'Superseded by 1.2.0: use it.');
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('already deprecated with this reason: nothing to do');
    expect(repo.read(file)).toBe(after);

    expect(cli(repo, 'deprecate', `${MODEL}@1.1.0`, '--reason', 'Use 1.3.0.').status).toBe(0);
    expect((parse(repo.read(file)) as { deprecated_versions: Record<string, string> }).deprecated_versions['1.1.0']).toBe('Use 1.3.0.');

    // A deprecated version can never be put in a stage.
    const promote = cli(repo, 'promote', `${MODEL}@1.1.0`, '--to', 'staging');
    expect(promote.status).toBe(1);
    expect(promote.stderr).toContain('[promotion-deprecated]');
    // One cause, one problem: not also deprecated-in-stage's warning on the same line.
    expect(`${promote.stdout}${promote.stderr}`).not.toContain('deprecated-in-stage');
  });
});
