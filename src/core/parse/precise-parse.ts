/**
 * The precise path: the `yaml` package keeps every node's source range, so it
 * can say where a problem is. It also enforces the alias limit, so a YAML bomb
 * is refused instead of expanded.
 */
import { LineCounter, parseDocument, visit, isAlias, type Document } from 'yaml';
import type { PendingProblem } from '../problems.js';

/** Enough for any honest use of anchors; a billion-laughs file needs far more. */
export const MAX_ALIAS_EXPANSIONS = 100;

export interface PreciseDocument {
  doc: Document.Parsed;
  lines: LineCounter;
}

export type PreciseResult =
  | { ok: true; value: unknown; parsed: PreciseDocument }
  | { ok: false; problems: Omit<PendingProblem, 'file'>[]; parsed?: PreciseDocument };

export function parsePrecise(text: string): PreciseDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  return { doc, lines };
}

export function preciseParse(text: string): PreciseResult {
  let parsed: PreciseDocument;
  try {
    parsed = parsePrecise(text);
  } catch (error) {
    return { ok: false, problems: [fromThrown(error)] };
  }
  const { doc, lines } = parsed;
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const { line, col } = lines.linePos(e.pos[0]);
      const duplicate = e.code === 'DUPLICATE_KEY';
      // Where the parser's stack ran out depends on the caller's stack: point at where the nesting got too deep instead.
      if (/call stack/i.test(e.message)) return { ...DEPTH_PROBLEM, at: deepestFlowPoint(text, lines) };
      return {
        rule: duplicate ? ('duplicate-key' as const) : ('yaml-syntax' as const),
        severity: 'error' as const,
        message: duplicate ? duplicateKeyMessage(text, e.pos) : syntaxMessage(e.code, e.message),
        at: { line, column: col },
      };
    });
    const firstSyntax = problems.find((p) => p.rule !== 'duplicate-key');
    return { ok: false, problems: problems.filter((p) => p.rule === 'duplicate-key' || p === firstSyntax), parsed };
  }
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    return { ok: true, value, parsed };
  } catch (error) {
    if (error instanceof ReferenceError || /alias/i.test(String((error as Error)?.message))) {
      let at = { line: 1, column: 1 };
      visit(doc, {
        Alias(_key, node) {
          if (isAlias(node) && node.range) {
            const { line, col } = lines.linePos(node.range[0]);
            at = { line, column: col };
          }
          return visit.BREAK;
        },
      });
      return {
        ok: false,
        parsed,
        problems: [
          {
            rule: 'yaml-alias-limit',
            severity: 'error',
            message: `aliases expand to more than ${MAX_ALIAS_EXPANSIONS} nodes, which looks like a YAML bomb: write the values out instead of repeating anchors`,
            at,
          },
        ],
      };
    }
    return { ok: false, parsed, problems: [fromThrown(error)] };
  }
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

function duplicateKeyMessage(text: string, pos: [number, number]): string {
  const key = text.slice(pos[0], Math.min(pos[1], pos[0] + 80)).split(/[:\n]/)[0].trim();
  return `key ${JSON.stringify(key)} appears twice in this mapping: keep one of them`;
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return 'file holds several YAML documents (separated by ---): keep exactly one';
  if (code === 'TAB_AS_INDENT') return 'tabs cannot indent YAML: indent with spaces';
  // The yaml package's messages name the problem well; drop its source excerpt.
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `invalid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
