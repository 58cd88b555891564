/**
 * The edits `promote`, `demote` and `deprecate` make: one key of stages.yaml
 * set or removed, one entry of model.yaml's `deprecated_versions` set. The
 * yaml package's Document API finds the nodes; the change is made in the
 * text at their source ranges, so comments, key order, quoting and the
 * folding of long text stay exactly as written. Where the text cannot be
 * edited in place (a flow mapping such as `{}`), the Document API rewrites
 * the file. Either way the result is parsed again and must hold exactly the
 * intended value. A file that has problems is never edited: its problems are
 * returned instead, to be fixed first.
 */
import { isMap, isScalar, isSeq, parse, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { checkDocument } from '../check/check-document.js';
import { STAGES_FILE, modelDir } from '../format/layout.js';
import type { Problem } from '../problems.js';
import { isRecord } from '../values.js';

/** The first line of a new stages.yaml, as in the template: editors then check the file against its schema. */
export const STAGES_SCHEMA_COMMENT =
  '# yaml-language-server: $schema=https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/stages.schema.json';

export type EditResult =
  /** `text` is the whole new file; `changed` false when it already said so. */
  | { ok: true; text: string; changed: boolean }
  /** The file has problems (or the edit could not be made): nothing to write. */
  | { ok: false; problems: Problem[] };

export function stagesPath(model: string): string {
  return `${modelDir(model)}/${STAGES_FILE}`;
}

/** stages.yaml with `stage: version`; `bytes` undefined: the file does not exist yet, and is created. */
export function setStage(path: string, bytes: Uint8Array | undefined, stage: string, version: string): EditResult {
  if (bytes === undefined) return { ok: true, changed: true, text: `${STAGES_SCHEMA_COMMENT}\n${keySource(stage)}: ${scalarSource(version)}\n` };
  return editMapping(path, bytes, [], (value) => ({ ...value, [stage]: version }), stage, version);
}

/** stages.yaml without `stage` (left as `{}` when it was the last one: the file stays valid). */
export function removeStage(path: string, bytes: Uint8Array, stage: string): EditResult {
  return editMapping(
    path,
    bytes,
    [],
    (value) => {
      const { [stage]: _removed, ...rest } = value;
      return rest;
    },
    stage,
    undefined,
  );
}

/** model.yaml with `deprecated_versions: {version: reason}` (the mapping is added when absent). */
export function setDeprecated(path: string, bytes: Uint8Array, version: string, reason: string): EditResult {
  return editMapping(
    path,
    bytes,
    ['deprecated_versions'],
    (value) => ({ ...value, deprecated_versions: { ...(isRecord(value.deprecated_versions) ? value.deprecated_versions : {}), [version]: reason } }),
    version,
    reason,
  );
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Sets (value defined) or removes (undefined) `key` in the mapping at `parents` under the top level,
 * creating that mapping when absent. `expect` says what the whole document must read as afterwards.
 */
function editMapping(
  path: string,
  bytes: Uint8Array,
  parents: readonly string[],
  expect: (value: Record<string, unknown>) => Record<string, unknown>,
  key: string,
  value: string | undefined,
): EditResult {
  const checked = checkDocument(path, bytes);
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (errors.length) return { ok: false, problems: errors };
  if (!isRecord(checked.value)) return { ok: false, problems: [atStart(path, 'the file is not a mapping: fix it first')] };
  const wanted = expect(checked.value);
  if (sameValue(checked.value, wanted)) return { ok: true, changed: false, text: decoder.decode(bytes) };

  const text = decoder.decode(bytes);
  const inPlace = editInPlace(text, parents, key, value);
  if (inPlace !== undefined && readsAs(inPlace, wanted)) return { ok: true, changed: true, text: inPlace };
  const rewritten = rewrite(text, parents, key, value);
  if (readsAs(rewritten, wanted)) return { ok: true, changed: true, text: rewritten };
  return { ok: false, problems: [atStart(path, `the file could not be edited safely: change \`${[...parents, key].join('.')}\` by hand`)] };
}

/** The edit made in the text, or undefined where it cannot be (flow style, an unusual layout). */
function editInPlace(text: string, parents: readonly string[], key: string, value: string | undefined): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!isMap(doc.contents) || doc.contents.flow) return undefined;
  let map: YAMLMap = doc.contents;
  for (const [depth, parent] of parents.entries()) {
    const pair = findPair(map, parent);
    if (!pair) {
      if (value === undefined) return text;
      // A new mapping at the end of the one above: `parent:` and the entry indented under it.
      const indent = ' '.repeat(2 * depth);
      const block = `${indent}${keySource(parent)}:${eol}${indent}  ${keySource(key)}: ${scalarSource(value)}`;
      return insertAfter(text, map, block, eol);
    }
    if (!isMap(pair.value) || pair.value.flow || pair.value.items.length === 0) return undefined;
    map = pair.value;
  }
  const pair = findPair(map, key);
  if (value === undefined) {
    if (!pair) return text;
    // The last entry of the file's mapping: `{}` in its place keeps the file a mapping.
    return removePairLines(text, pair, parents.length === 0 && map.items.length === 1 ? `{}${eol}` : '');
  }
  if (pair) {
    if (!isScalar(pair.value) || !pair.value.range || pair.value.range[0] === pair.value.range[1]) return undefined;
    const [start, end] = pair.value.range;
    return text.slice(0, start) + scalarSource(value) + text.slice(end);
  }
  const first = map.items[0];
  const indent = first && isScalar(first.key) && first.key.range ? columnOf(text, first.key.range[0]) : 0;
  return insertAfter(text, map, `${' '.repeat(indent)}${keySource(key)}: ${scalarSource(value)}`, eol);
}

/** A new line after the last line of `map`'s last entry (its trailing comment included). */
function insertAfter(text: string, map: YAMLMap, line: string, eol: string): string | undefined {
  const last = map.items[map.items.length - 1];
  const end = nodeEnd(last);
  if (end === undefined) return undefined;
  const at = afterLine(text, end);
  if (at === undefined) return `${text}${eol}${line}${eol}`;
  return `${text.slice(0, at)}${line}${eol}${text.slice(at)}`;
}

/** Where the line holding `offset` ends (after its newline); a block scalar's range already ends there. Undefined: the text ends first. */
function afterLine(text: string, offset: number): number | undefined {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? undefined : newline + 1;
}

/** The entry's lines, from its key's line to the end of the line its value ends on, replaced by `replacement`. */
function removePairLines(text: string, pair: Pair, replacement = ''): string | undefined {
  const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  const end = nodeEnd(pair);
  if (start === undefined || end === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return undefined;
  const at = afterLine(text, end);
  return text.slice(0, lineStart) + replacement + (at === undefined ? '' : text.slice(at));
}

/** Where the entry's value ends in the text (before any comment after it). */
function nodeEnd(pair: Pair | undefined): number | undefined {
  const value = pair?.value;
  if (isScalar(value) || isMap(value) || isSeq(value)) return value.range?.[1];
  return isScalar(pair?.key) ? pair.key.range?.[1] : undefined;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The same edit through the Document API, the whole file written again (comments kept, layout normalised). */
function rewrite(text: string, parents: readonly string[], key: string, value: string | undefined): string {
  const doc: Document = parseDocument(text);
  const path = [...parents, key];
  if (value === undefined) doc.deleteIn(path);
  else {
    for (let i = 1; i <= parents.length; i++) {
      const node = doc.getIn(parents.slice(0, i), true);
      if (isMap(node) && node.items.length === 0) node.flow = false;
    }
    if (isMap(doc.contents) && doc.contents.items.length === 0) doc.contents.flow = false;
    doc.setIn(path, value);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => (isScalar(item.key) ? String(item.key.value) === key : item.key === key));
}

function readsAs(text: string, wanted: Record<string, unknown>): boolean {
  try {
    return sameValue(parse(text) as unknown, wanted);
  } catch {
    return false;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

/** A string as a YAML scalar: plain when it reads back as itself, else double-quoted (JSON's escapes are YAML's). */
function scalarSource(value: string): string {
  return readsBack(`k: ${value}`, value) ? value : JSON.stringify(value);
}

function keySource(key: string): string {
  return readsBack(`${key}: x`, undefined, key) ? key : JSON.stringify(key);
}

function readsBack(source: string, value: string | undefined, key = 'k'): boolean {
  try {
    const parsed: unknown = parse(source);
    if (!isRecord(parsed) || Object.keys(parsed).length !== 1 || !(key in parsed)) return false;
    // A key like 123 or true would be read as a number or boolean by other YAML readers.
    if (value === undefined) return typeof parse(key) === 'string';
    return parsed[key] === value;
  } catch {
    return false;
  }
}

function atStart(file: string, message: string): Problem {
  return { file, line: 1, column: 1, severity: 'error', rule: 'yaml-syntax', message };
}
