import { reviewChanges } from '../../app/review-changes.js';
import { renderReviewMarkdown, SUMMARY_OPTIONS } from '../../core/output/review-markdown.js';
import { oneOf, parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';

export async function diffCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { root: { type: 'string' }, base: { type: 'string' }, committed: { type: 'boolean' }, format: { type: 'string' } });
  if (!values.base) throw new UsageError('--base is required: the git ref to compare with, e.g. origin/main');
  const format = oneOf('format', values.format, ['markdown', 'json'] as const, 'markdown');
  const report = await reviewChanges(values.root ?? '.', values.base, { head: values.committed ? 'HEAD' : undefined });
  io.out(format === 'json' ? terminalJson(report) : terminalLines(renderReviewMarkdown(report, SUMMARY_OPTIONS)));
  return report.ok ? 0 : 1;
}
