/**
 * The site's fast number formatting (src/core/site/format.ts) against the
 * plain definition it shortcuts: six significant digits as
 * src/core/output/number-format.ts writes them, and deltas rounded to 12
 * digits first. Seeded random values of every magnitude and number of
 * decimals, and the edges by hand.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber as plainFormat } from '../../../../src/core/output/number-format.js';
import { formatNumberFast as formatNumber, metricDelta } from '../../../../src/core/site/format.js';

/** The definition: the shortest text of the value rounded to six significant digits. */
function expectedNumber(value: number): string {
  return plainFormat(value);
}

function expectedDelta(current: number, previous: number): { delta: number; text: string } {
  const difference = current - previous;
  const delta = Math.abs(difference) < 1e-12 ? 0 : Number(difference.toPrecision(12));
  return { delta, text: delta === 0 ? '\u00b10' : `${delta > 0 ? '+' : '-'}${plainFormat(Math.abs(delta))}` };
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

  it('writes signed deltas as rounding the difference to 12 digits first gives', () => {
    const next = random(11);
    const wrong: string[] = [];
    const value = () => {
      const decimals = Math.floor(next() * 9);
      const magnitude = 10 ** Math.floor(next() * 10 - 3);
      return next() < 0.2 ? next() * magnitude : Math.round((next() * 2 - 1) * magnitude * 10 ** decimals) / 10 ** decimals;
    };
    const check = (current: number, previous: number) => {
      const got = metricDelta(current, previous);
      const want = expectedDelta(current, previous);
      if (got.text !== want.text || Math.sign(got.delta) !== Math.sign(want.delta)) wrong.push(`${current} - ${previous}: ${got.text} (expected ${want.text})`);
    };
    for (let i = 0; i < 300_000; i++) check(value(), value());
    for (const [a, b] of [
      [0.3, 0.1 + 0.2],
      [0.8601, 0.8152],
      [999999.5, 999999.4],
      [1, 1],
      [0.0001, 0],
      [22.5, 13.3],
      [-0.5, 0.5],
      [999999.000001, 999999],
    ])
      check(a, b);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
