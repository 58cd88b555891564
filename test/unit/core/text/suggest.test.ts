/**
 * "Did you mean …?": the closest candidate within a third of the word's
 * length in edits (a swap of neighbours counting as one), whatever the case,
 * and nothing when none is that close.
 */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../../../src/core/text/suggest.js';

const FIELDS = ['version', 'created', 'summary', 'lineage', 'training', 'artifacts', 'description'];

describe('did you mean', () => {
  it('finds a misspelt field: a swap, a missing or an extra letter, another case', () => {
    expect(closest('verison', FIELDS)).toBe('version');
    expect(closest('sumary', FIELDS)).toBe('summary');
    expect(closest('artifactss', FIELDS)).toBe('artifacts');
    expect(closest('Lineage', FIELDS)).toBe('lineage');
    expect(didYouMean('craeted', FIELDS)).toBe(' (did you mean `created`?)');
  });

  it('says nothing when no candidate is within a third of the word in edits', () => {
    expect(closest('k12345', FIELDS)).toBeUndefined();
    expect(closest('xyz', FIELDS)).toBeUndefined();
    expect(closest('version', [])).toBeUndefined();
    expect(didYouMean('owner_email', FIELDS)).toBe('');
  });

  it('compares words of any length, one after another (longer than any before)', () => {
    const long = `${'a'.repeat(100)}b`;
    expect(closest(`${'a'.repeat(100)}c`, [long, 'version'])).toBe(long);
    expect(closest('verison', FIELDS)).toBe('version');
    expect(closest('a'.repeat(70), ['b'.repeat(60)])).toBeUndefined();
  });
});
