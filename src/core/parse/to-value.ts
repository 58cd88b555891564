/**
 * The precise parser's node tree to a plain value, in one pass that is linear
 * in the file's size. The `yaml` package's own ways are not: `uniqueKeys`
 * compares each key with every earlier key of its mapping, and `toJS` resolves
 * each alias by scanning every anchor and alias before it. Here each mapping's
 * keys go into a Set (a repeated key is reported at its second occurrence),
 * anchors into a Map as they are met, and each anchored node is converted once.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node, type Pair } from 'yaml';

/** Nodes that aliases may add to the value: enough for any honest reuse, far too few for a YAML bomb. */
export const MAX_ALIAS_NODES = 1000;

export interface DuplicateKey {
  key: string;
  /** Offset of the repeated key in the text. */
  offset: number;
}

export interface Converted {
  value: unknown;
  duplicates: DuplicateKey[];
  /** The first alias of the document, when aliases would add more than MAX_ALIAS_NODES nodes (or an alias names its own ancestor). */
  aliasLimit?: Alias;
}

/**
 * A mapping key as a JavaScript object sees it: what the yaml package's toJS
 * does for scalar keys (null is the empty string); other keys are rare enough
 * to be written as JSON.
 */
export function keyString(key: unknown): string {
  return jsKey(isScalar(key) ? key.value : key);
}

function jsKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  const scalar = value as string | number | boolean | bigint | symbol;
  return String(scalar);
}

export function toValue(doc: Document.Parsed): Converted {
  const duplicates: DuplicateKey[] = [];
  // Anchored nodes by name (the last definition met wins, as YAML says), their values once converted, and their sizes.
  const anchors = new Map<string, Node>();
  const done = new Map<Node, { value: unknown; size: number }>();
  let aliasNodes = 0;
  let firstAlias: Alias | undefined;
  let exceeded = false;

  // Returns the value and the number of nodes it stands for once every alias is expanded.
  function convert(node: unknown): { value: unknown; size: number } {
    if (node === null || node === undefined) return { value: null, size: 1 };
    if (isAlias(node)) {
      firstAlias ??= node;
      const target = anchors.get(node.source);
      const converted = target ? done.get(target) : undefined;
      // An alias inside its own anchor would make a cycle; an unknown one is already a syntax error.
      if (target && !converted) exceeded = true;
      if (!converted) return { value: null, size: 1 };
      aliasNodes += converted.size;
      if (aliasNodes > MAX_ALIAS_NODES) exceeded = true;
      return converted;
    }
    const anchor = (node as Node).anchor;
    if (anchor) anchors.set(anchor, node as Node);
    let result: { value: unknown; size: number };
    if (isScalar(node)) result = { value: node.value, size: 1 };
    else if (isMap(node)) result = convertPairs(node.items);
    else if (isSeq(node)) {
      const array: unknown[] = [];
      let size = 1;
      for (const item of node.items) {
        // A `key: value` inside a flow sequence is a one-key mapping.
        const converted = isPair(item) ? convertPairs([item]) : convert(item);
        array.push(converted.value);
        size += converted.size;
        if (exceeded) break;
      }
      result = { value: array, size };
    } else result = { value: null, size: 1 };
    if (anchor) done.set(node as Node, result);
    return result;
  }

  function convertPairs(pairs: readonly Pair[]): { value: unknown; size: number } {
    const object: Record<string, unknown> = {};
    const seen = new Set<string>();
    let size = 1;
    for (const pair of pairs) {
      // Converted rather than read, so an anchor on a key is known to later aliases.
      const key = jsKey(pair.key == null ? null : convert(pair.key).value);
      if (seen.has(key)) duplicates.push({ key, offset: (pair.key as Node | null)?.range?.[0] ?? 0 });
      seen.add(key);
      const converted = convert(pair.value);
      size += converted.size;
      // As the yaml package does: a key such as __proto__ or toString becomes an own property, never the prototype's.
      if (key in object) Object.defineProperty(object, key, { value: converted.value, writable: true, enumerable: true, configurable: true });
      else object[key] = converted.value;
      if (exceeded) break;
    }
    return { value: object, size };
  }

  const { value } = convert(doc.contents);
  return { value, duplicates, aliasLimit: exceeded ? firstAlias : undefined };
}
