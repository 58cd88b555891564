/**
 * GitHub shows only 10 error and 10 warning annotations per step, so the ones
 * shown must be the ones that matter: errors before warnings, and problems in
 * files this pull request touches before problems elsewhere.
 */
import type { Problem } from '../core/problems.js';

export const ANNOTATION_LIMIT = 10;

export function selectAnnotations(problems: readonly Problem[], touched: ReadonlySet<string> = new Set()): { shown: Problem[]; hidden: Problem[] } {
  const ranked = [...problems].sort((a, b) => Number(!touched.has(a.file)) - Number(!touched.has(b.file)));
  const shown: Problem[] = [];
  const hidden: Problem[] = [];
  const counts = { error: 0, warning: 0 };
  for (const problem of ranked) {
    if (counts[problem.severity] < ANNOTATION_LIMIT) {
      counts[problem.severity]++;
      shown.push(problem);
    } else hidden.push(problem);
  }
  const order = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return { shown: shown.sort((a, b) => order(a) - order(b)), hidden };
}
