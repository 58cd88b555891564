/**
 * The small artifact glob `register` expands its `--artifact` patterns with.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandGlob } from '../../../../src/adapters/fs/glob.js';

describe('local inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'register-glob-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const touch = (path: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), path);
  };
  for (const p of ['out/model.onnx', 'out/tokenizer.json', 'out/.hidden', 'out/sub/deep/w.bin', 'out/sub/x.bin', 'top.txt']) touch(p);

  it('expands *, ? and ** within the folder, leaves dot-files alone, and names a plain path', () => {
    const rel = (paths: string[]) => paths.map((p) => p.slice(dir.length + 1));
    expect(rel(expandGlob('out/*', dir))).toEqual(['out/model.onnx', 'out/tokenizer.json']);
    expect(rel(expandGlob('out/**/*.bin', dir))).toEqual(['out/sub/deep/w.bin', 'out/sub/x.bin']);
    expect(rel(expandGlob('**/*.json', dir))).toEqual(['out/tokenizer.json']);
    expect(rel(expandGlob('out/model.onn?', dir))).toEqual(['out/model.onnx']);
    expect(rel(expandGlob('top.txt', dir))).toEqual(['top.txt']);
    expect(rel(expandGlob(`${dir}/out/*.onnx`, '/'))).toEqual(['out/model.onnx']);
    expect(expandGlob('missing.bin', dir)).toEqual([]);
    expect(expandGlob('out/sub', dir)).toEqual([]);
  });
});
