/**
 * The catalogue in a real browser: Debian's Chromium (installed by
 * scripts/prepare-tests.mjs) driven by playwright-core, the built site served
 * by a local HTTP server under a sub-path (as GitHub Pages serves a project
 * site). One browser for the file, one page per check.
 *
 * Screenshots of every page kind go to test-output/screenshots/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSite } from '../../src/core/site/build-site.js';
import { writeSite } from '../../src/adapters/fs/site-writer.js';
import { readRegistryHistory } from '../../src/adapters/git/registry-history.js';
import { buildHistory } from '../../src/core/stages/history.js';
import { readSnapshot } from '../../src/adapters/fs/fs-snapshot.js';
import { loadRegistry } from '../../src/core/registry/load.js';
import type { EnvironmentReadings as SiteEnvironments } from '../../src/core/environments/status.js';

// Callbacks of page.evaluate run in the browser; the repository compiles without the DOM library, so they see these loosely typed.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const location: any;
declare function getComputedStyle(element: any): any;
type HTMLElement = any;
type HTMLImageElement = any;

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEMPLATE = join(repo, 'registry-template');
const SHOTS = join(repo, 'test-output', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
const AXE = readFileSync(join(repo, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** What the template's environments report running, as the Pages workflow reads it from the deployments: us-east-prod lags production. */
const TEMPLATE_ENVIRONMENTS: SiteEnvironments = {
  declared: [
    { name: 'staging-k8s', stage: 'staging' },
    { name: 'eu-west-prod', stage: 'production' },
    { name: 'us-east-prod', stage: 'production' },
  ],
  maxDrift: '24h',
  maxDriftMs: 86_400_000,
  read: true,
  running: new Map([
    [
      'support-ticket-classifier',
      new Map([
        ['staging-k8s', { version: '1.3.0', since: '2026-04-20T08:00:00Z' }],
        ['eu-west-prod', { version: '1.2.0', since: '2026-04-02T09:30:00Z', environmentUrl: 'https://tickets.eu.acme.example/' }],
        ['us-east-prod', { version: '1.1.0', since: '2026-03-01T10:00:00Z' }],
      ]),
    ],
  ]),
};

let work: string;
let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;

/** Every HTML page of a built site, relative to its root. */
function htmlPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.html')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/atom+xml',
};

/** Serves /t/… from the template's site and /x/… from the XSS registry's site. */
function serve(roots: Record<string, string>): Promise<Server> {
  const s = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, prefix, ...rest] = decodeURIComponent(url.pathname).split('/');
    const root = roots[prefix];
    const file = root ? normalize(join(root, rest.join('/') || 'index.html')) : '';
    if (!root || !file.startsWith(root + sep) || !existsSync(file) || !/\.[a-z]+$/.test(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

interface Watch {
  errors: string[];
  dialogs: string[];
}

/** A page that records console errors, page errors, failed requests, HTTP errors and dialogs. */
async function watchedPage(ctx: BrowserContext = context): Promise<{ page: Page; watch: Watch }> {
  const page = await ctx.newPage();
  const watch: Watch = { errors: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => watch.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) watch.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { page, watch };
}

async function open(path: string, ctx?: BrowserContext, { script = true } = {}) {
  const { page, watch } = await watchedPage(ctx);
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  // The site's script has run (it marks the body when done).
  if (script) await page.waitForSelector('body[data-enhanced="true"]', { state: 'attached', timeout: 5000 });
  return { page, watch };
}

/** Runs `task` over `items`, a few at a time (pages load in parallel; the browser stays one). */
async function inPool<T>(items: T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
}

async function axe(page: Page, rules?: string[]): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async (only) => {
    const run = (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run;
    return run(only ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: only } } : { resultTypes: ['violations'] });
  }, rules);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

// ------------------------------------------------------------------------------------------------
// A registry with a hostile payload in every free-text field.

const PAYLOADS = [
  `<img src=x onerror=alert(1)>`,
  `"><script>alert(1)</script>`,
  `'><svg onload=alert(1)>`,
  `javascript:alert(1)`,
  `[x](javascript:alert(1))`,
  `{{constructor.constructor('alert(1)')()}}`,
  `\${alert(1)}`,
  `</script><script>alert(1)</script>`,
  `<iframe src="javascript:alert(1)"></iframe>`,
  `<a href="javascript:alert(1)" onclick="alert(1)">click</a>`,
  `data:text/html,<script>alert(1)</script>`,
];
const XSS = PAYLOADS.join(' ');
const MD_XSS = `${XSS}\n\n[click me](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) ![img](x" onerror="alert(1)) <javascript:alert(1)>\n\n# <img src=x onerror=alert(1)>`;

function writeXssRegistry(root: string): void {
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  };
  write('registry.yaml', {
    format: 1,
    name: XSS,
    description: MD_XSS,
    url: 'javascript:alert(1)',
    stages: ['staging', 'production'],
    metrics: { accuracy: { direction: 'higher', unit: XSS, description: XSS }, [PAYLOADS[0]]: { direction: 'lower' } },
  });
  const model = (name: string) => ({
    name,
    title: XSS,
    description: MD_XSS,
    owners: [XSS, '@octocat'],
    task: XSS,
    license: XSS,
    tags: PAYLOADS,
    primary_metric: PAYLOADS[0],
    intended_use: MD_XSS,
    limitations: MD_XSS,
    ethical_considerations: MD_XSS,
    deprecated_versions: { '1.0.0': XSS },
  });
  const card = (version: string, parents: unknown[]) => ({
    version,
    created: '2026-01-01T00:00:00Z',
    summary: XSS,
    description: MD_XSS,
    lineage: {
      parents,
      datasets: [
        { name: XSS, version: XSS, uri: 'javascript:alert(1)', sha256: XSS, role: XSS },
        { name: PAYLOADS[2], uri: 'data:text/html,<script>alert(1)</script>' },
      ],
      code: { repo: XSS, commit: XSS, path: XSS },
    },
    training: { params: { [XSS]: XSS, lr: 0.1 }, environment: { [PAYLOADS[1]]: XSS }, run_url: 'javascript:alert(1)' },
    artifacts: [
      { name: XSS, sha256: 'a'.repeat(64), size: 1, path: XSS, media_type: XSS },
      { name: `x'; alert(1); echo '`, sha256: 'b'.repeat(64), size: 2, uri: 'javascript:alert(1)' },
    ],
  });
  for (const name of ['evil', 'evil-child']) {
    write(`models/${name}/model.yaml`, model(name));
    write(`models/${name}/stages.yaml`, { production: '1.0.0', staging: '1.1.0' });
    write(
      `models/${name}/versions/1.0.0/card.yaml`,
      card('1.0.0', [
        { uri: 'javascript:alert(1)', revision: XSS, relation: XSS },
        { uri: XSS, relation: 'fine-tune' },
      ]),
    );
    write(
      `models/${name}/versions/1.1.0/card.yaml`,
      card('1.1.0', [
        { model: name, version: '1.0.0', relation: XSS },
        { model: XSS, version: XSS, relation: 'merge' },
        ...(name === 'evil-child' ? [{ model: 'evil', version: '1.1.0', relation: 'distill' }] : []),
      ]),
    );
    for (const v of ['1.0.0', '1.1.0'])
      write(`models/${name}/versions/${v}/metrics.json`, {
        accuracy: { value: v === '1.0.0' ? 0.5 : 0.6, dataset: XSS, split: XSS, slice: XSS, ci: [0.4, 0.7], n: 10 },
        [PAYLOADS[0]]: 3,
        [PAYLOADS[7]]: 1,
      });
  }
  // A folder whose name is itself a payload: no page is made for it, and nothing breaks.
  write(`models/x"><svg onload=alert(1)>/model.yaml`, model('bad'));
}

function writeFiles(root: string, files: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
}

/**
 * Issue 16's numbers: accuracy 0.9117 -> 0.914 with overlapping intervals, a
 * latency change under the catalogue's min_delta, metric titles and a unit.
 */
function writeNumbersRegistry(root: string): void {
  const card = (version: string, created: string) => ({ version, created, summary: `Version ${version}.` });
  writeFiles(root, {
    'registry.yaml': {
      format: 1,
      name: 'numbers',
      stages: ['staging', 'production'],
      metrics: {
        accuracy: { direction: 'higher', min: 0, max: 1 },
        roc_auc: { direction: 'higher', min: 0, max: 1, title: 'ROC AUC' },
        latency_p95_ms: { direction: 'lower', min: 0, unit: 'ms', title: 'p95 latency', min_delta: 2 },
      },
    },
    'models/m/model.yaml': { name: 'm', description: 'A model.', owners: ['@acme/ml'], primary_metric: 'accuracy' },
    'models/m/stages.yaml': { production: '1.1.0' },
    'models/m/versions/1.0.0/card.yaml': card('1.0.0', '2026-01-10T00:00:00Z'),
    'models/m/versions/1.0.0/metrics.json': { accuracy: { value: 0.9117, ci: [0.902, 0.921] }, roc_auc: 0.95, latency_p95_ms: 40 },
    'models/m/versions/1.1.0/card.yaml': card('1.1.0', '2026-02-10T00:00:00Z'),
    'models/m/versions/1.1.0/metrics.json': { accuracy: { value: 0.914, ci: [0.905, 0.923] }, roc_auc: 0.9301317, latency_p95_ms: 41.5 },
  });
}

/** A lineage with long names and many parents: external models, datasets and models of the registry, labelled edges. */
function writeTangleRegistry(root: string): void {
  const long = (i: number) => `multilingual-sentiment-classifier-distilled-from-xlm-roberta-v${i}`;
  const files: Record<string, unknown> = {
    'registry.yaml': { format: 1, name: 'tangle', stages: ['staging', 'production'] },
  };
  const parents: Record<number, unknown[]> = {
    0: [
      { uri: 'hf://huawei-noah/TinyBERT_General_4L_312D-extra-long-checkpoint-name', revision: 'c54d197627a927a20cc71d60aa88d45e04d7e6d0', relation: 'other' },
      { uri: 'hf://sentence-transformers/paraphrase-multilingual-mpnet-base-v2', relation: 'fine-tune' },
    ],
    1: [
      { model: long(0), version: '1.0.0', relation: 'distill' },
      { uri: 'hf://FacebookAI/xlm-roberta-large-finetuned-conll03-english', relation: 'fine-tune' },
    ],
    2: [
      { model: long(0), version: '1.0.0', relation: 'distill' },
      { model: long(1), version: '1.0.0', relation: 'quantize and prune for the edge' },
    ],
    3: [
      { model: long(2), version: '1.0.0', relation: 'merge' },
      { model: long(0), version: '1.0.0', relation: 'teacher' },
    ],
  };
  const datasets: Record<number, unknown[]> = {
    0: [
      { name: 'customer-reviews-multilingual-2026-q1-deduplicated', role: 'train' },
      { name: 'customer-reviews-golden-set', role: 'test' },
    ],
    1: [{ name: 'customer-reviews-multilingual-2026-q1-deduplicated', role: 'train' }],
    2: [{ name: 'edge-device-calibration-samples-with-a-long-name', role: 'validation' }],
    3: [{ name: 'customer-reviews-golden-set', role: 'test' }],
  };
  for (let i = 0; i < 4; i++) {
    files[`models/${long(i)}/model.yaml`] = { name: long(i), description: 'A model.', owners: ['@acme/ml'] };
    files[`models/${long(i)}/versions/1.0.0/card.yaml`] = {
      version: '1.0.0',
      created: '2026-01-01T00:00:00Z',
      summary: 'First.',
      lineage: { parents: parents[i], datasets: datasets[i] },
    };
  }
  writeFiles(root, files);
}

/**
 * The lineage graph as drawn: every box, every edge label and every name's
 * text, measured. What overlaps, and any name not shown whole.
 */
async function lineageFaults(page: Page, selector = 'svg.graph'): Promise<{ faults: string[]; boxes: number; labels: number; width: number; room: number }> {
  return page.evaluate((sel) => {
    const svg = document.querySelector(sel);
    const rect = (e: any) => {
      const r = e.getBoundingClientRect();
      return { x: r.left, y: r.top, r: r.right, b: r.bottom };
    };
    const overlap = (a: any, b: any) => Math.min(a.r, b.r) - Math.max(a.x, b.x) > 0.5 && Math.min(a.b, b.b) - Math.max(a.y, b.y) > 0.5;
    const inside = (a: any, b: any) => a.x >= b.x - 0.5 && a.r <= b.r + 0.5 && a.y >= b.y - 0.5 && a.b <= b.b + 0.5;
    const nodes = Array.from<any>(svg.querySelectorAll('.node')).map((g) => ({ id: g.getAttribute('data-id'), g, box: rect(g.querySelector('rect')) }));
    const labels = Array.from<any>(svg.querySelectorAll('.edge-label')).map((t) => ({ text: t.textContent, box: rect(t) }));
    const faults: string[] = [];
    nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => overlap(a.box, b.box) && faults.push(`boxes ${a.id} and ${b.id} overlap`)));
    labels.forEach((l, i) => {
      nodes.forEach((n) => overlap(l.box, n.box) && faults.push(`label "${l.text}" overlaps box ${n.id}`));
      labels.slice(i + 1).forEach((m) => overlap(l.box, m.box) && faults.push(`labels "${l.text}" and "${m.text}" overlap`));
    });
    for (const n of nodes) {
      // The name after the kind prefix (model:, uri:, dataset:), shown whole and inside its box.
      const name = n.id.slice(n.id.indexOf(':') + 1);
      const label = n.g.querySelector('.label');
      if (label.textContent !== name) faults.push(`${n.id} reads "${label.textContent}"`);
      if (!n.g.querySelector('title')?.textContent.startsWith(name)) faults.push(`${n.id} has no whole name on hover`);
      for (const t of Array.from<any>(n.g.querySelectorAll('text'))) if (!inside(rect(t), n.box)) faults.push(`${n.id}: "${t.textContent}" leaves its box`);
    }
    const region = svg.parentElement;
    return { faults, boxes: nodes.length, labels: labels.length, width: svg.getBoundingClientRect().width, room: region.clientWidth };
  }, selector);
}

/** What a payload would have injected, counted in the live page. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from<any>(document.querySelectorAll('*'))) {
      for (const attr of Array.from<any>(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} has ${attr.name}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name.toLowerCase()) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
          found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
      }
    }
    if (document.querySelector('img[src="x"], img[src^="x"]')) found.push('img src=x');
    for (const s of Array.from<any>(document.querySelectorAll('script'))) {
      const ours =
        (s.getAttribute('src') ?? '').endsWith('assets/site.js') ||
        (s.type === 'application/json' && ['compare-data', 'versions-data', 'model-data'].includes(s.id));
      if (!ours) found.push(`script ${s.outerHTML.slice(0, 60)}`);
    }
    for (const tag of ['iframe', 'object', 'embed', 'form', 'base', 'meta[http-equiv="refresh"]']) if (document.querySelector(tag)) found.push(tag);
    if (document.title.includes('pwned')) found.push('title changed');
    return found;
  });
}

// ------------------------------------------------------------------------------------------------

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`node scripts/prepare-tests.mjs\` (npm test does) to install Debian's chromium`).toBe(true);
  work = mkdtempSync(join(tmpdir(), 'site-browser-'));
  mkdirSync(SHOTS, { recursive: true });
  const template = join(work, 'template-site');
  // The template's own history in this project's repository: its stage history section is checked like the rest of the page.
  const templateHistory = readRegistryHistory(TEMPLATE);
  await writeSite(
    template,
    generateSite(loadRegistry(readSnapshot(TEMPLATE)), {
      serverUrl: 'https://github.com',
      repository: 'acme-ml/model-registry',
      baseUrl: 'https://acme-ml.github.io/model-registry/',
      stageHistory: templateHistory.stageEvents,
      events: buildHistory(templateHistory.facts, loadRegistry(readSnapshot(TEMPLATE)).settings),
      historyComplete: templateHistory.available && !templateHistory.shallow,
      generatedAt: '2026-05-01T12:00:00.000Z',
      environments: TEMPLATE_ENVIRONMENTS,
    }),
  );
  const xssRoot = join(work, 'xss-registry');
  writeXssRegistry(xssRoot);
  const xss = join(work, 'xss-site');
  await writeSite(
    xss,
    generateSite(loadRegistry(readSnapshot(xssRoot)), {
      serverUrl: 'https://github.com',
      repository: 'acme/evil',
      baseUrl: 'javascript:alert(1)//',
      generatedAt: '2026-05-01T12:00:00.000Z',
    }),
  );
  const numbersRoot = join(work, 'numbers-registry');
  writeNumbersRegistry(numbersRoot);
  const numbers = join(work, 'numbers-site');
  await writeSite(
    numbers,
    generateSite(loadRegistry(readSnapshot(numbersRoot)), {
      serverUrl: 'https://github.com',
      repository: 'acme/numbers',
      generatedAt: '2026-05-01T12:00:00.000Z',
      // Production ran 1.0.0 before 1.1.0: the catalogue card's trend compares the two.
      stageHistory: {
        m: [
          { stage: 'production', version: '1.1.0', since: '2026-03-01T00:00:00Z', commit: 'b'.repeat(40) },
          { stage: 'production', version: '1.0.0', since: '2026-02-01T00:00:00Z', commit: 'a'.repeat(40) },
        ],
      },
    }),
  );
  const tangleRoot = join(work, 'tangle-registry');
  writeTangleRegistry(tangleRoot);
  const tangle = join(work, 'tangle-site');
  await writeSite(tangle, generateSite(loadRegistry(readSnapshot(tangleRoot)), { serverUrl: 'https://github.com', generatedAt: '2026-05-01T12:00:00.000Z' }));
  server = await serve({ t: template, x: xss, n: numbers, g: tangle });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the catalogue of registry-template in Chromium', () => {
  it('opens every page without a console error, a failed request or an HTTP error, and every internal link resolves', async () => {
    const pages = htmlPages(join(work, 'template-site'));
    // The catalogue, the lineage page, and per model its page, its versions page and its compare page.
    expect(pages.length).toBe(2 + 4 * 3);
    const links = new Set<string>();
    await inPool(pages, 4, async (path) => {
      const { page, watch } = await open(`t/${path}`);
      expect(watch.errors, path).toEqual([]);
      // SVG links too (their href is not a string property): resolve every href attribute against the page.
      for (const href of await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href'), location.href).href))) {
        if (href.startsWith(base)) links.add(href);
        else expect(href, `${path}: external link ${href}`).toMatch(/^https:\/\//);
      }
      for (const src of await page.$$eval('[src]', (els) => els.map((e) => (e as HTMLImageElement).src)))
        expect(src.startsWith(base), `${path}: ${src}`).toBe(true);
      await page.close();
    });
    expect(links.size).toBeGreaterThan(40);
    const ids = new Map<string, Set<string>>();
    for (const link of links) {
      const url = new URL(link);
      const response = await fetch(`${url.origin}${url.pathname}`);
      expect(response.status, `${link}`).toBe(200);
      if (url.hash && url.pathname.endsWith('.html')) {
        let set = ids.get(url.pathname);
        if (!set) {
          set = new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
          ids.set(url.pathname, set);
        }
        expect(set.has(decodeURIComponent(url.hash.slice(1))), `${link}: #id exists`).toBe(true);
      }
    }
  });

  it('has no serious or critical accessibility violation (axe-core), in light and dark, on each page kind; screenshots', async () => {
    const kinds: [string, string][] = [
      ['catalogue', 'index.html'],
      ['model', 'models/support-ticket-classifier/index.html'],
      ['versions', 'models/support-ticket-classifier/versions.html#1.3.0'],
      ['compare', 'models/support-ticket-classifier/compare.html?a=1.2.0&b=1.3.0'],
      ['lineage', 'lineage.html'],
    ];
    const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    try {
      const runs = kinds.flatMap(([kind, path]) =>
        (
          [
            ['desktop', context],
            ['dark', dark],
            ['phone', phone],
          ] as const
        ).map(([name, ctx]) => ({ kind, path, name, ctx })),
      );
      await inPool(runs, 3, async ({ kind, path, name, ctx }) => {
        {
          const { page, watch } = await open(`t/${path}`, ctx);
          // The phone sees the same markup and colours as the desktop: checked for layout, not again by axe.
          // In dark mode only the colours change: contrast is what is checked again there.
          if (name !== 'phone') expect(await axe(page, name === 'dark' ? ['color-contrast'] : undefined), `${kind} ${name}`).toEqual([]);
          expect(watch.errors).toEqual([]);
          if (name === 'phone') {
            // Nothing wider than the phone's screen, except inside regions made to scroll sideways.
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${kind} on a 375 px screen scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
          }
          // The whole page on the desktop; what the first screen shows in the other two.
          if (name === 'desktop') await shot(page, `${kind}-${name}`);
          else await page.screenshot({ path: join(SHOTS, `${kind}-${name}.png`) });
          await page.close();
        }
      });
    } finally {
      await dark.close();
      await phone.close();
    }
  });

  it('searches, filters and sorts the catalogue, and keeps the state in the URL', async () => {
    const { page, watch } = await open('t/index.html');
    await page.waitForSelector('body[data-search-index="loaded"]');
    const visible = () => page.$$eval('#model-list > li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.getAttribute('data-name')));
    expect(await visible()).toHaveLength(4);
    await page.fill('#q', 'churn');
    expect(await visible()).toEqual(['churn-gbm']);
    await expect.poll(() => page.textContent('#result-count')).toBe('1 of 4 models');
    // Words only in descriptions and dataset names, from the search index.
    await page.fill('#q', 'hard-negatives');
    expect(await visible()).toEqual(['ticket-embedder']);
    await page.fill('#q', 'nothing-matches-this');
    expect(await visible()).toEqual([]);
    expect(await page.isVisible('#no-results')).toBe(true);
    await page.fill('#q', '');
    await page.selectOption('#f-task', 'text-classification');
    expect(await visible()).toEqual(['support-ticket-classifier', 'support-ticket-classifier-small']);
    await page.selectOption('#f-owner', '@mchen');
    expect(await visible()).toEqual(['support-ticket-classifier']);
    await page.click('#reset');
    await page.selectOption('#f-tag', 'embeddings');
    expect(await visible()).toEqual(['ticket-embedder']);
    await page.click('#reset');
    await page.selectOption('#f-stage', 'staging');
    expect(await visible()).toEqual(['support-ticket-classifier', 'support-ticket-classifier-small', 'ticket-embedder']);
    await page.click('#reset');
    const order = () => page.$$eval('#model-list > li', (lis) => lis.map((li) => li.getAttribute('data-name')));
    await page.selectOption('#sort', 'recent');
    expect(await order()).toEqual(['support-ticket-classifier', 'ticket-embedder', 'support-ticket-classifier-small', 'churn-gbm']);
    await page.selectOption('#sort', 'metric');
    expect((await order())[0]).toBe('support-ticket-classifier');
    await page.selectOption('#sort', 'name');
    expect(await order()).toEqual(['churn-gbm', 'support-ticket-classifier', 'support-ticket-classifier-small', 'ticket-embedder']);
    await page.fill('#q', 'ticket');
    await page.selectOption('#f-stage', 'staging');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=ticket&stage=staging');
    // The same URL opened again shows the same selection.
    const { page: again } = await open(`t/index.html?q=ticket&stage=staging`);
    await again.waitForSelector('body[data-search-index="loaded"]');
    expect(await again.inputValue('#q')).toBe('ticket');
    expect(await again.$$eval('#model-list > li:not([hidden])', (l) => l.length)).toBe(3);
    // Keyboard: the search box is reachable with Tab from the skip link.
    await page.keyboard.press('Home');
    expect(watch.errors).toEqual([]);
    await page.close();
    await again.close();
  });

  it('is readable with JavaScript off: every model listed, controls hidden', async () => {
    const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const { page, watch } = await open('t/index.html', nojs, { script: false });
      expect(await page.$$eval('#model-list > li', (l) => l.length)).toBe(4);
      expect(await page.isVisible('#controls')).toBe(false);
      expect(await page.textContent('#model-list')).toContain('Support ticket classifier');
      await shot(page, 'catalogue-no-javascript');
      const { page: compare } = await open('t/models/support-ticket-classifier/compare.html', nojs, { script: false });
      expect(await page.getAttribute('body', 'data-enhanced')).toBeNull();
      expect(await compare.textContent('#compare-table caption')).toBe('support-ticket-classifier 1.2.0 (A) compared with support-ticket-classifier 1.3.0 (B)');
      expect(watch.errors).toEqual([]);
    } finally {
      await nojs.close();
    }
  });

  it('compares two versions with signed deltas coloured by direction, by URL and with the pickers, and across models', async () => {
    const { page, watch } = await open('t/models/support-ticket-classifier/compare.html?a=1.2.0&b=1.3.0');
    const row = async (metric: string) =>
      page.$eval(`#compare-table tr[data-metric="${metric}"] td.delta`, (td) => ({
        text: td.textContent!.replace(/\s+/g, ' ').trim(),
        className: td.className,
        color: getComputedStyle(td).color,
      }));
    const green = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--good').trim());
    const red = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bad').trim());
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    // f1's intervals (0.868–0.889 and 0.878–0.898) overlap: within noise, not green.
    expect(await row('f1')).toMatchObject({ text: '▲ +0.009 within noise', className: 'delta noise' });
    expect(await row('precision')).toEqual({ text: '▲ +0.008 better', className: 'delta better', color: rgb(green) });
    expect(await row('latency_p95_ms')).toEqual({ text: '▲ +13.6 worse', className: 'delta worse', color: rgb(red) });
    expect(await row('log_loss')).toMatchObject({ text: '▼ -0.016 better', className: 'delta better' });
    expect(await page.textContent('#compare-summary')).toBe('B is better on 4, worse on 1 and within noise on 3 of 9 shared metrics.');
    await page.selectOption('#a-version', '1.0.0');
    expect(await row('f1')).toMatchObject({ text: '▲ +0.0006 better', className: 'delta better' });
    await expect.poll(() => new URL(page.url()).search).toBe('?a=1.0.0&b=1.3.0');
    await page.click('#swap');
    expect(await row('f1')).toMatchObject({ text: '▼ -0.0006 worse', className: 'delta worse' });
    // Another model with shared metrics, through the JSON API.
    await page.focus('#b-model');
    await page.waitForSelector('#b-model option[value="support-ticket-classifier-small"]', { state: 'attached' });
    await page.selectOption('#b-model', 'support-ticket-classifier-small');
    await page.waitForFunction(() => document.querySelector('#compare-table caption')?.textContent?.includes('support-ticket-classifier-small'));
    expect(await page.textContent('#compare-table caption')).toBe(
      'support-ticket-classifier 1.3.0 (A) compared with support-ticket-classifier-small 1.0.1 (B)',
    );
    expect(await row('teacher_agreement')).toMatchObject({ text: '–' });
    await expect.poll(() => new URL(page.url()).search).toBe('?a=1.3.0&b=support-ticket-classifier-small%401.0.1');
    // The same comparison by URL.
    const { page: byUrl } = await open('t/models/support-ticket-classifier/compare.html?a=1.3.0&b=support-ticket-classifier-small@1.0.0');
    await byUrl.waitForFunction(() => document.querySelector('#compare-table caption')?.textContent?.includes('small 1.0.0'));
    expect(watch.errors).toEqual([]);
    await page.close();
    await byUrl.close();
  });

  it('draws the charts and lineage graphs with the expected nodes', async () => {
    const { page } = await open('t/models/support-ticket-classifier/index.html');
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => ({
        metric: s.getAttribute('data-metric'),
        points: s.querySelectorAll('circle.point').length,
        production: s.querySelectorAll('circle.point.production').length,
        width: s.getBoundingClientRect().width,
      })),
    );
    expect(charts.map((c) => c.metric)).toEqual(['accuracy', 'f1', 'precision', 'recall', 'roc_auc', 'log_loss', 'ece', 'latency_p95_ms', 'model_size_mb']);
    expect(charts.find((c) => c.metric === 'f1')).toMatchObject({ points: 4, production: 1 });
    expect(charts.every((c) => c.width > 200)).toBe(true);
    // Drawn from the API file and the page's data block: round ticks, CI whiskers, the production point labelled.
    const f1 = 'svg.chart[data-metric="f1"]';
    // The axis spans at least a tenth of f1's range 0..1 (issue 16), not the values' spread alone.
    expect(await page.$$eval(`${f1} g.axis[text-anchor="end"] text`, (ts) => ts.map((t) => t.textContent))).toEqual([
      '0.8',
      '0.825',
      '0.85',
      '0.875',
      '0.9',
      '0.925',
    ]);
    expect(await page.$$eval(`${f1} line.ci`, (l) => l.length)).toBe(3);
    expect(await page.textContent(`${f1} .production-label`)).toBe('production');
    // Each point says its change from the version before it, judged as everywhere else.
    expect(await page.textContent(`${f1} circle.point.production title`)).toBe('1.2.0: 0.879 (CI 0.868 to 0.889), production; +0.018 vs 1.1.0, within noise');
    // Every metric of every version, and the releases with their artifacts.
    expect(await page.$$eval('#metrics-matrix table.metrics-matrix tbody tr', (rows) => rows.map((r) => r.querySelector('th')!.textContent))).toEqual([
      '1.3.0',
      '1.2.0',
      '1.1.0',
      '1.0.0',
    ]);
    const artifactRow = await page.$eval('#artifacts-box tbody tr', (tr) => Array.from(tr.querySelectorAll('th, td')).map((c: any) => c.textContent));
    expect(artifactRow).toEqual([
      '1.3.0release support-ticket-classifier@v1.3.0',
      'model.safetensorss3://acme-models/support-ticket-classifier/1.3.0/model.safetensors',
      '268 MB',
      'fb638e05b937',
    ]);
    const nodes = await page.$$eval('svg.graph .node', (gs) => gs.map((g) => g.getAttribute('data-id')));
    expect(nodes.sort()).toEqual([
      'dataset:support-tickets',
      'dataset:support-tickets-golden',
      'model:support-ticket-classifier',
      'model:support-ticket-classifier-small',
      'uri:hf://distilbert/distilbert-base-uncased',
    ]);
    expect(await page.$$eval('svg.graph .edge path', (p) => p.length)).toBe(4);
    // A node links to its model's page.
    await page.click('svg.graph a');
    await page.waitForURL(/support-ticket-classifier-small\/index\.html$/);
    const { page: all } = await open('t/lineage.html');
    const registryNodes = await all.$$eval('svg.graph .node', (gs) => gs.map((g) => g.getAttribute('data-id')));
    expect(registryNodes.filter((n) => n!.startsWith('model:')).sort()).toEqual([
      'model:churn-gbm',
      'model:support-ticket-classifier',
      'model:support-ticket-classifier-small',
      'model:ticket-embedder',
    ]);
    expect(registryNodes.filter((n) => n!.startsWith('dataset:')).length).toBeGreaterThan(4);
    await page.close();
    await all.close();
  });
});

describe('version cards drawn from the JSON API', () => {
  it('shows each version in full: CIs, deltas with arrows and words, lineage, training, reproducibility, artifacts and a checksum line to copy', async () => {
    const { page, watch } = await open('t/models/support-ticket-classifier/versions.html#1.3.0');
    const card = '#\\31 \\.3\\.0';
    expect(await page.isHidden('#cards-note')).toBe(true);
    const row = (metric: string) =>
      page.$eval(
        `${card} table.metrics-table`,
        (table, name) => {
          const tr = Array.from<any>(table.querySelectorAll('tbody tr')).find((r) => r.querySelector('th').textContent === name);
          return Array.from<any>(tr.querySelectorAll('td')).map((td) => [td.className, td.textContent]);
        },
        metric,
      );
    expect(await row('f1')).toEqual([
      ['num', '0.888'],
      ['num', '0.878 \u2013 0.898'],
      ['', 'support-tickets-golden \u00b7 test'],
      ['num', '4,812'],
      // Its interval overlaps 1.2.0's: within noise.
      ['delta noise up', '+0.009 within noise'],
    ]);
    expect((await row('latency_p95_ms'))[4]).toEqual(['delta worse up', '+13.6 worse']);
    expect((await row('log_loss'))[4]).toEqual(['delta better down', '-0.016 better']);
    // The arrow is drawn by CSS, and colour is not the only cue.
    expect(await page.$eval(`${card} td.delta.up`, (td) => window.getComputedStyle(td, '::before').content)).toContain('\u25b2');
    const text = (await page.textContent(card))!.replace(/\s+/g, ' ');
    for (const shown of [
      'created 20 Apr 2026',
      'Made from',
      'support-ticket-classifier 1.2.0fine-tune',
      'learning_rate0.00001',
      'Training run: https://wandb.ai/acme-ml/support-ticket-classifier/runs/9580d1d0',
      'Code: repository acme-ml/support-nlp, commit 6890f405ef3b002a17b7a8bc39c9aa20453aa7f9, entry point training/ticket_classifier/train.py',
      'model.safetensors \u00b7 268 MB \u00b7 SHA-256 fb638e05b937374da52cf2da6002539d804fe8d9ed5e44ce43474b96e7aeed0d \u00b7 stored s3://acme-models/',
      'label_map.json \u00b7 385 B',
    ])
      expect(text).toContain(shown);
    expect(await page.getAttribute(`${card} a[href*="/commit/"]`, 'href')).toBe(
      'https://github.com/acme-ml/support-nlp/commit/6890f405ef3b002a17b7a8bc39c9aa20453aa7f9',
    );
    expect(await page.getAttribute(`${card} .page-actions a.button`, 'href')).toBe(
      'https://github.com/acme-ml/model-registry/releases/tag/support-ticket-classifier%40v1.3.0',
    );
    expect(await page.textContent('#\\31 \\.3\\.0-sha256')).toContain(
      "echo '6746f8ed8136a522e25e5c9d034466dbcb4998418a8326367ceb4b4f84a0a2b4  label_map.json' | sha256sum -c",
    );
    expect(await page.isVisible(`${card} button.copy[data-copy="1.3.0-sha256"]`)).toBe(true);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('quotes a hostile artifact name in the checksum line, so a copied line runs nothing else', async () => {
    const { page, watch } = await open('x/models/evil/versions.html');
    const line = await page.textContent('#\\31 \\.1\\.0-sha256');
    expect(line).toContain(`echo '${'b'.repeat(64)}  x'\\''; alert(1); echo '\\''' | sha256sum -c`);
    expect(watch.dialogs).toEqual([]);
    await page.close();
  });
});

describe('the Environments table', () => {
  it('shows each environment with its stage, the version it runs, since when, and whether that matches the stage', async () => {
    const { page, watch } = await open('t/models/support-ticket-classifier/index.html');
    const rows = await page.$$eval('#environments table tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell: any) => cell.textContent.replace(/\s+/g, ' ').trim())),
    );
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['staging-k8s', 'staging (1.3.0)', '1.3.0'],
      ['eu-west-prod', 'production (1.2.0)', '1.2.0 serving'],
      ['us-east-prod', 'production (1.2.0)', '1.1.0'],
    ]);
    // How long depends on when this repository's git history put 1.2.0 in production (unit tests check the arithmetic).
    expect(rows.map((r) => r[4])).toEqual(['yes', 'yes', expect.stringMatching(/^no \(drifted for [^)]+\)$/)]);
    expect(rows[2][3]).toMatch(/2026/);
    // The version links to its card; the JSON beside the table loads and says the same.
    await page.click('#environments tbody tr:nth-child(3) td:nth-child(3) a');
    await page.waitForURL(/versions\.html#1\.1\.0$/);
    const json = (await page.evaluate(async (url: string) => (await fetch(url)).json(), `${base}t/api/models/support-ticket-classifier/environments.json`)) as {
      environments: { environment: string; matches: boolean }[];
    };
    expect(json.environments.map((e) => [e.environment, e.matches])).toEqual([
      ['staging-k8s', true],
      ['eu-west-prod', true],
      ['us-east-prod', false],
    ]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});

describe('numbers that do not lie (issue 16)', () => {
  it("charts' y-axes show 0.9117 → 0.914 at its real size: at least a tenth of the catalogue range, stated on the chart", async () => {
    const { page, watch } = await open('n/models/m/index.html');
    const acc = 'svg.chart[data-metric="accuracy"]';
    await page.waitForSelector(acc);
    const axis = await page.$eval(acc, (svg) => ({
      min: Number(svg.getAttribute('data-axis-min')),
      max: Number(svg.getAttribute('data-axis-max')),
      ticks: Array.from<any>(svg.querySelectorAll('g.axis[text-anchor="end"] text')).map((t) => Number(t.textContent)),
      note: svg.querySelector('.scale-note').textContent,
      dots: Array.from<any>(svg.querySelectorAll('circle.point')).map((c) => Number(c.getAttribute('cy'))),
      plot: (() => {
        const lines = Array.from<any>(svg.querySelectorAll('g.axis[text-anchor="end"] text')).map((t) => Number(t.getAttribute('y')));
        return Math.max(...lines) - Math.min(...lines);
      })(),
      noise: svg.querySelectorAll('line.series.noise').length,
    }));
    // The axis shown spans at least a tenth of accuracy's range 0..1 and stays inside it; the ticks show its ends.
    expect(axis.max - axis.min).toBeGreaterThanOrEqual(0.1 - 1e-9);
    expect(axis.min).toBeGreaterThanOrEqual(0);
    expect(axis.max).toBeLessThanOrEqual(1);
    expect(axis.ticks[0]).toBe(axis.min);
    expect(axis.ticks[axis.ticks.length - 1]).toBe(axis.max);
    expect(axis.min).toBeLessThanOrEqual(0.902);
    expect(axis.max).toBeGreaterThanOrEqual(0.923);
    expect(axis.note).toBe(`y-axis ${axis.min} to ${axis.max}, spanning a tenth of the range 0 to 1`);
    // The rise of 0.0023 is a few percent of the plot's height, not all of it; and it is within noise (overlapping intervals): dashed.
    expect(Math.abs(axis.dots[1] - axis.dots[0]) / axis.plot).toBeLessThan(0.05);
    expect(axis.noise).toBe(1);
    // Without both bounds (latency: min 0 only), at least a tenth of the largest value, and the chart says so.
    const latency = await page.$eval('svg.chart[data-metric="latency_p95_ms"]', (svg) => ({
      min: Number(svg.getAttribute('data-axis-min')),
      max: Number(svg.getAttribute('data-axis-max')),
      note: svg.querySelector('.scale-note').textContent,
    }));
    expect(latency.max - latency.min).toBeGreaterThanOrEqual(4.15 - 1e-9);
    expect(latency.note).toContain('ms, spanning a tenth of the largest value');
    // Titles for people, the unit once and as written.
    expect(await page.$$eval('#charts figcaption', (f) => f.map((x) => x.firstChild.textContent.trim()))).toEqual(['accuracy', 'ROC AUC', 'p95 latency (ms)']);
    const head = await page.$$eval('#metrics-matrix thead th', (ths) => ths.map((th) => th.innerText.replace(/\s+/g, ' ').trim()));
    expect(head).toEqual(['VERSION', 'ACCURACY', 'ROC AUC', 'P95 LATENCY (ms)']);
    // The versions table comes before the charts.
    expect(await page.evaluate(() => document.querySelector('#versions').compareDocumentPosition(document.querySelector('#charts')) & 4)).toBe(4);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('says "within noise", neutral, on the compare page, version cards and the catalogue card, with deltas to the precision of the values', async () => {
    const { page, watch } = await open('n/models/m/compare.html?a=1.0.0&b=1.1.0');
    const row = (metric: string) =>
      page.$eval(`#compare-table tr[data-metric="${metric}"]`, (tr) => ({
        name: tr.querySelector('th').firstChild.textContent,
        delta: tr.querySelector('td.delta').textContent.replace(/\s+/g, ' ').trim(),
        className: tr.querySelector('td.delta').className,
      }));
    expect(await row('accuracy')).toEqual({ name: 'accuracy', delta: '▲ +0.0023 within noise', className: 'delta noise' });
    // 0.9301317 against 0.95: two decimal places, not +0.0301317 or -0.0198683.
    expect(await row('roc_auc')).toEqual({ name: 'ROC AUC', delta: '▼ -0.020 worse', className: 'delta worse' });
    expect(await row('latency_p95_ms')).toEqual({ name: 'p95 latency', delta: '▲ +1.5 within noise', className: 'delta noise' });
    expect(await page.textContent('#compare-summary')).toBe('B is better on 0, worse on 1 and within noise on 2 of 3 shared metrics.');
    const neutral = await page.$eval('#compare-table tr[data-metric="accuracy"] td.delta', (td) => getComputedStyle(td).color);
    const muted = await page.evaluate(() => getComputedStyle(document.querySelector('.page-sub')).color);
    expect(neutral).toBe(muted);
    // The page as served (no script) says the same.
    const served = await (await fetch(`${base}n/models/m/compare.html`)).text();
    expect(served.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('+0.0023 within noise');
    expect(served).toContain('B is better on 0, worse on 1 and within noise on 2 of 3 shared metrics.');

    const { page: cards } = await open('n/models/m/versions.html#1.1.0');
    const cell = await cards.$eval('#\\31 \\.1\\.0 table.metrics-table tbody tr', (tr) => [
      tr.querySelector('th').textContent,
      tr.querySelector('td.delta').className,
      tr.querySelector('td.delta').textContent,
    ]);
    expect(cell).toEqual(['accuracy', 'delta noise up', '+0.0023 within noise']);

    const { page: catalogue } = await open('n/index.html');
    const trend = await catalogue.$eval('.model-card .trend', (t) => ({ className: t.className, text: t.textContent.replace(/\s+/g, ' ').trim() }));
    expect(trend).toEqual({ className: 'trend delta noise', text: '▲ +0.0023 within noise vs 1.0.0' });
    expect(watch.errors).toEqual([]);
    for (const p of [page, cards, catalogue]) await p.close();
  });
});

describe('the lineage graph, measured', () => {
  for (const [site, name] of [
    ['t', 'registry-template'],
    ['g', 'a registry with long names and many parents'],
  ] as const) {
    it(`${name}: no two boxes overlap, no edge label overlaps a box or another label, every name whole inside its box, the page's width used`, async () => {
      const { page, watch } = await open(`${site}/lineage.html`);
      const result = await lineageFaults(page);
      expect(result.faults).toEqual([]);
      expect(result.boxes).toBeGreaterThan(8);
      expect(result.labels).toBeGreaterThan(5);
      // It uses the width it has: the template's fits the page at 1280 px; one much wider scrolls at full size rather than shrinking its text.
      expect(result.width).toBeGreaterThan(0.9 * result.room);
      if (site === 't') expect(result.width).toBeLessThanOrEqual(result.room + 1);
      else expect(result.width).toBe(Number(await page.getAttribute('svg.graph', 'width')));
      if (site === 'g') await shot(page, 'lineage-long-names');
      expect(watch.errors).toEqual([]);
      await page.close();
    });
  }

  it("a model page's lineage graph has the same guarantees", async () => {
    const { page } = await open('g/models/multilingual-sentiment-classifier-distilled-from-xlm-roberta-v2/index.html');
    expect((await lineageFaults(page)).faults).toEqual([]);
    await page.close();
  });
});

describe('a registry with hostile text in every field', () => {
  it('runs no payload on any page: no dialog, no injected element or handler', async () => {
    const pages = htmlPages(join(work, 'xss-site'));
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        'lineage.html',
        'models/evil/index.html',
        'models/evil/compare.html',
        'models/evil/versions.html',
        'models/evil-child/versions.html',
      ]),
    );
    await inPool([...pages, 'models/evil/compare.html?a=1.0.0&b=evil-child@1.1.0'], 3, async (path) => {
      const { page, watch } = await open(`x/${path}`);
      // Let the catalogue's search and the compare pickers run over the hostile data too.
      if (path === 'index.html') {
        await page.waitForSelector('body[data-search-index="loaded"]');
        await page.fill('#q', 'alert');
        await page.selectOption('#sort', 'metric');
      }
      if (path.startsWith('models/evil/compare.html?'))
        await page.waitForFunction(() => document.querySelector('#compare-table caption')?.textContent?.includes('evil-child'));
      await page.waitForTimeout(50);
      expect(watch.dialogs, path).toEqual([]);
      expect(await injected(page), path).toEqual([]);
      expect(
        watch.errors.filter((e) => !e.includes('HTTP 404')),
        path,
      ).toEqual([]);
      if (path === 'models/evil/index.html') await shot(page, 'xss-model');
      if (path === 'models/evil/versions.html') await shot(page, 'xss-versions');
      await page.close();
    });
  });
});

// ------------------------------------------------------------------------------------------------
// Monitoring (issue 17): health marks, the filter by health, a chart per monitored metric over time.

describe('monitoring in the catalogue', () => {
  let monitoredServer: Server;
  let monitoredBase: string;
  const DAY = 86_400_000;

  /** Daily observations of accuracy: 1.0.0 until `switchDay`, then 1.1.0; and a latency series in a hostile segment. */
  function observations(days: number, accuracy: (d: number) => number, switchDay = days): Record<string, string> {
    const months: Record<string, string[]> = {};
    for (let d = 0; d < days; d++) {
      const time = new Date(Date.parse('2026-02-01T06:00:00Z') + d * DAY).toISOString().replace('.000Z', 'Z');
      const version = d < switchDay ? '1.0.0' : '1.1.0';
      (months[time.slice(0, 7)] ??= []).push(
        JSON.stringify({ time, version, metric: 'accuracy', value: Number(accuracy(d).toFixed(4)), n: 1000 }),
        JSON.stringify({ time, version, metric: 'latency_ms', value: 40 + (d % 5), segment: PAYLOADS[0] }),
      );
    }
    return Object.fromEntries(Object.entries(months).map(([month, lines]) => [`monitoring/${month}.jsonl`, `${lines.join('\n')}\n`]));
  }

  beforeAll(async () => {
    const root = join(work, 'monitored-registry');
    const model = (name: string, extra: Record<string, unknown>, files: Record<string, string> = {}) => {
      const card = (version: string, created: string) => ({ version, created, summary: `Version ${version}.` });
      writeFiles(root, {
        [`models/${name}/model.yaml`]: { name, description: `Model ${name}.`, owners: ['@acme/ml'], license: 'MIT', intended_use: 'Tests.', ...extra },
        [`models/${name}/stages.yaml`]: { production: '1.1.0' },
        [`models/${name}/versions/1.0.0/card.yaml`]: card('1.0.0', '2026-01-20T00:00:00Z'),
        [`models/${name}/versions/1.0.0/metrics.json`]: { accuracy: 0.93, latency_ms: 40 },
        [`models/${name}/versions/1.1.0/card.yaml`]: card('1.1.0', '2026-03-01T00:00:00Z'),
        [`models/${name}/versions/1.1.0/metrics.json`]: { accuracy: 0.92, latency_ms: 41 },
        ...Object.fromEntries(Object.entries(files).map(([path, text]) => [`models/${name}/${path}`, text])),
      });
    };
    writeFiles(root, {
      'registry.yaml': {
        format: 1,
        name: 'monitored',
        stages: ['staging', 'production'],
        metrics: { accuracy: { direction: 'higher', min: 0, max: 1, title: `Accuracy ${XSS}` }, latency_ms: { direction: 'lower', min: 0, unit: PAYLOADS[1] } },
      },
    });
    const monitoring = { metrics: { accuracy: { min: 0.88, max_drop: 0.03 }, latency_ms: { max: 100 }, [PAYLOADS[0]]: { min: 1 } }, max_silence: '7d' };
    // Drifts below 0.88 after 1.1.0 replaced 1.0.0 on day 28: breached.
    model(
      'drifting',
      {
        monitoring,
        consumers: [
          { name: `router ${XSS}`, owner: '@acme/router', contact: XSS, kind: XSS },
          { name: 'nightly', kind: 'job' },
        ],
      },
      observations(88, (d) => (d < 28 ? 0.93 : 0.92 - (d - 28) * 0.001), 28),
    );
    model(
      'steady',
      { monitoring },
      observations(88, () => 0.93, 28),
    );
    model('plain', {});
    const site = join(work, 'monitored-site');
    await writeSite(
      site,
      generateSite(loadRegistry(readSnapshot(root)), {
        serverUrl: 'https://github.com',
        repository: 'acme/monitored',
        generatedAt: '2026-04-30T12:00:00.000Z',
      }),
    );
    monitoredServer = await serve({ m: site });
    monitoredBase = `http://127.0.0.1:${(monitoredServer.address() as { port: number }).port}/m/`;
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => (monitoredServer ? monitoredServer.close(resolve) : resolve(undefined)));
  });

  async function openMonitored(path: string) {
    const { page, watch } = await watchedPage();
    await page.goto(`${monitoredBase}${path}`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-enhanced="true"]', { state: 'attached', timeout: 5000 });
    return { page, watch };
  }

  it('marks each model with its health and filters by it, keeping the filter in the URL', async () => {
    const { page, watch } = await openMonitored('index.html');
    const marks = await page.$$eval('#model-list > li', (lis) =>
      lis.map((li) => [li.getAttribute('data-name'), li.querySelector('.health')?.textContent ?? null]),
    );
    expect(marks).toEqual([
      ['drifting', 'breached'],
      ['plain', null],
      ['steady', 'ok'],
    ]);
    const visible = () => page.$$eval('#model-list > li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.getAttribute('data-name')));
    await page.selectOption('#f-health', 'breached');
    expect(await visible()).toEqual(['drifting']);
    await page.selectOption('#f-health', 'ok');
    expect(await visible()).toEqual(['steady']);
    await page.selectOption('#f-health', '-');
    expect(await visible()).toEqual(['plain']);
    await page.selectOption('#f-health', 'breached');
    await expect.poll(() => new URL(page.url()).search).toBe('?health=breached');
    const { page: again } = await openMonitored('index.html?health=silent');
    expect(await again.inputValue('#f-health')).toBe('silent');
    expect(await again.$$eval('#model-list > li:not([hidden])', (l) => l.length)).toBe(0);
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    await page.close();
    await again.close();
  });

  it('charts each monitored metric over time with its threshold, the registered values and the version change, on an honest axis', async () => {
    const { page, watch } = await openMonitored('models/drifting/index.html');
    const chart = 'svg.monitor-chart[data-metric="accuracy"]';
    await page.waitForSelector(chart);
    const drawn = await page.$eval(chart, (svg) => {
      const ticks = Array.from<any>(svg.querySelectorAll('g.axis[text-anchor="end"] text')).map((t) => ({
        value: Number(t.textContent),
        y: Number(t.getAttribute('y')) - 4,
      }));
      const min = svg.querySelector('line.threshold.min');
      return {
        axisMin: Number(svg.getAttribute('data-axis-min')),
        axisMax: Number(svg.getAttribute('data-axis-max')),
        thresholdMin: Number(svg.getAttribute('data-threshold-min')),
        thresholdY: min ? Number(min.getAttribute('y1')) : null,
        ticks,
        note: svg.querySelector('.scale-note').textContent,
        versionChanges: Array.from<any>(svg.querySelectorAll('line.version-change')).map((l) => l.getAttribute('data-version')),
        registered: Array.from<any>(svg.querySelectorAll('line.registered')).map((l) => l.getAttribute('data-version')),
        drops: svg.querySelectorAll('line.threshold.drop').length,
        series: Array.from<any>(svg.querySelectorAll('path.monitor-series')).map((p) => p.getAttribute('data-version')),
        title: svg.querySelector('title').textContent,
      };
    });
    // The axis spans at least a tenth of accuracy's range 0..1, stays inside it, and says so.
    expect(drawn.axisMax - drawn.axisMin).toBeGreaterThanOrEqual(0.1 - 1e-9);
    expect(drawn.axisMin).toBeGreaterThanOrEqual(0);
    expect(drawn.axisMax).toBeLessThanOrEqual(1);
    expect(drawn.note).toBe(`y-axis ${drawn.axisMin} to ${drawn.axisMax}, spanning a tenth of the range 0 to 1`);
    // The threshold line is where 0.88 is on that axis.
    expect(drawn.thresholdMin).toBe(0.88);
    const [top, bottom] = [drawn.ticks.at(-1)!, drawn.ticks[0]];
    const expectedY = bottom.y + ((0.88 - bottom.value) / (top.value - bottom.value)) * (top.y - bottom.y);
    expect(Math.abs(drawn.thresholdY! - expectedY)).toBeLessThan(1);
    expect(drawn.versionChanges).toEqual(['1.1.0']);
    expect(drawn.registered.sort()).toEqual(['1.0.0', '1.1.0']);
    expect(drawn.drops).toBe(2);
    expect(drawn.series).toEqual(['1.0.0', '1.1.0']);
    expect(drawn.title).toBe(`Accuracy ${XSS} over time`);
    // The latency chart has its max threshold; a monitored metric never observed says so.
    expect(await page.getAttribute('svg.monitor-chart[data-metric="latency_ms"]', 'data-threshold-max')).toBe('100');
    expect(await page.$$eval('#monitoring figure p.muted', (ps) => ps.map((p) => p.textContent))).toEqual(['No observation yet.']);
    // The mark, the findings and the consumers.
    expect(await page.textContent('#monitoring .health')).toBe('breached');
    expect(await page.$$eval('#monitoring .findings-table code', (cs) => cs.map((c) => c.textContent))).toContain('monitor-breached');
    expect(await page.$$eval('#monitoring .consumers-table th[scope="row"]', (ths) => ths.map((th) => th.textContent))).toEqual([`router ${XSS}`, 'nightly']);
    await shot(page, 'model-monitoring');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('runs no payload from consumer names, metric titles, units, segments or monitor keys', async () => {
    for (const path of ['index.html', 'models/drifting/index.html', 'models/steady/index.html']) {
      const { page, watch } = await openMonitored(path);
      if (path !== 'index.html') await page.waitForSelector('svg.monitor-chart');
      await page.waitForTimeout(50);
      expect(watch.dialogs, path).toEqual([]);
      expect(await injected(page), path).toEqual([]);
      expect(watch.errors, path).toEqual([]);
      await page.close();
    }
  });
});
