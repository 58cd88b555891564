/**
 * A model's versions page: every version's whole card, newest first, each an
 * article a link reaches by its version (`versions.html#1.4.0`). Metrics with
 * confidence intervals and deltas against the previous and the production
 * version, lineage, training parameters and environment, how to reproduce it
 * (code, datasets with checksums) and the artifacts with a `sha256sum -c` line
 * to copy.
 *
 * The cards were most of a site's bytes (issue 15: 6.3 KB a version), and
 * their values are all in the model's API file, which the site publishes
 * anyway: so the page holds each card's article (heading, the description's
 * Markdown rendered here), what the API does not carry (parameters,
 * environment, links, confidence intervals) as a data block, and the script
 * draws the cards from both (assets/site.js, `versions`). Without JavaScript
 * the model page lists every version with its metrics and artifacts.
 *
 * One page per model rather than per version: a file per version made
 * creating files the largest cost of a build (docs/performance.md). A model
 * with more than VERSIONS_PER_PAGE versions has its cards on numbered pages
 * (versions-1.html holds the oldest), and versions.html lists every version
 * with a link to its page: an old link `versions.html#1.0.0` still lands on
 * that version's entry there.
 */
import { html, jsonForScript, raw, type Raw } from '../html.js';
import { stageChips } from '../components.js';
import { formatCount } from '../format.js';
import type { MetricDefinition } from '../../registry/registry.js';
import { renderPage, type PagePieces } from '../layout.js';
import { renderMarkdown } from '../markdown.js';
import { productionStage, sortMetricNames, type SiteData, type SiteModel, type SiteVersion } from '../site-model.js';
import { paths, relativeUrl, VERSIONS_PER_PAGE } from '../urls.js';

const DEPRECATED = html` <span class="chip deprecated">deprecated</span>`;
const INVALID = html`<p class="notice warning" role="note">This version's files do not pass validation; what could be read is shown.</p>`;

/** The pages of a model's versions: one, or with a long history its index and the numbered pages of cards. */
export function* renderVersionsPages(data: SiteData, m: SiteModel): Generator<[path: string, content: PagePieces]> {
  const newestFirst = [...m.versions].reverse();
  if (m.versions.length <= VERSIONS_PER_PAGE) {
    yield [paths.versions(m.name), versionsPage(data, m, 0, newestFirst, m.versions.length)];
    return;
  }
  yield [paths.versions(m.name), versionsPage(data, m, 0, [], m.versions.length)];
  const pages = Math.ceil(m.versions.length / VERSIONS_PER_PAGE);
  for (let page = 1; page <= pages; page++) {
    const cards = m.versions.slice((page - 1) * VERSIONS_PER_PAGE, page * VERSIONS_PER_PAGE).reverse();
    yield [paths.versions(m.name, page), versionsPage(data, m, page, cards, m.versions.length)];
  }
}

/** The first and last version of a numbered page, as its pager shows it. */
function pageRange(m: SiteModel, page: number): string {
  const first = m.versions[(page - 1) * VERSIONS_PER_PAGE];
  const last = m.versions[Math.min(page * VERSIONS_PER_PAGE, m.versions.length) - 1];
  return first === last ? first.version : `${first.version} to ${last.version}`;
}

/**
 * One page: its head, an index of versions, and `cards` (newest first). Page 0
 * is versions.html: every card when they fit, else an index of every version
 * whose entries carry the version as id (old links land there) and link to its page.
 */
function versionsPage(data: SiteData, m: SiteModel, pageNumber: number, cards: SiteVersion[], total: number): PagePieces {
  const page = paths.versions(m.name, pageNumber);
  const to = (path: string) => relativeUrl(page, path);
  const paged = total > VERSIONS_PER_PAGE;
  const pageCount = Math.ceil(total / VERSIONS_PER_PAGE);
  const modelHref = to(paths.model(m.name));
  const count = total === 1 ? '1 version' : `${formatCount(total)} versions`;
  const lineageNote = html`the lineage graph of the whole model is on <a href="${modelHref}#lineage">its page</a>`;
  const json = html`<a href="${to(paths.apiModel(m.name))}">every version as JSON</a>`;
  const indexOnly = paged && pageNumber === 0;
  const indexItem = (v: SiteVersion) => {
    const chips = v.stages.length ? html` ${stageChips(v.stages)}` : '';
    const deprecated = v.deprecated !== undefined ? DEPRECATED : '';
    if (indexOnly) return html`<li id="${v.version}"><a href="${to(paths.version(m.name, v.version, v.page))}">${v.version}</a>${chips}${deprecated}</li>`;
    return html`<li><a href="${`#${v.version}`}">${v.version}</a>${chips}${deprecated}</li>`;
  };
  const listed = indexOnly ? [...m.versions].reverse() : cards;
  const index = listed.length
    ? html`<nav class="version-index" aria-label="Versions"><ul>${listed.map(indexItem)}</ul></nav>`
    : html`<p class="muted">No versions yet.</p>`;
  let pager: Raw | '' = '';
  if (paged) {
    const items = [];
    for (let p = pageCount; p >= 1; p--) {
      const label = pageRange(m, p);
      items.push(
        p === pageNumber ? html`<li><span aria-current="page">${label}</span></li>` : html`<li><a href="${to(paths.versions(m.name, p))}">${label}</a></li>`,
      );
    }
    const all =
      pageNumber === 0 ? html`<li><span aria-current="page">All versions</span></li>` : html`<li><a href="${to(paths.versions(m.name))}">All versions</a></li>`;
    pager = html`<nav class="pager" aria-label="Pages of versions"><ul>${all}${items}</ul></nav>`;
  }
  const where = !paged
    ? `${count}, newest first`
    : pageNumber === 0
      ? `${count}, newest first, on ${pageCount} pages`
      : `${pageRange(m, pageNumber)}, newest first, of ${count}`;
  const head = html`<header class="page-head">
<h1>${m.title ?? m.name} <span class="version-label">versions</span></h1>
<p class="page-sub"><a href="${modelHref}"><code>${m.name}</code></a> &#183; ${where} &#183; ${lineageNote} &#183; ${json}</p>
${cards.length ? directionLegend(data, cards) : ''}
${pager}
${index}
</header>`;
  // The cards: each an article with its heading (and description, Markdown rendered here), drawn in full by the script.
  const apiHref = to(paths.apiModel(m.name));
  const note: Raw = cards.length
    ? html`<p class="notice" id="cards-note" role="status">Each version's card is drawn by the page's script from <a href="${apiHref}">the model's JSON</a>; without JavaScript, <a href="${modelHref}#versions">the model page</a> lists every version with its metrics and artifacts.</p>`
    : raw('');
  const links: Record<string, string> = {};
  const extras: Record<string, unknown> = {};
  const article = (v: SiteVersion) => {
    extras[v.version] = cardExtra(data, v, links, to);
    // A warning is shown with or without the script.
    const invalid = v.invalid ? INVALID : '';
    const description = v.description ? html`<h3>Description</h3><div class="prose">${renderMarkdown(v.description, 3)}</div>` : '';
    return html`
<article class="version-card" id="${v.version}"><h2>${m.name} <span class="version-label">${v.version}</span></h2>${invalid}${description}</article>`;
  };
  const body = [head, note, ...cards.map(article)];
  if (cards.length) {
    const names = sortMetricNames(
      cards.flatMap((v) => v.metrics.map((x) => x.name)),
      data.settings.metrics,
    );
    const catalogue: Record<string, MetricDefinition> = {};
    for (const name of names) if (Object.hasOwn(data.settings.metrics, name)) catalogue[name] = data.settings.metrics[name];
    const pageData = {
      model: m.name,
      api: paths.apiModel(m.name),
      server: data.github.serverUrl,
      production: productionStage(data.settings),
      catalogue,
      metricOrder: names,
      links,
      versions: extras,
    };
    body.push(html`
<script type="application/json" id="versions-data">${jsonForScript(pageData)}</script>`);
  }
  const title = pageNumber ? `${m.name} versions ${pageRange(m, pageNumber)}` : `${m.name} versions`;
  return renderPage(data, {
    path: page,
    kind: 'versions',
    title,
    description: `Every version of ${m.name}: metrics, lineage, training and artifacts.`.slice(0, 200),
    crumbs: [
      { label: 'Models', path: paths.catalogue },
      { label: m.name, path: paths.model(m.name) },
      ...(pageNumber ? [{ label: 'Versions', path: paths.versions(m.name) }, { label: pageRange(m, pageNumber) }] : [{ label: 'Versions' }]),
    ],
    body,
  });
}

/** Each metric's direction, said once for the page instead of in every card's rows. */
function directionLegend(data: SiteData, cards: SiteVersion[]): Raw | '' {
  const names = sortMetricNames(
    cards.flatMap((v) => v.metrics.map((x) => x.name)),
    data.settings.metrics,
  );
  if (!names.length) return '';
  const groups: [string, (Raw | string)[]][] = [
    ['higher is better', []],
    ['lower is better', []],
    ['not in the metric catalogue', []],
  ];
  for (const name of names) {
    const definition = Object.hasOwn(data.settings.metrics, name) ? data.settings.metrics[name] : undefined;
    // As the cards name it: its title for people, its id on hover when they differ.
    const label = definition?.title && definition.title !== name ? html`<span title="${name}">${definition.title}</span>` : name;
    groups[definition?.direction === 'higher' ? 0 : definition?.direction === 'lower' ? 1 : 2][1].push(label);
  }
  const parts = groups.filter(([, list]) => list.length).map(([note, list]) => html`${list.map((x, i) => (i ? html`, ${x}` : x))}: ${note}`);
  return html`<p class="legend muted">Metrics: ${parts.map((part, i) => (i ? html`; ${part}` : part))}.</p>`;
}

/** What a card shows that the model's API file does not carry, for the script that draws it. */
function cardExtra(data: SiteData, v: SiteVersion, links: Record<string, string>, to: (path: string) => string) {
  const extra: Record<string, unknown> = {};
  if (v.params.length) extra.params = v.params;
  if (v.environment.length) extra.environment = v.environment;
  if (v.runUrl) extra.run = v.runUrl;
  // `where`: dataset, split and slice, those given (the script joins them with ' · ': the page stays ASCII).
  const details: Record<string, { ci?: [number, number]; where?: string[]; n?: number }> = {};
  for (const x of v.metrics) {
    const where = [x.dataset, x.split, x.slice].filter((part): part is string => Boolean(part));
    if (!x.ci && !where.length && x.n === undefined) continue;
    details[x.name] = { ci: x.ci, where: where.length ? where : undefined, n: x.n };
  }
  if (Object.keys(details).length) extra.metrics = details;
  // Where each artifact is stored, when the API's url does not say it: 1 attached to the release, a path when committed without a release.
  if (v.artifacts.some((a) => a.path)) extra.stored = v.artifacts.map((a) => (a.path ? (a.url ? 1 : a.path) : null));
  const link = (key: string, model: string, version: string, page: number) => (links[key] = to(paths.version(model, version, page)));
  for (const p of v.parents) {
    // Parents in other models are known by their page alone: their page data is not kept (site-index.ts).
    const page = p.kind === 'registry' ? data.pages.get(p.key) : undefined;
    if (p.kind === 'registry' && page !== undefined) link(p.key, p.model, p.version, page);
  }
  const children = data.children.get(v.key) ?? [];
  if (children.length) {
    extra.children = children.map((c) => {
      link(c.key, c.model, c.version, c.page);
      return [c.model, c.version, c.relation];
    });
  }
  return extra;
}
