/**
 * How `validate` shares the model folders between its threads: each takes the
 * next folder from one shared counter, so a thread that starts late (or runs
 * slowly on a busy machine) takes fewer, and no folder is checked twice or
 * left out.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkModelFolders, type ChunkJob } from '../../../../src/adapters/workers/check-chunk.js';
import { readTopLevel } from '../../../../src/adapters/fs/fs-snapshot.js';

const root = resolve(import.meta.dirname, '../../../../registry-template');

function job(): ChunkJob {
  return { root, models: readTopLevel(root).modelFolders, next: new Int32Array(new SharedArrayBuffer(4)) };
}

describe('model folders taken from a shared counter', () => {
  it('one thread alone takes every folder once, in order, and leaves the counter past the end', () => {
    const shared = job();
    const results = checkModelFolders(shared);
    expect(results.map((r) => r.index)).toEqual(shared.models.map((_, i) => i));
    expect(results.map((r) => r.summary.name)).toEqual(shared.models);
    expect(shared.next[0]).toBeGreaterThanOrEqual(shared.models.length);
    // A helper that starts now finds nothing left to take.
    expect(checkModelFolders(shared)).toEqual([]);
  });

  it('a thread that starts after others took folders checks only those left', () => {
    const shared = job();
    expect(shared.models.length).toBeGreaterThan(2);
    Atomics.store(shared.next, 0, 2);
    const results = checkModelFolders(shared);
    expect(results.map((r) => r.summary.name)).toEqual(shared.models.slice(2));
    // The same folders as a thread that took them all: nothing depends on who took which.
    const alone = checkModelFolders(job()).slice(2);
    expect(results).toEqual(alone);
  });
});

describe("a model's observations checked with its folder", () => {
  const copy = mkdtempSync(join(tmpdir(), 'check-chunk-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("by whichever thread takes the folder, against that model's own versions", () => {
    cpSync(root, copy, { recursive: true });
    const observe = (model: string, versions: string[]) => {
      mkdirSync(join(copy, 'models', model, 'monitoring'), { recursive: true });
      const lines = versions.map((version, i) => JSON.stringify({ time: `2025-03-0${i + 1}T06:00:00Z`, version, metric: 'accuracy', value: 0.9 }));
      writeFileSync(join(copy, 'models', model, 'monitoring', '2025-03.jsonl'), `${lines.join('\n')}\n`);
    };
    // 1.3.0 is only support-ticket-classifier's, 2.0.0 only churn-gbm's.
    observe('churn-gbm', ['2.0.0', '1.3.0']);
    observe('support-ticket-classifier', ['1.3.0', '2.0.0']);
    const models = readTopLevel(copy).modelFolders;
    expect(models.slice(0, 2)).toEqual(['churn-gbm', 'support-ticket-classifier']);
    const observationProblems = (results: ReturnType<typeof checkModelFolders>) =>
      results
        .flatMap((r) => r.problems)
        .filter((p) => p.rule.startsWith('observation'))
        .map((p) => `${p.rule} ${p.file}:${p.line}`);

    // A helper thread that took only the second folder on: the first model's observations are not its to check.
    const late: ChunkJob = { root: copy, models, next: new Int32Array(new SharedArrayBuffer(4)) };
    Atomics.store(late.next, 0, 1);
    expect(observationProblems(checkModelFolders(late))).toEqual(['observation-version models/support-ticket-classifier/monitoring/2025-03.jsonl:2']);
    const alone: ChunkJob = { root: copy, models, next: new Int32Array(new SharedArrayBuffer(4)) };
    expect(observationProblems(checkModelFolders(alone))).toEqual([
      'observation-version models/churn-gbm/monitoring/2025-03.jsonl:2',
      'observation-version models/support-ticket-classifier/monitoring/2025-03.jsonl:2',
    ]);
  });
});
