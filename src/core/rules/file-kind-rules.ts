/**
 * Each path's problem of name or kind (a symbolic link, a folder where a file
 * belongs, a control character in a name): check/entry-kind.ts says what it is.
 */
import { entryKindProblem } from '../check/entry-kind.js';
import type { PendingProblem } from '../problems.js';
import type { RuleContext } from './context.js';

/** Every entry's problem of name or kind, each folder's once. */
export function fileKindRule({ entries }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  const reported = new Set<string>();
  for (const entry of entries.values()) {
    const problem = entryKindProblem(entry);
    if (!problem || reported.has(problem.file)) continue;
    reported.add(problem.file);
    problems.push(problem);
  }
  return problems;
}
