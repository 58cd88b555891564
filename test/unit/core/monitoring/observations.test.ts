import { describe, expect, it } from 'vitest';
import { readObservations, monthOf, observationKey } from '../../../../src/core/monitoring/observations.js';

const PATH = 'models/churn/monitoring/2025-03.jsonl';
const bytes = (text: string) => new TextEncoder().encode(text);
const line = (fields: Record<string, unknown>) => JSON.stringify({ time: '2025-03-14T06:00:00Z', version: '1.0.0', metric: 'accuracy', value: 0.9, ...fields });

describe('readObservations', () => {
  it('reads every record with its file and line, skipping blank lines and CRLF endings', () => {
    const text = `${line({})}\r\n\n${line({ time: '2025-03-15T06:00:00Z', n: 500, segment: 'eu', environment: 'eu-west-prod' })}\n`;
    const { observations, problems } = readObservations([{ path: PATH, bytes: bytes(text) }]);
    expect(problems).toEqual([]);
    expect(observations).toEqual([
      { time: '2025-03-14T06:00:00Z', version: '1.0.0', metric: 'accuracy', value: 0.9, file: PATH, line: 1 },
      {
        time: '2025-03-15T06:00:00Z',
        version: '1.0.0',
        metric: 'accuracy',
        value: 0.9,
        n: 500,
        segment: 'eu',
        environment: 'eu-west-prod',
        file: PATH,
        line: 3,
      },
    ]);
  });

  it('reports a bad line at its line and column and keeps the good lines around it', () => {
    const bad = '{"time": "2025-03-14T07:00:00Z", "version": "1.0.0",}';
    const text = [line({}), bad, line({ time: '2025-03-16T06:00:00Z' })].join('\n');
    const { observations, problems } = readObservations([{ path: PATH, bytes: bytes(text) }]);
    expect(observations.map((o) => o.line)).toEqual([1, 3]);
    expect(problems).toEqual([
      {
        file: PATH,
        line: 2,
        column: bad.indexOf('}') + 1,
        rule: 'observation-syntax',
        severity: 'error',
        message: expect.stringMatching(/^not valid JSON \(expected double-quoted property name\): each line is one JSON object/),
      },
    ]);
  });

  it('places a schema problem at the value on its line', () => {
    const bad = '{"time": "2025-03-14T07:00:00Z", "version": "v1", "metric": "accuracy", "value": "0.9"}';
    const { problems } = readObservations([{ path: PATH, bytes: bytes(`${line({})}\n${bad}\n`) }]);
    expect(problems.map(({ line: l, column, rule }) => ({ line: l, column, rule }))).toEqual([
      { line: 2, column: bad.indexOf('"v1"') + 1, rule: 'schema' },
      { line: 2, column: bad.indexOf('"0.9"') + 1, rule: 'schema' },
    ]);
    expect(problems[1].message).toBe('`value` must be a number, but it is the text "0.9": remove the quotes');
  });

  it('says which field a record misses, as a record', () => {
    const { problems } = readObservations([{ path: PATH, bytes: bytes('{"time": "2025-03-14T07:00:00Z", "version": "1.0.0", "metric": "accuracy"}\n') }]);
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, rule: 'schema', message: expect.stringMatching(/^this record is missing the required field `value`/) }),
    ]);
  });

  it("refuses a time outside the file's month (in UTC), pointing at the time", () => {
    const text = `${line({ time: '2025-04-01T00:30:00+01:00' })}\n${line({ time: '2025-03-31T23:30:00-01:00' })}\n`;
    const { observations, problems } = readObservations([{ path: PATH, bytes: bytes(text) }]);
    expect(observations.map((o) => o.line)).toEqual([1]);
    expect(problems).toEqual([
      {
        file: PATH,
        line: 2,
        column: '{"time":"'.length,
        rule: 'observation-time',
        severity: 'error',
        message: "`time` 2025-03-31T23:30:00-01:00 is in 2025-04 (UTC), not in this file's month 2025-03: move the line to monitoring/2025-04.jsonl",
      },
    ]);
  });

  it('refuses the same record twice (the same instant written two ways), keeping the first', () => {
    const text = `${line({ segment: 'eu' })}\n${line({ segment: 'us' })}\n${line({ time: '2025-03-14T07:00:00+01:00', segment: 'eu', value: 0.8 })}\n`;
    const { observations, problems } = readObservations([{ path: PATH, bytes: bytes(text) }]);
    expect(observations.map((o) => o.value)).toEqual([0.9, 0.9]);
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 1, rule: 'duplicate-observation', message: expect.stringContaining('as line 1') })]);
  });

  it("names Python's NaN for what it is", () => {
    const bad = '{"time": "2025-03-14T07:00:00Z", "version": "1.0.0", "metric": "accuracy", "value": NaN}';
    const { problems } = readObservations([{ path: PATH, bytes: bytes(`${bad}\n`) }]);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 1,
        column: bad.indexOf('NaN') + 1,
        rule: 'observation-syntax',
        message: expect.stringMatching(/^`NaN` is not a JSON number/),
      }),
    ]);
  });

  it('reads a file of CRLF lines at the right lines, and each line of a file alone when lines could be read together', () => {
    const crlf = readObservations([{ path: PATH, bytes: bytes(`${line({})}\r\n${line({ time: '2025-03-15T06:00:00Z' })}\r\n`) }]);
    expect(crlf.problems).toEqual([]);
    expect(crlf.observations.map((o) => [o.line, o.time])).toEqual([
      [1, '2025-03-14T06:00:00Z'],
      [2, '2025-03-15T06:00:00Z'],
    ]);
    // A string broken over two lines, and two records on one line: read as one text they would make three good records.
    const split = line({ segment: 'eu, us' }).split(' ');
    const two = `${line({ time: '2025-03-16T06:00:00Z' })},${line({ time: '2025-03-17T06:00:00Z' })}`;
    const { observations, problems } = readObservations([
      { path: PATH, bytes: bytes(`${split.join('\n')}\n${two}\n${line({ time: '2025-03-18T06:00:00Z' })}\n`) },
    ]);
    expect(observations.map((o) => o.line)).toEqual([4]);
    expect(problems.map((p) => `${p.rule} ${p.line}`)).toEqual(['observation-syntax 1', 'observation-syntax 2', 'observation-syntax 3']);
  });

  it('refuses a line that is not an object', () => {
    const { problems } = readObservations([{ path: PATH, bytes: bytes('[1, 2]\n') }]);
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: 1, rule: 'observation-syntax' })]);
  });
});

describe('observation identity', () => {
  it('is the instant, version, metric, segment and environment', () => {
    const a = observationKey({ version: '1.0.0', metric: 'accuracy' }, Date.parse('2025-03-01T00:00:00Z'));
    expect(observationKey({ version: '1.0.0', metric: 'accuracy' }, Date.parse('2025-03-01T01:00:00+01:00'))).toBe(a);
    expect(observationKey({ version: '1.0.0', metric: 'accuracy', segment: 'eu' }, Date.parse('2025-03-01T00:00:00Z'))).not.toBe(a);
    expect(monthOf(Date.parse('2025-03-31T23:30:00-01:00'))).toBe('2025-04');
  });
});
