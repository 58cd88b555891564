/**
 * Compare two versions side by side (models/<model>/compare.html): signed
 * deltas coloured by each metric's direction. The page is served with a
 * sensible pair already compared (production or the previous version against
 * the latest), so it reads without JavaScript; the script adds pickers for
 * any two versions, of this model or (through the JSON API) of another model
 * with shared metrics, and keeps the choice in the URL: ?a=1.2.0&b=1.3.0 or
 * ?a=1.2.0&b=other-model@2.0.0.
 */
import { html, jsonForScript, type Raw } from '../html.js';
import { deltaCell, directionNote, section } from '../components.js';
import { formatNumberFast } from '../format.js';
import { renderPage, type PagePieces } from '../layout.js';
import { compareValues, metricTitle } from '../../report/metric-comparison.js';
import { metricOf, productionStage, sortMetricNames, type SiteData, type SiteModel, type SiteVersion } from '../site-model.js';
import { paths, relativeUrl } from '../urls.js';
import { scriptDefinition } from './model-drawn.js';

const SELECTED = html` selected`;
const LEGEND = html`<span class="delta better legend">&#9650;&#9660; better</span> <span class="delta worse legend">&#9650;&#9660; worse</span> <span class="delta noise legend">&#9650;&#9660; within noise</span> (confidence intervals overlap, or less than the catalogue's smallest meaningful difference)`;
const CHANGE_HEAD = html`<th scope="col">Change (B &#8722; A)</th>`;

/** The pair compared when the page opens: production (or the previous version) against the latest. */
export function defaultPair(data: SiteData, m: SiteModel): [SiteVersion, SiteVersion] | undefined {
  const latest = m.latest;
  if (!latest || m.versions.length < 2) return undefined;
  const production = productionStage(data.settings);
  const prod = m.stages.find(([s]) => s === production)?.[1];
  const a = prod && prod !== latest.version ? m.versions.find((v) => v.version === prod) : undefined;
  return [a ?? m.versions[m.versions.length - 2], latest];
}

export function compareTable(data: SiteData, a: SiteVersion, b: SiteVersion): Raw {
  const names = sortMetricNames(
    [...a.metrics, ...b.metrics].map((x) => x.name),
    data.settings.metrics,
  );
  let better = 0;
  let worse = 0;
  let noise = 0;
  let shared = 0;
  const rows = names.map((name) => {
    const def = Object.hasOwn(data.settings.metrics, name) ? data.settings.metrics[name] : undefined;
    const ma = metricOf(a, name);
    const mb = metricOf(b, name);
    if (ma && mb) {
      shared++;
      const { verdict } = compareValues(mb, ma, def);
      if (verdict === 'better') better++;
      if (verdict === 'worse') worse++;
      if (verdict === 'noise') noise++;
    }
    const unit = def?.unit ? ` ${def.unit}` : '';
    const head = html`<th scope="row">${metricTitle(name, def)}<span class="direction">${directionNote(def)}</span></th>`;
    const valueA = ma === undefined ? '–' : `${formatNumberFast(ma.value)}${unit}`;
    const valueB = mb === undefined ? '–' : `${formatNumberFast(mb.value)}${unit}`;
    return html`<tr data-metric="${name}">${head}<td class="num">${valueA}</td><td class="num">${valueB}</td>${deltaCell(mb, ma, def)}</tr>`;
  });
  const label = (v: SiteVersion) => `${v.model} ${v.version}`;
  // Column heads stay narrow (phones): the version alone when both are of one model; the caption says the rest.
  const short = (v: SiteVersion) => (a.model === b.model ? v.version : label(v));
  const summary = shared ? compareSummary(better, worse, noise, shared) : 'These versions share no metric.';
  const caption = html`<caption>${label(a)} (A) compared with ${label(b)} (B)</caption>`;
  const heads = html`<th scope="col">Metric</th><th scope="col">A: ${short(a)}</th><th scope="col">B: ${short(b)}</th>${CHANGE_HEAD}`;
  const table = html`<table class="compare-table" id="compare-table">${caption}<thead><tr>${heads}</tr></thead><tbody>${rows}</tbody></table>`;
  return html`<p class="compare-summary" id="compare-summary">${summary}</p>
<div class="table-scroll" role="region" aria-label="Comparison" tabindex="0">${table}</div>`;
}

/** The compare page's one-line summary; site.js writes the same. */
function compareSummary(better: number, worse: number, noise: number, shared: number): string {
  return `B is better on ${better}${noise ? `, worse on ${worse} and within noise on ${noise}` : ` and worse on ${worse}`} of ${shared} shared metrics.`;
}

/** What the script needs to compare any two versions of this model without a request. */
export function compareData(data: SiteData, m: SiteModel) {
  const names = sortMetricNames(
    m.versions.flatMap((v) => v.metrics.map((x) => x.name)),
    data.settings.metrics,
  );
  return {
    model: m.name,
    versions: [...m.versions].reverse().map((v) => {
      const ci = v.metrics.filter((x) => x.ci);
      return {
        version: v.version,
        deprecated: v.deprecated !== undefined,
        stages: v.stages,
        metrics: Object.fromEntries(v.metrics.map((x) => [x.name, x.value])),
        // Confidence intervals only where a version has them: they decide "within noise".
        ...(ci.length ? { ci: Object.fromEntries(ci.map((x) => [x.name, x.ci])) } : {}),
      };
    }),
    catalogue: Object.fromEntries(Object.entries(data.settings.metrics).map(([name, d]) => [name, scriptDefinition(d)])),
    metrics: names,
  };
}

export function renderComparePage(data: SiteData, m: SiteModel): PagePieces {
  const page = paths.compare(m.name);
  const to = (path: string) => relativeUrl(page, path);
  const pair = defaultPair(data, m);
  const newestFirst = [...m.versions].reverse();
  const versionOptions = (selected: string | undefined) =>
    newestFirst.map((v) => {
      const notes = `${v.stages.length ? ` (${v.stages.join(', ')})` : ''}${v.deprecated !== undefined ? ' (deprecated)' : ''}`;
      return html`<option value="${v.version}"${v.version === selected ? SELECTED : ''}>${v.version}${notes}</option>`;
    });
  const versionA = html`<label for="a-version">Version</label><select id="a-version">${versionOptions(pair?.[0].version)}</select>`;
  const modelB = html`<label for="b-model">Model</label><select id="b-model"><option value="${m.name}" selected>${m.name}</option></select>`;
  const versionB = html`<label for="b-version">Version</label><select id="b-version">${versionOptions(pair?.[1].version)}</select>`;
  const pickers = html`<div class="pickers" id="compare-pickers" hidden>
<fieldset><legend>A (baseline): ${m.name}</legend>${versionA}</fieldset>
<fieldset><legend>B (candidate)</legend>${modelB}${versionB}</fieldset>
<div class="picker-actions"><button type="button" id="swap">Swap A and B</button></div>
</div>
<p id="compare-status" class="muted" role="status"></p>`;
  const result = pair
    ? compareTable(data, pair[0], pair[1])
    : html`<p>${m.name} has ${m.versions.length === 1 ? 'one version' : 'no versions'}, so there is nothing to compare it with yet.</p>`;
  const back = html`<a href="${to(paths.model(m.name))}">Back to ${m.name}</a>`;
  const body = html`<header class="page-head"><h1>Compare versions of ${m.title ?? m.name}</h1>
<p class="page-sub">Signed changes from A to B, coloured by each metric's direction: ${LEGEND}. ${back}</p></header>
${pickers}
${section('comparison', 'Comparison', html`<div id="compare-result">${result}</div>`)}
<script type="application/json" id="compare-data">${jsonForScript(compareData(data, m))}</script>`;
  return renderPage(data, {
    path: page,
    kind: 'compare',
    title: `Compare ${m.name}`,
    description: `Compare versions of ${m.name}.`,
    crumbs: [{ label: 'Models', path: paths.catalogue }, { label: m.name, path: paths.model(m.name) }, { label: 'Compare' }],
    body,
  });
}
