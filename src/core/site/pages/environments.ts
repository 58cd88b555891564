/**
 * The model page's "Environments": for each environment registry.yaml
 * declares, its stage, the version the stage declares, the version the
 * environment's deployments report running and since when, and whether the
 * two match. Built without the deployments, it says so and shows the
 * declared side. Every value goes through `html`, which escapes.
 */
import { formatDuration } from '../../environments/duration.js';
import { isDrift } from '../../environments/status.js';
import { externalLink, scrollTable, section, tableHead, timeTag, versionLink } from '../components.js';
import { html, raw, type Raw } from '../html.js';
import { apiEnvironmentsPath, environmentsFileTaken, modelEnvironmentRows } from '../environments.js';
import { versionIn, type SiteData, type SiteModel } from '../site-model.js';
import { paths, relativeUrl, safeHttpUrl } from '../urls.js';

const HEAD = tableHead('Environment', 'Stage', 'Version running', 'Since', 'Matches the stage');
const CAPTION = html`<caption class="visually-hidden">What each environment reports running, against what its stage declares</caption>`;
const DASH = raw('&#8211;');
const NOTHING = html`<span class="muted">nothing reported</span>`;

/** The section, or '' when registry.yaml declares no environment. */
export function environmentsSection(data: SiteData, m: SiteModel): Raw | '' {
  const rows = modelEnvironmentRows(data, m);
  const environments = data.options.environments;
  if (!rows || !environments) return '';
  const page = paths.model(m.name);
  const version = (v: string | undefined) => {
    if (v === undefined) return DASH;
    const site = versionIn(m, v);
    return site ? versionLink(page, site) : html`${v}`;
  };
  const body = rows.map((row) => {
    const stage = html`${row.stage} <span class="muted">(${row.declared ?? 'nothing'})</span>`;
    if (!isDrift(row)) return html`<tr><th scope="row">${row.environment}</th><td>${stage}</td><td>${DASH}</td><td>${DASH}</td><td>${DASH}</td></tr>`;
    // The serving address comes from whoever reported the deployment: a link only when it is http(s), else left out.
    const serving = safeHttpUrl(row.environmentUrl);
    const running = row.running === undefined ? NOTHING : html`${version(row.running)}${serving ? html` ${externalLink(serving, 'serving')}` : ''}`;
    const since = row.runningSince ? timeTag(row.runningSince) : DASH;
    let verdict: Raw;
    if (row.matches) verdict = html`<span class="drift-ok">yes</span>`;
    else {
      const length = row.driftMs === undefined ? 'for an unknown time' : `for ${formatDuration(row.driftMs)}`;
      const over = row.exceeded ? `, longer than ${environments.maxDrift}` : '';
      verdict = html`<strong class="drift-bad">no</strong> <span class="muted">(drifted ${length}${over})</span>`;
    }
    return html`<tr><th scope="row">${row.environment}</th><td>${stage}</td><td>${running}</td><td>${since}</td><td>${verdict}</td></tr>`;
  });
  const note = environments.read
    ? ''
    : html`<p class="notice" role="note">Environments were not read when this site was built (${environments.note ?? 'no token and repository'}): what each runs is unknown; the stages' versions are shown.</p>`;
  const table = scrollTable('Environments', html`<table class="environments-table">${CAPTION}${HEAD}<tbody>${body}</tbody></table>`);
  const json = environmentsFileTaken(data, m) ? '' : html`<p><a href="${relativeUrl(page, apiEnvironmentsPath(m.name))}">JSON</a></p>`;
  return section('environments', 'Environments', html`${note}${table}${json}`);
}
