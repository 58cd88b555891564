/**
 * The parts of a model page the script draws from the model's API file
 * (api/models/<m>.json, published anyway): a chart per metric across versions,
 * every metric of every version, releases and artifacts. Drawn rather than
 * written, they are on the site once (issue 15: they were 60% of a model
 * page, and model pages a quarter of a site). The page keeps, as markup, what
 * the API does not carry (confidence intervals, which artifacts are committed)
 * in a data block, and the table of versions readable without JavaScript.
 */
import { html, jsonForScript, raw, type Raw } from '../html.js';
import type { MetricDefinition } from '../../registry/registry.js';
import type { SiteData, SiteModel } from '../site-model.js';
import { paths, relativeUrl, VERSIONS_PER_PAGE } from '../urls.js';

/** Where a drawn part goes, with a note that says where its data is until the script replaces it. */
export function drawnBox(id: string, api: string): Raw {
  return html`<div id="${id}"><p class="muted drawn-note">Drawn by the page's script from <a href="${api}">the model's JSON</a>.</p></div>`;
}

/**
 * What the script needs of a catalogue entry: direction, unit, title, the
 * range (the charts' axes) and min_delta (within noise), where given.
 */
export function scriptDefinition(d: MetricDefinition): Partial<MetricDefinition> {
  const out: Partial<MetricDefinition> = { direction: d.direction };
  if (d.unit !== undefined) out.unit = d.unit;
  if (d.title !== undefined) out.title = d.title;
  if (d.min !== undefined) out.min = d.min;
  if (d.max !== undefined) out.max = d.max;
  if (d.min_delta !== undefined) out.min_delta = d.min_delta;
  return out;
}

/** The data block of a model page: what the drawn parts need besides the API file. */
export function modelDataBlock(data: SiteData, m: SiteModel, metricNames: string[], production: string): Raw {
  const page = paths.model(m.name);
  const catalogue: Record<string, Partial<MetricDefinition>> = {};
  for (const name of metricNames) {
    const def = Object.hasOwn(data.settings.metrics, name) ? data.settings.metrics[name] : undefined;
    if (def) catalogue[name] = scriptDefinition(def);
  }
  const ci: Record<string, Record<string, [number, number]>> = {};
  const committed: Record<string, number[]> = {};
  for (const v of m.versions) {
    for (const x of v.metrics) if (x.ci) (ci[v.version] ??= {})[x.name] = x.ci;
    const indexes = v.artifacts.flatMap((a, i) => (a.path ? [i] : []));
    if (indexes.length) committed[v.version] = indexes;
  }
  const block = {
    api: paths.apiModel(m.name),
    versions: relativeUrl(page, paths.versions(m.name)).replace(/\.html$/, ''),
    perPage: m.versions.length > VERSIONS_PER_PAGE ? VERSIONS_PER_PAGE : 0,
    production,
    catalogue,
    metricOrder: metricNames,
    ci,
    committed,
  };
  return raw(`<script type="application/json" id="model-data">${jsonForScript(block).value}</script>`);
}
