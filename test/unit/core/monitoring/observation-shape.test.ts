/**
 * The hand-written check of an observation's common shape may skip the
 * compiled schema only where the schema would accept: for every record it
 * takes, the schema accepts it and Date.parse gives the same instant, in the
 * file's month. Anything else goes to the schema, whose messages users see.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentValidators } from '../../../../src/core/format/document-validators.js';
import { acceptedStrings, commonShapeTime, rememberAccepted, type FileMonth } from '../../../../src/core/monitoring/observation-shape.js';

const validate = documentValidators().observation;
const GOOD = { time: '2025-03-14T06:00:00Z', version: '1.2.0', metric: 'accuracy', value: 0.9, n: 5000, segment: 'eu', environment: 'eu-west-prod' };

function fileMonth(year: number, month: number): FileMonth {
  const start = Date.UTC(year, month - 1, 1);
  const days = Math.round((Date.UTC(year, month, 1) - start) / 86_400_000);
  return { start, year, month, days };
}

/** The strings of GOOD accepted, as after its first line went through the schema. */
function primed() {
  const accepted = acceptedStrings();
  expect(validate(GOOD)).toBe(true);
  rememberAccepted(accepted, GOOD);
  return accepted;
}

/** What commonShapeTime says of `record` (parsed from JSON, as a line is) in `month`, next to what the schema and Date.parse say. */
function judged(json: string, month = fileMonth(2025, 3)) {
  const record = JSON.parse(json) as Record<string, unknown>;
  const fast = commonShapeTime(record, primed(), month);
  const accepted = validate(record);
  const time = accepted ? Date.parse(record.time as string) : NaN;
  return { fast, accepted, time, inMonth: time >= month.start && time < month.start + month.days * 86_400_000 };
}

const withFields = (fields: Record<string, unknown>) => JSON.stringify({ ...GOOD, ...fields });

describe('the common shape of an observation', () => {
  it('is the instant Date.parse gives, for the records observe and most jobs write', () => {
    for (const json of [
      withFields({}),
      JSON.stringify({ time: '2025-03-01T00:00:00Z', version: '1.2.0', metric: 'accuracy', value: -0 }),
      withFields({ time: '2025-03-31T23:59:59Z', n: 0, value: 1e300 }),
    ]) {
      const { fast, accepted, time } = judged(json);
      expect(accepted).toBe(true);
      expect(fast).toBe(time);
    }
    expect(judged(withFields({ time: '2024-02-29T12:00:00Z' }), fileMonth(2024, 2)).fast).toBe(Date.parse('2024-02-29T12:00:00Z'));
  });

  it('leaves every other record to the schema', () => {
    const others = [
      // Times the schema accepts but written otherwise, or in another month: Date.parse and the month check decide.
      withFields({ time: '2025-03-14T06:00:00+01:00' }),
      withFields({ time: '2025-03-14T06:00:00.5Z' }),
      withFields({ time: '2025-03-14t06:00:00z' }),
      withFields({ time: '2025-03-14 06:00:00Z' }),
      withFields({ time: '2025-03-31T23:59:60Z' }),
      withFields({ time: '2025-04-01T00:00:00Z' }),
      withFields({ time: '2025-02-28T00:00:00Z' }),
      // Times the schema refuses.
      withFields({ time: '2025-02-29T00:00:00Z' }),
      withFields({ time: '2025-03-32T00:00:00Z' }),
      withFields({ time: '2025-03-00T00:00:00Z' }),
      withFields({ time: '2025-03-14T24:00:00Z' }),
      withFields({ time: '2025-03-14T06:60:00Z' }),
      withFields({ time: '2025-03-14T06:00:0aZ' }),
      withFields({ time: '2025-03-14T06:00:00' }),
      withFields({ time: 'yesterday' }),
      withFields({ time: 1741932000000 }),
      // Other fields the schema refuses, or strings no earlier line showed it.
      withFields({ version: 'v1.2.0' }),
      withFields({ version: '1.3.0' }),
      withFields({ metric: 'f1' }),
      withFields({ metric: 7 }),
      withFields({ segment: 'us' }),
      withFields({ segment: '' }),
      withFields({ environment: 'EU' }),
      withFields({ value: '0.9' }),
      withFields({ value: null }),
      withFields({ n: -1 }),
      withFields({ n: 2.5 }),
      withFields({ n: '5000' }),
      withFields({ note: 'x' }),
      withFields({ 'x-job': 'nightly' }),
      '{"__proto__": {"a": 1}, "time": "2025-03-14T06:00:00Z", "version": "1.2.0", "metric": "accuracy", "value": 0.9}',
      '{"time": "2025-03-14T06:00:00Z", "version": "1.2.0", "metric": "accuracy", "value": 1e400}',
      '{"time": "2025-03-14T06:00:00Z", "version": "1.2.0", "metric": "accuracy"}',
      '{"version": "1.2.0", "metric": "accuracy", "value": 0.9}',
    ];
    for (const json of others) expect(judged(json).fast, json).toBeNaN();
  });

  it('leaves a file of the years before 100 to Date.parse, as the file name is read', () => {
    expect(judged(withFields({ time: '0025-03-14T06:00:00Z' }), fileMonth(25, 3)).fast).toBeNaN();
  });

  it('never takes a time the schema refuses or Date.parse reads otherwise (any digits in the common layout)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(2, '0'));
    fc.assert(
      fc.property(fc.constantFrom('2024', '2025', '2100'), two(13), two(39), two(29), two(69), two(69), (year, month, day, hour, minute, second) => {
        const time = `${year}-${month}-${day}T${hour}:${minute}:${second}Z`;
        const file = fileMonth(Number(year), Math.min(Math.max(Number(month), 1), 12));
        const { fast, accepted, time: parsed, inMonth } = judged(withFields({ time }), file);
        if (Number.isNaN(fast)) {
          // Taken whenever it could be: only leap seconds and other months are left, besides what the schema refuses.
          expect(accepted && inMonth && Number(second) < 60).toBe(false);
        } else {
          expect(accepted).toBe(true);
          expect(inMonth).toBe(true);
          expect(fast).toBe(parsed);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
