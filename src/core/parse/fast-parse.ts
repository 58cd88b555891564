/**
 * The fast path: js-yaml 4 with the YAML 1.2 core schema parses a typical card
 * several times faster than the `yaml` package (and than js-yaml 5), but knows
 * nothing of positions. It is trusted only when it is sure: any error, any
 * anchor (so no alias can expand), and the file goes to the precise parser,
 * which then gives the exact problem and place. Both parsers use the YAML 1.2
 * core schema, so they agree on values (`no` stays a string, dates stay strings).
 */
import jsYaml from 'js-yaml';

/** An anchor definition (`&name`) at the start of a node. Aliases need one. */
const ANCHOR = /(?:^|[\s,[{])&[^\s,[\]{}]/;

export function fastParse(text: string): { value: unknown } | undefined {
  if (ANCHOR.test(text)) return undefined;
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
  } catch {
    return undefined;
  }
}
