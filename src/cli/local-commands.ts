/**
 * The commands that work on the registry's files alone, loaded together when
 * one of them runs. They never load Octokit (see github-commands.ts).
 */
import { UnreadableRootError } from '../adapters/fs/fs-snapshot.js';
import { GitError } from '../adapters/git/git.js';
import { SiteWriteError } from '../adapters/fs/site-writer.js';
import type { Io } from './io.js';

export { validateCommand } from './commands/validate.js';
export { listCommand } from './commands/list.js';
export { diffCommand } from './commands/diff.js';
export { siteCommand } from './commands/site.js';

/** Exit status 2 for input these commands cannot read or write, else undefined (a bug). */
export function failureStatus(error: unknown): 1 | 2 | undefined {
  return error instanceof UnreadableRootError || error instanceof GitError || error instanceof SiteWriteError ? 2 : undefined;
}
