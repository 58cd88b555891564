/** The commands that talk to GitHub, loaded (with Octokit) only when one of them runs. */
import { UnreadableRootError } from '../adapters/fs/fs-snapshot.js';
import { GitError } from '../adapters/git/git.js';
import { RegisterBlockedError, RegisterInputError, RegisterInterruptedError } from '../app/register-version.js';
import { AutoMergeError, RegisterConflictError } from '../adapters/github/register-executor.js';
import { RegistryUnreachableError } from '../adapters/github/register-state.js';
import { ReleaseBlockedError } from '../app/publish-releases.js';
import { ReleaseConflictError } from '../adapters/github/release-executor.js';
import { GitHubUnreachableError } from '../adapters/github/network-error.js';

export { releaseCommand } from './commands/release.js';
export { registerCommand } from './commands/register.js';

/**
 * Exit status 2 when the command could not run (unreadable input, GitHub
 * unreachable), 1 when it ran and was refused (blocked, a conflict), else
 * undefined (a bug).
 */
export function failureStatus(error: unknown): 1 | 2 | undefined {
  if (error instanceof UnreadableRootError || error instanceof GitError || error instanceof RegisterInputError || error instanceof RegistryUnreachableError || error instanceof GitHubUnreachableError) return 2;
  if (error instanceof ReleaseBlockedError || error instanceof ReleaseConflictError || error instanceof RegisterBlockedError || error instanceof RegisterConflictError || error instanceof AutoMergeError || error instanceof RegisterInterruptedError) return 1;
  return undefined;
}
