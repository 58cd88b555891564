/**
 * The tags of the repository a registry folder is in, for `promote`'s
 * `released` requirement. Outside a repository, or when git fails, the
 * answer is "unknown" (undefined), never an error: the requirement is then
 * pending, and the pull request's check decides it.
 */
import { runGit } from './run-git.js';

export function readLocalTags(root: string): Set<string> | undefined {
  const result = runGit(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags'], { cwd: root });
  if (result.error || result.status !== 0) return undefined;
  return new Set(result.stdout.toString('utf8').split('\n').filter(Boolean));
}
