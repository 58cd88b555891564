/**
 * A version's metrics against other versions, as a Markdown table: signed
 * deltas (to the precision the values carry) with an arrow for the sign and a
 * colour for better (🟢) or worse (🔴) by the metric's direction; a change
 * within noise is neutral and says so. Metrics go by their catalogue title.
 */
import type { MetricRow, Verdict } from '../report/metric-comparison.js';
import { mdText } from '../text/markdown-escape.js';
import { formatNumber } from './number-format.js';

const VERDICT_ICON: Record<Verdict, string> = { better: '🟢', worse: '🔴', noise: '⚪', same: '⚪', unknown: '⚪' };

export function metricTable(version: string, rows: readonly MetricRow[], columns: readonly { key: string; label: string }[]): string {
  const lines = [
    `| Metric | ${mdText(version)} | ${columns.map((c) => c.label).join(' | ')}${columns.length ? ' |' : ''}`,
    `|---|---:|${columns.map(() => '---:|').join('')}`,
  ];
  for (const row of rows)
    lines.push(
      metricRow(
        row,
        columns.map((c) => c.key),
      ),
    );
  return lines.join('\n');
}

function metricRow(row: MetricRow, columns: string[]): string {
  const direction = row.direction === 'higher' ? ' ↑' : row.direction === 'lower' ? ' ↓' : '';
  const unit = row.unit && row.value !== undefined ? ` ${mdText(row.unit)}` : '';
  const ci = row.ci ? ` (${formatNumber(row.ci[0])}–${formatNumber(row.ci[1])})` : '';
  const cells = columns.map((key) => {
    const d = row.against[key];
    if (!d) return '–';
    if (row.value === undefined) return `${formatNumber(d.value)} _(not measured now)_`;
    const arrow = d.delta > 0 ? '▲' : d.delta < 0 ? '▼' : '';
    return `${VERDICT_ICON[d.verdict]} ${arrow} ${d.text}${d.verdict === 'noise' ? ' _within noise_' : ''}`.replace(/ {2}/g, ' ');
  });
  return `| ${mdText(row.title ?? row.name)}${direction} | ${formatNumber(row.value)}${unit}${ci} | ${cells.join(' | ')}${cells.length ? ' |' : ''}`;
}
