/**
 * Problems are data: every finding of every rule is one of these, with a place a
 * person can jump to and a message that says what to do about it.
 */
import type { RuleId, Severity } from './rules/catalog.js';

export interface Problem {
  /** Relative to the registry root, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  rule: RuleId;
  message: string;
}

/** A path into a parsed document: mapping keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

/**
 * Where a problem points before its line and column are known. Rules work on
 * parsed values, so they say which key or value they mean; `locate` turns that
 * into a line and column only for the files that have problems.
 */
export type Anchor = { path: DocPath; target: 'key' | 'value' } | { line: number; column: number };

export interface PendingProblem {
  file: string;
  severity: Severity;
  rule: RuleId;
  message: string;
  at?: Anchor;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

/** Errors first, then by file and position: the order people fix things in. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

export function atFileStart(): Anchor {
  return { line: 1, column: 1 };
}

export function atValue(...path: (string | number)[]): Anchor {
  return { path, target: 'value' };
}

export function atKey(...path: (string | number)[]): Anchor {
  return { path, target: 'key' };
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
