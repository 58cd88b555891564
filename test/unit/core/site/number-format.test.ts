/**
 * The site's fast number formatting (src/core/site/format.ts) against the
 * plain definition it shortcuts: six significant digits as
 * src/core/output/number-format.ts writes them (deltas are written by that
 * file's metricDelta alone, test/unit/core/output/number-format.test.ts). Seeded random values of every magnitude and number of
 * decimals, and the edges by hand.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber as plainFormat } from '../../../../src/core/output/number-format.js';
import { formatNumberFast as formatNumber } from '../../../../src/core/site/format.js';

/** The definition: the shortest text of the value rounded to six significant digits. */
function expectedNumber(value: number): string {
  return plainFormat(value);
}

/** mulberry32: the same values on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('site number formatting', () => {
  it('writes what six significant digits give, for values of every size and number of decimals', () => {
    const next = random(7);
    const wrong: string[] = [];
    for (let i = 0; i < 300_000; i++) {
      const decimals = Math.floor(next() * 10);
      const magnitude = 10 ** Math.floor(next() * 12 - 5);
      const value = i % 4 === 0 ? (next() * 2 - 1) * magnitude : Math.round((next() * 2 - 1) * magnitude * 10 ** decimals) / 10 ** decimals;
      if (formatNumber(value) !== expectedNumber(value)) wrong.push(`${value}: ${formatNumber(value)} (expected ${expectedNumber(value)})`);
    }
    for (const value of [
      0.8601,
      -0.8601,
      22.5,
      1e-4,
      0.0001234,
      999999.5,
      999999.999999,
      123456.5,
      0.1 + 0.2,
      1 / 3,
      0.000099,
      5e-324,
      1e21,
      -0,
      100,
      0.1234565,
      0.100000000093,
    ]) {
      if (formatNumber(value) !== expectedNumber(value)) wrong.push(`${value}: ${formatNumber(value)} (expected ${expectedNumber(value)})`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
