import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../../src/core/environments/duration.js';

describe('max_drift durations', () => {
  it('reads minutes, hours and days as the schema writes them', () => {
    expect(parseDuration('30m')).toBe(30 * 60_000);
    expect(parseDuration('24h')).toBe(24 * 3_600_000);
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(parseDuration('0m')).toBe(0);
  });

  it('refuses what the schema refuses: no unit, other units, spaces, signs, leading zeros, fractions', () => {
    for (const text of ['24', '1w', '2s', '24 h', '-1h', '+1h', '01h', '1.5h', '', 'h', '1H', '1234567d']) expect(parseDuration(text), text).toBeUndefined();
    expect(parseDuration(24)).toBeUndefined();
  });

  it('says how long a drift lasted in its two largest units', () => {
    expect(formatDuration(30_000)).toBe('under a minute');
    expect(formatDuration(45 * 60_000)).toBe('45m');
    expect(formatDuration(5 * 3_600_000 + 10 * 60_000)).toBe('5h 10m');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000 + 59 * 60_000)).toBe('2d 3h');
    expect(formatDuration(7 * 86_400_000)).toBe('7d');
  });
});
