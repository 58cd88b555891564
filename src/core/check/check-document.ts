/**
 * The per-file phase: bytes in, a parsed value and located problems out. It
 * needs nothing but the file itself, so it can run in any worker.
 */
import { documentKind, type DocumentKind } from '../format/layout.js';
import { documentValidators } from '../format/document-validators.js';
import { schemaProblems } from '../format/schema-errors.js';
import { decodeDocument } from '../parse/decode.js';
import { fastParse } from '../parse/fast-parse.js';
import { preciseParse, parsePrecise, type PreciseDocument } from '../parse/precise-parse.js';
import { locate, scalarSource } from '../parse/locate.js';
import type { PendingProblem, Problem } from '../problems.js';
import { structureProblems } from './structure.js';
import { unconvertedMetrics } from './metrics-shape.js';
import { checkObservationFile } from '../monitoring/observations.js';

export interface DocumentResult {
  path: string;
  kind: DocumentKind;
  /** The parsed value; undefined when the file could not be read at all. */
  value?: unknown;
  /** True when the value matches its schema, so later rules may trust its shape. */
  valid: boolean;
  problems: Problem[];
}

export function checkDocument(path: string, bytes: Uint8Array, size = bytes.length): DocumentResult {
  const kind = documentKind(path);
  if (!kind) throw new Error(`not a registry document: ${path}`);
  // JSON Lines, checked line by line (monitoring/observations.ts).
  if (kind === 'observations') return checkObservationFile(path, bytes, size);
  const decoded = decodeDocument(bytes, size);
  // A metrics file with nothing in it is a version without metrics (imported history, no evaluation yet): `no-metrics` says so.
  if ('problem' in decoded && decoded.problem.rule === 'empty-file' && kind === 'metrics') return { path, kind, value: {}, valid: true, problems: [] };
  if ('problem' in decoded) {
    return { path, kind, valid: false, problems: [{ file: path, ...locatedAtStart(decoded.problem) }] };
  }
  const { text } = decoded;
  let parsed: PreciseDocument | undefined;
  let value: unknown;
  const fast = fastParse(text);
  if (fast) {
    value = fast.value;
  } else {
    const precise = preciseParse(text);
    parsed = precise.parsed;
    if (!precise.ok) {
      const problems = precise.problems.map((p) => ({ file: path, ...p }));
      return { path, kind, valid: false, problems: parsed ? locateAll(parsed, problems) : problems.map((p) => ({ ...p, ...locatedAtStart(p) })) };
    }
    value = precise.value;
  }
  if ((value === null || value === undefined) && kind === 'metrics') return { path, kind, value: {}, valid: true, problems: [] };
  if (value === null || value === undefined) {
    return {
      path,
      kind,
      valid: false,
      problems: [
        {
          file: path,
          rule: 'empty-file',
          severity: 'error',
          message: 'file has no content: write the fields this file needs (see schemas/ for the format)',
          line: 1,
          column: 1,
        },
      ],
    };
  }

  const pending: PendingProblem[] = structureProblems(path, value);
  // What a training script wrote, committed as is: one problem naming the conversion, not one per key.
  const shape = pending.length === 0 && kind === 'metrics' ? unconvertedMetrics(path, value) : undefined;
  if (shape) return { path, kind, valid: false, problems: [shape] };
  if (pending.length === 0) {
    const validate = documentValidators()[kind];
    if (!validate(value)) {
      parsed ??= parsePrecise(text);
      const source = parsed;
      pending.push(...schemaProblems(path, validate.errors ?? [], (at) => scalarSource(source, text, at)));
    }
  }
  if (pending.length === 0) return { path, kind, value, valid: true, problems: [] };
  parsed ??= parsePrecise(text);
  const unsafe = pending.some((p) => p.rule === 'yaml-depth-limit' || p.rule === 'unsafe-key');
  return { path, kind, value: unsafe ? undefined : value, valid: false, problems: locateAll(parsed, pending) };
}

export function locateAll(parsed: PreciseDocument, pending: readonly PendingProblem[]): Problem[] {
  return pending.map(({ at, ...rest }) => ({ ...rest, ...locate(parsed, at) }));
}

function locatedAtStart(p: { at?: unknown } & Omit<PendingProblem, 'file'>): Omit<Problem, 'file'> {
  const at = p.at as { line?: number; column?: number } | undefined;
  return { rule: p.rule, severity: p.severity, message: p.message, line: at?.line ?? 1, column: at?.column ?? 1 };
}
