/**
 * GitHub Actions workflow commands (`::error file=…::message`), escaped the way
 * the runner decodes them, so a card's text can never end the command early or
 * start another one.
 */
import type { Problem } from '../problems.js';
import { terminalText } from '../text/terminal-text.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `prefix` turns root-relative paths into repository-relative ones for annotations. */
export function problemCommand(problem: Problem, prefix = ''): string {
  const command = problem.severity === 'error' ? 'error' : 'warning';
  const props = [
    `file=${escapeProperty(terminalText(prefix + problem.file))}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(problem.rule)}`,
  ].join(',');
  // Registry text in the message and the path: no control character reaches the log. Line breaks
  // stay (escapeData encodes them; the runner shows them in the annotation and reads no command there).
  return `::${command} ${props}::${escapeData(
    problem.message
      .split('\n')
      .map((line) => terminalText(line))
      .join('\n'),
  )}`;
}
