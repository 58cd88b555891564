/**
 * Numbers as people read them: metrics with a few significant digits, signed
 * deltas, file sizes. The site writes metrics with a faster implementation of
 * formatNumber (site/format.ts's formatNumberFast), checked against this one.
 */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) return value.toExponential(3).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(6)));
}

export function formatDelta(delta: number): string {
  if (delta === 0) return '±0';
  return `${delta > 0 ? '+' : '-'}${formatNumber(Math.abs(delta))}`;
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
