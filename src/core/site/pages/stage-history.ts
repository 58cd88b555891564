/**
 * The model page's "Stage history": every promotion, rollback, demotion and
 * deprecation from git, newest first, with the pull request and the approvers
 * linked to GitHub. Registrations are the Versions table's (and history.json's).
 * Every value is text from tags and commits: it goes through `html`, which escapes.
 */
import { html, raw, type Raw } from '../html.js';
import { scrollTable, section, shortSha, tableHead, timeTag, versionLink } from '../components.js';
import { versionIn, type SiteData, type SiteModel } from '../site-model.js';
import { commitUrl, paths, pullRequestUrl, relativeUrl, userUrl } from '../urls.js';
import type { HistoryEvent } from '../../stages/history.js';

const HEAD = tableHead('Date', 'Event', 'Version', 'Stage', 'Pull request', 'Approved by', 'Commit');
const CAPTION = html`<caption class="visually-hidden">Stage changes and deprecations, newest first</caption>`;
const DASH = raw('&#8211;');
const INCOMPLETE = raw(
  '<p class="notice" role="note">This site was built from a shallow clone, so older events are missing (check out with <code>fetch-depth: 0</code>).</p>',
);
const WORDS: Record<HistoryEvent['kind'], string> = {
  registration: 'registered',
  promotion: 'promoted',
  rollback: 'rolled back',
  demotion: 'removed',
  deprecation: 'deprecated',
};

/** The section, or '' when git shows no stage change or deprecation of the model. */
export function stageHistorySection(data: SiteData, m: SiteModel): Raw | '' {
  const events = m.events.filter((e) => e.kind !== 'registration');
  if (events.length === 0) return '';
  const page = paths.model(m.name);
  const repository = data.options.repository;
  const rows = events.map((e) => {
    const v = versionIn(m, e.version);
    const detail = e.from !== undefined ? html` <span class="muted">from ${e.from}</span>` : e.reason ? html` <span class="muted">${e.reason}</span>` : '';
    const pr = e.pullRequest === undefined ? DASH : linkOr(pullRequestUrl(data.github, e.pullRequest), `#${e.pullRequest}`);
    const approvers = e.approvers?.length
      ? html`${e.approvers.map((login, i) => html`${i ? ', ' : ''}${linkOr(userUrl(data.github, login), `@${login}`)}`)}`
      : DASH;
    const sha = html`<code>${shortSha(e.commit, 7)}</code>`;
    const commit = repository ? commitUrl(data.github, repository, e.commit) : undefined;
    const cells = html`<td>${timeTag(e.date)}</td><td class="event event-${e.kind}">${WORDS[e.kind]}${detail}</td><td>${v ? versionLink(page, v) : e.version}</td>`;
    return html`<tr>${cells}<td>${e.stage ?? DASH}</td><td>${pr}</td><td>${approvers}</td><td>${commit ? html`<a href="${commit}">${sha}</a>` : sha}</td></tr>`;
  });
  const table = scrollTable('Stage history', html`<table class="history-table">${CAPTION}${HEAD}<tbody>${rows}</tbody></table>`);
  const json = html`<p><a href="${relativeUrl(page, paths.apiHistory(m.name))}">JSON</a> (with registrations)</p>`;
  return section('stage-history', 'Stage history', html`${data.options.historyComplete === false ? INCOMPLETE : ''}${table}${json}`);
}

function linkOr(url: string | undefined, text: string): Raw {
  return url ? html`<a href="${url}">${text}</a>` : html`${text}`;
}
