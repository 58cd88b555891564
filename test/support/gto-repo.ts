/**
 * A GTO repository for tests: commits on main, and tags made the way GTO
 * makes them (gto/tag.py create_tag: an annotated tag whose tagger is the
 * author, at a given time), plus lightweight tags, which GTO ignores.
 *
 *   const gto = gtoRepo([{ 'metrics.json': '{"accuracy": 0.8}' }, { 'metrics.json': null }]);
 *   gto.tag('churn@v1.0.0', 0, { time: 1000, message: 'Registering artifact churn version v1.0.0' });
 *   gto.lightweight('churn@v9.0.0', 1);
 */
import { GitRepo, type FileChanges } from './git-repo.js';

export interface GtoTagOptions {
  /** Tagger time, seconds since the epoch (UTC). */
  time: number;
  message?: string;
  tagger?: { name: string; email: string };
}

export interface GtoRepo {
  repo: GitRepo;
  /** The commits, in order. */
  commits: string[];
  /** An annotated tag on commits[index]. */
  tag(name: string, index: number, options: GtoTagOptions): void;
  /** A lightweight tag on commits[index]. */
  lightweight(name: string, index: number): void;
}

export const GTO_TAGGER = { name: 'Ada Lovelace', email: 'ada@example.com' };

/** A repository with one commit per entry of `changes` (each applied to the previous tree). */
export function gtoRepo(changes: FileChanges[]): GtoRepo {
  const repo = GitRepo.init({ topFiles: { 'README.md': 'A GTO repository.\n' } });
  const commits = changes.map((change, i) => {
    repo.apply(change);
    return repo.commit(`Change ${i + 1}`);
  });
  return {
    repo,
    commits,
    tag(name, index, { time, message, tagger = GTO_TAGGER }) {
      const env = { GIT_COMMITTER_NAME: tagger.name, GIT_COMMITTER_EMAIL: tagger.email, GIT_COMMITTER_DATE: `${time} +0000` };
      repo.git(['tag', '--annotate', '--cleanup=verbatim', '--message', message ?? name, name, commits[index]], { env });
    },
    lightweight(name, index) {
      repo.git(['tag', name, commits[index]]);
    },
  };
}
