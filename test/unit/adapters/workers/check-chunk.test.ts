/**
 * How `validate` shares the model folders between its threads: each takes the
 * next folder from one shared counter, so a thread that starts late (or runs
 * slowly on a busy machine) takes fewer, and no folder is checked twice or
 * left out.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
