/**
 * One metric across a model's versions as inline SVG: versions in SemVer order
 * along x, the value on y with "nice" ticks, confidence intervals as whiskers,
 * the production version ringed and labelled. Colours come from CSS classes.
 */
import { html, type Raw } from '../html.js';
import { formatNumberFast } from '../format.js';

export interface ChartPoint {
  label: string;
  value: number;
  /** The value as written; formatted here when absent. */
  text?: string;
  ci?: [number, number];
  production?: boolean;
  deprecated?: boolean;
}

export interface ChartSpec {
  id: string;
  metric: string;
  unit?: string;
  direction?: 'higher' | 'lower';
  points: ChartPoint[];
}

const W = 560;
const H = 230;
const M = { top: 18, right: 16, bottom: 46, left: 58 };

/** Round tick values covering [min, max]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    const pad = Math.abs(min) * 0.05 || 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9 && ticks.length < 20; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

export function renderMetricChart(spec: ChartSpec): Raw {
  const { points, id } = spec;
  const values = points.flatMap((p) => (p.ci ? [p.value, ...p.ci] : [p.value]));
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) => M.left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => M.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const r = (n: number) => Math.round(n * 10) / 10;
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const direction = spec.direction === 'higher' ? 'higher is better' : spec.direction === 'lower' ? 'lower is better' : 'direction unknown';
  const production = points.find((p) => p.production);
  const labelEvery = Math.max(1, Math.ceil(points.length / 10));

  const grid = ticks.map(
    (t) =>
      html`<g class="tick"><line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${r(y(t))}" y2="${r(y(t))}"></line><text class="axis" x="${M.left - 6}" y="${r(y(t)) + 4}" text-anchor="end">${formatNumberFast(t)}</text></g>`,
  );
  const xLabels = points.map((p, i) =>
    i % labelEvery === 0 || i === points.length - 1 || p.production
      ? html`<text class="axis" x="${r(x(i))}" y="${H - M.bottom + 16}" text-anchor="middle">${p.label.length > 12 ? `${p.label.slice(0, 11)}…` : p.label}</text>`
      : '',
  );
  const whiskers = points.map((p, i) =>
    p.ci ? html`<line class="ci" x1="${r(x(i))}" x2="${r(x(i))}" y1="${r(y(p.ci[0]))}" y2="${r(y(p.ci[1]))}"></line>` : '',
  );
  const line =
    points.length > 1 ? html`<polyline class="series" fill="none" points="${points.map((p, i) => `${r(x(i))},${r(y(p.value))}`).join(' ')}"></polyline>` : '';
  const dots = points.map(
    (p, i) =>
      html`<circle class="point${p.production ? ' production' : ''}${p.deprecated ? ' deprecated' : ''}" cx="${r(x(i))}" cy="${r(y(p.value))}" r="${p.production ? 6 : 3.5}" ><title>${p.label}: ${p.text ?? formatNumberFast(p.value)}${unit}${p.ci ? ` (CI ${formatNumberFast(p.ci[0])} to ${formatNumberFast(p.ci[1])})` : ''}${p.production ? ', production' : ''}${p.deprecated ? ', deprecated' : ''}</title></circle>`,
  );
  const prodIndex = production ? points.indexOf(production) : -1;
  const prodLabel = production
    ? html`<text class="production-label" x="${r(Math.min(Math.max(x(prodIndex), M.left + 30), W - M.right - 30))}" y="${r(Math.max(y(production.value) - 12, M.top + 2))}" text-anchor="middle">production</text>`
    : '';
  const first = points[0];
  const last = points[points.length - 1];
  const summary = `${points.length} versions, from ${first.label} (${first.text ?? formatNumberFast(first.value)}${unit}) to ${last.label} (${last.text ?? formatNumberFast(last.value)}${unit})${production ? `; production ${production.label}: ${production.text ?? formatNumberFast(production.value)}${unit}` : ''}. Every value is in the table of versions.`;
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" data-metric="${spec.metric}" data-points="${points.length}"><title id="${id}-title">${spec.metric}${unit} across versions (${direction})</title><desc id="${id}-desc">${summary}</desc>${grid}<line class="axis-line" x1="${M.left}" x2="${W - M.right}" y1="${M.top + plotH}" y2="${M.top + plotH}"></line>${xLabels}<text class="axis-title" x="${M.left + plotW / 2}" y="${H - 6}" text-anchor="middle">version</text>${whiskers}${line}${dots}${prodLabel}</svg>`;
}
