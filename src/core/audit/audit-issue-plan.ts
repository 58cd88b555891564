/**
 * The one GitHub issue the scheduled audit keeps: what to do with it, planned
 * from the audit and the issues found (pure; adapters/github/audit-issue.ts
 * carries the plan out). The issue is known by its label and the hidden
 * marker its body starts with; the body also remembers, in a second hidden
 * line, the fingerprints of the findings it already announced, so owners are
 * mentioned once per new finding, never on every run.
 */
import { createHash } from 'node:crypto';
import type { AuditReport } from './audit.js';
import { charCount, countsText, GITHUB_TEXT_LIMIT, renderAuditMarkdown, renderMentionComment } from './audit-markdown.js';
import type { AuditFinding } from './finding.js';

export const AUDIT_LABEL = 'model-registry-audit';
export const AUDIT_MARKER = '<!-- model-registry-audit -->';
const SEEN_PREFIX = '<!-- model-registry-audit:seen';
const SEEN_RE = /^<!-- model-registry-audit:seen((?: [0-9a-f]{10})*) -->$/m;
/** The most findings an issue remembers (11 characters each): the rest are listed, never mentioned. */
export const MAX_REMEMBERED = 2000;

/** An issue the audit wrote (label, marker and author checked by the adapter). */
export interface AuditIssue {
  number: number;
  state: 'open' | 'closed';
  body: string;
}

export interface AuditIssueState {
  /** The audit's open issues, oldest first. */
  open: readonly AuditIssue[];
  /** Its newest issue closed as completed (not a duplicate), when there is no open one. */
  closed?: AuditIssue;
}

export interface AuditIssuePlan {
  action: 'none' | 'create' | 'update' | 'reopen' | 'close';
  /** The issue acted on (not for create or none). */
  number?: number;
  title: string;
  /** Written first: with the findings already announced remembered, not the new ones (announced next). */
  body: string;
  /** The comment that mentions the owners of models with new findings. */
  mention?: string;
  /** Written after the mention: every finding remembered. */
  finalBody?: string;
  /** The comment posted before closing. */
  closing?: string;
  /** Other open audit issues (a concurrent run's), closed as duplicates of `number`. */
  duplicates: number[];
  /** Fingerprints of the findings announced by this run. */
  fresh: string[];
}

/** A short, stable fingerprint of a finding (its key: rule, model, what it is about). */
export function fingerprint(finding: Pick<AuditFinding, 'key'>): string {
  return createHash('sha256').update(finding.key).digest('hex').slice(0, 10);
}

/** The fingerprints an issue body remembers. */
export function rememberedIn(body: string): Set<string> {
  const match = SEEN_RE.exec(body);
  return new Set((match?.[1] ?? '').split(' ').filter(Boolean));
}

/** Whether a body is the audit's (starts with its marker): with the label and the author, how its issue is found. */
export function isAuditBody(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.startsWith(AUDIT_MARKER);
}

export function auditTitle(report: AuditReport): string {
  return report.findings.length ? `Model registry audit: ${countsText(report)}` : 'Model registry audit: all well';
}

/** The issue body: markers, then the findings, within GitHub's limit. */
export function auditIssueBody(report: AuditReport, remembered: Iterable<string>): string {
  const seen = [...remembered].slice(0, MAX_REMEMBERED);
  const head = `${AUDIT_MARKER}\n${SEEN_PREFIX}${seen.map((s) => ` ${s}`).join('')} -->\n## Model registry audit\n\n`;
  const foot =
    '\n\n---\nKept up to date by the scheduled `model-registry audit`: edited on every run, closed when all is well, reopened when something goes wrong again. Owners are mentioned once per new finding.';
  return head + renderAuditMarkdown(report, GITHUB_TEXT_LIMIT - charCount(head) - charCount(foot)) + foot;
}

export function planAuditIssue(report: AuditReport, state: AuditIssueState): AuditIssuePlan {
  const [target, ...duplicates] = state.open;
  const title = auditTitle(report);
  const current = report.findings.slice(0, MAX_REMEMBERED);
  const prints = current.map(fingerprint);
  if (report.findings.length === 0) {
    if (!target) return { action: 'none', title, body: '', duplicates: [], fresh: [] };
    return {
      action: 'close',
      number: target.number,
      title,
      body: auditIssueBody(report, []),
      closing: `All is well as of ${report.now}: no findings. Closing; the audit reopens this issue when something goes wrong again.`,
      duplicates: duplicates.map((d) => d.number),
      fresh: [],
    };
  }
  const existing = target ?? state.closed;
  const remembered = existing ? rememberedIn(existing.body) : new Set<string>();
  // Remember only what is still wrong: a finding that went away and comes back is new again.
  const kept = prints.filter((p) => remembered.has(p));
  const fresh = current.filter((_, i) => !remembered.has(prints[i]));
  const plan: AuditIssuePlan = {
    action: target ? 'update' : state.closed ? 'reopen' : 'create',
    ...(existing ? { number: existing.number } : {}),
    title,
    body: auditIssueBody(report, kept),
    duplicates: duplicates.map((d) => d.number),
    fresh: fresh.map(fingerprint),
  };
  if (fresh.length) {
    plan.mention = renderMentionComment(report, fresh);
    plan.finalBody = auditIssueBody(report, prints);
  }
  return plan;
}

/** The comment on an issue closed as a duplicate of the one kept. */
export function duplicateComment(keep: number): string {
  return `Closed as a duplicate of #${keep}: the audit keeps one issue (another run created this one at the same time).`;
}
