/**
 * An Atom feed (RFC 4287) of the newest versions and stage changes
 * (promotions, rollbacks, demotions, from git), for feed readers and chat
 * integrations. Links are absolute with a base URL, else relative to the feed.
 */
import { escapeHtml } from './html.js';
import { formatNumberFast, isoDate, timeOf } from './format.js';
import { type SiteData, type SiteVersion } from './site-model.js';
import type { HistoryEvent } from '../stages/history.js';
import { absoluteUrl, paths } from './urls.js';

export const FEED_ENTRIES = 50;

/** Text safe in XML 1.0: escaped, and without the control characters XML forbids. */
function xml(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

/** Promotions, rollbacks and demotions from git, newest first (the model pages' Stage history). */
function newestStageEvents(data: SiteData, count: number): HistoryEvent[] {
  const all = data.models.flatMap((m) => m.events.filter((e) => e.kind === 'promotion' || e.kind === 'rollback' || e.kind === 'demotion').slice(0, count));
  all.sort((a, b) => timeOf(b.date) - timeOf(a.date) || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  return all.slice(0, count);
}

export function renderFeed(data: SiteData): string {
  const base = data.options.baseUrl;
  const link = (path: string) => absoluteUrl(base, path) ?? path;
  const versions = data.newest.slice(0, FEED_ENTRIES);
  const events = newestStageEvents(data, FEED_ENTRIES);
  // The newest of both; one date: versions before stage changes (a version is promoted after it exists).
  const entries: (SiteVersion | HistoryEvent)[] = [...versions, ...events]
    .map((item, i) => ({ item, i, time: 'kind' in item ? timeOf(item.date) : timeOf(item.created) }))
    .sort((a, b) => b.time - a.time || a.i - b.i)
    .slice(0, FEED_ENTRIES)
    .map(({ item }) => item);
  const first = entries[0];
  const updated = isoDate(first && ('kind' in first ? first.date : first.created)) ?? isoDate(data.options.generatedAt) ?? new Date(0).toISOString();
  const feedId = absoluteUrl(base, paths.feed) ?? `urn:model-registry:${encodeURIComponent(data.settings.name)}:feed`;
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xml(feedId)}</id>`,
    `<title>${xml(`New model versions in ${data.settings.name}`)}</title>`,
    `<updated>${updated}</updated>`,
    `<author><name>${xml(data.settings.name)}</name></author>`,
    `<generator>model-registry</generator>`,
    `<link rel="alternate" type="text/html" href="${xml(link(paths.catalogue))}"/>`,
  ];
  if (base) out.push(`<link rel="self" type="application/atom+xml" href="${xml(link(paths.feed))}"/>`);
  for (const entry of entries) {
    if ('kind' in entry) {
      out.push(...stageEventEntry(data, entry, link, updated));
      continue;
    }
    const v = entry;
    const model = data.byName.get(v.model);
    const page = link(paths.version(v.model, v.version, v.page));
    // The id stays the version's first address: an entry's id must not change when a long history is split into pages.
    const id = absoluteUrl(base, paths.version(v.model, v.version)) ?? `urn:model-registry:${encodeURIComponent(v.model)}:${encodeURIComponent(v.version)}`;
    const when = isoDate(v.created) ?? updated;
    const metrics = v.metrics
      .slice(0, 8)
      .map((m) => `${m.name} ${formatNumberFast(m.value)}`)
      .join(', ');
    const details = [
      v.summary,
      v.stages.length ? `Stages: ${v.stages.join(', ')}.` : '',
      v.deprecated !== undefined ? `Deprecated: ${v.deprecated}` : '',
      metrics ? `Metrics: ${metrics}.` : '',
    ]
      .filter(Boolean)
      .join('\n');
    out.push(
      '<entry>',
      `<id>${xml(id)}</id>`,
      `<title>${xml(`${model?.title ?? v.model} ${v.version}`)}</title>`,
      `<updated>${when}</updated>`,
      `<published>${when}</published>`,
      `<link rel="alternate" type="text/html" href="${xml(page)}"/>`,
      `<category term="${xml(v.model)}"/>`,
      `<summary type="text">${xml(v.summary || `${v.model} ${v.version}`)}</summary>`,
      `<content type="text">${xml(details)}</content>`,
      '</entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}

const DONE: Partial<Record<HistoryEvent['kind'], string>> = { promotion: 'promoted to', rollback: 'rolled back in', demotion: 'removed from' };

/** One promotion, rollback or demotion as a feed entry, linking to the model page's Stage history. */
function stageEventEntry(data: SiteData, e: HistoryEvent, link: (path: string) => string, fallback: string): string[] {
  const title = `${data.byName.get(e.model)?.title ?? e.model} ${e.version} ${DONE[e.kind] ?? e.kind} ${e.stage ?? ''}`.trim();
  const id = `urn:model-registry:${[e.model, e.kind, e.stage ?? '', e.version, e.commit].map(encodeURIComponent).join(':')}`;
  const when = isoDate(e.date) ?? fallback;
  const details = [
    e.from !== undefined ? `It replaces ${e.from}.` : '',
    e.pullRequest !== undefined ? `Pull request #${e.pullRequest}.` : '',
    e.approvers?.length ? `Approved by ${e.approvers.join(', ')}.` : '',
    `Commit ${e.commit}.`,
  ]
    .filter(Boolean)
    .join('\n');
  return [
    '<entry>',
    `<id>${xml(id)}</id>`,
    `<title>${xml(title)}</title>`,
    `<updated>${when}</updated>`,
    `<published>${when}</published>`,
    `<link rel="alternate" type="text/html" href="${xml(link(paths.modelHistory(e.model)))}"/>`,
    `<category term="${xml(e.model)}"/>`,
    `<summary type="text">${xml(title)}</summary>`,
    `<content type="text">${xml(details)}</content>`,
    '</entry>',
  ];
}
