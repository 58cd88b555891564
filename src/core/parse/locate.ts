/**
 * Turns "the value at lineage.parents[0].relation" into a line and column, by
 * walking the precise parser's node tree. Used only for files that have
 * problems, so the fast path never pays for positions.
 */
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Anchor, DocPath } from '../problems.js';
import type { PreciseDocument } from './precise-parse.js';

export interface Position {
  line: number;
  column: number;
}

export function locate(parsed: PreciseDocument, anchor: Anchor | undefined): Position {
  if (!anchor) return { line: 1, column: 1 };
  if ('line' in anchor) return { line: anchor.line, column: anchor.column };
  const offset = findOffset(parsed, anchor.path, anchor.target);
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}

function findOffset(parsed: PreciseDocument, path: DocPath, target: 'key' | 'value'): number | undefined {
  const { doc } = parsed;
  let node: unknown = doc.contents;
  // The best place found so far: the deepest key or node on the way down.
  let best: number | undefined = rangeStart(node) ?? firstContentOffset(doc);
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) ? String(p.key.value) === String(segment) : false);
      if (!pair) return best;
      const keyStart = rangeStart(pair.key);
      if (keyStart !== undefined) best = keyStart;
      if (last && target === 'key') return best;
      node = pair.value;
      const valueStart = rangeStart(node);
      if (valueStart !== undefined) best = valueStart;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      const start = rangeStart(node);
      if (start === undefined) return best;
      best = start;
    } else {
      return best;
    }
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstContentOffset(doc: PreciseDocument['doc']): number | undefined {
  return rangeStart(doc.contents);
}

/** The text of the scalar at `path`, as written in the file. */
export function scalarSource(parsed: PreciseDocument, text: string, path: DocPath): string | undefined {
  let node: unknown = parsed.doc.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(parsed.doc);
    if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  if (!isScalar(node) || !node.range) return undefined;
  return text.slice(node.range[0], node.range[1]);
}
