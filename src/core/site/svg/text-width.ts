/**
 * How wide a line of text is drawn, estimated without a browser: per-character
 * widths of a wide sans-serif (DejaVu Sans, the widest common default) in ems,
 * rounded up, so boxes and label lanes sized from them hold the text in any
 * usual font. test/e2e/site-browser.test.ts measures the result in Chromium.
 */
const NARROW = new Set([...`il.,:;|!'\`ijl`]);
const SLIM = new Set([...'ftrj()[]{}/\\ -"']);
const WIDE = new Set([...'mwMW@%&']);

function charEm(c: string): number {
  if (NARROW.has(c)) return 0.33;
  if (SLIM.has(c)) return 0.45;
  if (WIDE.has(c)) return 1.0;
  if (c >= 'A' && c <= 'Z') return 0.76;
  if (c.charCodeAt(0) > 0x2e7f) return 1.0; // CJK and other full-width characters
  return 0.64;
}

/** Width in pixels of `text` at `fontSize`, bold or not. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return Math.ceil(em * fontSize * (bold ? 1.1 : 1));
}

/**
 * `text` broken into lines no wider than `max` pixels, preferring breaks after
 * `/ _ - . @ :` or spaces; every character is kept, in order.
 */
export function wrapText(text: string, max: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let rest = [...text]; // code points: a cut never splits a surrogate pair
  while (rest.length > 1 && textWidth(rest.join(''), fontSize, bold) > max) {
    // The longest prefix that fits, then back to the last good break in it (if one is not too early).
    let fit = 1;
    let width = textWidth(rest[0], fontSize, bold);
    while (fit < rest.length && width + textWidth(rest[fit], fontSize, bold) <= max) width += textWidth(rest[fit++], fontSize, bold);
    let cut = fit;
    for (let i = fit; i > fit / 2; i--) {
      if (/[/_\-.@: ]/.test(rest[i - 1])) {
        cut = i;
        break;
      }
    }
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  if (rest.length || !lines.length) lines.push(rest.join(''));
  return lines;
}
