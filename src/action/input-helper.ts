/**
 * The Action's inputs, read once into a typed settings object (as
 * actions/checkout does). Every other module gets settings, never raw inputs.
 */
import * as core from '@actions/core';

export const COMMANDS = ['validate', 'comment', 'release', 'site', 'register', 'promote', 'audit'] as const;
export type Command = (typeof COMMANDS)[number];

export interface ActionSettings {
  command: Command;
  /** The registry folder, relative to the workspace. */
  root: string;
  /** A git ref to compare with; defaults to the pull request's base commit. */
  base?: string;
  token: string;
  comment: boolean;
  failOn: 'error' | 'warning';
  dryRun: boolean;
  /** command: comment — the JSON report to post. */
  report?: string;
  /** command: site — the folder to write the catalogue to, relative to the workspace. */
  out: string;
  /** command: site — where the catalogue is served (absolute links in the feed, badges and API); defaults to registry.yaml's url. */
  baseUrl?: string;
}

export class InputError extends Error {}

export function getSettings(): ActionSettings {
  const command = core.getInput('command') || 'validate';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(`input \`command\` must be one of ${COMMANDS.join(', ')}; got ${JSON.stringify(command)}`);
  }
  const failOn = core.getInput('fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new InputError(`input \`fail-on\` must be error or warning; got ${JSON.stringify(failOn)}`);
  return {
    command: command as Command,
    root: core.getInput('root') || '.',
    base: core.getInput('base') || undefined,
    token: core.getInput('token'),
    comment: booleanInput('comment', true),
    failOn,
    dryRun: booleanInput('dry-run', false),
    report: core.getInput('report') || undefined,
    out: core.getInput('out') || '_site',
    baseUrl: httpUrlInput('base-url'),
  };
}

function httpUrlInput(name: string): string | undefined {
  const raw = core.getInput(name).trim();
  if (!raw) return undefined;
  let ok = false;
  try {
    const url = new URL(raw);
    ok = url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) throw new InputError(`input \`${name}\` must be an http(s) URL; got ${JSON.stringify(raw)}`);
  return raw;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new InputError(`input \`${name}\` must be true or false; got ${JSON.stringify(raw)}`);
}
