/**
 * The HTML shell of every page: a strict Content-Security-Policy (no inline
 * script or style, nothing from elsewhere), the stylesheet and script as
 * files, a skip link, the site navigation and breadcrumbs. Links are relative
 * to the page, so the site works from a folder and under any path.
 */
import { html, raw, type Raw } from './html.js';
import type { SiteData } from './site-model.js';
import { formatDate } from './format.js';
import { paths, relativeUrl } from './urls.js';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

export type PageKind = 'catalogue' | 'model' | 'versions' | 'compare' | 'lineage';

export interface Crumb {
  label: string;
  /** Site-root-relative path; the last crumb (this page) has none. */
  path?: string;
}

export interface PageSpec {
  /** Where the page is, relative to the site root. */
  path: string;
  kind: PageKind;
  /** The page's own name; the registry name is appended in <title>. */
  title: string;
  description?: string;
  crumbs?: Crumb[];
  /** Several parts for a long page (a versions page has one per version). */
  body: Raw | Raw[];
}

/**
 * A page as consecutive pieces of text, written one after another: joining a
 * long page into one string costs more than rendering it (docs/performance.md).
 */
export type PagePieces = string[];

const NAV: { label: string; path: string; kinds: PageKind[] }[] = [
  { label: 'Models', path: paths.catalogue, kinds: ['catalogue', 'model', 'versions', 'compare'] },
  { label: 'Lineage', path: paths.lineage, kinds: ['lineage'] },
];

/** The parts of the shell that depend only on the page's depth and kind, made once per build. */
const shellCache = new WeakMap<SiteData, Map<string, { footer: string; links: string }>>();

function shellParts(data: SiteData, prefix: string, kind: PageKind) {
  let cache = shellCache.get(data);
  if (!cache) {
    cache = new Map();
    shellCache.set(data, cache);
  }
  const key = `${prefix}\u0000${kind}`;
  let parts = cache.get(key);
  if (!parts) {
    const to = (target: string) => prefix + target;
    const registryName = data.settings.name;
    const links = html`<link rel="stylesheet" href="${to(paths.css)}">
<link rel="icon" href="${to(paths.icon)}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${`New versions in ${registryName}`}" href="${to(paths.feed)}">
<script src="${to(paths.js)}" defer></script>
</head>
<body data-page="${kind}" data-root="${prefix}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap header-inner">
<a class="brand" href="${to(paths.catalogue)}">${registryName}</a>
<nav class="site-nav" aria-label="Site">
<ul>${NAV.map((item) =>
      item.kinds.includes(kind) && (kind === 'catalogue' || kind === 'lineage')
        ? html`<li><a href="${to(item.path)}" aria-current="page">${item.label}</a></li>`
        : html`<li><a href="${to(item.path)}">${item.label}</a></li>`,
    )}<li><a href="${to(paths.feed)}">Feed</a></li><li><a href="${to(paths.apiIndex)}">API</a></li></ul>
</nav>
</div>
</header>
`.value;
    const footerLinks = html`<a href="${to(paths.apiIndex)}">JSON API</a> &#183; <a href="${to(paths.feed)}">Atom feed of new versions</a>`;
    const footer = html`
</main>
<footer class="site-footer">
<div class="wrap">
<p>${registryName} &#183; built ${formatDate(data.options.generatedAt)} by model-registry &#183; ${footerLinks}</p>
</div>
</footer>
</body>
</html>
`.value;
    parts = { footer, links };
    cache.set(key, parts);
  }
  return parts;
}

export function renderPage(data: SiteData, page: PageSpec): PagePieces {
  const prefix = relativeUrl(page.path, '');
  const registryName = data.settings.name;
  // A plain string, escaped once by `html` below (the middle dot becomes &#183;).
  const title = page.title === registryName ? registryName : `${page.title} \u00b7 ${registryName}`;
  const parts = shellParts(data, prefix, page.kind);
  const crumbs = page.crumbs?.length
    ? html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${page.crumbs.map((c) =>
        c.path ? html`<li><a href="${relativeUrl(page.path, c.path)}">${c.label}</a></li>` : html`<li><span aria-current="page">${c.label}</span></li>`,
      )}</ol></nav>`
    : '';
  const head = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${raw(parts.links)}<div class="wrap">${crumbs}</div>
<main id="main" class="wrap" tabindex="-1">
`.value;
  const body = Array.isArray(page.body) ? page.body.map((part) => part.value) : [page.body.value];
  return [head, ...body, parts.footer];
}
