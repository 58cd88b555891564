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
  server = await serve({ t: template, x: xss });
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
    expect(await row('f1')).toEqual({ text: '▲ +0.009 better', className: 'delta better', color: rgb(green) });
    expect(await row('latency_p95_ms')).toEqual({ text: '▲ +13.6 worse', className: 'delta worse', color: rgb(red) });
    expect(await row('log_loss')).toMatchObject({ text: '▼ -0.016 better', className: 'delta better' });
    expect(await page.textContent('#compare-summary')).toBe('B is better on 7 and worse on 1 of 9 shared metrics.');
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
    expect(await page.$$eval(`${f1} g.axis[text-anchor="end"] text`, (ts) => ts.map((t) => t.textContent))).toEqual(['0.84', '0.86', '0.88', '0.9']);
    expect(await page.$$eval(`${f1} line.ci`, (l) => l.length)).toBe(3);
    expect(await page.textContent(`${f1} .production-label`)).toBe('production');
    expect(await page.textContent(`${f1} circle.point.production title`)).toBe('1.2.0: 0.879 (CI 0.868 to 0.889), production');
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
      ['delta better up', '+0.009 better'],
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
