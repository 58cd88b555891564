/** The registry-wide lineage graph: every model, external parent and dataset, with edges between them, plus the same as a table. */
import { html } from '../html.js';
import { scrollTable, section } from '../components.js';
import { formatCount } from '../format.js';
import { plural } from '../../text/plural.js';
import { renderPage, type PagePieces } from '../layout.js';
import { registryLineage } from '../lineage-data.js';
import type { SiteData } from '../site-model.js';
import { renderLineageGraph, type SiteGraphEdge } from '../svg/lineage-graph.js';
import { paths, relativeUrl } from '../urls.js';

const DASH = html`&#8211;`;
const TABLE_HEAD = html`<thead><tr><th scope="col">Model</th><th scope="col">Built from</th><th scope="col">Data</th></tr></thead>`;
const EACH_ARROW = 'Each arrow points from what a model was built from to the model; the table below says the same as text.';

/** An edge's label, after the node it comes from. */
function edgeNote(e: SiteGraphEdge) {
  return e.label ? html` <span class="muted">(${e.label})</span>` : '';
}

export function renderLineagePage(data: SiteData): PagePieces {
  const page = paths.lineage;
  const to = (path: string) => relativeUrl(page, path);
  const graph = registryLineage(data, to);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, typeof graph.edges>();
  for (const e of graph.edges) {
    const list = incoming.get(e.to) ?? [];
    list.push(e);
    incoming.set(e.to, list);
  }
  const models = graph.nodes.filter((n) => n.kind === 'model' && data.byName.has(n.label));
  const datasets = graph.nodes.filter((n) => n.kind === 'dataset').length;
  const externals = graph.nodes.filter((n) => n.kind === 'external').length;
  const name = (id: string) => {
    const n = byId.get(id)!;
    return n.href ? html`<a href="${n.href}">${n.label}</a>` : html`${n.label}`;
  };
  const rows = models.map((n) => {
    const ins = incoming.get(n.id) ?? [];
    const from = ins.filter((e) => !e.from.startsWith('dataset:'));
    const data2 = ins.filter((e) => e.from.startsWith('dataset:'));
    const fromCell = from.length ? html`<ul class="plain">${from.map((e) => html`<li>${name(e.from)}${edgeNote(e)}</li>`)}</ul>` : DASH;
    const dataCell = data2.length ? html`<ul class="plain">${data2.map((e) => html`<li>${byId.get(e.from)!.label}${edgeNote(e)}</li>`)}</ul>` : DASH;
    return html`<tr><th scope="row">${name(n.id)}</th><td>${fromCell}</td><td>${dataCell}</td></tr>`;
  });
  const count = (n: number, noun: string) => plural(n, noun, formatCount);
  const counts = `${count(models.length, 'model')}, ${count(externals, 'external model')} and ${count(datasets, 'dataset')}`;
  const description = `${counts}, ` + 'with an edge from each parent or dataset to the model built from it.';
  const svg = graph.nodes.length
    ? renderLineageGraph(graph, { id: 'registry-lineage', title: `Lineage of every model in ${data.settings.name}`, description })
    : undefined;
  const graphView = svg
    ? html`<div class="graph-scroll graph-large" role="region" aria-label="Registry lineage graph" tabindex="0">${svg}</div>`
    : html`<p class="muted">The registry has no models yet.</p>`;
  const table = html`<table class="lineage-table">${TABLE_HEAD}<tbody>${rows}</tbody></table>`;
  const body = html`<header class="page-head"><h1>Lineage</h1>
<p class="page-sub">${counts}. ${EACH_ARROW}</p></header>
${graphView}
${section('lineage-table', 'As a table', scrollTable('Lineage table', table))}`;
  return renderPage(data, {
    path: page,
    kind: 'lineage',
    title: 'Lineage',
    description: `How the models of ${data.settings.name} derive from each other and from data.`,
    crumbs: [{ label: 'Models', path: paths.catalogue }, { label: 'Lineage' }],
    body,
  });
}
