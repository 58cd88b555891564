/**
 * `model-registry show <model>[@version|#stage] [--root DIR] [--format text|json]`:
 * a model's card, stages and versions; a version's metrics against production,
 * lineage and artifacts.
 */
import { showModel } from '../../app/show-model.js';
import { formatDecimalSize, formatNumber } from '../../core/output/number-format.js';
import type { ModelView, VersionView } from '../../core/report/model-view.js';
import { terminalJson, terminalLine } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { oneOf, parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { metricRows } from '../metric-text.js';
import { textTable } from '../text-table.js';

export async function showCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'show');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  if (positionals.length !== 1)
    throw new UsageError('show takes one model or version, e.g. model-registry show churn-gbm@2.0.0; see `model-registry show --help`');
  const view = await showModel({ root: values.root ?? '.', ref: positionals[0] });
  if (format === 'json') io.out(terminalJson(view));
  else for (const line of view.version ? versionText(view, view.version) : modelText(view)) io.out(line);
  return 0;
}

function modelText(view: ModelView): string[] {
  const lines = [terminalLine(`${view.model}${view.title ? `: ${view.title}` : ''}`)];
  if (view.description) lines.push(terminalLine(`  ${firstParagraph(view.description)}`));
  const fields: [string, string | undefined][] = [
    ['owners', view.owners.join(', ') || undefined],
    ['task', view.task],
    ['licence', view.license],
    ['tags', view.tags.join(', ') || undefined],
    ['primary metric', view.primaryMetric],
  ];
  lines.push('', ...fields.filter(([, v]) => v !== undefined).map(([k, v]) => terminalLine(`${`${k}:`.padEnd(16)}${v}`)));
  lines.push('', 'stages:');
  if (view.stages.length === 0) lines.push('  none runs a version of this model');
  else
    lines.push(
      ...textTable(
        ['stage', 'version', 'since', 'primary metric'],
        view.stages.map((s) => [
          s.stage,
          s.version,
          s.since ?? '-',
          s.metric ? `${s.metric.title ?? s.metric.name} ${formatNumber(s.metric.value)}${s.metric.unit ? ` ${s.metric.unit}` : ''}` : '-',
        ]),
      ),
    );
  lines.push('', 'versions:');
  if (view.versions.length === 0) lines.push('  none yet');
  else
    lines.push(
      ...textTable(
        ['version', 'created', 'stages', 'summary'],
        [...view.versions]
          .reverse()
          .map((v) => [
            v.version,
            v.created ?? '-',
            v.stages.join(', ') || '-',
            v.deprecated !== undefined ? shorten(`deprecated: ${v.deprecated}`) : shorten(v.summary ?? '-'),
          ]),
      ),
    );
  lines.push('', terminalLine(`A version: model-registry show ${view.model}@<version> (or ${view.model}#<stage>).`));
  return lines;
}

function versionText(view: ModelView, v: VersionView): string[] {
  const lines = [terminalLine(`${view.model} ${v.version}${v.stage ? ` (what ${v.stage} runs)` : ''}${view.title ? `: ${view.title}` : ''}`)];
  if (v.summary) lines.push(terminalLine(`  ${v.summary.replace(/\s+/g, ' ').trim()}`));
  lines.push('');
  if (v.created) lines.push(terminalLine(`created:        ${v.created}`));
  lines.push(terminalLine(`stages:         ${v.stages.join(', ') || 'in none'}`));
  if (v.deprecated !== undefined) lines.push(terminalLine(`deprecated:     ${v.deprecated || 'yes'}`));
  if (view.owners.length) lines.push(terminalLine(`owners:         ${view.owners.join(', ')}`));

  lines.push('');
  const columns: { key: string; label: string }[] = [];
  if (v.production && v.production !== v.version) columns.push({ key: 'production', label: `vs ${v.productionStage} ${v.production}` });
  if (v.previous && v.previous !== v.production) columns.push({ key: 'previous', label: `vs previous ${v.previous}` });
  const against =
    v.production === v.version ? ` (this version runs in ${v.productionStage})` : v.production ? '' : ` (no version runs in ${v.productionStage} yet)`;
  lines.push(terminalLine(`metrics${against}:`));
  if (v.metrics.length === 0) lines.push('  none');
  else
    lines.push(
      ...textTable(
        ['metric', v.version, ...columns.map((c) => c.label)],
        metricRows(
          v.metrics,
          columns.map((c) => c.key),
        ),
      ),
    );

  lines.push('', 'lineage:');
  const rows: string[][] = [];
  for (const p of v.lineage.parents) {
    const what = p.model !== undefined ? `${p.model} ${p.version ?? ''}`.trim() : `${p.uri ?? ''}${p.revision ? ` @ ${p.revision}` : ''}`;
    rows.push(['parent', `${what}${p.relation ? ` (${p.relation})` : ''}`]);
  }
  for (const d of v.lineage.datasets)
    rows.push(['dataset', `${d.name}${d.version ? ` ${d.version}` : ''}${d.role ? ` (${d.role})` : ''}${d.uri ? `  ${d.uri}` : ''}`]);
  if (v.lineage.code)
    rows.push(['code', `${v.lineage.code.repo} ${v.lineage.code.commit.slice(0, 12)}${v.lineage.code.path ? ` ${v.lineage.code.path}` : ''}`]);
  if (rows.length === 0) lines.push('  none recorded');
  else
    lines.push(
      ...textTable(['from', 'what'], rows)
        .slice(2)
        .map((l) => `  ${l}`),
    );

  lines.push('', 'artifacts:');
  if (v.artifacts.length === 0) lines.push('  none listed in its card');
  for (const a of v.artifacts) {
    lines.push(terminalLine(`  ${a.name}  ${a.size === undefined ? 'size unknown' : formatDecimalSize(a.size)}  sha256 ${a.sha256 ?? 'unknown'}`));
    if (a.stored) lines.push(terminalLine(`    ${a.stored}`));
  }
  return lines;
}

function firstParagraph(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ');
}

function shorten(text: string, max = 70): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
