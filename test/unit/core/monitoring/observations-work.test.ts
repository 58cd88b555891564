/**
 * A year of daily observations is hundreds of thousands of lines (issue 17),
 * so each line must cost little more than its JSON.parse. Judged on the work
 * done, not on time (as linear-validation.test.ts): V8's precise coverage
 * counts the calls of the compiled schema, whose date-time format took most
 * of a line's time. It runs only for a line whose shape the file has not shown
 * yet (a new version, metric, segment or environment, or an uncommon time).
 */
import { Session } from 'node:inspector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentValidators } from '../../../../src/core/format/document-validators.js';
import { checkObservationFile } from '../../../../src/core/monitoring/observations.js';

const session = new Session();
const post = <T = unknown>(method: string, params: object = {}) =>
  new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));

type Coverage = { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] };

/** How many times the compiled observation schema ran while checking `text` as March 2025's file, and what the check found. */
async function schemaCalls(text: string): Promise<{ calls: number; records: number; problems: string[] }> {
  const name = documentValidators().observation.name;
  await post('Profiler.takePreciseCoverage'); // resets the counters
  const checked = checkObservationFile('models/m/monitoring/2025-03.jsonl', new TextEncoder().encode(text));
  const { result } = await post<Coverage>('Profiler.takePreciseCoverage');
  let calls = 0;
  for (const script of result) {
    if (!script.url.includes('validators.generated')) continue;
    for (const fn of script.functions) if (fn.functionName === name) calls += fn.ranges[0].count;
  }
  return { calls, records: checked.value.length, problems: checked.problems.map((p) => `${p.rule} ${p.line}:${p.column}`) };
}

/** A month of daily values of five metrics, as a scheduled evaluation appends them. */
function month(extra: Record<string, unknown> = {}): string[] {
  const lines: string[] = [];
  for (let day = 1; day <= 31; day++) {
    for (const metric of ['accuracy', 'f1', 'roc_auc', 'log_loss', 'latency_p95_ms']) {
      const time = `2025-03-${String(day).padStart(2, '0')}T06:00:00Z`;
      lines.push(JSON.stringify({ time, version: '1.18.0', metric, value: 0.9, n: 4000 + day, environment: 'prod', ...extra }));
    }
  }
  return lines;
}

beforeAll(async () => {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
});

afterAll(async () => {
  await post('Profiler.stopPreciseCoverage');
  session.disconnect();
});

describe('the work of checking a month of observations', () => {
  it('runs the compiled schema once per new shape, not once per line', async () => {
    const { calls, records, problems } = await schemaCalls(`${month().join('\n')}\n`);
    expect({ records, problems }).toEqual({ records: 155, problems: [] });
    // The first line of each metric: each is a string the file had not shown.
    expect(calls).toBe(5);
  });

  it('still runs it on every line of an uncommon shape, and on the bad ones', async () => {
    const lines = month({ 'x-job': 'nightly' });
    lines[40] = lines[40].replace('"n":', '"n":-');
    const { calls, records, problems } = await schemaCalls(lines.join('\n'));
    expect({ records, problems }).toEqual({ records: 154, problems: [`schema 41:${lines[40].indexOf('"n":-') + 5}`] });
    expect(calls).toBe(155);
  });
});
