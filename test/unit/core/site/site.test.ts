/**
 * The catalogue's pure core: escaping, the sanitizing Markdown renderer, links,
 * charts, the lineage layout and graph, badges, the feed and the JSON API
 * (every api/ file valid against schemas/api-*.schema.json). Its adapters (the
 * stage history from git, the site writer) are tested beside their mirrors in
 * test/unit/adapters/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { html, jsonForScript, raw, escapeHtml } from '../../../../src/core/site/html.js';
import { isAllowedLink, markdownToText, renderMarkdown } from '../../../../src/core/site/markdown.js';
import { relativeUrl, safeHttpUrl, releaseUrl, releaseAssetUrl, segment } from '../../../../src/core/site/urls.js';
import { layeredLayout } from '../../../../src/core/site/svg/dag-layout.js';
import { renderLineageGraph } from '../../../../src/core/site/svg/lineage-graph.js';
import { renderBadge, stageBadge } from '../../../../src/core/site/badge.js';
import { renderSite } from '../../../../src/core/site/build-site.js';
import { buildSiteData } from '../../../../src/core/site/site-index.js';
import { renderFeed } from '../../../../src/core/site/feed.js';
import { shellQuote } from '../../../../src/core/text/shell-quote.js';
import { readSnapshot } from '../../../../src/adapters/fs/fs-snapshot.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { createAjv } from '../../../../src/core/format/schemas.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const TEMPLATE = join(repo, 'registry-template');
const OPTIONS = {
  serverUrl: 'https://github.com',
  repository: 'acme-ml/model-registry',
  baseUrl: 'https://acme-ml.github.io/model-registry/',
  generatedAt: '2026-05-01T00:00:00.000Z',
};

/** One version's article of a versions page (fails the test when it is missing). */
function article(page: string, version: string): string {
  const start = page.indexOf(`<article class="version-card" id="${version}"`);
  expect(start, `article ${version}`).toBeGreaterThan(-1);
  return page.slice(start, page.indexOf('</article>', start));
}

function templateSite(options: Partial<typeof OPTIONS> = {}) {
  return renderSite(loadRegistry(readSnapshot(TEMPLATE)), { ...OPTIONS, ...options });
}

describe('html tagged template', () => {
  it('escapes every interpolation, keeps raw() markup, joins arrays, drops null/undefined/false', () => {
    const evil = `<img src=x onerror=alert(1)>"'&`;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;">&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</p>',
    );
    expect(html`<div>${raw('<b>ok</b>')}</div>`.value).toBe('<div><b>ok</b></div>');
    expect(html`<ul>${['<a>', html`<li>${'b'}</li>`]}</ul>`.value).toBe('<ul>&lt;a&gt;<li>b</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    expect(escapeHtml('plain')).toBe('plain');
  });

  it('writes JSON data blocks that cannot close their <script> element', () => {
    const out = jsonForScript({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' }).value;
    expect(out).not.toMatch(/<|>/);
    expect(JSON.parse(out)).toEqual({ a: '</script><script>alert(1)</script>', b: '<!--', c: '\u2028' });
  });
});

describe('sanitizing Markdown', () => {
  it('renders Markdown, shows raw HTML as text and demotes headings', () => {
    const out = renderMarkdown('# Title\n\n**bold** <script>alert(1)</script> <img src=x onerror=alert(1)>', 2).value;
    expect(out).toContain('<h3>Title</h3>');
    expect(out).toContain('<strong>bold</strong>');
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('&lt;script&gt;');
  });

  it.each([
    ['[x](javascript:alert(1))'],
    ['[x](JaVaScRiPt:alert(1))'],
    ['[x](jav&#x61;script:alert(1))'],
    ['[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['[x](vbscript:msgbox(1))'],
    ['[x](//evil.example/x)'],
    ['[x](/absolute)'],
    ['<javascript:alert(1)>'],
    ['[x](<java\tscript:alert(1)>)'],
  ])('drops the link in %s', (source) => {
    const out = renderMarkdown(source).value;
    expect(out).not.toMatch(/href=/);
  });

  it('keeps http(s) and relative links, with rel on external ones, and no images', () => {
    const out = renderMarkdown('[a](https://example.com/x?y=1) [b](docs/x.md) [c](#part) ![i](https://example.com/i.png)').value;
    expect(out).toContain('<a href="https://example.com/x?y=1" rel="nofollow noopener noreferrer">a</a>');
    expect(out).toContain('<a href="docs/x.md">b</a>');
    expect(out).toContain('<a href="#part">c</a>');
    expect(out).not.toContain('<img');
    expect(isAllowedLink('https://a.example')).toBe(true);
    expect(isAllowedLink('mailto:a@b.c')).toBe(false);
    expect(isAllowedLink('%6aavascript:alert(1)')).toBe(false);
  });

  it('turns Markdown into plain text for search', () => {
    expect(markdownToText('Routes **tickets** to `queues`.\n\n- one\n- two')).toBe('Routes tickets to queues. one two');
  });
});

describe('links', () => {
  it('makes the shortest relative link between two pages of the site', () => {
    expect(relativeUrl('index.html', 'models/a/index.html')).toBe('models/a/index.html');
    expect(relativeUrl('models/a/versions.html', 'models/a/versions.html#1.1.0')).toBe('versions.html#1.1.0');
    expect(relativeUrl('models/a/versions.html', 'models/a/index.html')).toBe('index.html');
    expect(relativeUrl('models/a/versions.html', 'index.html')).toBe('../../index.html');
    expect(relativeUrl('models/a/versions.html', 'models/b/versions.html#2.0.0+build.1')).toBe('../b/versions.html#2.0.0+build.1');
    expect(relativeUrl('api/models/a/production.json', 'models/a/index.html')).toBe('../../../models/a/index.html');
    expect(relativeUrl('models/ab/index.html', 'models/abc/index.html')).toBe('../abc/index.html');
    expect(relativeUrl('models/a/index.html', '')).toBe('../../');
  });

  it('links only http(s) URLs', () => {
    expect(safeHttpUrl('https://example.com/a b')).toBeUndefined();
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('s3://bucket/key')).toBeUndefined();
    expect(safeHttpUrl(' https://example.com')).toBeUndefined();
    expect(safeHttpUrl('https://example.com/x')).toBe('https://example.com/x');
  });

  it('encodes release tags (they contain @) in release and download URLs', () => {
    const gh = { serverUrl: 'https://github.com', repository: 'acme/reg' };
    expect(releaseUrl(gh, 'churn@v1.0.0')).toBe('https://github.com/acme/reg/releases/tag/churn%40v1.0.0');
    expect(releaseAssetUrl(gh, 'churn@v1.0.0', 'model file.bin')).toBe('https://github.com/acme/reg/releases/download/churn%40v1.0.0/model%20file.bin');
    expect(releaseUrl({ serverUrl: 'https://github.com' }, 'x@v1')).toBeUndefined();
  });

  it('refuses path segments that could leave the site folder', () => {
    for (const bad of ['..', '../x', 'a/b', '.hidden', '', 'a\\b']) expect(() => segment(bad)).toThrow();
    expect(segment('1.0.0+build.7')).toBe('1.0.0+build.7');
  });
});

describe('lineage layout and graph', () => {
  it('puts each node in the column of its generation, an input without parents next to its nearest child, and a waypoint where an edge spans columns', () => {
    const { layer, columns, slots, waypoints } = layeredLayout({
      ids: ['a', 'b', 'c', 'd'],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'a', to: 'c' },
        { from: 'd', to: 'c' },
      ],
    });
    // d feeds only c: it sits in the column before c, not in the first one.
    expect(Object.fromEntries(layer)).toEqual({ a: 0, b: 1, c: 2, d: 1 });
    expect(columns.map((c) => c.length)).toEqual([1, 2, 1]);
    // a -> c crosses column 1 through a slot of its own.
    expect(waypoints.get('a\u0000c')).toHaveLength(1);
    expect(slots[1]).toHaveLength(3);
  });

  it('survives cycles and self-loops (a broken registry) and long chains', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    const edges = ids.slice(1).map((id, i) => ({ from: ids[i], to: id }));
    edges.push({ from: 'n4999', to: 'n0' }, { from: 'n3', to: 'n3' });
    const { columns } = layeredLayout({ ids, edges });
    expect(columns.flat().sort()).toEqual([...ids].sort());
  });

  it('renders nodes (links where given) and edges with escaped labels', () => {
    const svg = renderLineageGraph(
      {
        nodes: [
          { id: 'a', label: '<img src=x onerror=alert(1)>', kind: 'external' },
          { id: 'b', label: 'model', sublabel: 'Title', kind: 'focus' },
          { id: 'c', label: 'child', kind: 'model', href: 'models/child/index.html' },
        ],
        edges: [
          { from: 'a', to: 'b', label: 'fine-tune' },
          { from: 'b', to: 'c', label: 'distill' },
        ],
      },
      { id: 'g', title: 'Lineage', description: 'd' },
    ).value;
    expect(svg.match(/class="node /g)).toHaveLength(3);
    expect(svg.match(/class="edge"/g)).toHaveLength(2);
    expect(svg).toContain('<a href="models/child/index.html">');
    expect(svg).not.toContain('<img');
  });

  it('never cuts a name: a long one wraps inside a wider box, whole, and is whole on hover', () => {
    const long = 'hf://huawei-noah/TinyBERT_General_4L_312D-with-a-much-longer-suffix-than-fits';
    const svg = renderLineageGraph(
      {
        nodes: [
          { id: 'x', label: long, sublabel: 'external model', kind: 'external' },
          { id: 'm', label: 'model', kind: 'model' },
        ],
        edges: [{ from: 'x', to: 'm', label: 'fine-tune' }],
      },
      { id: 'g', title: 'Lineage', description: 'd' },
    ).value;
    expect(svg).not.toContain('…');
    const label = /<g class="node kind-external"[^]*?<text class="label">([^]*?)<\/text>/.exec(svg)![1];
    expect(label.match(/<tspan/g)!.length).toBeGreaterThan(1);
    expect(label.replace(/<[^>]+>/g, '')).toBe(long);
    expect(svg).toContain(`<title>${long} (external model)</title>`);
  });
});

describe('badges', () => {
  it('is an SVG with the stage and version, escaped, wider for longer text', () => {
    const short = renderBadge('production', '1.0.0', 'green');
    const long = renderBadge('production', '1.0.0-rc.1+build.123', 'green');
    expect(short).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="20" role="img" aria-label="production: 1.0.0">/);
    expect(Number(/width="(\d+)"/.exec(long)![1])).toBeGreaterThan(Number(/width="(\d+)"/.exec(short)![1]));
    expect(renderBadge('<x>', '"y"', 'grey')).not.toMatch(/<x>|"y"/);
    expect(stageBadge('staging', undefined, false, false)).toContain('>none<');
    expect(stageBadge('production', '1.0.0', true, true)).toContain('1.0.0 (deprecated)');
  });
});

describe('the site of registry-template', () => {
  const files = templateSite();
  const text = (path: string) => String(files.get(path));

  it('has every page kind, the API, badges, the feed and the assets', () => {
    for (const path of [
      'index.html',
      'lineage.html',
      'feed.xml',
      'search-index.json',
      'assets/site.css',
      'assets/site.js',
      'assets/icon.svg',
      'models/churn-gbm/index.html',
      'models/churn-gbm/compare.html',
      'models/churn-gbm/versions.html',
      'api/index.json',
      'api/models/churn-gbm.json',
      'api/models/churn-gbm/production.json',
      'models/churn-gbm/production.svg',
      'models/churn-gbm/staging.svg',
    ])
      expect(files.has(path), path).toBe(true);
    // One versions page per model, with an article per version, newest first.
    expect([...files.keys()].filter((p) => p.endsWith('/versions.html'))).toHaveLength(4);
    const ids = [...text('models/support-ticket-classifier/versions.html').matchAll(/<article class="version-card" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['1.3.0', '1.2.0', '1.1.0', '1.0.0']);
  });

  it('writes the cards of ASCII registries as ASCII files (the fast path of UTF-8 encoding), the marks it adds as references', () => {
    // The template's cards are ASCII, but their cut excerpts end in …, which the search index (JSON) keeps as a character.
    const other = [...files].filter(
      ([path, content]) => path !== 'search-index.json' && /[^\x00-\x7f]/.test(typeof content === 'string' ? content : Buffer.from(content).toString('latin1')),
    );
    expect(other.map(([path]) => path)).toEqual([]);
    // Missing values and separators are still shown as – ·; the lineage graph cuts no name (issue 16).
    expect(text('models/churn-gbm/compare.html')).toContain('<td class="num">&#8211;</td>');
    expect(text('lineage.html')).not.toMatch(/&#8230;/);
    expect(text('index.html')).toContain('&#183; <span class="task">');
    // Written once as a reference, not escaped again (it read "&amp;#183;" in every page's title).
    expect(text('models/churn-gbm/versions.html')).toContain('<title>churn-gbm versions &#183; ');
  });

  it('puts the Content-Security-Policy and no inline script or style in every page', () => {
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      const page = String(content);
      expect(page, path).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39; data:; connect-src &#39;self&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">`,
      );
      expect(page, path).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
      const scripts = page.match(/<script[^>]*>/g) ?? [];
      for (const s of scripts)
        expect(s, path).toMatch(/^<script src="[./]*assets\/site\.js" defer>$|^<script type="application\/json" id="(compare|versions|model)-data">$/);
      expect(page, path).not.toMatch(/(href|src)="(\/|https?:\/\/[^"]*\.(css|js)")/);
    }
  });

  it('answers "what runs in production" with one file, with release download URLs', () => {
    const prod = JSON.parse(text('api/models/churn-gbm/production.json'));
    expect(prod).toMatchObject({
      model: 'churn-gbm',
      stage: 'production',
      version: '2.0.0',
      tag: 'churn-gbm@v2.0.0',
      release_url: 'https://github.com/acme-ml/model-registry/releases/tag/churn-gbm%40v2.0.0',
    });
    const committed = prod.artifacts.find((a: { name: string }) => a.name === 'thresholds.json');
    expect(committed.url).toBe('https://github.com/acme-ml/model-registry/releases/download/churn-gbm%40v2.0.0/thresholds.json');
    const external = prod.artifacts.find((a: { name: string }) => a.name === 'model.txt');
    expect(external.url).toBe('s3://acme-models/churn-gbm/2.0.0/model.txt');
    const model = JSON.parse(text('api/models/support-ticket-classifier.json'));
    expect(model.versions.map((v: { version: string }) => v.version)).toEqual(['1.3.0', '1.2.0', '1.1.0', '1.0.0']);
    expect(model.versions[3]).toMatchObject({ deprecated: true });
    const index = JSON.parse(text('api/index.json'));
    expect(index.models.find((m: { name: string }) => m.name === 'churn-gbm')).toMatchObject({
      stages: { production: '2.0.0' },
      latest: '2.0.0',
      primary_metric: { name: 'roc_auc', version: '2.0.0' },
    });
  });

  it('makes every file under api/ valid against its schema', () => {
    const ajv = createAjv();
    const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(join(repo, 'schemas', `${name}.schema.json`), 'utf8')));
    const validators = {
      index: schema('api-index'),
      model: schema('api-model'),
      stage: schema('api-stage'),
      history: schema('api-history'),
      monitoring: schema('api-monitoring'),
      audit: schema('api-audit'),
    };
    let checked = 0;
    for (const [path, content] of [...files, ...templateSite({ repository: undefined, baseUrl: undefined })]) {
      if (!path.startsWith('api/')) continue;
      const kind =
        path === 'api/index.json'
          ? 'index'
          : path === 'api/audit.json'
            ? 'audit'
            : /^api\/models\/[^/]+\.json$/.test(path)
              ? 'model'
              : path.endsWith('/history.json')
                ? 'history'
                : path.endsWith('/monitoring.json')
                  ? 'monitoring'
                  : 'stage';
      const validate = validators[kind];
      expect(validate(JSON.parse(String(content))), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('marks deprecated versions, links releases, and gives the drawn charts what the API lacks', () => {
    const page = text('models/support-ticket-classifier/index.html');
    // The charts, every metric of every version and the artifacts are drawn from api/models/<m>.json (test/e2e/site-browser.test.ts checks them drawn).
    expect(page).toContain('<div id="charts-box">');
    const block = JSON.parse(/<script type="application\/json" id="model-data">(.*?)<\/script>/.exec(page)![1]) as Record<string, unknown>;
    expect(block).toMatchObject({ api: 'api/models/support-ticket-classifier.json', production: 'production', ci: { '1.3.0': { f1: [0.878, 0.898] } } });
    expect(page).toContain('<span class="chip deprecated"');
    expect(page).toContain('href="https://github.com/acme-ml/model-registry/releases/tag/support-ticket-classifier%40v1.2.0"');
    expect(page).toContain('<svg class="graph"');
  });

  it("gives each version's card an article and what the API lacks (the script draws the rest, checked in test/e2e/site-browser.test.ts)", () => {
    const page = text('models/support-ticket-classifier/versions.html');
    expect(article(page, '1.3.0')).toContain('<h2>support-ticket-classifier <span class="version-label">1.3.0</span></h2><h3>Description</h3>');
    const block = JSON.parse(/<script type="application\/json" id="versions-data">(.*?)<\/script>/.exec(page)![1]) as { versions: Record<string, unknown> };
    expect(block).toMatchObject({ api: 'api/models/support-ticket-classifier.json', server: 'https://github.com', production: 'production' });
    expect(block.versions['1.3.0']).toMatchObject({
      metrics: { f1: { ci: [0.878, 0.898], where: ['support-tickets-golden', 'test'], n: 4812 } },
      environment: expect.arrayContaining([['python', '3.11']]),
      run: 'https://wandb.ai/acme-ml/support-ticket-classifier/runs/9580d1d0',
    });
    // Each metric's direction is said once for the page.
    expect(page).toContain('<p class="legend muted">Metrics: accuracy, f1');
  });

  it('writes an Atom feed of the newest versions', () => {
    const feed = text('feed.xml');
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(feed.match(/<entry>/g)).toHaveLength(11);
    expect(feed.indexOf('support-ticket-classifier/versions.html#1.3.0')).toBeLessThan(feed.indexOf('churn-gbm/versions.html#0.9.0'));
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://acme-ml.github.io/model-registry/feed.xml"/>');
  });

  it('uses only relative links without a base URL', () => {
    const bare = templateSite({ baseUrl: undefined, repository: undefined });
    const feed = String(bare.get('feed.xml'));
    expect(feed).toContain('<link rel="alternate" type="text/html" href="models/');
    expect(String(bare.get('api/models/churn-gbm.json'))).toContain('"release_url":null');
  });
});

describe('shell-safe checksum lines', () => {
  it('quotes artifact names so a copied line cannot run anything else', () => {
    expect(shellQuote('model.bin')).toBe('model.bin');
    expect(shellQuote("a'b $(rm -rf ~)")).toBe(`'a'\\''b $(rm -rf ~)'`);
    // The versions page's lines are written by its script, quoted the same way: test/e2e/site-browser.test.ts checks a hostile name.
  });
});

describe('defensive reading', () => {
  it('builds a site from a registry whose cards fail their schemas', () => {
    const registry = loadRegistry({
      entries: [
        { path: 'registry.yaml', type: 'file', size: 0, bytes: new TextEncoder().encode('format: 1\nname: R\nmetrics: {acc: {direction: higher}}\n') },
        { path: 'models/m/model.yaml', type: 'file', size: 0, bytes: new TextEncoder().encode('name: m\nowners: 7\ntags: {a: 1}\ndescription: [1]\n') },
        { path: 'models/m/stages.yaml', type: 'file', size: 0, bytes: new TextEncoder().encode('production: 9.9.9\nBad Stage: 1.0.0\n') },
        {
          path: 'models/m/versions/1.0.0/card.yaml',
          type: 'file',
          size: 0,
          bytes: new TextEncoder().encode(
            'version: 1.0.0\nsummary: 5\nlineage: {parents: [7, {model: nope, version: 1.0.0}], datasets: "x"}\nartifacts: [{name: a}]\n',
          ),
        },
        {
          path: 'models/m/versions/1.0.0/metrics.json',
          type: 'file',
          size: 0,
          bytes: new TextEncoder().encode('{"acc": "high", "ok": {"value": 1, "ci": [0]}}'),
        },
      ],
    });
    const files = renderSite(registry, OPTIONS);
    expect(article(String(files.get('models/m/versions.html')), '1.0.0')).toContain('do not pass validation');
    expect(files.has('api/models/m/production.json')).toBe(false);
    const data = buildSiteData(registry, OPTIONS);
    expect(renderFeed(data)).toContain('<entry>');
  });
});

describe('JSON Schemas of the API', () => {
  it.each(['api-index', 'api-model', 'api-stage', 'api-history', 'api-environments', 'api-monitoring', 'api-audit'])(
    '%s.schema.json is draft-07, documented on every property, and its examples are valid',
    (name) => {
      const schema = JSON.parse(readFileSync(join(repo, 'schemas', `${name}.schema.json`), 'utf8'));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.$id).toBe(`https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/${name}.schema.json`);
      const ajv = createAjv();
      const validate = ajv.compile(schema);
      for (const example of schema.examples) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      let documented = 0;
      const visit = (node: unknown, pointer: string, needsDocs: boolean) => {
        if (!node || typeof node !== 'object' || Array.isArray(node)) return;
        const n = node as Record<string, unknown>;
        if (needsDocs) {
          expect(typeof n.description === 'string' && typeof n.markdownDescription === 'string', `${pointer} is documented`).toBe(true);
          documented++;
        }
        for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) visit(child, `${pointer}/properties/${key}`, true);
        for (const [key, child] of Object.entries((n.definitions ?? {}) as Record<string, unknown>)) visit(child, `${pointer}/definitions/${key}`, true);
        if (n.additionalProperties && typeof n.additionalProperties === 'object') visit(n.additionalProperties, `${pointer}/additionalProperties`, true);
        if (n.items) visit(n.items, `${pointer}/items`, false);
      };
      visit(schema, '', true);
      expect(documented).toBeGreaterThan(10);
    },
  );

  it('describes the version object identically in the model and stage schemas', () => {
    const model = JSON.parse(readFileSync(join(repo, 'schemas', 'api-model.schema.json'), 'utf8'));
    const stage = JSON.parse(readFileSync(join(repo, 'schemas', 'api-stage.schema.json'), 'utf8'));
    for (const [key, value] of Object.entries(model.definitions.version.properties)) expect(stage.properties[key], key).toEqual(value);
    for (const name of ['artifact', 'parent', 'dataset', 'code']) expect(stage.definitions[name], name).toEqual(model.definitions[name]);
  });
});
