/**
 * The Action's front end: read the inputs, run the command, turn any failure
 * into a clear `::error` and a failed step (never a stack trace for bad input).
 */
import * as core from '@actions/core';
import { UnreadableRootError } from '../adapters/fs/fs-snapshot.js';
import { GitError } from '../adapters/git/git.js';
import { FetchError } from '../adapters/git/bare-repository.js';
import { readRunContext } from './context.js';
import { terminalLines } from '../core/text/terminal-text.js';
import { getSettings, InputError, type ActionSettings } from './input-helper.js';
import { validateAction } from './commands/validate.js';
import { siteAction } from './commands/site.js';
import { commentAction } from './commands/comment.js';
import { releaseAction } from './commands/release.js';
import { registerAction } from './commands/register.js';
import { RegisterBlockedError, RegisterInputError, RegisterInterruptedError } from '../app/register-version.js';
import { AutoMergeError, RegisterConflictError } from '../adapters/github/register-executor.js';
import { RegistryUnreachableError } from '../adapters/github/register-state.js';
import { ReleaseBlockedError } from '../app/publish-releases.js';
import { ReleaseConflictError } from '../adapters/github/release-executor.js';
import { GitHubUnreachableError, httpStatus } from '../adapters/github/client.js';
import type { RunContext } from './context.js';

type Handler = (settings: ActionSettings, context: RunContext) => Promise<void>;

const HANDLERS: Partial<Record<ActionSettings['command'], Handler>> = {
  validate: validateAction,
  site: siteAction,
  comment: commentAction,
  release: releaseAction,
  register: registerAction,
};

export async function runAction(): Promise<void> {
  let dryRun = false;
  try {
    const settings = getSettings();
    dryRun = settings.dryRun;
    const handler = HANDLERS[settings.command];
    if (!handler) throw new InputError(`command \`${settings.command}\` is not available in this version of model-registry`);
    await handler(settings, readRunContext());
  } catch (error) {
    if (error instanceof InputError || error instanceof UnreadableRootError || error instanceof GitError || error instanceof FetchError || error instanceof ReleaseBlockedError || error instanceof ReleaseConflictError ||
      error instanceof RegisterInputError || error instanceof RegisterBlockedError || error instanceof RegisterConflictError || error instanceof AutoMergeError || error instanceof RegistryUnreachableError || error instanceof RegisterInterruptedError || error instanceof GitHubUnreachableError) {
      // Messages quote registry text (problems, names): no control character reaches the log.
      core.setFailed(terminalLines(error.message));
      return;
    }
    const status = httpStatus(error);
    if (status !== undefined) {
      const request = (error as { request?: { method?: string; url?: string } }).request;
      // A dry run wrote nothing: there is nothing to resume.
      const next = dryRun ? 'Nothing was written (a dry run): re-run the job later.' : 'Nothing half-done was published: re-run the job to resume.';
      core.setFailed(`GitHub answered HTTP ${status} to ${request?.method ?? ''} ${request?.url ?? ''} (${(error as Error).message.split('\n')[0]}) after retrying. ${next}`);
      return;
    }
    core.setFailed(`model-registry failed unexpectedly (please report it): ${(error as Error)?.stack ?? String(error)}`);
  }
}
