/**
 * Where a folder sits in its git repository, for paths GitHub reads from the
 * repository root (CODEOWNERS). Found as git finds it, by the nearest `.git`
 * above the folder, without starting git: validate asks on every run.
 * Outside a repository, the folder is taken as the root.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface RepositoryPlace {
  /** The repository's top folder (absolute, links resolved). */
  top: string;
  /** The folder's path inside it: '' or 'ml/registry/'. */
  prefix: string;
  inGit: boolean;
}

export function repositoryPlace(folder: string): RepositoryPlace {
  const real = realpathSync(folder);
  for (let dir = real; ; dir = dirname(dir)) {
    // `.git` is a folder in a clone and a file in a worktree or submodule.
    if (existsSync(join(dir, '.git'))) {
      const inside = relative(dir, real);
      return { top: dir, prefix: inside ? `${inside.split(sep).join('/')}/` : '', inGit: true };
    }
    if (dirname(dir) === dir) return { top: real, prefix: '', inGit: false };
  }
}
