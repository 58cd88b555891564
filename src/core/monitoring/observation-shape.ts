/**
 * The common shape of an observation, checked by hand: a year of daily values
 * is hundreds of thousands of lines, and the compiled schema spends most of
 * its time per line on the date-time format. A record of the common shape is
 * one the schema accepts, so only the others are given to the compiled schema
 * (whose errors are the problems a user sees): the outcome is the same.
 */

/**
 * Strings of a file the compiled schema has accepted, per field: a file names
 * a handful of versions, metrics, segments and environments over and over, so
 * each is checked against its pattern once (by the schema, on its first line).
 */
export interface AcceptedStrings {
  version: Set<string>;
  metric: Set<string>;
  segment: Set<string>;
  environment: Set<string>;
}

export function acceptedStrings(): AcceptedStrings {
  return { version: new Set(), metric: new Set(), segment: new Set(), environment: new Set() };
}

/** After the compiled schema accepted `record`: its strings are good on later lines too. */
export function rememberAccepted(accepted: AcceptedStrings, record: Record<string, unknown>): void {
  accepted.version.add(record.version as string);
  accepted.metric.add(record.metric as string);
  if (record.segment !== undefined) accepted.segment.add(record.segment as string);
  if (record.environment !== undefined) accepted.environment.add(record.environment as string);
}

/** The month a file holds: its first instant, and its year, month and length. */
export interface FileMonth {
  start: number;
  year: number;
  month: number;
  days: number;
}

/**
 * The instant of a record of the common shape, which the schema accepts and
 * whose time lies in `month`: only the schema's fields, the strings accepted
 * on earlier lines, finite numbers (a whole `n` from 0), and the time written
 * YYYY-MM-DDTHH:MM:SSZ in that month. NaN for any other record (an x- field, a
 * new version, an offset, a fraction of a second, anything wrong): the caller
 * then checks it the slow way, so nothing is accepted here that the schema refuses.
 */
export function commonShapeTime(record: Record<string, unknown>, accepted: AcceptedStrings, month: FileMonth): number {
  for (const key in record) {
    if (key !== 'time' && key !== 'version' && key !== 'metric' && key !== 'value' && key !== 'n' && key !== 'segment' && key !== 'environment') return NaN;
  }
  const { version, metric, value, n, segment, environment } = record;
  if (typeof version !== 'string' || !accepted.version.has(version)) return NaN;
  if (typeof metric !== 'string' || !accepted.metric.has(metric)) return NaN;
  if (typeof value !== 'number' || !Number.isFinite(value)) return NaN;
  if (n !== undefined && !(Number.isInteger(n) && (n as number) >= 0)) return NaN;
  if (segment !== undefined && !(typeof segment === 'string' && accepted.segment.has(segment))) return NaN;
  if (environment !== undefined && !(typeof environment === 'string' && accepted.environment.has(environment))) return NaN;
  return typeof record.time === 'string' ? utcSecondTime(record.time, month) : NaN;
}

/** `YYYY-MM-DDTHH:MM:SSZ` within `month`, as milliseconds; NaN for any other text (a leap second, an offset, another month). */
function utcSecondTime(text: string, month: FileMonth): number {
  // Years before 100 are left to Date.parse, as the file's own month is (Date.UTC reads them as 19xx).
  if (text.length !== 20 || month.year < 100) return NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return NaN; // - - T
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 90) return NaN; // : : Z
  const year = digits(text, 0, 4);
  const mon = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year !== month.year || mon !== month.month || !(day >= 1 && day <= month.days)) return NaN;
  if (!(hour <= 23 && minute <= 59 && second <= 59)) return NaN;
  return month.start + ((((day - 1) * 24 + hour) * 60 + minute) * 60 + second) * 1000;
}

/** The number written by `length` ASCII digits at `from`; NaN when one is not a digit. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}
