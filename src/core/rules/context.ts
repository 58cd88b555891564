import type { PendingProblem } from '../problems.js';
import type { Registry } from '../registry/registry.js';
import type { BaseState, FileEntry } from '../registry/snapshot.js';

/** What every cross-file rule may look at. */
export interface RuleContext {
  registry: Registry;
  /** Every file under the root, by path. */
  entries: Map<string, FileEntry>;
  base?: BaseState;
}

export type Rule = (context: RuleContext) => PendingProblem[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `record[key]` for a key from a file (a metric, stage or version name): only
 * the record's own entries, never Object.prototype's (`toString`, `constructor`).
 */
export function own(record: object | undefined, key: string): unknown {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
