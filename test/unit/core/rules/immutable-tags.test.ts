/** A version with a release tag is immutable even where the base branch does not have it yet. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { validateRegistry } from '../../../../src/app/validate-registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();

it('a tagged version that the base lacks still cannot change', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tagged-'));
  dirs.push(dir);
  cpSync(join(import.meta.dirname, '..', '..', '..', '..', 'registry-template'), dir, { recursive: true });
  const v = join(dir, 'models', 'churn-gbm', 'versions', '2.0.0');
  const card = readFileSync(join(v, 'card.yaml'), 'utf8');
  rmSync(v, { recursive: true });
  writeFileSync(join(dir, 'models', 'churn-gbm', 'stages.yaml'), 'production: 1.0.0\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base without 2.0.0');
  const base = git(dir, 'rev-parse', 'HEAD');
  // 2.0.0 was released from another branch: it has its tag, but main does not have it.
  git(dir, 'checkout', '-q', '-b', 'release-branch');
  cpSync(join(import.meta.dirname, '..', '..', '..', '..', 'registry-template', 'models', 'churn-gbm', 'versions', '2.0.0'), v, { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'add 2.0.0');
  git(dir, 'tag', '-a', 'churn-gbm@v2.0.0', '-m', 'Registering artifact churn-gbm version v2.0.0');

  const untouched = await validateRegistry({ root: dir, base });
  expect(untouched.report.problems.filter((p) => p.rule === 'immutable-version')).toEqual([]);

  writeFileSync(join(v, 'card.yaml'), `${card}x-note: quietly changed after release\n`);
  const changed = await validateRegistry({ root: dir, base });
  expect(changed.report.problems.map((p) => [p.rule, p.file])).toEqual([['immutable-version', 'models/churn-gbm/versions/2.0.0/card.yaml']]);
});

it('tag_format cannot change once a version is released: the next release would publish every version again under new tags', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tag-format-'));
  dirs.push(dir);
  cpSync(join(import.meta.dirname, '..', '..', '..', '..', 'registry-template'), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base with released versions');
  const base = git(dir, 'rev-parse', 'HEAD');
  const settings = readFileSync(join(dir, 'registry.yaml'), 'utf8');
  const line = settings.split('\n').findIndex((l) => l.startsWith('tag_format:')) + 1;

  writeFileSync(join(dir, 'registry.yaml'), settings.replace('tag_format: "{model}@v{version}"', 'tag_format: "models/{model}/{version}"'));
  const renamed = await validateRegistry({ root: dir, base });
  expect(renamed.report.problems.map((p) => [p.rule, p.file, p.line, p.column])).toEqual([['immutable-tags', 'registry.yaml', line, 13]]);
  expect(renamed.report.problems[0].message).toContain(
    '11 versions are merged, and released (or about to be) under the old tags (`churn-gbm@v0.9.0` would become `models/churn-gbm/0.9.0`)',
  );

  // Writing out the default, or dropping a tag_format equal to it, renames nothing.
  writeFileSync(join(dir, 'registry.yaml'), settings.replace('tag_format: "{model}@v{version}"\n', ''));
  expect((await validateRegistry({ root: dir, base })).report.problems).toEqual([]);

  // Before the first release, tag_format is free to change.
  git(dir, 'rm', '-rq', 'models');
  git(dir, 'commit', '-qm', 'no versions yet');
  const empty = git(dir, 'rev-parse', 'HEAD');
  cpSync(join(import.meta.dirname, '..', '..', '..', '..', 'registry-template', 'models'), join(dir, 'models'), { recursive: true });
  writeFileSync(join(dir, 'registry.yaml'), settings.replace('tag_format: "{model}@v{version}"', 'tag_format: "models/{model}/{version}"'));
  expect((await validateRegistry({ root: dir, base: empty })).report.problems).toEqual([]);
});
