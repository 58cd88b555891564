/** A version's metrics against other versions as text-table rows: value, then per column the signed delta and its verdict. */
import { formatNumber } from '../core/output/number-format.js';
import { VERDICT_WORDS, type MetricRow } from '../core/report/metric-comparison.js';

export function metricRows(rows: readonly MetricRow[], columns: readonly string[]): string[][] {
  return rows.map((row) => {
    const direction = row.direction === 'higher' ? ' ↑' : row.direction === 'lower' ? ' ↓' : '';
    const unit = row.unit && row.value !== undefined ? ` ${row.unit}` : '';
    const ci = row.ci ? ` (${formatNumber(row.ci[0])} to ${formatNumber(row.ci[1])})` : '';
    const cells = columns.map((key) => {
      const d = row.against[key];
      if (!d) return '-';
      if (row.value === undefined) return `${formatNumber(d.value)} (not measured now)`;
      const arrow = d.delta > 0 ? '▲ ' : d.delta < 0 ? '▼ ' : '';
      return `${arrow}${d.text} ${VERDICT_WORDS[d.verdict]}`;
    });
    return [`${row.title ?? row.name}${direction}`, `${formatNumber(row.value)}${unit}${ci}`, ...cells];
  });
}
