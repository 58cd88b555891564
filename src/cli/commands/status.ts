/**
 * `model-registry status [--root DIR] [--repository OWNER/NAME] [--token T]
 * [--fail-on drift] [--format text|json]`: every model, what each stage runs,
 * since when, and its primary metric (like `gto show`); with the registry
 * repository (default GITHUB_REPOSITORY), what each declared environment
 * reports running and whether it drifted from its stage.
 */
import { reportStageStatus } from '../../app/stage-status.js';
import { isDrift } from '../../core/environments/status.js';
import { ENVIRONMENT_COLUMNS, environmentCells } from '../../core/environments/status-table.js';
import { formatNumber } from '../../core/output/number-format.js';
import { plural } from '../../core/text/plural.js';
import { terminalJson, terminalLine, terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { oneOf, parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';
import { textTable } from '../text-table.js';
import { SHALLOW_NOTE } from './history.js';

export async function statusCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'status');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  if (values['fail-on'] !== undefined && values['fail-on'] !== 'drift')
    throw new UsageError(`--fail-on must be drift, got ${JSON.stringify(values['fail-on'])}`);
  const report = await reportStageStatus({
    root: registryRoot('status', values.root, positionals),
    repository: values.repository ?? (env.GITHUB_REPOSITORY || undefined),
    token: values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    log: (m) => io.err(terminalLines(m)),
  });
  if (report.shallow) io.err(SHALLOW_NOTE);
  else if (!report.history) io.err('note: not in a git repository, so no `since` dates (they come from git history)');
  const environments = report.environments;
  if (environments && !environments.read && environments.note) io.err(terminalLine(`note: environments not read: ${environments.note}`));
  const exceeded = (environments?.rows ?? []).filter((r) => isDrift(r) && r.exceeded);
  if (format === 'json') io.out(terminalJson(report));
  else {
    const rows: string[][] = [];
    for (const model of report.models) {
      if (model.stages.length === 0) rows.push([model.name, '-', '-', '-', '-']);
      model.stages.forEach((s, i) => {
        const metric = s.metric ? `${s.metric.title ?? s.metric.name} ${formatNumber(s.metric.value)}${s.metric.unit ? ` ${s.metric.unit}` : ''}` : '-';
        rows.push([i === 0 ? model.name : '', s.stage, s.version, s.since ?? '-', metric]);
      });
    }
    io.out(terminalLine(`${report.registry}: ${plural(report.models.length, 'model')}`));
    for (const line of textTable(['model', 'stage', 'version', 'since', 'primary metric'], rows)) io.out(line);
    if (environments) {
      const where = environments.read ? `as reported in ${environments.repository}` : 'declared side only';
      io.out('');
      io.out(terminalLine(`environments (${where}; max drift ${environments.maxDrift}):`));
      for (const line of textTable(ENVIRONMENT_COLUMNS, environmentCells(environments.rows, environments.maxDrift))) io.out(line);
    }
  }
  if (values['fail-on'] !== 'drift') return 0;
  if (!environments) return 0;
  if (!environments.read) {
    io.err(terminalLine(`model-registry status: --fail-on drift needs what the environments run, which was not read (${environments.note ?? 'unknown'})`));
    return 2;
  }
  for (const row of exceeded)
    io.err(
      terminalLine(
        `drift: ${row.model} in ${row.environment} runs ${'running' in row && row.running ? row.running : 'nothing'}, ${row.stage} declares ${row.declared ?? 'nothing'} (longer than ${environments.maxDrift})`,
      ),
    );
  return exceeded.length > 0 ? 1 : 0;
}
