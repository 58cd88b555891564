/**
 * The catalogue (index.html): every model with what runs where, its primary
 * metric and latest version, server-rendered so it reads without JavaScript.
 * The script adds instant search (over search-index.json, loaded separately
 * to keep this page small), filters and sorting; the controls stay hidden
 * until it runs.
 */
import { html, type Raw } from '../html.js';
import { deprecatedChip } from '../components.js';
import { formatCount, formatDate, formatNumberFast, isoDate, timeOf } from '../format.js';
import { plural } from '../../text/plural.js';
import { renderPage, type PagePieces } from '../layout.js';
import { excerpt, markdownToText, renderMarkdown } from '../markdown.js';
import { headlineVersion, metricOf, productionStage, versionKey, type SiteData, type SiteModel } from '../site-model.js';
import { paths, relativeUrl } from '../urls.js';

const PAGE = paths.catalogue;

export function renderCatalogue(data: SiteData): PagePieces {
  const s = data.settings;
  const tasks = uniqueSorted(data.models.flatMap((m) => (m.task ? [m.task] : [])));
  const tags = uniqueSorted(data.models.flatMap((m) => m.tags));
  const owners = uniqueSorted(data.models.flatMap((m) => m.owners));
  const versionCount = data.versions.size;
  const production = productionStage(s);
  const inProduction = data.models.filter((m) => m.stages.some(([stage]) => stage === production)).length;
  const options = (values: string[]) => values.map((v) => html`<option value="${v}">${v}</option>`);

  const body = html`<h1>${s.name}</h1>
${s.description ? html`<div class="lead prose">${renderMarkdown(s.description, 1)}</div>` : ''}
<p class="stats">${plural(data.models.length, 'model', formatCount)} &#183; ${plural(versionCount, 'version', formatCount)} &#183; ${formatCount(inProduction)} in ${production}</p>
<section class="finder" aria-labelledby="finder-h">
<h2 id="finder-h" class="visually-hidden">Find a model</h2>
<div class="controls" id="controls" hidden>
<div class="field field-search"><label for="q">Search</label><input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="Name, description, tag, task, owner or dataset" aria-describedby="result-count"></div>
<div class="field"><label for="f-task">Task</label><select id="f-task" data-filter="task"><option value="">Any task</option>${options(tasks)}</select></div>
<div class="field"><label for="f-tag">Tag</label><select id="f-tag" data-filter="tag"><option value="">Any tag</option>${options(tags)}</select></div>
<div class="field"><label for="f-owner">Owner</label><select id="f-owner" data-filter="owner"><option value="">Any owner</option>${options(owners)}</select></div>
<div class="field"><label for="f-stage">Stage</label><select id="f-stage" data-filter="stage"><option value="">Any stage</option>${options(s.stages)}<option value="-">In no stage</option></select></div>
<div class="field"><label for="sort">Sort by</label><select id="sort"><option value="name">Name</option><option value="recent">Most recent version</option><option value="metric">Primary metric (best first)</option></select></div>
<div class="field field-reset"><button type="button" id="reset">Clear</button></div>
</div>
<p id="result-count" class="result-count" role="status">${plural(data.models.length, 'model', formatCount)}</p>
</section>
<ul class="model-list" id="model-list">
${data.models.map((m) => modelItem(data, m))}
</ul>
<p id="no-results" class="empty" hidden>No model matches. Try fewer words or clear the filters.</p>
`;
  return renderPage(data, {
    path: PAGE,
    kind: 'catalogue',
    title: s.name,
    description: `${s.name}: ${data.models.length} models and what runs in each stage.`,
    body,
  });
}

function modelItem(data: SiteData, m: SiteModel): Raw {
  const to = (path: string) => relativeUrl(PAGE, path);
  const headline = headlineVersion(data, m);
  const metric = metricOf(headline, m.primaryMetric);
  const def = m.primaryMetric ? data.settings.metrics[m.primaryMetric] : undefined;
  const latest = m.latest;
  const stageLinks = m.stages.map(([stage, version]) => {
    const v = data.versions.get(versionKey(m.name, version));
    return html`<div><dt>${stage}</dt><dd>${v ? html`<a href="${to(paths.version(m.name, version))}">${version}</a>` : version}${v?.deprecated !== undefined ? html` ${deprecatedChip(v.deprecated)}` : ''}</dd></div>`;
  });
  const text = m.description ? excerpt(markdownToText(m.description), 180) : '';
  return html`<li class="model-card${m.deprecated ? ' is-deprecated' : ''}" data-name="${m.name}" data-task="${m.task ?? ''}" data-stages="${m.stages.map(([s]) => s).join(' ')}" data-updated="${timeOf(latest?.created)}"${metric ? html` data-metric="${metric.value}" data-metric-name="${m.primaryMetric}" data-direction="${def?.direction ?? ''}"` : ''}>
<h2 class="model-title"><a href="${to(paths.model(m.name))}">${m.title ?? m.name}</a>${m.deprecated ? html` <span class="chip deprecated">deprecated</span>` : ''}</h2>
<p class="model-sub"><code>${m.name}</code>${m.task ? html` &#183; <span class="task">${m.task}</span>` : ''}</p>
${text ? html`<p class="excerpt">${text}</p>` : ''}
<dl class="facts">${stageLinks}${metric ? html`<div><dt>${m.primaryMetric}</dt><dd class="num">${metric.text}${def?.unit ? ` ${def.unit}` : ''}</dd></div>` : ''}${latest ? html`<div><dt>latest</dt><dd><a href="${to(paths.version(m.name, latest.version))}">${latest.version}</a> <time datetime="${isoDate(latest.created) ?? ''}">${formatDate(latest.created)}</time></dd></div>` : html`<div><dt>versions</dt><dd>none yet</dd></div>`}</dl>
${m.owners.length ? html`<ul class="owners" aria-label="Owners">${m.owners.map((o) => html`<li>${o}</li>`)}</ul>` : ''}
${m.tags.length ? html`<ul class="tags" aria-label="Tags">${m.tags.map((t) => html`<li>${t}</li>`)}</ul>` : ''}
</li>`;
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));
}
