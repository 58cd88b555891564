/**
 * Deltas written to the precision the two values carry (docs/format.md, "How
 * numbers are written"): one decimal place more than the less precise value,
 * never more than the more precise one, computed without float noise.
 */
import { describe, expect, it } from 'vitest';
import { decimalsOf, deltaDecimals, metricDelta } from '../../../../src/core/output/number-format.js';

describe('decimal places as written', () => {
  it('counts the digits after the point of the shortest form, exponents included', () => {
    expect([0.9117, 0.914, 0.9, 120, 133.6, 1.5e-7, 2e-5, 1e21, -0.25, 0].map(decimalsOf)).toEqual([4, 3, 1, 0, 1, 8, 5, 0, 2, 0]);
  });

  it('gives a delta one place more than the less precise value, never more than the more precise one', () => {
    expect(deltaDecimals(0.914, 0.9117)).toBe(4);
    expect(deltaDecimals(0.9301317, 0.9)).toBe(2);
    expect(deltaDecimals(133.6, 120)).toBe(1);
    expect(deltaDecimals(0.888, 0.879)).toBe(3);
  });
});

describe('metricDelta', () => {
  it('writes 0.9117 → 0.914 as +0.0023, with no float noise', () => {
    expect(0.914 - 0.9117).not.toBe(0.0023);
    expect(metricDelta(0.914, 0.9117)).toEqual({ delta: 0.0023, decimals: 4, text: '+0.0023' });
    expect(metricDelta(0.9117, 0.914).text).toBe('-0.0023');
  });

  it('does not claim more precision than the less precise value carries: 0.9 vs 0.9301317 is +0.03', () => {
    expect(metricDelta(0.9301317, 0.9)).toEqual({ delta: 0.03, decimals: 2, text: '+0.03' });
  });

  it('keeps the places of the values: +13.6 ms, +0.009, +2', () => {
    expect(metricDelta(133.6, 120).text).toBe('+13.6');
    expect(metricDelta(0.888, 0.879).text).toBe('+0.009');
    expect(metricDelta(12, 10).text).toBe('+2');
    expect(metricDelta(0.5, 0.25).text).toBe('+0.25');
  });

  it('writes ±0 when the values agree to the precision they carry, and 0.1 + 0.2 against 0.3 is no change', () => {
    expect(metricDelta(0.3, 0.1 + 0.2)).toMatchObject({ delta: 0, text: '±0' });
    expect(metricDelta(0.9001, 0.9)).toMatchObject({ delta: 0, text: '±0' });
    expect(metricDelta(1, 1).text).toBe('±0');
  });

  it('rounds half away from zero on the decimal values, not their binary neighbours', () => {
    // In binary 2.675 - 2.6 is 0.07499999999999973, which toFixed(2) writes as 0.07; as written it is 0.075, 0.08 at two places.
    expect((2.675 - 2.6).toFixed(2)).toBe('0.07');
    expect(metricDelta(2.675, 2.6).text).toBe('+0.08');
    expect(metricDelta(1.005, 1).text).toBe('±0');
    expect(metricDelta(1.25, 1.2).text).toBe('+0.05');
    expect(metricDelta(0.45, 0.4).text).toBe('+0.05');
  });

  it('writes very large and very small differences with an exponent, as values are', () => {
    expect(metricDelta(3e7, 1e7).text).toBe('+2e+7');
    expect(metricDelta(3e-6, 1e-6).text).toBe('+2e-6');
  });
});
