/** One finding of the audit, and how a finding is made and ordered. */
import { AUDIT_RULES, type AuditRuleId } from './audit-rules.js';

export interface AuditFinding {
  rule: AuditRuleId;
  severity: 'error' | 'warning';
  model: string;
  /** Registry-relative path of the file the finding concerns. */
  file: string;
  /** 1-based, when the finding is about one observation. */
  line?: number;
  message: string;
  /** The same while the same thing stays wrong, whatever its figures: how a later run knows a finding is not new. */
  key: string;
  version?: string;
  stage?: string;
  metric?: string;
}

export function finding(
  rule: AuditRuleId,
  model: string,
  file: string,
  message: string,
  subject: readonly string[],
  extra: Partial<Pick<AuditFinding, 'line' | 'version' | 'stage' | 'metric'>> = {},
): AuditFinding {
  return {
    rule,
    severity: AUDIT_RULES[rule].severity,
    model,
    file,
    ...(extra.line !== undefined ? { line: extra.line } : {}),
    message,
    key: JSON.stringify([rule, model, ...subject]),
    ...(extra.version !== undefined ? { version: extra.version } : {}),
    ...(extra.stage !== undefined ? { stage: extra.stage } : {}),
    ...(extra.metric !== undefined ? { metric: extra.metric } : {}),
  };
}

/** Errors first, then by model, rule, file and line. */
export function compareFindings(a: AuditFinding, b: AuditFinding): number {
  const order = (f: AuditFinding) => (f.severity === 'error' ? 0 : 1);
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return order(a) - order(b) || text(a.model, b.model) || text(a.rule, b.rule) || text(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || text(a.key, b.key);
}
