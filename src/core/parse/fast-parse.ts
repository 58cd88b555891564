/**
 * The fast path: a hand parser of the common shape (plain-yaml.ts), then
 * js-yaml 4 with the YAML 1.2 core schema, which parses a typical card
 * several times faster than the `yaml` package (and than js-yaml 5), but knows
 * nothing of positions. It is trusted only when it is sure: any error, or an
 * anchor and an alias (which js-yaml would expand without a limit), and the
 * file goes to the precise parser, which then gives the exact problem and
 * place. Both parsers
 * use the YAML 1.2 core schema, so they agree on values (`no` stays a string,
 * dates stay strings).
 */
import jsYaml from 'js-yaml';
import { plainYaml } from './plain-yaml.js';

/**
 * An anchor (`&name`) and an alias (`*name`) where a node may start: after a
 * space or line break, a flow indicator, or the `:` of a JSON-like key
 * (`{"a":&b [1], "c":*b}`). An alias needs an anchor (js-yaml refuses one
 * without), and an anchor alone expands nothing: only a file with both can
 * hold a YAML bomb. Markdown's `**bold**` or a `&` in a URL alone costs no speed.
 */
export const ANCHOR = /(?:^|[\s,[{:])&[^\s,[\]{}]/;
export const ALIAS = /(?:^|[\s,[{:])\*[^\s,[\]{}]/;

export function fastParse(text: string): { value: unknown } | undefined {
  if (text.charCodeAt(0) === 123 /* { */) {
    const json = fastJson(text);
    if (json) return json;
  }
  // Most cards are of the common shape, which the hand parser reads in a fraction of js-yaml's time.
  const plain = plainYaml(text);
  if (plain) return plain;
  // indexOf first: most cards hold neither character, and a scan for one is far cheaper than the patterns.
  if (text.includes('&') && text.includes('*') && ANCHOR.test(text) && ALIAS.test(text)) return undefined;
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
  } catch {
    return undefined;
  }
}

/** One JSON string token; JSON has no quotes outside strings, so a global scan tokenizes it. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/**
 * JSON.parse is far faster than any YAML parser, but silently lets a repeated
 * key win. So count the keys written (string tokens followed by a colon)
 * against the keys parsed: equal means no duplicates; otherwise (or on any
 * error) the precise parser takes over.
 */
function fastJson(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  try {
    let written = 0;
    for (const match of text.matchAll(JSON_STRING)) if (match[1] !== undefined) written++;
    return written === countKeys(value) ? { value } : undefined;
  } catch {
    // Nested deeper than the stack: the precise parser reports it.
    return undefined;
  }
}

function countKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) n += countKeys(item);
    return n;
  }
  for (const key in value) n += 1 + countKeys((value as Record<string, unknown>)[key]);
  return n;
}
