/**
 * What `observe`'s ways of appending share (observe.ts, observe-pull-request.ts):
 * its options and result, the refusal that writes nothing, the commit message,
 * and how many moved heads in a row it takes before giving up.
 */
import type { RequestedRecord } from '../core/monitoring/observe-input.js';
import type { ObservePlan } from '../core/monitoring/observe-plan.js';
import { ObserveRefusedError } from '../errors/index.js';

export interface ObserveOptions {
  model: string;
  records: readonly RequestedRecord[];
  /** The working tree's registry folder (without `registry`). */
  root: string;
  /** owner/name: append through the API to that repository instead. */
  registry?: string;
  token?: string;
  serverUrl: string;
  dryRun?: boolean;
  /** The instant records without a time are observed at. */
  now: () => number;
  log: (message: string) => void;
  /** Waits before reading the head again when another job moved it (attempt 1, 2, …). */
  wait?: (attempt: number) => Promise<void>;
}

export interface ObserveResult {
  plan: ObservePlan;
  /** What was done: lines appended in the working tree, a commit, a pull request, or nothing (every record was there). */
  action: 'appended' | 'committed' | 'pull-request' | 'nothing-to-do' | 'dry-run';
  commit?: string;
  pullRequest?: { number: number; url: string };
  /** How many times the default branch had moved under this run. */
  retries: number;
}

/** Past this many moved heads in a row, give up: something appends faster than a commit lands. */
export const MAX_ATTEMPTS = 10;

export function refuseOn(plan: ObservePlan): void {
  if (plan.refusals.length) throw new ObserveRefusedError(`refused, nothing was written:\n${plan.refusals.map((r) => `error: ${r}`).join('\n')}`);
}

export function commitMessage(plan: ObservePlan): string {
  return `Observe ${plan.model}: ${plan.appended} record${plan.appended === 1 ? '' : 's'}`;
}
