/**
 * What the working-tree review takes as changed, run after run in one
 * repository: the second and later runs answer from git's untracked cache on a
 * private copy of the index, and must still see every new, edited, staged,
 * unstaged and removed file, while the user's own index is never written.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedPaths } from '../../../../src/adapters/git/changed-paths.js';
import { GitRepo } from '../../../support/git-repo.js';

const repos: GitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const REGISTRY = {
  'registry.yaml': 'format: 1\nname: r\n',
  'models/a/model.yaml': 'name: a\n',
  'models/a/versions/1.0.0/card.yaml': 'version: 1.0.0\n',
  'models/b/model.yaml': 'name: b\n',
  'models/b/versions/1.0.0/card.yaml': 'version: 1.0.0\n',
};

describe('the working tree’s changes against a base, run after run', () => {
  for (const subdir of ['', 'ml/registry']) {
    it(`sees each change made between runs${subdir ? ' (registry in a subfolder)' : ''}, never writing the user's index`, async () => {
      const repo = GitRepo.fromFolder(REGISTRY, { subdir });
      repos.push(repo);
      const base = repo.sha();
      const index = join(repo.dir, '.git', 'index');
      const userIndex = readFileSync(index);
      if (subdir) writeFileSync(join(repo.dir, 'outside.txt'), 'not the registry’s\n');
      expect(await changedPaths(repo.root, base)).toEqual([]);
      expect(await changedPaths(repo.root, base)).toEqual([]);
      expect(readFileSync(index).equals(userIndex)).toBe(true);

      repo.write('models/a/versions/1.1.0/card.yaml', 'version: 1.1.0\n');
      expect(await changedPaths(repo.root, base)).toEqual(['models/a/versions/1.1.0/card.yaml']);

      repo.write('models/a/versions/1.1.0/metrics.yaml', 'accuracy: 0.9\n');
      repo.edit('models/b/model.yaml', (t) => `${t}description: edited\n`);
      expect(await changedPaths(repo.root, base)).toEqual(['models/a/versions/1.1.0/card.yaml', 'models/a/versions/1.1.0/metrics.yaml', 'models/b/model.yaml']);

      // Staged: the user's index changes, so the copy is renewed.
      repo.git(['add', '-A']);
      repo.remove('models/b/versions/1.0.0/card.yaml');
      expect(await changedPaths(repo.root, base)).toEqual([
        'models/a/versions/1.1.0/card.yaml',
        'models/a/versions/1.1.0/metrics.yaml',
        'models/b/model.yaml',
        'models/b/versions/1.0.0/card.yaml',
      ]);

      // Taken out of the index but left on disk: untracked again, still changed.
      repo.git(['rm', '-q', '--cached', repo.repoPath('models/a/versions/1.1.0/metrics.yaml')]);
      repo.git(['reset', '-q', '--', repo.repoPath('models/b')]);
      repo.git(['checkout', '-q', '--', repo.repoPath('models/b')]);
      expect(await changedPaths(repo.root, base)).toEqual(['models/a/versions/1.1.0/card.yaml', 'models/a/versions/1.1.0/metrics.yaml']);

      // Committed: against the new commit nothing differs (a stale copy of the index would call the new files untracked).
      repo.git(['add', '-A']);
      const next = repo.commit('Add a 1.1.0');
      expect(await changedPaths(repo.root, next)).toEqual([]);

      // Back to the base: nothing.
      repo.git(['reset', '-q', '--hard', base]);
      rmSync(join(repo.dir, 'outside.txt'), { force: true });
      expect(await changedPaths(repo.root, base)).toEqual([]);
    });
  }

  it('sees a file changed at the same size and time as git recorded, in the tick the index was written (git compares it by content)', async () => {
    const repo = GitRepo.fromFolder(REGISTRY);
    repos.push(repo);
    const base = repo.sha();
    const index = join(repo.dir, '.git', 'index');
    // Only size and whole-second times compared (as on file systems with coarse times), and files dated in the past.
    repo.git(['config', 'core.checkStat', 'minimal']);
    for (const path of ['models/a/model.yaml', 'models/b/model.yaml']) execFileSync('touch', ['-d', '@1600000000', join(repo.root, path)]);
    repo.git(['update-index', '-q', '--refresh']);
    /** Edits a file keeping its size and time, and dates the index the same: only the content says it changed. */
    const racyEdit = (path: string, from: string, to: string) => {
      repo.edit(path, (t) => t.replace(from, to));
      for (const file of [join(repo.root, path), index]) execFileSync('touch', ['-d', '@1600000000', file]);
    };
    racyEdit('models/b/model.yaml', 'name: b', 'name: c');
    expect(await changedPaths(repo.root, base)).toEqual(['models/b/model.yaml']);
    // Later, with the copy renewed after the user's index changed.
    repo.write('models/a/versions/1.1.0/card.yaml', 'version: 1.1.0\n');
    repo.git(['add', '--', repo.repoPath('models/a/versions')]);
    racyEdit('models/a/model.yaml', 'name: a', 'name: z');
    expect(await changedPaths(repo.root, base)).toEqual(['models/a/model.yaml', 'models/a/versions/1.1.0/card.yaml', 'models/b/model.yaml']);
  });

  it('answers the plain way when the git folder holds no copy it can use', async () => {
    const repo = GitRepo.fromFolder(REGISTRY);
    repos.push(repo);
    const base = repo.sha();
    repo.write('models/a/versions/1.1.0/card.yaml', 'version: 1.1.0\n');
    // A file where the copy's folder would be: the copy cannot be made.
    repo.write('.git/model-registry', 'not a folder');
    expect(await changedPaths(repo.root, base)).toEqual(['models/a/versions/1.1.0/card.yaml']);
  });
});
