/**
 * A model's page: its card (Markdown rendered safely), what runs where and
 * since when, every version with its metrics, a chart per metric across
 * versions, releases and artifacts, and the model's lineage graph.
 */
import { html, raw, type Raw } from '../html.js';
import { copyBlock, deprecatedChip, scrollTable, section, shortSha, stageChips, versionLink } from '../components.js';
import { formatCount, formatDate, formatNumberFast, isoDate } from '../format.js';
import { formatDecimalSize } from '../../output/number-format.js';
import { plural } from '../../text/plural.js';
import { renderPage, type PagePieces } from '../layout.js';
import { modelLineage } from '../lineage-data.js';
import { renderMarkdown } from '../markdown.js';
import { headlineVersion, metricOf, productionStage, sortMetricNames, stageSince, versionKey, type SiteData, type SiteModel } from '../site-model.js';
import { renderMetricChart } from '../svg/chart.js';
import { renderLineageGraph } from '../svg/lineage-graph.js';
import { absoluteUrl, commitUrl, paths, relativeUrl, safeHttpUrl } from '../urls.js';

export function renderModelPage(data: SiteData, m: SiteModel): PagePieces {
  const page = paths.model(m.name);
  const to = (path: string) => relativeUrl(page, path);
  const s = data.settings;
  const newestFirst = [...m.versions].reverse();
  const headline = headlineVersion(data, m);
  const primary = metricOf(headline, m.primaryMetric);
  const primaryDef = m.primaryMetric ? s.metrics[m.primaryMetric] : undefined;
  const production = productionStage(s);

  const head = html`<header class="page-head">
<h1>${m.title ?? m.name}${m.deprecated ? html` <span class="chip deprecated">deprecated</span>` : ''}</h1>
<p class="page-sub"><code>${m.name}</code>${m.task ? html` &#183; ${m.task}` : ''}${m.license ? html` &#183; license ${m.license}` : ''}</p>
${m.invalid ? html`<p class="notice warning" role="note">Some of this model's files do not pass validation; what could be read is shown. Run <code>model-registry validate</code> for details.</p>` : ''}
<dl class="meta">
<div><dt>Owners</dt><dd>${m.owners.length ? html`<ul class="owners">${m.owners.map((o) => html`<li>${o}</li>`)}</ul>` : '–'}</dd></div>
${m.tags.length ? html`<div><dt>Tags</dt><dd><ul class="tags">${m.tags.map((t) => html`<li>${t}</li>`)}</ul></dd></div>` : ''}
${m.primaryMetric ? html`<div><dt>Primary metric</dt><dd>${m.primaryMetric}${primary ? html` <strong class="num">${primary.text}${primaryDef?.unit ? ` ${primaryDef.unit}` : ''}</strong> <span class="muted">(${headline!.version})</span>` : ''}</dd></div>` : ''}
<div><dt>Latest</dt><dd>${m.latest ? html`${versionLink(page, m.latest)} &#183; <time datetime="${isoDate(m.latest.created) ?? ''}">${formatDate(m.latest.created)}</time>` : 'no versions yet'}</dd></div>
<div><dt>Versions</dt><dd>${m.versions.length}</dd></div>
</dl>
<p class="page-actions">${m.versions.length > 1 ? html`<a class="button" href="${to(paths.compare(m.name))}">Compare versions</a> ` : ''}${m.versions.length ? html`<a href="${to(paths.versions(m.name))}">Every version in full</a> ` : ''}<a href="${to(paths.apiModel(m.name))}">JSON</a></p>
</header>`;

  // Stages: what runs where, since when.
  const stageRows = m.stages.map(([stage, version]) => {
    const v = data.versions.get(versionKey(m.name, version));
    const since = stageSince(m, stage, version);
    const commit = since && data.options.repository ? commitUrl(data.github, data.options.repository, since.commit) : undefined;
    return html`<tr><th scope="row">${stage}</th><td>${v ? versionLink(page, v) : html`${version} <span class="muted">(missing)</span>`}${v?.deprecated !== undefined ? html` ${deprecatedChip(v.deprecated)}` : ''}</td><td>${since ? html`<time datetime="${isoDate(since.since) ?? ''}">${formatDate(since.since)}</time>` : html`<span class="muted">unknown</span>`}</td><td>${since ? (commit ? html`<a href="${commit}"><code>${shortSha(since.commit, 7)}</code></a>` : html`<code>${shortSha(since.commit, 7)}</code>`) : html`&#8211;`}</td></tr>`;
  });
  const badgeSnippets = s.stages.map((stage) => {
    const img = absoluteUrl(data.options.baseUrl, paths.badge(m.name, stage)) ?? paths.badge(m.name, stage);
    const target = absoluteUrl(data.options.baseUrl, paths.model(m.name)) ?? paths.model(m.name);
    return `[![${m.name} ${stage}](${img})](${target})`;
  });
  const stagesBody = html`${
    m.stages.length
      ? html`<table class="stages-table"><caption class="visually-hidden">What runs in each stage</caption><thead><tr><th scope="col">Stage</th><th scope="col">Version</th><th scope="col">Since</th><th scope="col">Commit</th></tr></thead><tbody>${stageRows}</tbody></table>`
      : html`<p>No version of this model is in a stage.</p>`
  }
${m.history.length ? html`<details class="history"><summary>Promotion history (${plural(m.history.length, 'change', formatCount)})</summary><ol>${m.history.map((e) => html`<li><time datetime="${isoDate(e.since) ?? ''}">${formatDate(e.since)}</time>: <strong>${e.stage}</strong> &#8594; ${e.version} <code>${shortSha(e.commit, 7)}</code></li>`)}</ol></details>` : ''}
<details class="badges"><summary>Badges for a README</summary>
<p class="badge-row">${s.stages.map((stage) => html`<img src="${to(paths.badge(m.name, stage))}" alt="${`${stage} badge of ${m.name}`}" height="20"> `)}</p>
${data.options.baseUrl ? '' : html`<p class="muted">This site was built without a base URL, so these links are relative; build with <code>--base-url</code> for absolute ones.</p>`}
${copyBlock(badgeSnippets.join('\n'), 'Markdown', 'badges')}
</details>`;

  // About: the card's Markdown.
  const about = html`${m.description ? html`<div class="prose">${renderMarkdown(m.description, 2)}</div>` : html`<p class="muted">No description.</p>`}
${m.intendedUse ? html`<h3>Intended use</h3><div class="prose">${renderMarkdown(m.intendedUse, 3)}</div>` : ''}
${m.limitations ? html`<h3>Limitations</h3><div class="prose">${renderMarkdown(m.limitations, 3)}</div>` : ''}
${m.ethicalConsiderations ? html`<h3>Ethical considerations</h3><div class="prose">${renderMarkdown(m.ethicalConsiderations, 3)}</div>` : ''}
${m.deprecatedVersions.length ? html`<h3>Deprecated versions</h3><ul>${m.deprecatedVersions.map(([v, reason]) => html`<li><strong>${v}</strong>: ${reason}</li>`)}</ul>` : ''}`;

  // Metrics across versions.
  const prodVersion = m.stages.find(([stage]) => stage === production)?.[1];
  const metricNames = sortMetricNames(
    m.versions.flatMap((v) => v.metrics.map((x) => x.name)),
    s.metrics,
  );
  const charts = metricNames.map((name, i) => {
    const def = s.metrics[name];
    const points = m.versions.flatMap((v) => {
      const x = metricOf(v, name);
      return x
        ? [{ label: v.version, value: x.value, text: x.text, ci: x.ci, production: v.version === prodVersion, deprecated: v.deprecated !== undefined }]
        : [];
    });
    return html`<figure class="chart-figure"><figcaption>${name}${def?.unit ? ` (${def.unit})` : ''} <span class="muted">${def ? (def.direction === 'higher' ? 'higher is better' : 'lower is better') : 'not in the catalogue'}</span></figcaption>${renderMetricChart({ id: `chart-${i}`, metric: name, unit: def?.unit, direction: def?.direction, points })}</figure>`;
  });

  // Versions, newest first.
  const versionRows = newestFirst.map((v) => {
    const p = metricOf(v, m.primaryMetric);
    const compareWith = prodVersion && prodVersion !== v.version ? prodVersion : m.versions[m.versions.indexOf(v) - 1]?.version;
    return html`<tr${v.deprecated !== undefined ? raw(' class="is-deprecated"') : ''}><th scope="row">${versionLink(page, v)} ${deprecatedChip(v.deprecated)}</th><td><time datetime="${isoDate(v.created) ?? ''}">${formatDate(v.created)}</time></td><td>${stageChips(v.stages)}</td>${m.primaryMetric ? html`<td class="num">${p ? p.text : '–'}</td>` : ''}<td class="summary-cell">${v.summary}</td><td class="links">${v.releaseUrl ? html`<a href="${v.releaseUrl}">release</a>` : ''}${compareWith ? html` <a href="${`${to(paths.compare(m.name))}?a=${encodeURIComponent(compareWith)}&b=${encodeURIComponent(v.version)}`}" aria-label="${`Compare ${v.version} with ${compareWith}`}">compare</a>` : ''}</td></tr>`;
  });
  const versionsTable = scrollTable(
    'Versions',
    html`<table class="versions-table"><thead><tr><th scope="col">Version</th><th scope="col">Created</th><th scope="col">Stages</th>${m.primaryMetric ? html`<th scope="col">${m.primaryMetric}</th>` : ''}<th scope="col">Summary</th><th scope="col">Links</th></tr></thead><tbody>${versionRows}</tbody></table>`,
  );
  const allMetrics = metricNames.length
    ? scrollTable(
        'Metrics by version',
        html`<table class="metrics-matrix"><caption>Every metric of every version</caption><thead><tr><th scope="col">Version</th>${metricNames.map((n) => html`<th scope="col">${n}${s.metrics[n]?.unit ? html` <span class="muted">${s.metrics[n].unit}</span>` : ''}</th>`)}</tr></thead><tbody>${newestFirst.map(
          (v) =>
            html`<tr><th scope="row">${versionLink(page, v)}</th>${metricNames.map((n) => {
              const x = metricOf(v, n);
              return html`<td class="num">${x ? x.text : '–'}</td>`;
            })}</tr>`,
        )}</tbody></table>`,
      )
    : '';

  // Releases and artifacts.
  const artifactRows = newestFirst.flatMap((v) =>
    v.artifacts.map(
      (a, i) =>
        html`<tr>${i === 0 ? html`<th scope="rowgroup" rowspan="${v.artifacts.length}">${versionLink(page, v)}${v.releaseUrl ? html`<br><a class="small" href="${v.releaseUrl}">release ${v.tag}</a>` : ''}</th>` : ''}<td>${a.url && safeHttpUrl(a.url) ? html`<a href="${safeHttpUrl(a.url)}">${a.name}</a>` : a.name}${a.uri ? html`<br><code class="uri small">${a.uri}</code>` : ''}</td><td class="num">${formatDecimalSize(a.size)}</td><td><code class="sha" title="${a.sha256 ?? ''}">${shortSha(a.sha256)}</code></td></tr>`,
    ),
  );
  const artifacts = artifactRows.length
    ? scrollTable(
        'Releases and artifacts',
        html`<table class="artifacts-table"><thead><tr><th scope="col">Version</th><th scope="col">Artifact</th><th scope="col">Size</th><th scope="col">SHA-256</th></tr></thead><tbody>${artifactRows}</tbody></table>`,
      )
    : html`<p class="muted">No artifacts listed.</p>`;

  // Lineage.
  const graph = modelLineage(data, m, to);
  const upstream = graph.edges.filter((e) => e.to === `model:${m.name}`);
  const downstream = graph.edges.filter((e) => e.from === `model:${m.name}`);
  const nodeLabel = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id)!;
    return n.href ? html`<a href="${n.href}">${n.label}</a>` : html`${n.label}`;
  };
  const lineage =
    graph.nodes.length > 1
      ? html`<div class="graph-scroll" role="region" aria-label="Lineage graph" tabindex="0">${renderLineageGraph(graph, { id: 'lineage', title: `Lineage of ${m.name}`, description: `${m.name}: ${upstream.length} upstream, ${downstream.length} downstream. The lists below give the same information as text.` })}</div>
<div class="lineage-lists">
<div><h3>Built from</h3>${upstream.length ? html`<ul>${upstream.map((e) => html`<li>${nodeLabel(e.from)}${e.label ? html` <span class="muted">(${e.label})</span>` : ''}</li>`)}</ul>` : html`<p class="muted">Nothing recorded.</p>`}</div>
<div><h3>Used by</h3>${downstream.length ? html`<ul>${downstream.map((e) => html`<li>${nodeLabel(e.to)}${e.label ? html` <span class="muted">(${e.label})</span>` : ''}</li>`)}</ul>` : html`<p class="muted">No model in this registry is built on it.</p>`}</div>
</div>`
      : html`<p class="muted">No lineage recorded.</p>`;

  const body = html`${head}
${section('stages', 'Stages', stagesBody)}
${section('about', 'About', about)}
${charts.length ? section('charts', 'Metrics across versions', html`<p class="legend muted"><span class="swatch swatch-production" aria-hidden="true"></span> production &#183; <span class="swatch swatch-deprecated" aria-hidden="true"></span> deprecated &#183; whiskers: confidence intervals. The table under Versions has every value.</p><div class="charts">${charts}</div>`) : ''}
${section('versions', 'Versions', html`${versionsTable}${allMetrics}`)}
${section('artifacts', 'Releases and artifacts', artifacts)}
${section('lineage', 'Lineage', lineage)}`;
  return renderPage(data, {
    path: page,
    kind: 'model',
    title: m.title ?? m.name,
    description: `${m.name}: versions, stages, metrics and lineage.`,
    crumbs: [{ label: 'Models', path: paths.catalogue }, { label: m.name }],
    body,
  });
}
