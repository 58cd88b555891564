/**
 * Names and values from a pull request are looked up only among their own
 * kind: a metric, stage or model named `toString` or `constructor` never finds
 * Object.prototype's, and registry.yaml's url is used only when its schema
 * accepts it (issue 11).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/app/build-site.js';
import { readSnapshot } from '../../../src/adapters/fs/fs-snapshot.js';
import { computeChangeSet, stageMap } from '../../../src/core/report/change-set.js';
import { summarizeRegistry } from '../../../src/core/report/registry-summary.js';
import { renderSite } from '../../../src/core/site/build-site.js';
import { validateSnapshot } from '../../../src/core/validate.js';
import { BASE } from '../../corpus/case-kit.js';

const work = mkdtempSync(join(tmpdir(), 'untrusted-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** The corpus base registry with some files replaced. */
function registry(files: Record<string, string>): string {
  const root = join(work, `r${count++}`);
  cpSync(BASE, root, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

const settings = (extra: string) => `${readFileSync(join(BASE, 'registry.yaml'), 'utf8')}${extra}\n`;

describe('names that Object.prototype also has', () => {
  it('a stage named constructor is not found on a model that does not use it', () => {
    const root = registry({ 'registry.yaml': settings('').replace('stages: [staging, production]', 'stages: [staging, constructor, production]') });
    const { registry: loaded, report } = validateSnapshot(readSnapshot(root));
    expect(report.problems).toEqual([]);
    const beta = loaded.models.get('beta');
    expect(stageMap(beta).constructor).toBeUndefined();
    expect(summarizeRegistry(loaded).models.find((m) => m.name === 'beta')!.stages.constructor).toBeUndefined();
    // Comparing the registry with itself: nothing moved, not even the stage every object "has".
    expect(computeChangeSet(loaded, loaded).stages).toEqual([]);
  });

  it('a version in stages.yaml is deprecated only when model.yaml says so', () => {
    // A version folder named like an Object.prototype member: stages.yaml may point at it (the schema says it is no SemVer).
    const root = registry({ 'models/alpha/stages.yaml': 'production: 1.0.0\nstaging: constructor\n' });
    cpSync(join(root, 'models', 'alpha', 'versions', '1.1.0'), join(root, 'models', 'alpha', 'versions', 'constructor'), { recursive: true });
    const { report } = validateSnapshot(readSnapshot(root));
    expect(report.problems.filter((p) => p.rule === 'deprecated-in-stage')).toEqual([]);
  });

  it('the catalogue of a model named constructor builds (its stage history is not Object)', async () => {
    const root = registry({});
    cpSync(join(root, 'models', 'beta'), join(root, 'models', 'constructor'), { recursive: true });
    writeFileSync(
      join(root, 'models', 'constructor', 'model.yaml'),
      readFileSync(join(root, 'models', 'beta', 'model.yaml'), 'utf8').replace('name: beta', 'name: constructor'),
    );
    const result = await buildSite({ root, out: join(work, 'site-constructor'), serverUrl: 'https://github.com', generatedAt: '2026-05-01T12:00:00.000Z' });
    expect(result.written.files).toBeGreaterThan(0);
    expect(readFileSync(join(work, 'site-constructor', 'models', 'constructor', 'index.html'), 'utf8')).toContain('constructor');
  });
});

describe("registry.yaml's url", () => {
  for (const url of ['javascript:alert(1)', 'https://example.com/"><script>alert(1)</script>', 'https://example.com/a b']) {
    it(`is not used when its schema refuses it: ${url}`, async () => {
      const root = registry({ 'registry.yaml': settings(`url: '${url}'`) });
      const { registry: loaded, report } = validateSnapshot(readSnapshot(root));
      expect(report.problems.map((p) => [p.rule, p.file])).toEqual([['schema', 'registry.yaml']]);
      expect(loaded.settings.url).toBeUndefined();
      const files = renderSite(loaded, { serverUrl: 'https://github.com', repository: 'acme/models', generatedAt: '2026-05-01T12:00:00.000Z' });
      const text = (path: string) => String(files.get(path));
      expect(JSON.parse(text('api/index.json')).registry.url).toBeNull();
      for (const path of ['api/index.json', 'feed.xml', 'index.html'])
        expect(text(path)).not.toContain(url.slice(0, 14) === 'https://exampl' ? 'example.com' : url);
      // The Action's job summary says where the catalogue is served from this value.
      const built = await buildSite({ root, out: join(work, `site-${count++}`), serverUrl: 'https://github.com', generatedAt: '2026-05-01T12:00:00.000Z' });
      expect(built.baseUrl).toBeUndefined();
    });
  }

  it('is used when it is a valid http(s) URL', () => {
    const root = registry({ 'registry.yaml': settings('url: https://acme.github.io/models/') });
    const { registry: loaded, report } = validateSnapshot(readSnapshot(root));
    expect(report.problems).toEqual([]);
    expect(loaded.settings.url).toBe('https://acme.github.io/models/');
    const files = renderSite(loaded, { serverUrl: 'https://github.com', generatedAt: '2026-05-01T12:00:00.000Z', baseUrl: loaded.settings.url });
    expect(String(files.get('feed.xml'))).toContain('https://acme.github.io/models/');
  });
});
