/**
 * The audit as Markdown, for the audit issue, its comments and the job
 * summary. Everything that comes from the registry (names, messages quoting
 * observations and cards, consumers' contacts) is escaped; owners are live
 * @-mentions only in the comment that announces new findings, and only as
 * handles the schema's pattern accepts. Every text is cut to fit GitHub's
 * 65,536 characters.
 */
import { mdCode, mdText } from '../text/markdown-escape.js';
import { plural } from '../text/plural.js';
import type { AuditReport } from './audit.js';
import type { AuditFinding } from './finding.js';

/** GitHub refuses an issue body or a comment longer than this (in characters). */
export const GITHUB_TEXT_LIMIT = 65_536;

const ICON = { error: '🔴', warning: '🟡' } as const;

/** Characters as GitHub counts them: code points. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function countsText(report: Pick<AuditReport, 'counts'>): string {
  const { errors, warnings } = report.counts;
  if (!errors && !warnings) return 'no findings';
  return [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
}

function where(f: AuditFinding): string {
  return mdCode(f.line !== undefined ? `${f.file}:${f.line}` : f.file);
}

function findingRow(f: AuditFinding): string {
  return `| ${ICON[f.severity]} | ${mdCode(f.rule)} | ${where(f)} | ${mdText(f.message, 1000)} |`;
}

/**
 * Every finding, model by model, with its owners and consumers as text (no
 * mention), in at most `limit` characters: what does not fit is counted, and
 * `model-registry audit` lists it all.
 */
export function renderAuditMarkdown(report: AuditReport, limit = GITHUB_TEXT_LIMIT): string {
  const head = [
    `**${countsText(report)}**${report.findings.length ? ` in ${plural(report.models.length, 'model')}` : ''}, as of ${mdText(report.now)}.`,
    ...report.notes.map((n) => `> ${mdText(n, 1000)}`),
  ].join('\n\n');
  const tail = (left: number) => `\n\n… and ${plural(left, 'more finding')}: run \`model-registry audit\` for all of them.`;
  let out = head;
  let shown = 0;
  for (const model of report.models) {
    const findings = report.findings.filter((f) => f.model === model.name);
    const lines = ['', `### ${mdCode(model.name)}`, '', `Owners: ${model.owners.length ? model.owners.map((o) => mdText(o)).join(', ') : '*none*'}`];
    if (model.consumers.length) {
      lines.push('', '| consumer | kind | owner | contact |', '|---|---|---|---|');
      for (const c of model.consumers) lines.push(`| ${mdText(c.name)} | ${mdText(c.kind ?? '–')} | ${mdText(c.owner ?? '–')} | ${mdText(c.contact ?? '–')} |`);
    }
    lines.push('', '| | rule | file | finding |', '|---|---|---|---|');
    let section = lines.join('\n');
    let added = 0;
    for (const f of findings) {
      const row = `\n${findingRow(f)}`;
      if (charCount(out) + charCount(section) + charCount(row) + charCount(tail(report.findings.length)) > limit) break;
      section += row;
      added++;
    }
    if (added === 0) break;
    out += `\n${section}`;
    shown += added;
    if (added < findings.length) break;
  }
  return shown < report.findings.length ? out + tail(report.findings.length - shown) : out;
}

/**
 * The comment that tells people about new findings: per model, its owners and
 * its consumers' owners mentioned, then the new findings.
 */
export function renderMentionComment(report: AuditReport, fresh: readonly AuditFinding[], issueLimit = GITHUB_TEXT_LIMIT): string {
  const header = `**${plural(fresh.length, 'new finding')}** as of ${mdText(report.now)} (${countsText(report)} in all, listed in the description):`;
  let out = header;
  const models = [...new Set(fresh.map((f) => f.model))];
  let shown = 0;
  const tail = (left: number) => `\n\n… and ${plural(left, 'more new finding')}, listed in the description.`;
  for (const name of models) {
    const model = report.models.find((m) => m.name === name);
    const handles = [...new Set([...(model?.owners ?? []), ...(model?.consumers ?? []).flatMap((c) => (c.owner ? [c.owner] : []))])];
    let section = `\n\n### ${mdCode(name)}${handles.length ? `\ncc ${handles.join(' ')}` : ''}\n`;
    let added = 0;
    for (const f of fresh.filter((x) => x.model === name)) {
      const line = `\n- ${ICON[f.severity]} ${mdCode(f.rule)} ${where(f)}: ${mdText(f.message, 1000)}`;
      if (charCount(out) + charCount(section) + charCount(line) + charCount(tail(fresh.length)) > issueLimit) break;
      section += line;
      added++;
    }
    if (added === 0) break;
    out += section;
    shown += added;
  }
  return shown < fresh.length ? out + tail(fresh.length - shown) : out;
}
