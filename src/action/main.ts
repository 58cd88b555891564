/**
 * The Action's front end: read the inputs, run the command, turn any failure
 * into a clear `::error` and a failed step (never a stack trace for bad input).
 */
import * as core from '@actions/core';
import { gitHubRequestError } from '../adapters/github/request-error.js';
import { RegistryError } from '../errors/index.js';
import { readRunContext } from './context.js';
import { terminalLines } from '../core/text/terminal-text.js';
import { getSettings, type ActionSettings } from './input-helper.js';
import { validateAction } from './commands/validate.js';
import { siteAction } from './commands/site.js';
import { commentAction } from './commands/comment.js';
import { releaseAction } from './commands/release.js';
import { registerAction } from './commands/register.js';
import { demoteAction, deprecateAction, promoteAction } from './commands/stage-change.js';
import { recordAction } from './commands/record.js';
import { resolveAction } from './commands/resolve.js';
import { deployedAction } from './commands/deployed.js';
import { statusAction } from './commands/status.js';
import { auditAction } from './commands/audit.js';
import { observeAction } from './commands/observe.js';
import type { RunContext } from './context.js';

type Handler = (settings: ActionSettings, context: RunContext) => Promise<void>;

const HANDLERS: Record<ActionSettings['command'], Handler> = {
  validate: validateAction,
  site: siteAction,
  comment: commentAction,
  release: releaseAction,
  register: registerAction,
  promote: promoteAction,
  demote: demoteAction,
  deprecate: deprecateAction,
  record: recordAction,
  resolve: resolveAction,
  deployed: deployedAction,
  status: statusAction,
  audit: auditAction,
  observe: observeAction,
};

export async function runAction(): Promise<void> {
  let dryRun = false;
  try {
    const settings = getSettings();
    dryRun = settings.dryRun;
    const handler = HANDLERS[settings.command];
    await handler(settings, readRunContext());
  } catch (error) {
    // GitHub still failing after the retries is not a bug either; a dry run wrote nothing, so there is nothing to resume.
    const next = dryRun ? 'Nothing was written (a dry run): re-run the job later.' : 'Nothing half-done was published: re-run the job to resume.';
    const failure = gitHubRequestError(error, ` after retrying. ${next}`) ?? error;
    if (failure instanceof RegistryError) {
      // Messages quote registry text (problems, names): no control character reaches the log.
      core.setFailed(terminalLines(failure.message));
      return;
    }
    core.setFailed(`model-registry failed unexpectedly (please report it): ${(error as Error)?.stack ?? String(error)}`);
  }
}
