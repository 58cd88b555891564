/**
 * The plan for the one audit issue: created, updated, closed and reopened as
 * findings come and go; owners mentioned once per new finding (the body
 * remembers fingerprints); duplicates closed; the body within GitHub's limit
 * and every registry text in it escaped.
 */
import { describe, expect, it } from 'vitest';
import {
  AUDIT_MARKER,
  auditIssueBody,
  fingerprint,
  MAX_REMEMBERED,
  planAuditIssue,
  rememberedIn,
  type AuditIssue,
} from '../../../../src/core/audit/audit-issue-plan.js';
import { charCount, GITHUB_TEXT_LIMIT } from '../../../../src/core/audit/audit-markdown.js';
import type { AuditReport } from '../../../../src/core/audit/audit.js';
import { finding, type AuditFinding } from '../../../../src/core/audit/finding.js';

const breach = (version: string, text = 'accuracy below min') =>
  finding('monitor-breached', 'churn', 'models/churn/monitoring/2026-02.jsonl', `${text} of ${version}`, [version, 'accuracy', '', ''], { line: 3, version });
const silent = finding('monitor-silent', 'churn', 'models/churn/stages.yaml', 'production runs 2.0.0, with no observation at all', ['2.0.0']);

function report(findings: AuditFinding[], now = '2026-02-10T00:00:00Z'): AuditReport {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    registry: 'acme',
    now,
    findings,
    counts: { errors, warnings: findings.length - errors },
    models: findings.length
      ? [{ name: 'churn', owners: ['@acme/ml', '@priya'], consumers: [{ name: 'router', owner: '@acme/routing', contact: '#routing', kind: 'service' }] }]
      : [],
    notes: [],
  };
}

const issue = (number: number, body: string, state: 'open' | 'closed' = 'open'): AuditIssue => ({ number, state, body });

describe('the audit issue plan', () => {
  it('does nothing when all is well and there is no issue', () => {
    expect(planAuditIssue(report([]), { open: [] })).toMatchObject({ action: 'none', duplicates: [], fresh: [] });
  });

  it('creates the issue for the first findings, mentions the owners of the model and of its consumers, then remembers them', () => {
    const now = report([breach('2.0.0'), silent]);
    const plan = planAuditIssue(now, { open: [] });
    expect(plan.action).toBe('create');
    expect(plan.title).toBe('Model registry audit: 1 error, 1 warning');
    expect(plan.body.startsWith(`${AUDIT_MARKER}\n`)).toBe(true);
    expect(rememberedIn(plan.body)).toEqual(new Set());
    expect(plan.fresh).toEqual([fingerprint(breach('2.0.0')), fingerprint(silent)]);
    expect(plan.mention).toContain('**2 new findings**');
    expect(plan.mention).toContain('cc @acme/ml @priya @acme/routing');
    expect(rememberedIn(plan.finalBody!)).toEqual(new Set(plan.fresh));
    // The body lists owners and consumers as text: no mention on every edit.
    expect(plan.body).toContain('Owners: @\u200Bacme/ml, @\u200Bpriya');
    expect(plan.body).not.toMatch(/(^|[^\u200B])@acme/);
    expect(plan.body).toContain('| router | service | @\u200Bacme/routing | #\u200Brouting |');
  });

  it('edits the issue on every run without mentioning anyone again, and mentions only a finding that is new', () => {
    const first = planAuditIssue(report([breach('2.0.0')]), { open: [] });
    const open = issue(7, first.finalBody!);
    // The same finding with other figures (a later observation) is the same finding.
    const again = planAuditIssue(report([breach('2.0.0', 'accuracy further below min')], '2026-02-11T00:00:00Z'), { open: [open] });
    expect(again).toMatchObject({ action: 'update', number: 7, fresh: [], duplicates: [] });
    expect(again.mention).toBeUndefined();
    expect(again.body).toContain('accuracy further below min');
    expect(again.body).toContain('2026-02-11');
    expect(rememberedIn(again.body)).toEqual(rememberedIn(first.finalBody!));

    const more = planAuditIssue(report([breach('2.0.0'), silent]), { open: [open] });
    expect(more.fresh).toEqual([fingerprint(silent)]);
    expect(more.mention).toContain('**1 new finding**');
    expect(more.mention).toContain('production runs 2.0.0');
    expect(more.mention).not.toContain('accuracy below min');
    expect(rememberedIn(more.body)).toEqual(new Set([fingerprint(breach('2.0.0'))]));
    expect(rememberedIn(more.finalBody!)).toEqual(new Set([fingerprint(breach('2.0.0')), fingerprint(silent)]));
  });

  it('closes the issue with a comment when all is well, and reopens it when something goes wrong again, the old findings new again', () => {
    const open = issue(7, planAuditIssue(report([breach('2.0.0')]), { open: [] }).finalBody!);
    const close = planAuditIssue(report([]), { open: [open] });
    expect(close).toMatchObject({ action: 'close', number: 7, title: 'Model registry audit: all well' });
    expect(close.closing).toContain('All is well as of 2026-02-10T00:00:00Z');
    expect(rememberedIn(close.body)).toEqual(new Set());
    expect(close.body).toContain('**no findings**');

    const reopen = planAuditIssue(report([breach('2.0.0')]), { open: [], closed: issue(7, close.body, 'closed') });
    expect(reopen).toMatchObject({ action: 'reopen', number: 7, fresh: [fingerprint(breach('2.0.0'))] });
    expect(reopen.mention).toContain('cc @acme/ml');
  });

  it('keeps the oldest of two open issues and closes the other as a duplicate', () => {
    const body = planAuditIssue(report([breach('2.0.0')]), { open: [] }).body;
    const plan = planAuditIssue(report([breach('2.0.0')]), { open: [issue(3, body), issue(4, body)] });
    expect(plan).toMatchObject({ action: 'update', number: 3, duplicates: [4] });
    expect(planAuditIssue(report([]), { open: [issue(3, body), issue(4, body)] })).toMatchObject({ action: 'close', number: 3, duplicates: [4] });
  });

  it("keeps the body and the mention within GitHub's 65,536 characters, remembering at most 2,000 findings", () => {
    const many = Array.from({ length: 5000 }, (_, i) => breach(`1.0.${i}`, `${'x'.repeat(200)} <b>@someone</b>`));
    const plan = planAuditIssue(report(many), { open: [] });
    for (const text of [plan.body, plan.mention!, plan.finalBody!]) expect(charCount(text)).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
    expect(plan.body).toMatch(/… and \d+ more findings: run `model-registry audit` for all of them\.\n/);
    expect(plan.mention).toMatch(/… and \d+ more new findings, listed in the description\.$/);
    expect(rememberedIn(plan.finalBody!).size).toBe(MAX_REMEMBERED);
    expect(plan.fresh).toHaveLength(MAX_REMEMBERED);
  });

  it('escapes everything a card or an observation wrote', () => {
    const evil = finding(
      'monitor-breached',
      'churn',
      'models/churn/monitoring/2026-02.jsonl',
      'accuracy (segment <img src=x onerror=alert(1)> @attacker [link](https://evil.example) #1 ` | --> ) was 0.1',
      ['1.0.0', 'accuracy', '<img>', ''],
      { line: 1 },
    );
    const body = auditIssueBody(report([evil]), []);
    const text = body.split('\n').slice(2).join('\n');
    for (const raw of ['<img', '@attacker', '](https://', '-->', '| -->']) expect(text, raw).not.toContain(raw);
    // An issue reference: only inside entities (&#124;), never as text.
    expect(text).not.toMatch(/(^|[^&])#1/);
    expect(body.split('\n').filter((l) => l.startsWith('<!--'))).toEqual([AUDIT_MARKER, '<!-- model-registry-audit:seen -->']);
  });
});
