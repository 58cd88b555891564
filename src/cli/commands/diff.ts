import { reviewChanges } from '../../app/review-changes.js';
import { renderReviewMarkdown, SUMMARY_OPTIONS } from '../../core/output/review-markdown.js';
import { oneOf, parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { ANSI, PLAIN } from '../../core/output/text-format.js';
import { reviewText } from '../review-text.js';

export async function diffCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'diff');
  const root = registryRoot('diff', values.root, positionals);
  if (!values.base) throw new UsageError('--base is required: the git ref to compare with, e.g. origin/main');
  // Plain text for a person at a terminal; piped (a file, a job summary), the Markdown GitHub shows, as before.
  const format = oneOf('format', values.format, ['text', 'markdown', 'json'] as const, io.terminal ? 'text' : 'markdown');
  const report = await reviewChanges(root, values.base, { head: values.committed ? 'HEAD' : undefined });
  if (format === 'json') io.out(terminalJson(report));
  else if (format === 'markdown') io.out(terminalLines(renderReviewMarkdown(report, SUMMARY_OPTIONS)));
  else for (const line of reviewText(report, io.color ? ANSI : PLAIN)) io.out(line);
  return report.ok ? 0 : 1;
}
