/**
 * Where each version's tag belongs: the default-branch commit that added the
 * version (its card.yaml), or, if the version's files changed after that, the
 * last commit that changed them, so the tag holds the released files. One
 * `git log --first-parent` over every version folder (argument vector, no
 * shell): a merged pull request's commit is its merge (or squash) commit, the
 * commit that was reviewed as a whole. Without git, or in a shallow clone
 * that lacks the commit, a version is simply not found here.
 */
import { runGit } from './run-git.js';
import { repositoryPrefix } from './git.js';

const VERSION_FILE = /^models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/versions\/([^/]+)\//;

/** `model@version` -> the commit (of `head`'s first-parent history) that last changed the version's folder. */
export function readVersionCommits(root: string, head: string): Map<string, string> {
  const out = new Map<string, string>();
  let prefix: string;
  try {
    prefix = repositoryPrefix(root);
  } catch {
    return out;
  }
  const log = runGit(
    [
      '-c',
      'core.quotePath=false',
      'log',
      '--first-parent',
      '--diff-merges=first-parent',
      '--no-renames',
      '--format=%x1e%H',
      '--name-only',
      '-z',
      head,
      '--',
      `:(top,glob)${prefix}models/*/versions/**`,
    ],
    { cwd: root },
  );
  if (log.error || log.status !== 0) return out;
  // Newest first: the first commit seen for a version is the last that changed it.
  for (const chunk of log.stdout.toString('utf8').split('\x1e')) {
    // `<sha>\0\n<path>\0<path>\0…` with -z.
    const [commit, ...paths] = chunk.split('\0');
    if (!/^[0-9a-f]{40,64}$/.test(commit)) continue;
    for (const path of paths) {
      const name = path.replace(/^\n+/, '');
      if (!name.startsWith(prefix)) continue;
      const match = VERSION_FILE.exec(name.slice(prefix.length));
      if (!match) continue;
      const key = `${match[1]}@${match[2]}`;
      if (!out.has(key)) out.set(key, commit);
    }
  }
  return out;
}
