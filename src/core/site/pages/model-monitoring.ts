/**
 * A model's monitoring on its page (issue 17): its health mark, the audit's
 * findings about it at the build's time, who uses it (model.yaml's
 * `consumers`), the newest observation of each series as a table (readable
 * without JavaScript), and a chart per monitored metric over time, drawn by
 * the script from api/models/<m>/monitoring.json (pages/model-drawn.ts says
 * why charts are drawn).
 */
import { html, raw, type Raw } from '../html.js';
import { scrollTable, section, tableHead, timeTag } from '../components.js';
import { formatNumberFast } from '../format.js';
import { metricTitle } from '../../report/metric-comparison.js';
import { apiMonitoringPath, monitoredMetricNames } from '../api-monitoring.js';
import { HEALTH_LABELS, type Health } from '../monitoring.js';
import type { MonitoringSeries } from '../monitoring-series.js';
import type { SiteData, SiteModel } from '../site-model.js';
import { paths, relativeUrl } from '../urls.js';

const HEALTH_TITLES: Record<Health, string> = {
  breached: 'a monitor is breached: the newest observation of a metric is outside its bounds',
  silent: 'silent: a stage runs a version with no observation for longer than max_silence',
  'retrain-overdue': 'retraining overdue: the newest version is older than retrain_after',
  ok: 'ok: every monitor holds',
};

/** The health mark: the worst state's word (colour is not the only cue), every state in its title. */
export function healthMark(states: readonly Health[]): Raw | '' {
  if (!states.length) return '';
  return html`<span class="health h-${states[0]}" title="${states.map((s) => HEALTH_TITLES[s]).join('; ')}">${HEALTH_LABELS[states[0]]}</span>`;
}

const FINDINGS_HEAD = tableHead('Severity', 'Finding', 'What', 'File');
const CONSUMERS_HEAD = tableHead('Consumer', 'Kind', 'Owner', 'Contact');
const LATEST_HEAD = tableHead('Metric', 'Version', 'Where', 'Newest value', 'When', 'Observations', 'Monitor');
const MONITOR_LEGEND = raw(
  '<p class="legend muted"><span class="swatch swatch-series" aria-hidden="true"></span> mean a period, the band from its min to its max &#183; ' +
    '<span class="swatch swatch-threshold" aria-hidden="true"></span> monitor (min, max; dashed: the registered value less max_drop) &#183; ' +
    '<span class="swatch swatch-registered" aria-hidden="true"></span> the value the version was registered with &#183; ' +
    'vertical lines: a new version observed. Each axis says its scale.</p>',
);

export function monitoringSection(data: SiteData, m: SiteModel): Raw | '' {
  const monitoring = m.monitoring;
  const findings = m.audit?.findings ?? [];
  if (!monitoring && !findings.length) return '';
  const page = paths.model(m.name);
  const states = m.audit?.health ?? [];
  const file = data.byName.get(m.name)?.monitoringFile ?? false;
  const apiHref = relativeUrl(page, apiMonitoringPath(m.name));
  const settings = monitoring?.monitoring;
  const facts = [
    states.length ? html`<div><dt>Health</dt><dd>${healthMark(states)}</dd></div>` : html`<div><dt>Health</dt><dd class="muted">not monitored</dd></div>`,
    settings?.maxSilence ? html`<div><dt>max_silence</dt><dd>${settings.maxSilence.text}</dd></div>` : '',
    settings?.retrainAfter ? html`<div><dt>retrain_after</dt><dd>${settings.retrainAfter.text}</dd></div>` : '',
    monitoring ? html`<div><dt>Observations</dt><dd>${monitoring.aggregated.observations}</dd></div>` : '',
  ];
  const findingRows = findings.map(
    (f) =>
      html`<tr class="finding ${f.severity}"><td><span class="severity ${f.severity}">${f.severity}</span></td><td><code>${f.rule}</code></td><td>${f.message}</td><td><code>${f.file}${f.line !== undefined ? `:${f.line}` : ''}</code></td></tr>`,
  );
  const findingsPart = findings.length
    ? html`<h3>Findings at ${timeTag(data.options.generatedAt)}</h3>${scrollTable('Audit findings', html`<table class="findings-table">${FINDINGS_HEAD}<tbody>${findingRows}</tbody></table>`)}`
    : states.length
      ? html`<p class="muted">No finding at ${timeTag(data.options.generatedAt)}.</p>`
      : '';
  const consumers = monitoring?.consumers ?? [];
  const consumerRows = consumers.map(
    (c) => html`<tr><th scope="row">${c.name}</th><td>${c.kind ?? '–'}</td><td>${c.owner ?? '–'}</td><td>${c.contact ?? '–'}</td></tr>`,
  );
  const consumersPart = html`<h3>Consumers</h3>${
    consumers.length
      ? scrollTable('Consumers', html`<table class="consumers-table">${CONSUMERS_HEAD}<tbody>${consumerRows}</tbody></table>`)
      : html`<p class="muted">model.yaml lists no consumers.</p>`
  }`;
  let charts: Raw | '' = '';
  if (monitoring && file) {
    const names = monitoredMetricNames(data, monitoring);
    const latest = newestPerPlace(monitoring.aggregated.series);
    const rows = latest.map((s) => {
      const def = Object.hasOwn(data.settings.metrics, s.metric) ? data.settings.metrics[s.metric] : undefined;
      const bounds = monitoring.monitoring.metrics.get(s.metric);
      const monitor = bounds
        ? [
            bounds.min !== undefined ? `min ${formatNumberFast(bounds.min)}` : '',
            bounds.max !== undefined ? `max ${formatNumberFast(bounds.max)}` : '',
            bounds.max_drop !== undefined ? `max_drop ${formatNumberFast(bounds.max_drop)}` : '',
          ]
            .filter(Boolean)
            .join(', ')
        : '–';
      const where = [s.segment !== undefined ? `segment ${s.segment}` : '', s.environment !== undefined ? `environment ${s.environment}` : '']
        .filter(Boolean)
        .join(', ');
      return html`<tr><th scope="row">${metricTitle(s.metric, def)}</th><td>${s.version}</td><td>${where || '–'}</td><td class="num">${formatNumberFast(s.last.value)}${def?.unit ? ` ${def.unit}` : ''}</td><td>${timeTag(s.last.time)}</td><td class="num">${s.count}</td><td>${monitor}</td></tr>`;
    });
    const table = latest.length
      ? scrollTable(
          'Newest observations',
          html`<table class="observations-table"><caption>The newest observation of each metric</caption>${LATEST_HEAD}<tbody>${rows}</tbody></table>`,
        )
      : html`<p class="muted">No observation yet: jobs append them with <code>model-registry observe</code>.</p>`;
    const box = names.length
      ? html`<div id="monitoring-box" data-api="${apiMonitoringPath(m.name)}"><p class="muted drawn-note">Drawn by the page's script from <a href="${apiHref}">the monitoring JSON</a>.</p></div>`
      : '';
    const period = monitoring.aggregated.observations ? `Each point aggregates a ${monitoring.aggregated.period} (UTC) of observations; ` : '';
    charts = html`<h3>Over time</h3>${table}${names.length ? MONITOR_LEGEND : ''}${box}<p class="muted small">${period}every series in <a href="${apiHref}">the monitoring JSON</a>.</p>`;
  }
  return section('monitoring', 'Monitoring', html`<dl class="meta">${facts}</dl>${findingsPart}${charts}${consumersPart}`);
}

/** Of each metric, segment and environment, the series observed last (its version's), metric by metric. */
function newestPerPlace(series: readonly MonitoringSeries[]): MonitoringSeries[] {
  const newest = new Map<string, MonitoringSeries>();
  for (const s of series) {
    const key = `${s.metric}\u0000${s.segment ?? ''}\u0000${s.environment ?? ''}`;
    const seen = newest.get(key);
    if (!seen || Date.parse(s.last.time) >= Date.parse(seen.last.time)) newest.set(key, s);
  }
  return [...newest.values()];
}
