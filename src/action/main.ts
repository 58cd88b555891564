/**
 * The Action's front end: read the inputs, run the command, turn any failure
 * into a clear `::error` and a failed step (never a stack trace for bad input).
 */
import * as core from '@actions/core';
import { UnreadableRootError } from '../adapters/fs-snapshot.js';
import { GitError } from '../adapters/git.js';
import { readRunContext } from './context.js';
import { getSettings, InputError, type ActionSettings } from './input-helper.js';
import { validateAction } from './commands/validate.js';
import { commentAction } from './commands/comment.js';
import type { RunContext } from './context.js';

type Handler = (settings: ActionSettings, context: RunContext) => Promise<void>;

const HANDLERS: Partial<Record<ActionSettings['command'], Handler>> = {
  validate: validateAction,
  comment: commentAction,
};

export async function runAction(): Promise<void> {
  try {
    const settings = getSettings();
    const handler = HANDLERS[settings.command];
    if (!handler) throw new InputError(`command \`${settings.command}\` is not available in this version of model-registry`);
    await handler(settings, readRunContext());
  } catch (error) {
    if (error instanceof InputError || error instanceof UnreadableRootError || error instanceof GitError) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(`model-registry failed unexpectedly (please report it): ${(error as Error)?.stack ?? String(error)}`);
  }
}
