/**
 * The site build keeps only what the registry's pages need of every model;
 * beyond a budget of versions, each model's page data waits in a temporary
 * file until its pages are made (issue 15: build memory under 1 GB at
 * 250,000 versions). What is written must not depend on where it waited.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticRegistry } from '../../../bench/synthetic-registry.mjs';
import { buildSite, type SiteBuildOptions } from '../../../src/app/build-site.js';

const work = mkdtempSync(join(tmpdir(), 'build-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const name = (m: number) => `model-${String(m).padStart(4, '0')}`;

/** A registry whose pages depend on other models: parents in later and earlier models, a missing one, deprecated versions, broken cards, pages of 50 versions. */
function crossLinkedRegistry(root: string): void {
  writeSyntheticRegistry(root, { models: 8, versions: 60 });
  for (let m = 0; m < 8; m += 2) {
    for (const v of [0, 7, 59]) {
      const path = join(root, 'models', name(m), 'versions', `1.${v}.0`, 'card.yaml');
      const later = name((m + 3) % 8);
      const parents = [
        `    - model: ${later}\n      version: 1.${(v * 3) % 60}.0\n      relation: distill`,
        `    - model: ${name((m + 1) % 8)}\n      version: 1.${v}.0\n      relation: ensemble`,
        '    - model: ghost\n      version: 1.0.0\n      relation: other',
        `    - model: ${later}\n      version: 1.${(v * 3 + 1) % 60}.0\n      relation: merge`,
      ];
      writeFileSync(path, readFileSync(path, 'utf8').replace('  parents:\n', `  parents:\n${parents.join('\n')}\n`));
    }
    appendFileSync(join(root, 'models', name(m), 'model.yaml'), 'deprecated_versions:\n  1.3.0: Leaks labels.\n');
  }
  writeFileSync(join(root, 'models', name(1), 'versions', '1.4.0', 'card.yaml'), 'version: 1.4.0\nsummary: 42\nartifacts: nope\n');
  writeFileSync(join(root, 'models', name(3), 'versions', '1.4.0', 'card.yaml'), 'version: [1.4.0\n');
  writeFileSync(join(root, 'models', name(5), 'stages.yaml'), 'production: 1.3.0\nstaging: 9.9.9\n');
}

function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

describe('site build memory', () => {
  it('writes the same files, byte for byte, whether every model waits in the temporary file, some did at first, or none does, and removes the file', async () => {
    const root = join(work, 'registry');
    crossLinkedRegistry(root);
    const options = (out: string, keepVersions?: number): SiteBuildOptions => ({
      root,
      out: join(work, out),
      repository: 'acme/registry',
      serverUrl: 'https://github.com',
      baseUrl: 'https://models.example.com/registry/',
      generatedAt: '2026-05-01T00:00:00.000Z',
      keepVersions,
    });
    const kept = await buildSite(options('kept'));
    // The temporary file goes where os.tmpdir() says: a folder of the test's own, empty again afterwards.
    const spillDir = join(work, 'tmp');
    mkdirSync(spillDir);
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = spillDir;
    try {
      const spilled = await buildSite(options('spilled', 0));
      expect(spilled.report).toEqual(kept.report);
      expect(spilled.written).toEqual(kept.written);
      // Past the budget at the third model: the two kept so far go to the file too.
      const crossing = await buildSite(options('crossing', 150));
      expect(crossing.written).toEqual(kept.written);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    expect(readdirSync(spillDir)).toEqual([]);

    const a = filesOf(join(work, 'kept'));
    const b = filesOf(join(work, 'spilled'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const other of [b, filesOf(join(work, 'crossing'))]) {
      expect([...other.keys()].sort()).toEqual([...a.keys()].sort());
      const differing = [...a].filter(([path, bytes]) => !bytes.equals(other.get(path)!)).map(([path]) => path);
      expect(differing).toEqual([]);
    }
    // The pages that depend on other models are among them: a version lists its children in another model, on its numbered page.
    expect(a.has('models/model-0003/versions-1.html')).toBe(true);
    expect(a.get('models/model-0003/versions-1.html')!.toString()).toContain('"children":[["model-0000","1.0.0","distill"]');
  });
});
