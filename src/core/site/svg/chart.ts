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
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
// The parts every chart has alike, made once.
const AXIS_LINE = html`<line class="axis-line" x1="${M.left}" x2="${W - M.right}" y1="${M.top + PLOT_H}" y2="${M.top + PLOT_H}"></line>`;
const AXIS_TITLE = html`<text class="axis-title" x="${M.left + PLOT_W / 2}" y="${H - 6}" text-anchor="middle">version</text>`;

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

/** An axis label, cut to fit under its point. */
function cutLabel(label: string): string {
  return label.length > 12 ? `${label.slice(0, 11)}…` : label;
}

export function renderMetricChart(spec: ChartSpec): Raw {
  const { points, id } = spec;
  const values = points.flatMap((p) => (p.ci ? [p.value, ...p.ci] : [p.value]));
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const x = (i: number) => M.left + (points.length === 1 ? PLOT_W / 2 : (i * PLOT_W) / (points.length - 1));
  const y = (v: number) => M.top + PLOT_H - ((v - lo) / (hi - lo || 1)) * PLOT_H;
  const r = (n: number) => Math.round(n * 10) / 10;
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const valueText = (p: ChartPoint) => `${p.text ?? formatNumberFast(p.value)}${unit}`;
  const direction = spec.direction === 'higher' ? 'higher is better' : spec.direction === 'lower' ? 'lower is better' : 'direction unknown';
  const production = points.find((p) => p.production);
  const labelEvery = Math.max(1, Math.ceil(points.length / 10));

  const grid = ticks.map((t) => {
    const ty = r(y(t));
    const gridLine = html`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${ty}" y2="${ty}"></line>`;
    return html`<g class="tick">${gridLine}<text class="axis" x="${M.left - 6}" y="${ty + 4}" text-anchor="end">${formatNumberFast(t)}</text></g>`;
  });
  const xLabels = points.map((p, i) =>
    i % labelEvery === 0 || i === points.length - 1 || p.production
      ? html`<text class="axis" x="${r(x(i))}" y="${H - M.bottom + 16}" text-anchor="middle">${cutLabel(p.label)}</text>`
      : '',
  );
  const whiskers = points.map((p, i) =>
    p.ci ? html`<line class="ci" x1="${r(x(i))}" x2="${r(x(i))}" y1="${r(y(p.ci[0]))}" y2="${r(y(p.ci[1]))}"></line>` : '',
  );
  const line =
    points.length > 1 ? html`<polyline class="series" fill="none" points="${points.map((p, i) => `${r(x(i))},${r(y(p.value))}`).join(' ')}"></polyline>` : '';
  const dots = points.map((p, i) => {
    const kind = `point${p.production ? ' production' : ''}${p.deprecated ? ' deprecated' : ''}`;
    const ci = p.ci ? ` (CI ${formatNumberFast(p.ci[0])} to ${formatNumberFast(p.ci[1])})` : '';
    const title = `${p.label}: ${valueText(p)}${ci}${p.production ? ', production' : ''}${p.deprecated ? ', deprecated' : ''}`;
    return html`<circle class="${kind}" cx="${r(x(i))}" cy="${r(y(p.value))}" r="${p.production ? 6 : 3.5}" ><title>${title}</title></circle>`;
  });
  let prodLabel: Raw | '' = '';
  if (production) {
    const px = r(Math.min(Math.max(x(points.indexOf(production)), M.left + 30), W - M.right - 30));
    const py = r(Math.max(y(production.value) - 12, M.top + 2));
    prodLabel = html`<text class="production-label" x="${px}" y="${py}" text-anchor="middle">production</text>`;
  }
  const first = points[0];
  const last = points[points.length - 1];
  const prodNote = production ? `; production ${production.label}: ${valueText(production)}` : '';
  const range = `from ${first.label} (${valueText(first)}) to ${last.label} (${valueText(last)})`;
  const summary = `${points.length} versions, ${range}${prodNote}. Every value is in the table of versions.`;
  const attributes = html`aria-labelledby="${id}-title ${id}-desc" data-metric="${spec.metric}" data-points="${points.length}"`;
  const open = html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" ${attributes}>`;
  const texts = html`<title id="${id}-title">${spec.metric}${unit} across versions (${direction})</title><desc id="${id}-desc">${summary}</desc>`;
  return html`${open}${texts}${grid}${AXIS_LINE}${xLabels}${AXIS_TITLE}${whiskers}${line}${dots}${prodLabel}</svg>`;
}
