/**
 * Shields-style SVG badges ("production | 1.4.0") that READMEs embed. The
 * width is computed from Verdana's character widths, as shields.io does.
 */
import { escapeHtml } from './html.js';

// Advance widths of Verdana at 11px (shields.io's table), for the characters model names, stages and versions use.
const WIDTHS: Record<string, number> = {
  ' ': 3.87,
  '-': 4.55,
  '.': 3.87,
  _: 7,
  '+': 9.09,
  '(': 4.55,
  ')': 4.55,
  ':': 4.55,
  '/': 4.55,
  '@': 11.03,
  '0': 7,
  '1': 7,
  '2': 7,
  '3': 7,
  '4': 7,
  '5': 7,
  '6': 7,
  '7': 7,
  '8': 7,
  '9': 7,
  a: 6.66,
  b: 6.82,
  c: 5.73,
  d: 6.82,
  e: 6.55,
  f: 3.86,
  g: 6.82,
  h: 6.98,
  i: 3.02,
  j: 3.79,
  k: 6.51,
  l: 3.02,
  m: 10.71,
  n: 6.98,
  o: 6.68,
  p: 6.82,
  q: 6.82,
  r: 4.69,
  s: 5.73,
  t: 4.33,
  u: 6.98,
  v: 6.51,
  w: 8.99,
  x: 6.51,
  y: 6.51,
  z: 5.78,
};

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDTHS[ch] ?? (ch >= 'A' && ch <= 'Z' ? 7.6 : 7.5);
  return w;
}

export type BadgeColor = 'green' | 'blue' | 'orange' | 'grey' | 'red';

const COLORS: Record<BadgeColor, string> = {
  green: '#2e7d32',
  blue: '#0b5cad',
  orange: '#a85400',
  grey: '#5f6368',
  red: '#b3261e',
};

// The text's drop shadow: the same text, one pixel lower, in translucent black.
const SHADOW = 'fill="#010101" fill-opacity=".3"';

export function renderBadge(label: string, message: string, color: BadgeColor): string {
  const lw = Math.round(textWidth(label) + 10);
  const mw = Math.round(textWidth(message) + 10);
  const w = lw + mw;
  const l = escapeHtml(label);
  const m = escapeHtml(message);
  const fill = COLORS[color];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${l}: ${m}">`,
    `<title>${l}: ${m}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    '<g clip-path="url(#r)">',
    `<rect width="${lw}" height="20" fill="#555"/>`,
    `<rect x="${lw}" width="${mw}" height="20" fill="${fill}"/>`,
    `<rect width="${w}" height="20" fill="url(#s)"/>`,
    '</g>',
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
    `<text x="${lw / 2}" y="15" ${SHADOW}>${l}</text>`,
    `<text x="${lw / 2}" y="14">${l}</text>`,
    `<text x="${lw + mw / 2}" y="15" ${SHADOW}>${m}</text>`,
    `<text x="${lw + mw / 2}" y="14">${m}</text>`,
    '</g></svg>\n',
  ].join('');
}

/** The badge of a model's stage: its version, or "none". */
export function stageBadge(stage: string, version: string | undefined, deprecated: boolean, isProduction: boolean): string {
  if (!version) return renderBadge(stage, 'none', 'grey');
  if (deprecated) return renderBadge(stage, `${version} (deprecated)`, 'red');
  return renderBadge(stage, version, isProduction ? 'green' : 'blue');
}
