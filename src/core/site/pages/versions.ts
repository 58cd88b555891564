/**
 * A model's versions page: every version's whole card, newest first, each an
 * article a link reaches by its version (`versions.html#1.4.0`). Metrics with
 * confidence intervals and deltas against the previous and the production
 * version, lineage, training parameters and environment, how to reproduce it
 * (code, datasets with checksums) and the artifacts with a `sha256sum -c` line
 * to copy.
 *
 * One page per model rather than per version: a file per version made
 * creating files the largest cost of a build (docs/performance.md). One page
 * also lets a reader scroll or search through a model's history.
 */
import { html, type Raw } from '../html.js';
import { copyBlock, deltaCell, directionNote, externalLink, scrollTable, stageChips } from '../components.js';
import { formatCount, formatDate, formatNumberFast, isoDate } from '../format.js';
import { formatDecimalSize } from '../../output/number-format.js';
import { renderPage, type PagePieces } from '../layout.js';
import { renderMarkdown } from '../markdown.js';
import { metricOf, productionStage, sortMetricNames, versionKey, type SiteData, type SiteModel, type SiteVersion } from '../site-model.js';
import { codeUrl, commitUrl, paths, relativeUrl, repositoryUrl, safeHttpUrl } from '../urls.js';
import { shellQuote } from '../../text/shell-quote.js';

/** Lines to verify downloaded artifacts: `echo '<sha256>  <name>' | sha256sum -c`. */
export function checksumCommand(artifacts: SiteVersion['artifacts']): string {
  return artifacts
    .filter((a) => a.sha256 && /^[0-9a-f]{64}$/.test(a.sha256))
    .map((a) => `echo ${shellQuote(`${a.sha256}  ${a.name}`)} | sha256sum -c`)
    .join('\n');
}

export function renderVersionsPage(data: SiteData, m: SiteModel): PagePieces {
  const page = paths.versions(m.name);
  const to = (path: string) => relativeUrl(page, path);
  const newestFirst = [...m.versions].reverse();
  const head = html`<header class="page-head">
<h1>${m.title ?? m.name} <span class="version-label">versions</span></h1>
<p class="page-sub"><a href="${to(paths.model(m.name))}"><code>${m.name}</code></a> &#183; ${newestFirst.length === 1 ? '1 version' : `${newestFirst.length} versions`}, newest first &#183; the lineage graph of the whole model is on <a href="${to(paths.model(m.name))}#lineage">its page</a></p>
${newestFirst.length ? html`<nav class="version-index" aria-label="Versions"><ul>${newestFirst.map((v) => html`<li><a href="${`#${v.version}`}">${v.version}</a>${v.stages.length ? html` ${stageChips(v.stages)}` : ''}${v.deprecated !== undefined ? html` <span class="chip deprecated">deprecated</span>` : ''}</li>`)}</ul></nav>` : html`<p class="muted">No versions yet.</p>`}
</header>`;
  const production = productionStage(data.settings);
  const prodName = m.stages.find(([stage]) => stage === production)?.[1];
  const prodSite = prodName ? data.versions.get(versionKey(m.name, prodName)) : undefined;
  const body = [
    head,
    ...newestFirst.map(
      (v) => html`
${versionArticle(data, m, v, page, prodSite)}`,
    ),
  ];
  return renderPage(data, {
    path: page,
    kind: 'versions',
    title: `${m.name} versions`,
    description: `Every version of ${m.name}: metrics, lineage, training and artifacts.`.slice(0, 200),
    crumbs: [{ label: 'Models', path: paths.catalogue }, { label: m.name, path: paths.model(m.name) }, { label: 'Versions' }],
    body,
  });
}

/** One version's whole card, as an article of its model's versions page. */
function versionArticle(data: SiteData, m: SiteModel, v: SiteVersion, page: string, prodSite: SiteVersion | undefined): Raw {
  const to = (path: string) => relativeUrl(page, path);
  const s = data.settings;
  const index = m.versions.indexOf(v);
  const previous = index > 0 ? m.versions[index - 1] : undefined;
  const production = productionStage(s);
  const prodVersion = prodSite !== v ? prodSite : undefined;
  const partner = prodVersion ?? previous ?? m.versions[index + 1];
  // One column when the previous version is the production one.
  const prod = prodVersion && prodVersion !== previous ? prodVersion : undefined;

  const id = v.version;
  const head = html`<header class="version-head">
<h2 id="${`${id}-h`}">${m.name} <span class="version-label">${v.version}</span></h2>
<p class="page-sub">created <time datetime="${isoDate(v.created) ?? ''}">${formatDate(v.created)}</time>${v.stages.length ? html` &#183; ${stageChips(v.stages)}` : ''}</p>
<p class="summary">${v.summary}</p>
${v.deprecated !== undefined ? html`<p class="notice danger" role="note"><strong>Deprecated.</strong> ${v.deprecated}</p>` : ''}
${v.invalid ? html`<p class="notice warning" role="note">This version's files do not pass validation; what could be read is shown.</p>` : ''}
<p class="page-actions">${v.releaseUrl ? html`<a class="button" href="${v.releaseUrl}">Release ${v.tag}</a> ` : html`<span class="muted">Release tag <code>${v.tag}</code></span> `}${partner ? html`<a href="${`${to(paths.compare(m.name))}?a=${encodeURIComponent(partner.version)}&b=${encodeURIComponent(v.version)}`}">Compare with ${partner.version}</a> ` : ''}<a href="${to(paths.apiModel(m.name))}">JSON</a></p>
</header>`;

  // Metrics.
  const names = sortMetricNames(
    v.metrics.map((x) => x.name),
    s.metrics,
  );
  // Columns only for details some metric has.
  const hasCi = v.metrics.some((x) => x.ci);
  const hasWhere = v.metrics.some((x) => x.dataset || x.split || x.slice);
  const hasN = v.metrics.some((x) => x.n !== undefined);
  const metricRows = names.map((name) => {
    const x = metricOf(v, name)!;
    const def = s.metrics[name];
    const where = [x.dataset, x.split, x.slice].filter(Boolean).map((part, i) => (i ? html` &#183; ${part}` : html`${part}`));
    return html`<tr><th scope="row">${name}<span class="direction">${directionNote(def)}</span></th><td class="num">${x.text}${def?.unit ? ` ${def.unit}` : ''}</td>${hasCi ? html`<td class="num">${x.ci ? `${formatNumberFast(x.ci[0])} – ${formatNumberFast(x.ci[1])}` : '–'}</td>` : ''}${hasWhere ? html`<td>${where.length ? where : '–'}</td>` : ''}${hasN ? html`<td class="num">${x.n !== undefined ? formatCount(x.n) : '–'}</td>` : ''}${previous ? deltaCell(x.value, metricOf(previous, name)?.value, def) : ''}${prod ? deltaCell(x.value, metricOf(prod, name)?.value, def) : ''}</tr>`;
  });
  const metrics = names.length
    ? scrollTable(
        'Metrics',
        html`<table class="metrics-table"><thead><tr><th scope="col">Metric</th><th scope="col">Value</th>${hasCi ? html`<th scope="col">Confidence interval</th>` : ''}${hasWhere ? html`<th scope="col">Measured on</th>` : ''}${hasN ? html`<th scope="col">n</th>` : ''}${previous ? html`<th scope="col">vs previous (${previous.version}${prodVersion === previous ? `, ${production}` : ''})</th>` : ''}${prod ? html`<th scope="col">vs ${production} (${prod.version})</th>` : ''}</tr></thead><tbody>${metricRows}</tbody></table>`,
      )
    : html`<p class="muted">No metrics recorded.</p>`;

  // Lineage: what it was made from -> this version -> what was built on it, as three lists laid out as a flow.
  const inputs = [
    ...v.parents.map((p) => {
      if (p.kind === 'external')
        return html`<li class="flow-item kind-external">${externalLink(p.uri)}${p.revision ? html` <code>@${p.revision}</code>` : ''}<span class="rel">${p.relation} &#183; outside this registry</span></li>`;
      const known = data.versions.get(p.key);
      return html`<li class="flow-item kind-version">${known ? html`<a href="${to(paths.version(p.model, p.version))}">${p.model} ${p.version}</a>` : html`${p.model} ${p.version}`}<span class="rel">${p.relation}${known ? '' : html` &#183; not in this registry`}</span></li>`;
    }),
    ...v.datasets.map(
      (d) =>
        html`<li class="flow-item kind-dataset">${d.name}${d.version ? ` ${d.version}` : ''}<span class="rel">${d.role ? `${d.role} data` : 'data'}</span></li>`,
    ),
    ...(v.code
      ? [html`<li class="flow-item kind-code"><code>${v.code.repo}</code> <code>${v.code.commit.slice(0, 7)}</code><span class="rel">code</span></li>`]
      : []),
  ];
  const children = data.children.get(v.key) ?? [];
  const lineage = html`<div class="flow">
<div class="flow-col"><h4>Made from</h4>${inputs.length ? html`<ul class="flow-list">${inputs}</ul>` : html`<p class="muted">Nothing recorded.</p>`}</div>
<div class="flow-arrow" aria-hidden="true"></div>
<div class="flow-col"><h4>This version</h4><p class="flow-item kind-focus">${v.model} ${v.version}</p></div>
<div class="flow-arrow" aria-hidden="true"></div>
<div class="flow-col"><h4>Built on it</h4>${children.length ? html`<ul class="flow-list">${children.map((c) => html`<li class="flow-item kind-version"><a href="${to(paths.version(c.model, c.version))}">${c.model} ${c.version}</a><span class="rel">${c.parents.find((p) => p.kind === 'registry' && p.model === v.model && p.version === v.version)?.relation ?? ''}</span></li>`)}</ul>` : html`<p class="muted">Nothing yet.</p>`}</div>
</div>`;

  // Training.
  const params = v.params.length
    ? scrollTable(
        'Training parameters',
        html`<table class="kv"><caption>Parameters</caption><tbody>${v.params.map(([k, value]) => html`<tr><th scope="row"><code>${k}</code></th><td><code>${value === null ? 'null' : String(value)}</code></td></tr>`)}</tbody></table>`,
      )
    : '';
  const env = v.environment.length
    ? scrollTable(
        'Environment',
        html`<table class="kv"><caption>Environment</caption><tbody>${v.environment.map(([k, value]) => html`<tr><th scope="row"><code>${k}</code></th><td><code>${value}</code></td></tr>`)}</tbody></table>`,
      )
    : '';
  const training =
    v.params.length || v.environment.length || v.runUrl
      ? html`<div class="two-col">${params}${env}</div>${v.runUrl ? html`<p>Training run: ${externalLink(v.runUrl)}</p>` : ''}`
      : html`<p class="muted">No training details recorded.</p>`;

  // Reproducibility.
  const code = v.code;
  const repoLink = code ? repositoryUrl(data.github, code.repo) : undefined;
  const codeBlock = code
    ? html`<dl class="meta"><div><dt>Repository</dt><dd>${repoLink ? html`<a href="${repoLink}">${code.repo}</a>` : html`<code>${code.repo}</code>`}</dd></div><div><dt>Commit</dt><dd>${commitUrl(data.github, code.repo, code.commit) ? html`<a href="${commitUrl(data.github, code.repo, code.commit)}"><code>${code.commit}</code></a>` : html`<code>${code.commit}</code>`}</dd></div>${code.path ? html`<div><dt>Entry point</dt><dd>${codeUrl(data.github, code.repo, code.commit, code.path) ? html`<a href="${codeUrl(data.github, code.repo, code.commit, code.path)}"><code>${code.path}</code></a>` : html`<code>${code.path}</code>`}</dd></div>` : ''}</dl>`
    : html`<p class="muted">No training code recorded.</p>`;
  const datasets = v.datasets.length
    ? scrollTable(
        'Datasets',
        html`<table class="datasets-table"><caption>Datasets</caption><thead><tr><th scope="col">Name</th><th scope="col">Version</th><th scope="col">Role</th><th scope="col">Location</th><th scope="col">SHA-256</th></tr></thead><tbody>${v.datasets.map((d) => html`<tr><th scope="row">${d.name}</th><td>${d.version ?? '–'}</td><td>${d.role ?? '–'}</td><td>${d.uri ? externalLink(d.uri) : '–'}</td><td>${d.sha256 ? html`<code class="sha">${d.sha256}</code>` : '–'}</td></tr>`)}</tbody></table>`,
      )
    : html`<p class="muted">No datasets recorded.</p>`;

  // Artifacts.
  const check = checksumCommand(v.artifacts);
  const artifacts = v.artifacts.length
    ? html`${scrollTable('Artifacts', html`<table class="artifacts-table"><thead><tr><th scope="col">Name</th><th scope="col">Size</th><th scope="col">SHA-256</th><th scope="col">Stored</th></tr></thead><tbody>${v.artifacts.map((a) => html`<tr><th scope="row">${a.url && safeHttpUrl(a.url) ? html`<a href="${safeHttpUrl(a.url)}">${a.name}</a>` : a.name}</th><td class="num">${formatDecimalSize(a.size)}</td><td><code class="sha">${a.sha256 ?? '–'}</code></td><td>${a.path ? (a.url ? 'attached to the release' : html`committed (<code>${a.path}</code>)`) : a.uri ? externalLink(a.uri) : '–'}</td></tr>`)}</tbody></table>`)}
${check ? html`<h4>Verify a download</h4><p>Run in the folder you downloaded the files to:</p>${copyBlock(check, 'command', `${id}-sha256`)}` : ''}`
    : html`<p class="muted">No artifacts listed.</p>`;

  // Plain headings, no sections with ids: twenty versions' worth of wrappers weighed more than their use.
  const sub = (title: string, content: Raw | string) => html`<h3>${title}</h3>${content}`;
  return html`<article class="version-card" id="${id}" aria-labelledby="${`${id}-h`}">
${head}
${v.description ? sub('Description', html`<div class="prose">${renderMarkdown(v.description, 3)}</div>`) : ''}
${sub('Metrics', metrics)}
${sub('Lineage', lineage)}
${sub('Training', training)}
${sub('Reproducibility', html`<h4>Code</h4>${codeBlock}<h4>Data</h4>${datasets}`)}
${sub('Artifacts', artifacts)}
</article>`;
}
