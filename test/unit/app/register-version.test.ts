/**
 * How `register` names the metrics file it commits: by its extension, or by
 * its content when it has none.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { metricsName } from '../../../src/app/register-version.js';

describe('local inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'register-metrics-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names metrics files by extension or content', () => {
    writeFileSync(join(dir, 'metrics'), '  {"a": 1}');
    expect(metricsName(join(dir, 'metrics'))).toBe('metrics.json');
    expect(metricsName('x.yml')).toBe('metrics.yaml');
  });
});
