/**
 * `model-registry history [<model>] [--root DIR] [--format text|json]`: every
 * registration, promotion, demotion, rollback and deprecation, newest first
 * (like `gto history`), from git alone.
 */
import { reportStageHistory } from '../../app/stage-history.js';
import { terminalJson, terminalLine } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { oneOf, parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { textTable } from '../text-table.js';

export const SHALLOW_NOTE =
  'note: this is a shallow clone, so the history is incomplete (fetch it whole: git fetch --unshallow, or actions/checkout with fetch-depth: 0)';

export function historyCommand(argv: string[], io: Io): Promise<number> {
  return Promise.resolve(history(argv, io));
}

function history(argv: string[], io: Io): number {
  const { values, positionals } = parseFlags(argv, 'history');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  if (positionals.length > 1) throw new UsageError(`history takes at most one model, got ${positionals.length}: ${positionals.join(' ')}`);
  const report = reportStageHistory({ root: values.root ?? '.', model: positionals[0] });
  if (report.shallow) io.err(SHALLOW_NOTE);
  if (format === 'json') {
    io.out(terminalJson(report));
    return 0;
  }
  if (report.events.length === 0) {
    io.out(terminalLine(`${report.model ?? report.registry}: no history yet`));
    return 0;
  }
  const header = ['date', 'model', 'event', 'version', 'stage', 'from', 'commit', 'pull request', 'approved by', 'reason'];
  const rows = report.events.map((e) => [
    e.date,
    e.model,
    e.kind,
    e.version,
    e.stage ?? '-',
    e.from ?? '-',
    e.commit.slice(0, 7),
    e.pullRequest === undefined ? '-' : `#${e.pullRequest}`,
    e.approvers?.join(', ') ?? '-',
    e.reason === undefined ? '-' : shorten(e.reason),
  ]);
  // The optional columns (from, pull request, approved by, reason) only when some event fills them.
  const used = header.map((_, i) => ![5, 7, 8, 9].includes(i) || rows.some((r) => r[i] !== '-'));
  const pick = <T>(cells: T[]) => cells.filter((_, i) => used[i]);
  for (const line of textTable(pick(header), rows.map(pick))) io.out(line);
  return 0;
}

/** A reason as one short cell (the JSON has it whole). */
function shorten(text: string, max = 60): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
