/**
 * The Action's inputs, read once into a typed settings object (as
 * actions/checkout does). Every other module gets settings, never raw inputs.
 */
import * as core from '@actions/core';
import { UsageError } from '../errors/index.js';
import { parseMaxReleases } from '../core/release/github-limits.js';
import { METRICS_FORMATS, type MetricsFormat } from '../core/register/metrics-input.js';

export const COMMANDS = [
  'validate',
  'comment',
  'release',
  'site',
  'register',
  'record',
  'promote',
  'demote',
  'deprecate',
  'resolve',
  'deployed',
  'status',
  'audit',
  'observe',
] as const;
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
  /** command: release — the most versions one run releases (undefined: the default). */
  maxReleases?: number;
  /** command: register — see registerInputs(). */
  register: RegisterInputs;
  /** command: resolve — with register's `registry` (read through the API) and `artifacts` (names to download). */
  resolve: ResolveInputs;
  /** command: promote, demote, deprecate — with register's `registry`, `model` and `version`. */
  stageChange: StageChangeInputs;
  /** command: deployed — with register's `registry`, `model` and `version`. */
  deployed: DeployedInputs;
  /** command: status — `fail-on: drift`. */
  failOnDrift: boolean;
  /** command: observe — with register's `registry`, `model` and `version`, and deployed's `environment`. */
  observe: ObserveInputs;
}

/** command: observe — one record (metric, value, …) or a file of many (`observations`: JSON Lines or CSV). */
export interface ObserveInputs {
  metric?: string;
  value?: string;
  n?: string;
  segment?: string;
  time?: string;
  observations?: string;
}

/** command: deployed — the environment (as registry.yaml names it), its serving address, and whether the version stopped running there. */
export interface DeployedInputs {
  environment?: string;
  url?: string;
  undeployed: boolean;
}

/** command: resolve — the reference, the catalogue to read instead of `root`, and the folder to download into. */
export interface ResolveInputs {
  ref?: string;
  catalogue?: string;
  download?: string;
}

/** command: promote (`version` or `from`, into `to`), demote (`from`), deprecate (`version`, `reason`). */
export interface StageChangeInputs {
  to?: string;
  from?: string;
  reason?: string;
}

/** command: register — what a training workflow registers, and where. */
export interface RegisterInputs {
  /** owner/name of the registry repository. */
  registry?: string;
  model?: string;
  /** major, minor, patch (default) or an exact version. */
  version?: string;
  metrics?: string;
  /** auto (default): converted from what training scripts write; raw: byte for byte. */
  metricsFormat: MetricsFormat;
  /** Files or globs, one a line. */
  artifacts: string[];
  card?: string;
  modelCard?: string;
  autoMerge: boolean;
  /** A new model's card, when no model-card file is given. */
  modelFields: { title?: string; description?: string; owners: string[]; task?: string; license?: string; tags: string[] };
}

export function getSettings(): ActionSettings {
  const command = core.getInput('command') || 'validate';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`input \`command\` must be one of ${COMMANDS.join(', ')}; got ${JSON.stringify(command)}`);
  }
  const failOnInput = core.getInput('fail-on') || 'error';
  // `drift` is status's: an environment that runs another version than its stage for longer than max_drift.
  const failOnDrift = command === 'status' && failOnInput === 'drift';
  const failOn = failOnDrift ? 'error' : failOnInput;
  if (failOn !== 'error' && failOn !== 'warning')
    throw new UsageError(`input \`fail-on\` must be error or warning (or drift, with command: status); got ${JSON.stringify(failOnInput)}`);
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
    maxReleases: maxReleasesInput(),
    register: registerInputs(),
    resolve: { ref: core.getInput('ref').trim() || undefined, catalogue: httpUrlInput('catalogue'), download: core.getInput('download').trim() || undefined },
    deployed: {
      environment: core.getInput('environment').trim() || undefined,
      url: httpUrlInput('environment-url'),
      undeployed: booleanInput('undeployed', false),
    },
    failOnDrift,
    observe: {
      metric: core.getInput('metric').trim() || undefined,
      value: core.getInput('value').trim() || undefined,
      n: core.getInput('n').trim() || undefined,
      segment: core.getInput('segment').trim() || undefined,
      time: core.getInput('time').trim() || undefined,
      observations: core.getInput('observations').trim() || undefined,
    },
    stageChange: {
      to: core.getInput('to').trim() || undefined,
      from: core.getInput('from').trim() || undefined,
      reason: core.getInput('reason').trim() || undefined,
    },
  };
}

function registerInputs(): RegisterInputs {
  const text = (name: string) => core.getInput(name).trim() || undefined;
  return {
    registry: text('registry'),
    model: text('model'),
    version: text('version'),
    metrics: text('metrics'),
    metricsFormat: metricsFormatInput(),
    artifacts: core
      .getMultilineInput('artifacts')
      .map((line) => line.trim())
      .filter(Boolean),
    card: text('card'),
    modelCard: text('model-card'),
    autoMerge: booleanInput('auto-merge', false),
    modelFields: {
      title: text('model-title'),
      // Markdown: keep its lines as written.
      description: core.getInput('model-description', { trimWhitespace: false }).replace(/^\s*\n|\s+$/g, '') || undefined,
      owners: core
        .getInput('model-owners')
        .split(/[\s,]+/)
        .filter(Boolean),
      task: text('model-task'),
      license: text('model-license'),
      tags: core
        .getInput('model-tags')
        .split(/[,\n]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    },
  };
}

function metricsFormatInput(): MetricsFormat {
  const raw = core.getInput('metrics-format').trim() || 'auto';
  if (!(METRICS_FORMATS as readonly string[]).includes(raw)) throw new UsageError(`input \`metrics-format\` must be auto or raw; got ${JSON.stringify(raw)}`);
  return raw as MetricsFormat;
}

function maxReleasesInput(): number | undefined {
  const raw = core.getInput('max-releases').trim();
  if (!raw) return undefined;
  const value = parseMaxReleases(raw);
  if (value === null) throw new UsageError(`input \`max-releases\` must be a whole number of at least 1; got ${JSON.stringify(raw)}`);
  return value;
}

function httpUrlInput(name: string): string | undefined {
  const raw = core.getInput(name).trim();
  if (!raw) return undefined;
  let ok: boolean;
  try {
    const url = new URL(raw);
    ok = url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(`input \`${name}\` must be an http(s) URL; got ${JSON.stringify(raw)}`);
  return raw;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new UsageError(`input \`${name}\` must be true or false; got ${JSON.stringify(raw)}`);
}
