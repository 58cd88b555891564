/**
 * The pull-request review as plain text for a terminal (`diff`): the verdict,
 * the problems as validate prints them, stage changes and their policy
 * evaluations, each changed version's metrics against production and its
 * previous version, and the lineage as lines (no Markdown, no Mermaid).
 */
import { formatProblemText, type TextStyle } from '../core/output/text-format.js';
import { promotionsText } from '../core/output/promotion-table.js';
import type { ReviewReport, VersionReview } from '../core/report/review.js';
import { plural } from '../core/text/plural.js';
import { terminalLine, terminalLines } from '../core/text/terminal-text.js';
import { metricRows } from './metric-text.js';
import { textTable } from './text-table.js';

export function reviewText(report: ReviewReport, style: TextStyle): string[] {
  const verdict = report.ok ? style.green(style.bold('✓ valid')) : style.red(style.bold('✗ invalid'));
  const added = report.changed.filter((c) => c.kind === 'added').length;
  const parts = [
    `${plural(report.models, 'model')}, ${plural(report.versions, 'version')}`,
    plural(report.errors, 'error'),
    plural(report.warnings, 'warning'),
  ];
  if (added) parts.push(`${plural(added, 'version')} added`);
  if (report.changed.length - added) parts.push(`${plural(report.changed.length - added, 'released version')} changed`);
  if (report.stages.length) parts.push(plural(report.stages.length, 'stage change'));
  if (!report.changed.length && !report.stages.length) parts.push('no version or stage changes');
  const lines = [`${verdict}: ${parts.join(', ')}`];
  if (report.problems.length) {
    lines.push('', 'problems:');
    for (const problem of report.problems) lines.push(formatProblemText(problem, undefined, style));
  }
  if (report.stages.length) {
    lines.push('', 'stage changes (what runs where after the merge):');
    lines.push(
      ...textTable(
        ['model', 'stage', 'now', 'after merge'],
        report.stages.map((s) => [s.model, s.stage, s.from ?? '-', s.to ?? '(removed)']),
      ),
    );
  }
  if (report.promotions.length) lines.push('', terminalLines(promotionsText(report.promotions)));
  for (const version of report.changed) lines.push('', ...versionText(version, report.productionStage));
  for (const { model, graph } of report.lineage) {
    lines.push('', terminalLine(`lineage of ${model}:`));
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    for (const edge of graph.edges)
      lines.push(terminalLine(`  ${label.get(edge.from) ?? edge.from} → ${label.get(edge.to) ?? edge.to}${edge.label ? ` (${edge.label})` : ''}`));
    if (graph.edges.length === 0) lines.push('  nothing recorded');
  }
  return lines;
}

function versionText(version: VersionReview, productionStage: string): string[] {
  const kind = version.kind === 'added' ? (version.newModel ? 'new model' : 'new version') : 'changed';
  const lines = [terminalLine(`${version.model} ${version.version} (${kind})`)];
  if (version.summary) lines.push(terminalLine(`  ${version.summary.replace(/\s+/g, ' ').trim()}`));
  const columns: { key: string; label: string }[] = [];
  if (version.production) columns.push({ key: 'production', label: `vs ${productionStage} ${version.production}` });
  if (version.previous && version.previous !== version.production) columns.push({ key: 'previous', label: `vs previous ${version.previous}` });
  if (!version.production) lines.push(terminalLine(`  no version of ${version.model} runs in ${productionStage} yet`));
  if (!version.metrics.length) lines.push('  no metrics');
  else
    lines.push(
      ...textTable(
        ['metric', version.version, ...columns.map((c) => c.label)],
        metricRows(
          version.metrics,
          columns.map((c) => c.key),
        ),
      ),
    );
  return lines;
}
