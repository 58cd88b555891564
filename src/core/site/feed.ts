/**
 * An Atom feed (RFC 4287) of the newest versions, for feed readers and chat
 * integrations. Links are absolute with a base URL, else relative to the feed.
 */
import { escapeHtml } from './html.js';
import { formatNumberFast, isoDate, timeOf } from './format.js';
import { type SiteData, type SiteVersion } from './site-model.js';
import { absoluteUrl, paths } from './urls.js';

export const FEED_ENTRIES = 50;

/** Text safe in XML 1.0: escaped, and without the control characters XML forbids. */
function xml(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

export function newestVersions(data: SiteData, count: number): SiteVersion[] {
  const all = [...data.versions.values()];
  all.sort((a, b) => timeOf(b.created) - timeOf(a.created) || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  return all.slice(0, count);
}

export function renderFeed(data: SiteData): string {
  const base = data.options.baseUrl;
  const link = (path: string) => absoluteUrl(base, path) ?? path;
  const entries = newestVersions(data, FEED_ENTRIES);
  const updated = isoDate(entries[0]?.created) ?? isoDate(data.options.generatedAt) ?? new Date(0).toISOString();
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
  for (const v of entries) {
    const model = data.byName.get(v.model);
    const page = link(paths.version(v.model, v.version));
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
