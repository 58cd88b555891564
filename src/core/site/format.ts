/** How the site writes dates, counts and numbers. */
import { formatNumber } from '../output/number-format.js';

/**
 * The same text as formatNumber (output/number-format.ts: six significant
 * digits, exponents outside 1e-4..1e6), with fast paths for
 * the usual metric value, which has six decimals or fewer: it is written from
 * whole millionths, because writing a double as text is the costly part of a
 * page of metrics. test/unit/core/site/number-format.test.ts checks both give the same
 * text on 600,000 seeded values.
 */
export function formatNumberFast(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value) || value === 0) return formatNumber(value);
  const abs = value < 0 ? -value : value;
  if (abs >= 1e-4 && abs < 1e6) {
    const m = millionths(value);
    const text = m !== undefined ? fromMillionths(m) : String(value);
    if (!text.includes('e') && significantDigits(text) <= 6) return text;
  }
  return formatNumber(value);
}

/** The value in whole millionths, when it has six decimals or fewer. */
function millionths(value: number): number | undefined {
  const scaled = value * 1e6;
  const whole = Math.round(scaled);
  return Math.abs(scaled - whole) < 1e-6 ? whole : undefined;
}

/** 860100 -> "0.8601", -22500000 -> "-22.5". */
function fromMillionths(m: number): string {
  const abs = m < 0 ? -m : m;
  const whole = Math.floor(abs / 1e6);
  let fraction = abs - whole * 1e6;
  let text = String(whole);
  if (fraction) {
    let digits = 6;
    while (fraction % 10 === 0) {
      fraction /= 10;
      digits--;
    }
    const written = String(fraction);
    text += `.${'000000'.slice(0, digits - written.length)}${written}`;
  }
  return m < 0 ? `-${text}` : text;
}

function significantDigits(text: string): number {
  let count = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue; // '-' and '.'
    if (leading && c === 48) continue;
    leading = false;
    count++;
  }
  return count;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A card's date, parsed once: the same dates appear on several pages (the
 * catalogue, the model page, the versions page, the feed).
 */
interface ParsedDate {
  time: number;
  text: string;
  iso: string | undefined;
}
const parsedDates = new Map<string, ParsedDate>();

function parseDate(value: string): ParsedDate {
  let parsed = parsedDates.get(value);
  if (!parsed) {
    const time = Date.parse(value);
    if (Number.isNaN(time)) parsed = { time: 0, text: value, iso: undefined };
    else {
      const d = new Date(time);
      parsed = { time, text: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, iso: d.toISOString() };
    }
    // Bounded: a registry's every version has a date of its own, and most are looked up only while its model's pages are made.
    if (parsedDates.size >= 10_000) parsedDates.clear();
    parsedDates.set(value, parsed);
  }
  return parsed;
}

/** `2026-04-20T13:08:52Z` -> `20 Apr 2026` (UTC), or the text itself when it is no date. */
export function formatDate(iso: string | undefined): string {
  return iso ? parseDate(iso).text : '–';
}

/** A valid `datetime` attribute value, or undefined. */
export function isoDate(iso: string | undefined): string | undefined {
  return iso ? parseDate(iso).iso : undefined;
}

export function timeOf(iso: string | undefined): number {
  return iso ? parseDate(iso).time : 0;
}

/**
 * A count with thousands separators, `12,345`, as `toLocaleString('en-US')`
 * writes it, without the cost of loading ICU's locale data (about 20 ms on a
 * build's first call).
 */
export function formatCount(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = `${end > 3 ? ',' : ''}${digits.slice(Math.max(0, end - 3), end)}${out}`;
  return n < 0 ? `-${out}` : out;
}
