/** Small pieces of markup shared by the pages. All text goes through `html`. */
import { compareValues, VERDICT_WORDS } from '../report/metric-comparison.js';
import type { MetricDefinition } from '../registry/registry.js';
import { html, raw, type Raw } from './html.js';
import { formatDate, isoDate } from './format.js';
import type { SiteVersion } from './site-model.js';
import { paths, relativeUrl, safeHttpUrl } from './urls.js';

/** A link when the URL is http(s), else the text as code (s3://, hf://, or something hostile). */
export function externalLink(url: string | undefined, label?: string): Raw {
  if (!url) return html`&#8211;`;
  const safe = safeHttpUrl(url);
  if (safe) return html`<a href="${safe}" rel="nofollow noopener noreferrer">${label ?? url}</a>`;
  return label && label !== url ? html`${label} <code class="uri">${url}</code>` : html`<code class="uri">${url}</code>`;
}

export function stageChips(stages: readonly string[]): Raw {
  return html`${stages.map((s) => html`<span class="chip stage stage-${s}">${s}</span> `)}`;
}

export function deprecatedChip(reason: string | undefined): Raw {
  return reason === undefined ? html`` : html`<span class="chip deprecated" title="${reason}">deprecated</span>`;
}

/** A table's head: one row of column headers. Made once per table kind (module constants), not per table. */
export function tableHead(...columns: string[]): Raw {
  return html`<thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>`;
}

/** A date as `<time>`: exact for machines in the attribute, short for people in the text. */
export function timeTag(iso: string | undefined): Raw {
  return html`<time datetime="${isoDate(iso) ?? ''}">${formatDate(iso)}</time>`;
}

export function versionLink(from: string, version: SiteVersion): Raw {
  return html`<a href="${relativeUrl(from, paths.version(version.model, version.version, version.page))}">${version.version}</a>`;
}

const ARROWS: Record<string, Raw> = { up: raw('&#9650;'), down: raw('&#9660;'), same: raw('=') };

interface Measured {
  value: number;
  ci?: readonly number[];
}

/**
 * A signed delta (to the precision the values carry) coloured by the metric's
 * direction, with an arrow and a word so colour is not the only cue; a change
 * within noise is neutral.
 */
export function deltaCell(current: Measured | undefined, previous: Measured | undefined, definition: MetricDefinition | undefined): Raw {
  if (current === undefined || previous === undefined) return html`<td class="delta none">&#8211;</td>`;
  const { delta, text, verdict } = compareValues(current, previous, definition);
  const arrow = delta === 0 ? ARROWS.same : delta > 0 ? ARROWS.up : ARROWS.down;
  return html`<td class="delta ${verdict}"><span aria-hidden="true">${arrow}</span> ${text} <small>${VERDICT_WORDS[verdict]}</small></td>`;
}

export function directionNote(definition: MetricDefinition | undefined): string {
  if (!definition) return 'not in the metric catalogue';
  return definition.direction === 'higher' ? 'higher is better' : 'lower is better';
}

/** A block of text to copy (a command, a snippet), with a copy button the script shows. `id` is unique in the page. */
export function copyBlock(text: string, label: string, id: string): Raw {
  const button = html`<button type="button" class="copy" data-copy="${id}" hidden>Copy ${label}</button>`;
  return html`<div class="copy-block"><pre tabindex="0"><code id="${id}">${text}</code></pre>${button}</div>`;
}

export function section(id: string, title: string, body: Raw | string, level = 2): Raw {
  return html`<section id="${id}" aria-labelledby="${id}-h"><h${raw(String(level))} id="${id}-h">${title}</h${raw(String(level))}>${body}</section>`;
}

/** A wide table in a region that scrolls sideways on small screens (focusable, so keyboards can scroll it). */
export function scrollTable(label: string, table: Raw): Raw {
  return html`<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

export function shortSha(sha: string | undefined, length = 12): string {
  return sha ? sha.slice(0, length) : '–';
}
