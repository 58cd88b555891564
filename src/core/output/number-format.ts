/**
 * Numbers as people read them: metrics with a few significant digits, signed
 * deltas to the precision the values carry (metricDelta), file sizes. The site writes metrics with a faster implementation of
 * formatNumber (site/format.ts's formatNumberFast), checked against this one.
 */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) return value.toExponential(3).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(6)));
}

/**
 * Decimal places of a value as written: the digits after the point in its
 * shortest round-trip form (what YAML or JSON held, less trailing zeros).
 * 0.9117 → 4, 120 → 0, 1.5e-7 → 8; capped at 20.
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(Math.abs(value));
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const point = mantissa.indexOf('.');
  const places = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.min(20, Math.max(0, places - (e < 0 ? 0 : Number(text.slice(e + 1)))));
}

/**
 * The decimal places of a difference between two values: one more than the
 * less precise value carries (so a small change does not round to nothing),
 * never more than the more precise one carries. 0.9117 vs 0.914: 4 (+0.0023);
 * 0.9 vs 0.9301317: 2 (+0.03); 120 vs 133.6: 1 (+13.6). docs/format.md states it.
 */
export function deltaDecimals(a: number, b: number): number {
  const da = decimalsOf(a);
  const db = decimalsOf(b);
  return Math.min(Math.max(da, db), Math.min(da, db) + 1);
}

export interface MetricDelta {
  /** current − previous, rounded to `decimals` places: 0 when the values agree to that precision. */
  delta: number;
  decimals: number;
  /** Signed, as people read it: +0.0023, -13.6, ±0. */
  text: string;
}

/**
 * `current − previous` to the precision the two values carry (deltaDecimals),
 * computed on the values as written: whole units of the last decimal place
 * where they fit, so 0.914 − 0.9117 is +0.0023 and never +0.0023000000000000798.
 */
export function metricDelta(current: number, previous: number): MetricDelta {
  const decimals = deltaDecimals(current, previous);
  const places = Math.max(decimalsOf(current), decimalsOf(previous));
  const scale = 10 ** places;
  const a = Math.round(current * scale);
  const b = Math.round(previous * scale);
  let delta: number;
  let digits: string | undefined;
  if (places <= 15 && Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(a - b)) {
    // Exact: a whole number of the finer value's last place, rounded half away from zero to the shown place.
    const diff = a - b;
    const units = Math.round(Math.abs(diff) / 10 ** (places - decimals));
    delta = (diff < 0 ? -units : units) / 10 ** decimals;
    const whole = String(units).padStart(decimals + 1, '0');
    digits = decimals ? `${whole.slice(0, whole.length - decimals)}.${whole.slice(whole.length - decimals)}` : whole;
  } else {
    delta = Number((current - previous).toFixed(decimals));
  }
  if (!Number.isFinite(delta)) return { delta, decimals, text: formatNumber(delta) };
  if (delta === 0) return { delta: 0, decimals, text: '±0' };
  const abs = Math.abs(delta);
  // Very large or very small differences read as the values do, with an exponent.
  const body = abs >= 1e6 || abs < 1e-4 || digits === undefined ? (abs >= 1e6 || abs < 1e-4 ? formatNumber(abs) : abs.toFixed(decimals)) : digits;
  return { delta, decimals, text: `${delta > 0 ? '+' : '-'}${body}` };
}

/** Bytes in binary units, as limits are stated (1 MiB per card, 2 GiB per release asset): 1.5 MiB. */
export function formatBinarySize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Bytes in decimal units, as download pages show them: 267.8 MB; – when unknown. */
export function formatDecimalSize(size: number | undefined): string {
  if (size === undefined) return '–';
  if (size < 1000) return `${size} B`;
  const units = ['kB', 'MB', 'GB', 'TB', 'PB'];
  let value = size / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}
