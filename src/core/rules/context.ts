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
