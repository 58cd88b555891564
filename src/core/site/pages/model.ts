/**
 * A model's page: its card (Markdown rendered safely), what runs where and
 * since when, every version with its metrics, a chart per metric across
 * versions, releases and artifacts, and the model's lineage graph.
 */
import { html, raw, type Raw } from '../html.js';
import { copyBlock, deprecatedChip, scrollTable, section, shortSha, stageChips, tableHead, timeTag, versionLink } from '../components.js';
import { formatCount } from '../format.js';
import { plural } from '../../text/plural.js';
import { renderPage, type PagePieces } from '../layout.js';
import { modelLineage } from '../lineage-data.js';
import { renderMarkdown } from '../markdown.js';
import { headlineVersion, metricOf, productionStage, sortMetricNames, stageSince, versionIn, type SiteData, type SiteModel } from '../site-model.js';
import { drawnBox, modelDataBlock } from './model-drawn.js';
import { metricTitle } from '../../report/metric-comparison.js';
import { renderLineageGraph, type SiteGraphEdge } from '../svg/lineage-graph.js';
import { stageHistorySection } from './stage-history.js';
import { environmentsSection } from './environments.js';
import { healthMark, monitoringSection } from './model-monitoring.js';
import { absoluteUrl, commitUrl, paths, relativeUrl } from '../urls.js';

// Markup that is the same on every model page, made once.
const DEPRECATED = html` <span class="chip deprecated">deprecated</span>`;
const INVALID_NOTE = raw(
  '<p class="notice warning" role="note">Some of this model\'s files do not pass validation; what could be read is shown. ' +
    'Run <code>model-registry validate</code> for details.</p>',
);
const DASH = html`&#8211;`;
const UNKNOWN = html`<span class="muted">unknown</span>`;
const STAGES_CAPTION = html`<caption class="visually-hidden">What runs in each stage</caption>`;
const STAGES_HEAD = tableHead('Stage', 'Version', 'Since', 'Commit');
const NO_BASE_URL = raw(
  '<p class="muted">This site was built without a base URL, so these links are relative; build with <code>--base-url</code> for absolute ones.</p>',
);
const DEPRECATED_ROW = raw(' class="is-deprecated"');
const VERSIONS_HEAD_START = html`<th scope="col">Version</th><th scope="col">Created</th><th scope="col">Stages</th>`;
const VERSIONS_HEAD_END = html`<th scope="col">Summary</th><th scope="col">Links</th>`;
const NO_LINEAGE = html`<p class="muted">No lineage recorded.</p>`;
const CHART_LEGEND = raw(
  '<p class="legend muted"><span class="swatch swatch-production" aria-hidden="true"></span> production &#183; ' +
    '<span class="swatch swatch-deprecated" aria-hidden="true"></span> deprecated &#183; ' +
    'whiskers: confidence intervals &#183; dashed: a change within noise. Each axis says its scale. The table under Versions has every value.</p>',
);

/** An edge's label, after the node at its other end. */
function edgeNote(e: SiteGraphEdge) {
  return e.label ? html` <span class="muted">(${e.label})</span>` : '';
}

export function renderModelPage(data: SiteData, m: SiteModel): PagePieces {
  const page = paths.model(m.name);
  const to = (path: string) => relativeUrl(page, path);
  const s = data.settings;
  const newestFirst = [...m.versions].reverse();
  const headline = headlineVersion(s, m);
  const primary = metricOf(headline, m.primaryMetric);
  const primaryDef = m.primaryMetric ? s.metrics[m.primaryMetric] : undefined;
  const production = productionStage(s);

  const primaryUnit = primaryDef?.unit ? ` ${primaryDef.unit}` : '';
  const primaryValue = primary ? html` <strong class="num">${primary.text}${primaryUnit}</strong> <span class="muted">(${headline!.version})</span>` : '';
  const primaryFact = m.primaryMetric ? html`<div><dt>Primary metric</dt><dd>${metricTitle(m.primaryMetric, primaryDef)}${primaryValue}</dd></div>` : '';
  const latest = m.latest ? html`${versionLink(page, m.latest)} &#183; ${timeTag(m.latest.created)}` : 'no versions yet';
  const compareButton = m.versions.length > 1 ? html`<a class="button" href="${to(paths.compare(m.name))}">Compare versions</a> ` : '';
  const versionsLink = m.versions.length ? html`<a href="${to(paths.versions(m.name))}">Every version in full</a> ` : '';
  const head = html`<header class="page-head">
<h1>${m.title ?? m.name}${m.deprecated ? DEPRECATED : ''}</h1>
<p class="page-sub"><code>${m.name}</code>${m.task ? html` &#183; ${m.task}` : ''}${m.license ? html` &#183; license ${m.license}` : ''}</p>
${m.invalid ? INVALID_NOTE : ''}
<dl class="meta">
<div><dt>Owners</dt><dd>${m.owners.length ? html`<ul class="owners">${m.owners.map((o) => html`<li>${o}</li>`)}</ul>` : '–'}</dd></div>
${m.tags.length ? html`<div><dt>Tags</dt><dd><ul class="tags">${m.tags.map((t) => html`<li>${t}</li>`)}</ul></dd></div>` : ''}
${primaryFact}
${m.audit?.health.length ? html`<div><dt>Health</dt><dd><a href="#monitoring">${healthMark(m.audit.health)}</a></dd></div>` : ''}
<div><dt>Latest</dt><dd>${latest}</dd></div>
<div><dt>Versions</dt><dd>${m.versions.length}</dd></div>
</dl>
<p class="page-actions">${compareButton}${versionsLink}<a href="${to(paths.apiModel(m.name))}">JSON</a></p>
</header>`;

  // Stages: what runs where, since when.
  const stageRows = m.stages.map(([stage, version]) => {
    const v = versionIn(m, version);
    const since = stageSince(m, stage, version);
    const commit = since && data.options.repository ? commitUrl(data.github, data.options.repository, since.commit) : undefined;
    const versionCell = v ? versionLink(page, v) : html`${version} <span class="muted">(missing)</span>`;
    const chip = v?.deprecated !== undefined ? html` ${deprecatedChip(v.deprecated)}` : '';
    const sha = since ? html`<code>${shortSha(since.commit, 7)}</code>` : DASH;
    const commitCell = since && commit ? html`<a href="${commit}">${sha}</a>` : sha;
    return html`<tr><th scope="row">${stage}</th><td>${versionCell}${chip}</td><td>${since ? timeTag(since.since) : UNKNOWN}</td><td>${commitCell}</td></tr>`;
  });
  const badgeSnippets = s.stages.map((stage) => {
    const img = absoluteUrl(data.options.baseUrl, paths.badge(m.name, stage)) ?? paths.badge(m.name, stage);
    const target = absoluteUrl(data.options.baseUrl, paths.model(m.name)) ?? paths.model(m.name);
    return `[![${m.name} ${stage}](${img})](${target})`;
  });
  const changes = plural(m.history.length, 'change', formatCount);
  const historyItems = m.history.map(
    (e) => html`<li>${timeTag(e.since)}: <strong>${e.stage}</strong> &#8594; ${e.version} <code>${shortSha(e.commit, 7)}</code></li>`,
  );
  // With the events from git, the Stage history section below has it all; the plain list is for callers without them.
  const history =
    m.history.length && !m.events.length
      ? html`<details class="history"><summary>Promotion history (${changes})</summary><ol>${historyItems}</ol></details>`
      : '';
  const stagesBody = html`${
    m.stages.length
      ? html`<table class="stages-table">${STAGES_CAPTION}${STAGES_HEAD}<tbody>${stageRows}</tbody></table>`
      : html`<p>No version of this model is in a stage.</p>`
  }
${history}
<details class="badges"><summary>Badges for a README</summary>
<p class="badge-row">${s.stages.map((stage) => html`<img src="${to(paths.badge(m.name, stage))}" alt="${`${stage} badge of ${m.name}`}" height="20"> `)}</p>
${data.options.baseUrl ? '' : NO_BASE_URL}
${copyBlock(badgeSnippets.join('\n'), 'Markdown', 'badges')}
</details>`;

  // About: the card's Markdown.
  const deprecatedVersions = m.deprecatedVersions.map(([v, reason]) => html`<li><strong>${v}</strong>: ${reason}</li>`);
  const about = html`${m.description ? html`<div class="prose">${renderMarkdown(m.description, 2)}</div>` : html`<p class="muted">No description.</p>`}
${m.intendedUse ? html`<h3>Intended use</h3><div class="prose">${renderMarkdown(m.intendedUse, 3)}</div>` : ''}
${m.limitations ? html`<h3>Limitations</h3><div class="prose">${renderMarkdown(m.limitations, 3)}</div>` : ''}
${m.ethicalConsiderations ? html`<h3>Ethical considerations</h3><div class="prose">${renderMarkdown(m.ethicalConsiderations, 3)}</div>` : ''}
${m.deprecatedVersions.length ? html`<h3>Deprecated versions</h3><ul>${deprecatedVersions}</ul>` : ''}`;

  // Metrics across versions.
  const prodVersion = m.stages.find(([stage]) => stage === production)?.[1];
  const metricNames = sortMetricNames(
    m.versions.flatMap((v) => v.metrics.map((x) => x.name)),
    s.metrics,
  );
  // The charts, every metric of every version, releases and artifacts are drawn by the script from the API file (pages/model-drawn.ts).
  const apiHref = to(paths.apiModel(m.name));
  const hasArtifacts = m.versions.some((v) => v.artifacts.length);

  // Versions, newest first.
  const compareHref = to(paths.compare(m.name));
  const versionRows = newestFirst.map((v) => {
    const p = metricOf(v, m.primaryMetric);
    const compareWith = prodVersion && prodVersion !== v.version ? prodVersion : m.versions[m.versions.indexOf(v) - 1]?.version;
    const nameCell = html`<th scope="row">${versionLink(page, v)} ${deprecatedChip(v.deprecated)}</th>`;
    const metricCell = m.primaryMetric ? html`<td class="num">${p ? p.text : '–'}</td>` : '';
    const cells = html`<td>${timeTag(v.created)}</td><td>${stageChips(v.stages)}</td>${metricCell}<td class="summary-cell">${v.summary}</td>`;
    const release = v.releaseUrl ? html`<a href="${v.releaseUrl}">release</a>` : '';
    let compare: Raw | '' = '';
    if (compareWith) {
      const href = `${compareHref}?a=${encodeURIComponent(compareWith)}&b=${encodeURIComponent(v.version)}`;
      compare = html` <a href="${href}" aria-label="${`Compare ${v.version} with ${compareWith}`}">compare</a>`;
    }
    return html`<tr${v.deprecated !== undefined ? DEPRECATED_ROW : ''}>${nameCell}${cells}<td class="links">${release}${compare}</td></tr>`;
  });
  const primaryHead = m.primaryMetric ? html`<th scope="col">${metricTitle(m.primaryMetric, primaryDef)}</th>` : '';
  const versionsHead = html`<thead><tr>${VERSIONS_HEAD_START}${primaryHead}${VERSIONS_HEAD_END}</tr></thead>`;
  const versionsTable = scrollTable('Versions', html`<table class="versions-table">${versionsHead}<tbody>${versionRows}</tbody></table>`);
  const allMetrics = metricNames.length ? drawnBox('metrics-matrix', apiHref) : '';
  const artifacts = hasArtifacts ? drawnBox('artifacts-box', apiHref) : html`<p class="muted">No artifacts listed.</p>`;

  // Lineage.
  const graph = modelLineage(data, m, to);
  const upstream = graph.edges.filter((e) => e.to === `model:${m.name}`);
  const downstream = graph.edges.filter((e) => e.from === `model:${m.name}`);
  const nodeLabel = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id)!;
    return n.href ? html`<a href="${n.href}">${n.label}</a>` : html`${n.label}`;
  };
  let lineage = NO_LINEAGE;
  if (graph.nodes.length > 1) {
    const description = `${m.name}: ${upstream.length} upstream, ${downstream.length} downstream. The lists below give the same information as text.`;
    const svg = renderLineageGraph(graph, { id: 'lineage', title: `Lineage of ${m.name}`, description });
    const builtFrom = upstream.length
      ? html`<ul>${upstream.map((e) => html`<li>${nodeLabel(e.from)}${edgeNote(e)}</li>`)}</ul>`
      : html`<p class="muted">Nothing recorded.</p>`;
    const usedBy = downstream.length
      ? html`<ul>${downstream.map((e) => html`<li>${nodeLabel(e.to)}${edgeNote(e)}</li>`)}</ul>`
      : html`<p class="muted">No model in this registry is built on it.</p>`;
    lineage = html`<div class="graph-scroll" role="region" aria-label="Lineage graph" tabindex="0">${svg}</div>
<div class="lineage-lists">
<div><h3>Built from</h3>${builtFrom}</div>
<div><h3>Used by</h3>${usedBy}</div>
</div>`;
  }

  const body = html`${head}
${section('stages', 'Stages', stagesBody)}
${stageHistorySection(data, m)}
${environmentsSection(data, m)}
${monitoringSection(data, m)}
${section('about', 'About', about)}
${section('versions', 'Versions', html`${versionsTable}${allMetrics}`)}
${metricNames.length ? section('charts', 'Metrics across versions', html`${CHART_LEGEND}${drawnBox('charts-box', apiHref)}`) : ''}
${section('artifacts', 'Releases and artifacts', artifacts)}
${section('lineage', 'Lineage', lineage)}
${metricNames.length || hasArtifacts ? modelDataBlock(data, m, metricNames, production) : ''}`;
  return renderPage(data, {
    path: page,
    kind: 'model',
    title: m.title ?? m.name,
    description: `${m.name}: versions, stages, metrics and lineage.`,
    crumbs: [{ label: 'Models', path: paths.catalogue }, { label: m.name }],
    body,
  });
}
