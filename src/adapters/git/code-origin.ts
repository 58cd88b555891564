/**
 * Where the code that trained a model lives, for a registration's lineage:
 * in a workflow, GITHUB_REPOSITORY and GITHUB_SHA (and the run's address);
 * on a laptop, the git checkout in the current folder (its `origin` remote on
 * GitHub, and HEAD).
 */
import type { RunFacts } from '../../core/register/build-card.js';
import { runGit } from './run-git.js';

export interface CodeOrigin extends RunFacts {
  /** Why a fact could not be found, or why it may not describe the code exactly. */
  warnings: string[];
}

export function codeOrigin(cwd: string, env: NodeJS.ProcessEnv = process.env): CodeOrigin {
  const warnings: string[] = [];
  let codeRepo = env.GITHUB_REPOSITORY || undefined;
  let commit = env.GITHUB_SHA || undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl = env.GITHUB_RUN_ID && codeRepo ? `${server}/${codeRepo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  if (!codeRepo || !commit) {
    const head = git(cwd, ['rev-parse', 'HEAD']);
    const origin = git(cwd, ['remote', 'get-url', 'origin']);
    commit ??= head && /^[0-9a-f]{40}$/.test(head) ? head : undefined;
    codeRepo ??= origin ? repositoryFromRemote(origin) : undefined;
    if (!commit || !codeRepo) {
      warnings.push(
        'the training code is unknown (not in a git checkout with a GitHub `origin`, and GITHUB_REPOSITORY/GITHUB_SHA are not set): the card gets no lineage.code',
      );
      return { warnings };
    }
    if (git(cwd, ['status', '--porcelain', '--untracked-files=no'])) {
      warnings.push(`the checkout has uncommitted changes: lineage.code names ${codeRepo}@${commit.slice(0, 7)}, which is not exactly the code that ran`);
    }
  }
  return { codeRepo, commit, runUrl, warnings };
}

/** owner/name from a GitHub remote address (https, ssh or scp-like). */
export function repositoryFromRemote(url: string): string | undefined {
  const m = /[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** git's answer, or undefined on any failure: a fact git cannot give is simply unknown. */
function git(cwd: string, args: string[]): string | undefined {
  const result = runGit(args, { cwd });
  return result.status === 0 ? result.stdout.toString('utf8').trim() : undefined;
}
