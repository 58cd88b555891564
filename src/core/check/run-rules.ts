/**
 * Cross-file rules find problems on parsed values (a path into a document);
 * the document's text then gives each problem its line and column.
 */
import { locateAll } from './check-document.js';
import { parsePrecise } from '../parse/precise-parse.js';
import type { PendingProblem, Problem } from '../problems.js';
import type { Rule, RuleContext } from '../rules/context.js';
import { documentKind } from '../format/layout.js';
import { locateObservationProblems } from '../monitoring/observation-positions.js';

/** The bytes of a document a rule found a problem in, to place it; undefined when unreadable. */
export type ReadDocument = (path: string) => Uint8Array | undefined;

export function runRules(rules: readonly Rule[], context: RuleContext, readDocument: ReadDocument): Problem[] {
  const pending: PendingProblem[] = [];
  for (const rule of rules) pending.push(...rule(context));
  return locatePending(pending, readDocument);
}

/** Lines and columns for problems that rules found on parsed values. */
function locatePending(pending: PendingProblem[], readDocument: ReadDocument): Problem[] {
  const byFile = new Map<string, PendingProblem[]>();
  for (const p of pending) {
    const list = byFile.get(p.file) ?? [];
    list.push(p);
    byFile.set(p.file, list);
  }
  const out: Problem[] = [];
  for (const [file, list] of byFile) {
    const needsText = list.some((p) => p.at && 'path' in p.at);
    const bytes = needsText ? readDocument(file) : undefined;
    if (bytes && documentKind(file) === 'observations') {
      // JSON Lines: the path starts with the line (monitoring/observation-positions.ts).
      out.push(...locateObservationProblems(new TextDecoder().decode(bytes), list));
    } else if (bytes) {
      out.push(...locateAll(parsePrecise(new TextDecoder().decode(bytes)), list));
    } else {
      out.push(...list.map(({ at, ...rest }) => ({ ...rest, line: at && 'line' in at ? at.line : 1, column: at && 'line' in at ? at.column : 1 })));
    }
  }
  return out;
}
