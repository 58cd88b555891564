/**
 * A long version history is split into numbered pages (issue 15): no page
 * grows without end, every link to a version reaches its card, and an old
 * link to versions.html#<version> still lands on that version's entry.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticRegistry } from '../../../../bench/synthetic-registry.mjs';
import { readSnapshot } from '../../../../src/adapters/fs/fs-snapshot.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { renderSite } from '../../../../src/core/site/build-site.js';

const work = mkdtempSync(join(tmpdir(), 'version-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(versions: number) {
  const root = join(work, String(versions));
  writeSyntheticRegistry(root, { models: 1, versions });
  return renderSite(loadRegistry(readSnapshot(root)), {
    serverUrl: 'https://github.com',
    repository: 'acme/registry',
    baseUrl: 'https://models.example.com/',
    generatedAt: '2026-05-01T00:00:00.000Z',
  });
}

const ids = (page: string) => [...page.matchAll(/<article class="version-card" id="([^"]+)"/g)].map((m) => m[1]);

describe('versions pages of a long history', () => {
  it('keeps up to 50 versions on one page, as before', () => {
    const files = site(50);
    expect(ids(String(files.get('models/model-0000/versions.html')))).toHaveLength(50);
    expect([...files.keys()].some((p) => /versions-\d+\.html$/.test(p))).toBe(false);
  });

  it('puts 120 versions on pages of 50 from the oldest, links each version to its page, and keeps old links landing', () => {
    const files = site(120);
    const page = (n: number) => String(files.get(`models/model-0000/versions-${n}.html`));
    expect(ids(page(1))).toEqual(Array.from({ length: 50 }, (_, i) => `1.${49 - i}.0`));
    expect(ids(page(2))[0]).toBe('1.99.0');
    expect(ids(page(3))).toEqual(Array.from({ length: 20 }, (_, i) => `1.${119 - i}.0`));
    expect(files.has('models/model-0000/versions-4.html')).toBe(false);
    // versions.html: no cards, an entry per version with the version as its id (old links land on it), linking to its page.
    const index = String(files.get('models/model-0000/versions.html'));
    expect(ids(index)).toEqual([]);
    expect(index).toContain('<li id="1.7.0"><a href="versions-1.html#1.7.0">1.7.0</a>');
    expect(index).toContain('<li id="1.119.0"><a href="versions-3.html#1.119.0">1.119.0</a>');
    // Every page links to every other, the newest first.
    expect(page(2)).toContain(
      '<nav class="pager" aria-label="Pages of versions"><ul><li><a href="versions.html">All versions</a></li><li><a href="versions-3.html">1.100.0 to 1.119.0</a></li><li><span aria-current="page">1.50.0 to 1.99.0</span></li><li><a href="versions-1.html">1.0.0 to 1.49.0</a></li></ul></nav>',
    );
    // A card's links to its lineage reach the page that has them.
    expect(JSON.parse(/id="versions-data">(.*?)<\/script>/.exec(page(2))![1]).links['model-0000@1.49.0']).toBe('versions-1.html#1.49.0');
    // The API, the feed, the catalogue and the model page link to the version's page.
    const api = JSON.parse(String(files.get('api/models/model-0000.json'))) as { versions: { version: string; html_url: string }[] };
    expect(api.versions.find((v) => v.version === '1.60.0')!.html_url).toBe('https://models.example.com/models/model-0000/versions-2.html#1.60.0');
    expect(String(files.get('feed.xml'))).toContain('href="https://models.example.com/models/model-0000/versions-3.html#1.119.0"');
    expect(String(files.get('index.html'))).toContain('href="models/model-0000/versions-3.html#1.119.0"');
    expect(String(files.get('models/model-0000/index.html'))).toContain('<a href="versions-3.html#1.118.0">1.118.0</a>');
  });
});
