/**
 * Where a problem of a monitoring file is: a JSON Lines file is a sequence of
 * records, so a problem's path starts with its 1-based line and goes on into
 * that line's record (`[12, 'version']`). Only the lines with problems are
 * parsed again, precisely, to find the column.
 */
import type { Anchor, PendingProblem, Problem } from '../problems.js';
import { parsePrecise } from '../parse/precise-parse.js';
import { locate } from '../parse/locate.js';

/** The value (or key) `key` of the record on line `line`. */
export function observationAt(line: number, key: string, target: 'key' | 'value' = 'value'): Anchor {
  return { path: [line, key], target };
}

export function locateObservationProblems(text: string, pending: readonly PendingProblem[]): Problem[] {
  let starts: number[] | undefined;
  const lineText = (line: number): string => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const from = starts[line - 1] ?? text.length;
    const to = starts[line] === undefined ? text.length : starts[line] - 1;
    return text.slice(from, to).replace(/\r$/, '');
  };
  return pending.map(({ at, ...rest }) => {
    if (!at) return { ...rest, line: 1, column: 1 };
    if ('line' in at) return { ...rest, line: at.line, column: at.column };
    const [line, ...path] = at.path;
    if (typeof line !== 'number') return { ...rest, line: 1, column: 1 };
    let column = 1;
    try {
      column = locate(parsePrecise(lineText(line)), { path, target: at.target }).column;
    } catch {
      // A line JSON.parse read but the YAML parser cannot: the line is still right.
    }
    return { ...rest, line, column };
  });
}
