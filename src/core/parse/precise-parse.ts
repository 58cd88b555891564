/**
 * The precise path: the `yaml` package keeps every node's source range, so it
 * can say where a problem is. Repeated keys and the alias limit are checked by
 * our own conversion to a value (to-value.ts), which stays linear in the
 * file's size where the package's own checks are quadratic; a YAML bomb is
 * refused instead of expanded.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { PendingProblem } from '../problems.js';
import { MAX_ALIAS_NODES, toValue, type DuplicateKey } from './to-value.js';

export interface PreciseDocument {
  doc: Document.Parsed;
  lines: LineCounter;
}

export type PreciseResult =
  { ok: true; value: unknown; parsed: PreciseDocument } | { ok: false; problems: Omit<PendingProblem, 'file'>[]; parsed?: PreciseDocument };

export function parsePrecise(text: string): PreciseDocument {
  const lines = new LineCounter();
  // uniqueKeys off: the package compares each key with every earlier one; toValue finds repeats with a Set.
  const doc = parseDocument(text, { schema: 'core', lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true });
  return { doc, lines };
}

export function preciseParse(text: string): PreciseResult {
  let parsed: PreciseDocument;
  try {
    parsed = parsePrecise(text);
  } catch (error) {
    return { ok: false, problems: [fromThrown(error)] };
  }
  let converted: ReturnType<typeof toValue>;
  try {
    converted = toValue(parsed.doc);
  } catch (error) {
    return { ok: false, problems: [fromThrown(error)], parsed };
  }
  const { doc, lines } = parsed;
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0 || converted.duplicates.length > 0) {
    // Every repeated key, and the first syntax error (the later ones are mostly its echoes), in reading order.
    const problems = converted.duplicates.map((d) => ({ offset: d.offset, problem: duplicateProblem(d, at(d.offset)) }));
    const first = doc.errors[0];
    if (first) {
      // Where the parser's stack ran out depends on the caller's stack: point at where the nesting got too deep instead.
      const problem = /call stack/i.test(first.message)
        ? { ...DEPTH_PROBLEM, at: deepestFlowPoint(text, lines) }
        : {
            rule: 'yaml-syntax' as const,
            severity: 'error' as const,
            message: syntaxMessage(first.code, first.message, text, first.pos[0]),
            at: at(first.pos[0]),
          };
      problems.push({ offset: first.pos[0], problem });
    }
    problems.sort((a, b) => a.offset - b.offset);
    return { ok: false, problems: problems.map((p) => p.problem), parsed };
  }
  if (converted.aliasLimit) {
    return {
      ok: false,
      parsed,
      problems: [
        {
          rule: 'yaml-alias-limit',
          severity: 'error',
          message: `aliases expand to more than ${MAX_ALIAS_NODES} values, which looks like a YAML bomb: write the values out instead of repeating anchors`,
          at: at(converted.aliasLimit.range?.[0] ?? 0),
        },
      ],
    };
  }
  return { ok: true, value: converted.value, parsed };
}

const DEPTH_PROBLEM = {
  rule: 'yaml-depth-limit',
  severity: 'error',
  message: 'file is nested too deeply to read safely: no card needs that; flatten it',
  at: { line: 1, column: 1 },
} as const;

/** The first place flow collections ([ and {) nest deeper than any card needs. */
function deepestFlowPoint(text: string, lines: LineCounter): { line: number; column: number } {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) {
        const { line, col } = lines.linePos(i);
        return { line, column: col };
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return { line: 1, column: 1 };
}

/** Matches the structure check's limit (check/structure.ts). */
const MAX_FLOW_DEPTH = 32;

function fromThrown(error: unknown): Omit<PendingProblem, 'file'> {
  if (error instanceof RangeError) return DEPTH_PROBLEM;
  return {
    rule: 'yaml-syntax',
    severity: 'error',
    message: `file cannot be read as YAML: ${String((error as Error)?.message ?? error).split('\n')[0]}`,
    at: { line: 1, column: 1 },
  };
}

function duplicateProblem({ key }: DuplicateKey, at: { line: number; column: number }): Omit<PendingProblem, 'file'> {
  const shown = key.length > 80 ? `${key.slice(0, 77)}...` : key;
  return { rule: 'duplicate-key', severity: 'error', message: `key ${JSON.stringify(shown)} appears twice in this mapping: keep one of them`, at };
}

function syntaxMessage(code: string, message: string, text: string, offset: number): string {
  if (code === 'MULTIPLE_DOCS') return 'file holds several YAML documents (separated by ---): keep exactly one';
  if (code === 'TAB_AS_INDENT') return 'tabs cannot indent YAML: indent with spaces';
  // The two mistakes a plain value makes most: a reserved first character (`@team`, a backtick) and a `: ` inside it.
  const rest = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)).trimEnd();
  const quoted = rest && !/["\\]/.test(rest) && rest.length <= 60 ? `, such as \`"${rest}"\`` : '';
  if (code === 'BAD_SCALAR_START') {
    return `YAML does not let a value start with \`${rest.charAt(0) || '?'}\` unquoted: put the value in quotes${quoted}`;
  }
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return 'this value holds `: `, which YAML reads as the start of another field: put the whole value in quotes';
  // The yaml package's messages name the problem well; drop its source excerpt.
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `invalid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
