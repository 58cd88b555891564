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
import { copyBlock, deltaCell, directionNote, externalLink, scrollTable, stageChips, tableHead, timeTag } from '../components.js';
import { formatCount, formatNumberFast } from '../format.js';
import { formatDecimalSize } from '../../output/number-format.js';
import { renderPage, type PagePieces } from '../layout.js';
import { renderMarkdown } from '../markdown.js';
import {
  metricOf,
  productionStage,
  sortMetricNames,
  versionKey,
  type SiteArtifact,
  type SiteData,
  type SiteDataset,
  type SiteModel,
  type SiteVersion,
} from '../site-model.js';
import { codeUrl, commitUrl, paths, relativeUrl, repositoryUrl, safeHttpUrl } from '../urls.js';
import { shellQuote } from '../../text/shell-quote.js';

// Markup that is the same in every version's card, made once: this page is built for every version.
const DEPRECATED = html` <span class="chip deprecated">deprecated</span>`;
const METRICS_HEAD_START = html`<th scope="col">Metric</th><th scope="col">Value</th>`;
const CI_HEAD = html`<th scope="col">Confidence interval</th>`;
const WHERE_HEAD = html`<th scope="col">Measured on</th>`;
const N_HEAD = html`<th scope="col">n</th>`;
const NO_METRICS = html`<p class="muted">No metrics recorded.</p>`;
const NOT_HERE = html` &#183; not in this registry`;
const NOTHING_RECORDED = html`<p class="muted">Nothing recorded.</p>`;
const NOTHING_YET = html`<p class="muted">Nothing yet.</p>`;
const NO_TRAINING = html`<p class="muted">No training details recorded.</p>`;
const NO_CODE = html`<p class="muted">No training code recorded.</p>`;
const DATASETS_HEAD = tableHead('Name', 'Version', 'Role', 'Location', 'SHA-256');
const NO_DATASETS = html`<p class="muted">No datasets recorded.</p>`;
const ARTIFACTS_HEAD = tableHead('Name', 'Size', 'SHA-256', 'Stored');
const NO_ARTIFACTS = html`<p class="muted">No artifacts listed.</p>`;

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
  const modelHref = to(paths.model(m.name));
  const count = newestFirst.length === 1 ? '1 version' : `${newestFirst.length} versions`;
  const lineageNote = html`the lineage graph of the whole model is on <a href="${modelHref}#lineage">its page</a>`;
  const indexItem = (v: SiteVersion) => {
    const chips = v.stages.length ? html` ${stageChips(v.stages)}` : '';
    return html`<li><a href="${`#${v.version}`}">${v.version}</a>${chips}${v.deprecated !== undefined ? DEPRECATED : ''}</li>`;
  };
  const index = newestFirst.length
    ? html`<nav class="version-index" aria-label="Versions"><ul>${newestFirst.map(indexItem)}</ul></nav>`
    : html`<p class="muted">No versions yet.</p>`;
  const head = html`<header class="page-head">
<h1>${m.title ?? m.name} <span class="version-label">versions</span></h1>
<p class="page-sub"><a href="${modelHref}"><code>${m.name}</code></a> &#183; ${count}, newest first &#183; ${lineageNote}</p>
${index}
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
  const release = v.releaseUrl
    ? html`<a class="button" href="${v.releaseUrl}">Release ${v.tag}</a> `
    : html`<span class="muted">Release tag <code>${v.tag}</code></span> `;
  let compareLink: Raw | '' = '';
  if (partner) {
    const href = `${to(paths.compare(m.name))}?a=${encodeURIComponent(partner.version)}&b=${encodeURIComponent(v.version)}`;
    compareLink = html`<a href="${href}">Compare with ${partner.version}</a> `;
  }
  const head = html`<header class="version-head">
<h2 id="${`${id}-h`}">${m.name} <span class="version-label">${v.version}</span></h2>
<p class="page-sub">created ${timeTag(v.created)}${v.stages.length ? html` &#183; ${stageChips(v.stages)}` : ''}</p>
<p class="summary">${v.summary}</p>
${v.deprecated !== undefined ? html`<p class="notice danger" role="note"><strong>Deprecated.</strong> ${v.deprecated}</p>` : ''}
${v.invalid ? html`<p class="notice warning" role="note">This version's files do not pass validation; what could be read is shown.</p>` : ''}
<p class="page-actions">${release}${compareLink}<a href="${to(paths.apiModel(m.name))}">JSON</a></p>
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
    const head = html`<th scope="row">${name}<span class="direction">${directionNote(def)}</span></th>`;
    const ciCell = hasCi ? html`<td class="num">${x.ci ? `${formatNumberFast(x.ci[0])} – ${formatNumberFast(x.ci[1])}` : '–'}</td>` : '';
    const whereCell = hasWhere ? html`<td>${where.length ? where : '–'}</td>` : '';
    const nCell = hasN ? html`<td class="num">${x.n !== undefined ? formatCount(x.n) : '–'}</td>` : '';
    const vsPrevious = previous ? deltaCell(x.value, metricOf(previous, name)?.value, def) : '';
    const vsProd = prod ? deltaCell(x.value, metricOf(prod, name)?.value, def) : '';
    return html`<tr>${head}<td class="num">${x.text}${def?.unit ? ` ${def.unit}` : ''}</td>${ciCell}${whereCell}${nCell}${vsPrevious}${vsProd}</tr>`;
  });
  let metrics = NO_METRICS;
  if (names.length) {
    const vsPrevious = previous ? html`<th scope="col">vs previous (${previous.version}${prodVersion === previous ? `, ${production}` : ''})</th>` : '';
    const vsProd = prod ? html`<th scope="col">vs ${production} (${prod.version})</th>` : '';
    const heads = html`${METRICS_HEAD_START}${hasCi ? CI_HEAD : ''}${hasWhere ? WHERE_HEAD : ''}${hasN ? N_HEAD : ''}${vsPrevious}${vsProd}`;
    metrics = scrollTable('Metrics', html`<table class="metrics-table"><thead><tr>${heads}</tr></thead><tbody>${metricRows}</tbody></table>`);
  }

  // Lineage: what it was made from -> this version -> what was built on it, as three lists laid out as a flow.
  const inputs = [
    ...v.parents.map((p) => {
      if (p.kind === 'external') {
        const revision = p.revision ? html` <code>@${p.revision}</code>` : '';
        const relation = html`<span class="rel">${p.relation} &#183; outside this registry</span>`;
        return html`<li class="flow-item kind-external">${externalLink(p.uri)}${revision}${relation}</li>`;
      }
      const known = data.versions.get(p.key);
      const label = known ? html`<a href="${to(paths.version(p.model, p.version))}">${p.model} ${p.version}</a>` : html`${p.model} ${p.version}`;
      return html`<li class="flow-item kind-version">${label}<span class="rel">${p.relation}${known ? '' : NOT_HERE}</span></li>`;
    }),
    ...v.datasets.map((d) => {
      const role = d.role ? `${d.role} data` : 'data';
      return html`<li class="flow-item kind-dataset">${d.name}${d.version ? ` ${d.version}` : ''}<span class="rel">${role}</span></li>`;
    }),
    ...(v.code
      ? [html`<li class="flow-item kind-code"><code>${v.code.repo}</code> <code>${v.code.commit.slice(0, 7)}</code><span class="rel">code</span></li>`]
      : []),
  ];
  const children = data.children.get(v.key) ?? [];
  const childItem = (c: SiteVersion) => {
    const relation = c.parents.find((p) => p.kind === 'registry' && p.model === v.model && p.version === v.version)?.relation ?? '';
    const link = html`<a href="${to(paths.version(c.model, c.version))}">${c.model} ${c.version}</a>`;
    return html`<li class="flow-item kind-version">${link}<span class="rel">${relation}</span></li>`;
  };
  const builtOn = children.length ? html`<ul class="flow-list">${children.map(childItem)}</ul>` : NOTHING_YET;
  const lineage = html`<div class="flow">
<div class="flow-col"><h4>Made from</h4>${inputs.length ? html`<ul class="flow-list">${inputs}</ul>` : NOTHING_RECORDED}</div>
<div class="flow-arrow" aria-hidden="true"></div>
<div class="flow-col"><h4>This version</h4><p class="flow-item kind-focus">${v.model} ${v.version}</p></div>
<div class="flow-arrow" aria-hidden="true"></div>
<div class="flow-col"><h4>Built on it</h4>${builtOn}</div>
</div>`;

  // Training.
  const paramRows = v.params.map(([k, value]) => kvRow(k, value === null ? 'null' : String(value)));
  const envRows = v.environment.map(([k, value]) => kvRow(k, value));
  const params = paramRows.length
    ? scrollTable('Training parameters', html`<table class="kv"><caption>Parameters</caption><tbody>${paramRows}</tbody></table>`)
    : '';
  const env = envRows.length ? scrollTable('Environment', html`<table class="kv"><caption>Environment</caption><tbody>${envRows}</tbody></table>`) : '';
  const training =
    v.params.length || v.environment.length || v.runUrl
      ? html`<div class="two-col">${params}${env}</div>${v.runUrl ? html`<p>Training run: ${externalLink(v.runUrl)}</p>` : ''}`
      : NO_TRAINING;

  // Reproducibility.
  const code = v.code;
  const repoLink = code ? repositoryUrl(data.github, code.repo) : undefined;
  let codeBlock = NO_CODE;
  if (code) {
    const commitLink = commitUrl(data.github, code.repo, code.commit);
    const repo = repoLink ? html`<a href="${repoLink}">${code.repo}</a>` : html`<code>${code.repo}</code>`;
    const commit = commitLink ? html`<a href="${commitLink}"><code>${code.commit}</code></a>` : html`<code>${code.commit}</code>`;
    let entry: Raw | '' = '';
    if (code.path) {
      const fileLink = codeUrl(data.github, code.repo, code.commit, code.path);
      const file = fileLink ? html`<a href="${fileLink}"><code>${code.path}</code></a>` : html`<code>${code.path}</code>`;
      entry = html`<div><dt>Entry point</dt><dd>${file}</dd></div>`;
    }
    codeBlock = html`<dl class="meta"><div><dt>Repository</dt><dd>${repo}</dd></div><div><dt>Commit</dt><dd>${commit}</dd></div>${entry}</dl>`;
  }
  const datasets = v.datasets.length
    ? scrollTable(
        'Datasets',
        html`<table class="datasets-table"><caption>Datasets</caption>${DATASETS_HEAD}<tbody>${v.datasets.map(datasetRow)}</tbody></table>`,
      )
    : NO_DATASETS;

  // Artifacts.
  const check = checksumCommand(v.artifacts);
  let artifacts = NO_ARTIFACTS;
  if (v.artifacts.length) {
    const table = html`<table class="artifacts-table">${ARTIFACTS_HEAD}<tbody>${v.artifacts.map(artifactRow)}</tbody></table>`;
    const verify = check
      ? html`<h4>Verify a download</h4><p>Run in the folder you downloaded the files to:</p>${copyBlock(check, 'command', `${id}-sha256`)}`
      : '';
    artifacts = html`${scrollTable('Artifacts', table)}
${verify}`;
  }

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

/** A row of a key-value table (training parameters, environment). */
function kvRow(key: string, value: string): Raw {
  return html`<tr><th scope="row"><code>${key}</code></th><td><code>${value}</code></td></tr>`;
}

function datasetRow(d: SiteDataset): Raw {
  const location = d.uri ? externalLink(d.uri) : '–';
  const sha = d.sha256 ? html`<code class="sha">${d.sha256}</code>` : '–';
  return html`<tr><th scope="row">${d.name}</th><td>${d.version ?? '–'}</td><td>${d.role ?? '–'}</td><td>${location}</td><td>${sha}</td></tr>`;
}

function artifactRow(a: SiteArtifact): Raw {
  const safe = a.url ? safeHttpUrl(a.url) : undefined;
  const name = safe ? html`<a href="${safe}">${a.name}</a>` : a.name;
  const stored = a.path ? (a.url ? 'attached to the release' : html`committed (<code>${a.path}</code>)`) : a.uri ? externalLink(a.uri) : '–';
  const sha = html`<code class="sha">${a.sha256 ?? '–'}</code>`;
  return html`<tr><th scope="row">${name}</th><td class="num">${formatDecimalSize(a.size)}</td><td>${sha}</td><td>${stored}</td></tr>`;
}
