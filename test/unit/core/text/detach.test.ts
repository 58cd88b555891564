import { describe, expect, it } from 'vitest';
import { detachRecord } from '../../../../src/core/text/detach.js';

describe('detachRecord', () => {
  it('copies a mapping with the same keys, in order, and equal values', () => {
    const nested = { a: 1 };
    const value = { model: 'churn-gbm-with-a-long-name', version: '1.0.0', nested, n: 3 };
    const copy = detachRecord(value) as Record<string, unknown>;
    expect(copy).not.toBe(value);
    expect(copy).toStrictEqual(value);
    expect(Object.keys(copy)).toEqual(['model', 'version', 'nested', 'n']);
    expect(copy.nested).toBe(nested);
  });

  it('keeps a key named __proto__ a plain key, never the copy prototype', () => {
    const value = JSON.parse('{"model": "m", "__proto__": {"polluted": "yes"}}') as Record<string, unknown>;
    const copy = detachRecord(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['model', '__proto__']);
    expect((copy as { polluted?: string }).polluted).toBeUndefined();
  });

  it('leaves arrays, numbers and null as they are', () => {
    const list = [1, 2];
    expect(detachRecord(list)).toBe(list);
    expect(detachRecord(4)).toBe(4);
    expect(detachRecord(null)).toBe(null);
  });
});
