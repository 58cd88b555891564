/**
 * The catalogue (index.html): every model with what runs where, its primary
 * metric and latest version, server-rendered so it reads without JavaScript.
 * The script adds instant search (over search-index.json, loaded separately
 * to keep this page small), filters and sorting; the controls stay hidden
 * until it runs.
 */
import { html, type Raw } from '../html.js';
import { deprecatedChip, timeTag } from '../components.js';
import { formatCount, timeOf } from '../format.js';
import { plural } from '../../text/plural.js';
import { renderPage, type PagePieces } from '../layout.js';
import { excerpt, markdownToText, renderMarkdown } from '../markdown.js';
import { metricOf, productionStage, type ModelSummary, type SiteData } from '../site-model.js';
import { paths, relativeUrl } from '../urls.js';
import { compareValues, metricTitle, VERDICT_WORDS } from '../../report/metric-comparison.js';
import type { MetricDefinition } from '../../registry/registry.js';
import { HEALTH_LABELS, HEALTH_ORDER } from '../monitoring.js';
import { healthMark } from './model-monitoring.js';

const PAGE = paths.catalogue;
const SEARCH_HINT = 'Name, description, tag, task, owner or dataset';
const SEARCH_INPUT = html`<input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="${SEARCH_HINT}" aria-describedby="result-count">`;
const NO_STAGE = html`<option value="-">In no stage</option>`;
const SORT_OPTIONS = [
  html`<option value="name">Name</option>`,
  html`<option value="recent">Most recent version</option>`,
  html`<option value="metric">Primary metric (best first)</option>`,
];
const DEPRECATED = html` <span class="chip deprecated">deprecated</span>`;
const NO_VERSIONS = html`<div><dt>versions</dt><dd>none yet</dd></div>`;
// Health from the audit at the build's time (issue 17); "-": models that declare no monitoring.
const HEALTH_FILTER = html`<div class="field"><label for="f-health">Health</label><select id="f-health" data-filter="health"><option value="">Any health</option>${HEALTH_ORDER.map(
  (h) => html`<option value="${h}">${HEALTH_LABELS[h]}</option>`,
)}<option value="-">Not monitored</option></select></div>`;

export function renderCatalogue(data: SiteData): PagePieces {
  const s = data.settings;
  const tasks = uniqueSorted(data.models.flatMap((m) => (m.task ? [m.task] : [])));
  const tags = uniqueSorted(data.models.flatMap((m) => m.tags));
  const owners = uniqueSorted(data.models.flatMap((m) => m.owners));
  const versionCount = data.pages.size;
  const production = productionStage(s);
  const inProduction = data.models.filter((m) => m.stages.some(([stage]) => stage === production)).length;
  const options = (values: string[]) => values.map((v) => html`<option value="${v}">${v}</option>`);
  // A filter's select: "any" first, then the values the models have.
  const select = (name: string, values: string[], more: Raw | '' = '') =>
    html`<select id="f-${name}" data-filter="${name}"><option value="">Any ${name}</option>${options(values)}${more}</select>`;
  const modelCount = plural(data.models.length, 'model', formatCount);

  const body = html`<h1>${s.name}</h1>
${s.description ? html`<div class="lead prose">${renderMarkdown(s.description, 1)}</div>` : ''}
<p class="stats">${modelCount} &#183; ${plural(versionCount, 'version', formatCount)} &#183; ${formatCount(inProduction)} in ${production}</p>
<section class="finder" aria-labelledby="finder-h">
<h2 id="finder-h" class="visually-hidden">Find a model</h2>
<div class="controls" id="controls" hidden>
<div class="field field-search"><label for="q">Search</label>${SEARCH_INPUT}</div>
<div class="field"><label for="f-task">Task</label>${select('task', tasks)}</div>
<div class="field"><label for="f-tag">Tag</label>${select('tag', tags)}</div>
<div class="field"><label for="f-owner">Owner</label>${select('owner', owners)}</div>
<div class="field"><label for="f-stage">Stage</label>${select('stage', s.stages, NO_STAGE)}</div>
${data.models.some((m) => m.audit?.health.length) ? HEALTH_FILTER : ''}
<div class="field"><label for="sort">Sort by</label><select id="sort">${SORT_OPTIONS}</select></div>
<div class="field field-reset"><button type="button" id="reset">Clear</button></div>
</div>
<p id="result-count" class="result-count" role="status">${modelCount}</p>
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
    description: `${s.name}: ${plural(data.models.length, 'model')} and what runs in each stage.`,
    body,
  });
}

function modelItem(data: SiteData, m: ModelSummary): Raw {
  const to = (path: string) => relativeUrl(PAGE, path);
  const metric = metricOf(m.headline, m.primaryMetric);
  const def = m.primaryMetric ? data.settings.metrics[m.primaryMetric] : undefined;
  const latest = m.latest;
  const stageLinks = m.stages.map(([stage, version]) => {
    const v = m.staged.get(version);
    const link = v ? html`<a href="${to(paths.version(m.name, version, v.page))}">${version}</a>` : version;
    return html`<div><dt>${stage}</dt><dd>${link}${v?.deprecated !== undefined ? html` ${deprecatedChip(v.deprecated)}` : ''}</dd></div>`;
  });
  const text = m.description ? excerpt(markdownToText(m.description), 180) : '';
  const stages = m.stages.map(([s]) => s).join(' ');
  const metricData = metric ? html` data-metric="${metric.value}" data-metric-name="${m.primaryMetric}" data-direction="${def?.direction ?? ''}"` : '';
  const health = m.audit?.health ?? [];
  const attributes = html`data-name="${m.name}" data-task="${m.task ?? ''}" data-stages="${stages}"${health.length ? html` data-health="${health.join(' ')}"` : ''} data-updated="${timeOf(latest?.created)}"${metricData}`;
  const metricFact = metric
    ? html`<div><dt>${metricTitle(m.primaryMetric!, def)}</dt><dd class="num">${metric.text}${def?.unit ? ` ${def.unit}` : ''}${trendNote(m, def)}</dd></div>`
    : '';
  const latestLink = latest ? html`<a href="${to(paths.version(m.name, latest.version, latest.page))}">${latest.version}</a>` : '';
  const latestFact = latest ? html`<div><dt>latest</dt><dd>${latestLink} ${timeTag(latest.created)}</dd></div>` : NO_VERSIONS;
  return html`<li class="model-card${m.deprecated ? ' is-deprecated' : ''}" ${attributes}>
<h2 class="model-title"><a href="${to(paths.model(m.name))}">${m.title ?? m.name}</a>${m.deprecated ? DEPRECATED : ''}</h2>
<p class="model-sub"><code>${m.name}</code>${m.task ? html` &#183; <span class="task">${m.task}</span>` : ''}</p>
${text ? html`<p class="excerpt">${text}</p>` : ''}
<dl class="facts">${stageLinks}${metricFact}${latestFact}${health.length ? html`<div><dt>health</dt><dd>${healthMark(health)}</dd></div>` : ''}</dl>
${m.owners.length ? html`<ul class="owners" aria-label="Owners">${m.owners.map((o) => html`<li>${o}</li>`)}</ul>` : ''}
${m.tags.length ? html`<ul class="tags" aria-label="Tags">${m.tags.map((t) => html`<li>${t}</li>`)}</ul>` : ''}
</li>`;
}

const TREND_ARROWS = { up: html`&#9650;`, down: html`&#9660;`, same: html`=` };

/** The production version's primary metric against the version production ran before: up, down or within noise, with its word. */
function trendNote(m: ModelSummary, def: MetricDefinition | undefined): Raw | '' {
  if (!m.trend) return '';
  const { delta, text, verdict } = compareValues(m.trend.now, m.trend.before, def);
  const arrow = delta > 0 ? TREND_ARROWS.up : delta < 0 ? TREND_ARROWS.down : TREND_ARROWS.same;
  return html` <span class="trend delta ${verdict}"><span aria-hidden="true">${arrow}</span> ${text} <small>${VERDICT_WORDS[verdict]} vs ${m.trend.previous}</small></span>`;
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));
}
