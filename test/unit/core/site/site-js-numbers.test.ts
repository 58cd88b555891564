/**
 * The catalogue's script writes numbers in the browser (version cards, charts,
 * comparisons) with its own copies of the server's number functions (it loads
 * no module). Those copies must give the server's text for every value: the
 * same figures on a page whether the server or the script drew them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsOf, formatNumber, metricDelta } from '../../../../src/core/output/number-format.js';

const SCRIPT = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'src', 'core', 'site', 'assets', 'site.js'), 'utf8');

/** A function's whole source from the script, by its name (its braces matched; these functions hold no brace in a string). */
function functionSource(name: string): string {
  const start = SCRIPT.indexOf(`function ${name}(`);
  expect(start, name).toBeGreaterThan(-1);
  let depth = 0;
  for (let i = SCRIPT.indexOf('{', start); i < SCRIPT.length; i++) {
    if (SCRIPT[i] === '{') depth++;
    else if (SCRIPT[i] === '}' && --depth === 0) return SCRIPT.slice(start, i + 1);
  }
  throw new Error(`unbalanced ${name}`);
}

type Script = {
  formatNumber: (value: number | undefined) => string;
  decimalsOf: (value: number) => number;
  metricDelta: (current: number, previous: number) => { delta: number; text: string };
};
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script's own text, from this repository
const script = new Function(
  `${['formatNumber', 'decimalsOf', 'metricDelta'].map(functionSource).join('\n')}\nreturn { formatNumber, decimalsOf, metricDelta };`,
)() as Script;

/** Values as metrics files hold them: a few decimals, any magnitude, and the awkward ones. */
const written = fc.oneof(
  fc.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 9 })).map(([units, places]) => units / 10 ** places),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, -0, 1e-4, 9.99999e-5, 1e6, 999999.5, 0.1 + 0.2, 5e-324, Number.MAX_VALUE, Infinity, -Infinity),
);

describe('the catalogue script’s numbers', () => {
  it('formats every value as the server does', () => {
    fc.assert(
      fc.property(written, (value) => {
        expect(script.formatNumber(value)).toBe(formatNumber(value));
        expect(script.decimalsOf(value)).toBe(decimalsOf(value));
      }),
      { numRuns: 20_000 },
    );
    expect(script.formatNumber(undefined)).toBe(formatNumber(undefined));
    expect(script.formatNumber(NaN)).toBe(formatNumber(NaN));
  });

  it('writes every difference of two values as the server does, to the precision they carry', () => {
    fc.assert(
      fc.property(written, written, (current, previous) => {
        const server = metricDelta(current, previous);
        const browser = script.metricDelta(current, previous);
        expect(browser.text).toBe(server.text);
        expect(Object.is(browser.delta, server.delta) || browser.delta === server.delta).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    expect(script.metricDelta(0.914, 0.9117).text).toBe('+0.0023');
  });
});
