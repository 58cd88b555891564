/**
 * `model-registry status [--root DIR] [--format text|json]`: every model, what
 * each stage runs, since when, and its primary metric (like `gto show`).
 */
import { reportStageStatus } from '../../app/stage-status.js';
import { formatNumber } from '../../core/output/number-format.js';
import { plural } from '../../core/text/plural.js';
import { terminalJson, terminalLine } from '../../core/text/terminal-text.js';
import { oneOf, parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { textTable } from '../text-table.js';
import { SHALLOW_NOTE } from './history.js';

export async function statusCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { root: { type: 'string' }, format: { type: 'string' } });
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const report = await reportStageStatus({ root: values.root ?? '.' });
  if (report.shallow) io.err(SHALLOW_NOTE);
  else if (!report.history) io.err('note: not in a git repository, so no `since` dates (they come from git history)');
  if (format === 'json') {
    io.out(terminalJson(report));
    return 0;
  }
  const rows: string[][] = [];
  for (const model of report.models) {
    if (model.stages.length === 0) rows.push([model.name, '-', '-', '-', '-']);
    model.stages.forEach((s, i) => {
      const metric = s.metric ? `${s.metric.name} ${formatNumber(s.metric.value)}${s.metric.unit ? ` ${s.metric.unit}` : ''}` : '-';
      rows.push([i === 0 ? model.name : '', s.stage, s.version, s.since ?? '-', metric]);
    });
  }
  io.out(terminalLine(`${report.registry}: ${plural(report.models.length, 'model')}`));
  for (const line of textTable(['model', 'stage', 'version', 'since', 'primary metric'], rows)) io.out(line);
  return 0;
}
