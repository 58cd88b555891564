/**
 * The registry refuses a release tag before GitHub does: its ref-name rules
 * are checked against git itself (`git check-ref-format`, and `git tag`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { refNameProblem, tagNameProblem } from '../../../../src/core/format/ref-name.js';

const gitAccepts = (ref: string) => spawnSync('git', ['check-ref-format', ref]).status === 0;

const CASES = [
  'refs/tags/churn-gbm@v1.0.0',
  'refs/tags/m@v1.0.0+build.7',
  'refs/tags/models/m/1.0.0-rc.1',
  'refs/tags/@',
  'refs/tags/x@y',
  'refs/tags/a..b@v1.0.0',
  'refs/tags/a.b',
  'refs/tags/m@v1.0.0-rc.lock',
  'refs/tags/m.lock/1.0.0',
  'refs/tags/.m',
  'refs/tags/m/.v1',
  'refs/tags/m@{1}',
  'refs/tags/m.',
  'refs/tags/m/',
  'refs/tags//m',
  'refs/tags/m//1',
  '/refs/tags/m',
  'refs/tags/m 1',
  'refs/tags/m~1',
  'refs/tags/m^1',
  'refs/tags/m:1',
  'refs/tags/m?',
  'refs/tags/m*',
  'refs/tags/m[1',
  'refs/tags/m\\1',
  'refs/tags/m\u0001',
  'refs/tags/m\u007f',
  'refs/tags/é',
  '@',
  'refs/tags/a.lock.b',
  'refs/tags/.lock',
  'refs/tags/a@',
  'refs/tags/{model}',
];

describe('refNameProblem', () => {
  it.each(CASES)('%j: as git check-ref-format says', (ref) => {
    expect(refNameProblem(ref) === undefined, refNameProblem(ref)).toBe(gitAccepts(ref));
  });

  it('agrees with git on random names made of the characters that matter', () => {
    const unit = fc.constantFrom(...'a1./@{}-lock~^:?*[\\ +é'.split(''), '\u0001', '\u007f');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 12 }), (name) => {
        const ref = `refs/tags/${name}`;
        expect(refNameProblem(ref) === undefined, `${JSON.stringify(ref)}: ${refNameProblem(ref)}`).toBe(gitAccepts(ref));
      }),
      { numRuns: 300 },
    );
  });
});

describe('tagNameProblem', () => {
  const repo = mkdtempSync(join(tmpdir(), 'ref-name-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  git('commit', '-q', '--allow-empty', '-m', 'x');

  it.each([
    'churn-gbm@v1.0.0',
    'models/m/1.0.0',
    'm@v1.0.0+build.7',
    '-m@v1.0.0',
    '/m@v1.0.0',
    'm/.v1.0.0',
    'm@v1.0.0-rc.lock',
    'a..b@v1.0.0',
    '@',
    'm@v1.0.0.',
  ])('%j: as git tag says', (tag) => {
    const made = git('tag', tag);
    expect(tagNameProblem(tag) === undefined, `${tagNameProblem(tag)} / ${made.stderr}`).toBe(made.status === 0);
  });
});
