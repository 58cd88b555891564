/**
 * Compiler-style problems for a terminal: place, severity, message, rule, then
 * the offending source line with a caret under the column.
 */
import type { Problem } from '../problems.js';
import { terminalText } from '../text/terminal-text.js';

export interface TextStyle {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

export const PLAIN: TextStyle = { red: (t) => t, yellow: (t) => t, green: (t) => t, bold: (t) => t, dim: (t) => t };
export const ANSI: TextStyle = {
  red: (t) => `\u001b[31m${t}\u001b[39m`,
  yellow: (t) => `\u001b[33m${t}\u001b[39m`,
  green: (t) => `\u001b[32m${t}\u001b[39m`,
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
};

export function formatProblemText(problem: Problem, sourceLine: string | undefined, style: TextStyle, fileLabel = problem.file): string {
  const severity = problem.severity === 'error' ? style.red('error') : style.yellow('warning');
  const head = `${style.bold(`${printable(fileLabel)}:${problem.line}:${problem.column}`)}: ${severity}: ${printable(problem.message, 2000)} ${style.dim(`[${problem.rule}]`)}`;
  if (sourceLine === undefined) return head;
  const shown = printable(sourceLine);
  const gutter = `${problem.line} | `;
  const caretPad = printable(sourceLine.slice(0, Math.max(0, problem.column - 1))).replace(/[^\t]/g, ' ');
  return `${head}\n${style.dim(gutter)}${shown}\n${' '.repeat(gutter.length)}${caretPad}${style.bold('^')}`;
}

/** Control characters in a hostile file must not drive the terminal (tabs stay, for the caret's column). */
function printable(text: string, max = 200): string {
  return terminalText(text.slice(0, max), { keepTabs: true });
}
