/**
 * Turns "the value at lineage.parents[0].relation" into a line and column, by
 * walking the precise parser's node tree. Used only for files that have
 * problems, so the fast path never pays for positions. A file may have a
 * problem at each of 100,000 keys: each mapping's keys and the document's
 * anchors are indexed once, on first use, so locating them all stays linear.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Anchor, DocPath } from '../problems.js';
import type { PreciseDocument } from './precise-parse.js';
import { keyString } from './to-value.js';

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
    if (isAlias(node)) node = resolveAlias(doc, node);
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairAt(node, segment);
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
    if (isAlias(node)) node = resolveAlias(parsed.doc, node);
    if (isMap(node)) node = pairAt(node, segment)?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  if (!isScalar(node) || !node.range) return undefined;
  return text.slice(node.range[0], node.range[1]);
}

const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The first pair of a mapping whose key reads as `segment`. */
function pairAt(map: YAMLMap, segment: string | number): Pair | undefined {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const key = keyString(pair.key);
      if (!index.has(key)) index.set(key, pair);
    }
    keyIndexes.set(map, index);
  }
  return index.get(String(segment));
}

const aliasTargets = new WeakMap<Document, Map<Alias, Node>>();

/** What an alias names: the last node before it with that anchor (the yaml package's own `resolve` walks the whole document per alias). */
function resolveAlias(doc: Document, alias: Alias): Node | undefined {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    targets = new Map();
    const anchors = new Map<string, Node>();
    // Document order, iteratively: a node before its children, a key before its value.
    const stack: unknown[] = [doc.contents];
    while (stack.length) {
      const node = stack.pop();
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const anchor = (node as Node).anchor;
      if (anchor) anchors.set(anchor, node as Node);
      if (isPair(node)) stack.push(node.value, node.key);
      else if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
    aliasTargets.set(doc, targets);
  }
  return targets.get(alias);
}
