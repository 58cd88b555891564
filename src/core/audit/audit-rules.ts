/**
 * What the audit reports about a registry in production: each finding's rule
 * id, severity and one-line summary. These are not validation rules (no
 * commit makes them true or false: time, observations and deployments do),
 * so they live apart from rules/catalog.ts; docs/rules.md documents each
 * under "Audit findings", which test/project/audit-rules-docs.test.ts checks.
 */
import type { Severity } from '../rules/catalog.js';

export const AUDIT_RULES = {
  'monitor-breached': {
    severity: 'error',
    summary: "A stage's version's newest observation of a metric is outside its monitor: below min, above max, or worse than registered by more than max_drop.",
  },
  'monitor-silent': { severity: 'warning', summary: 'A stage runs a version with no observation for longer than max_silence.' },
  'retrain-overdue': { severity: 'warning', summary: "A model's newest version (by its card's created) is older than retrain_after." },
  'deprecated-in-stage': { severity: 'warning', summary: 'A stage runs a version that model.yaml deprecates.' },
  'stage-unreleased': { severity: 'warning', summary: 'A stage runs a version that has no release tag.' },
  'environment-drift': { severity: 'error', summary: 'An environment has run another version than its stage declares for longer than max_drift.' },
  'production-card-incomplete': { severity: 'warning', summary: 'A model in production without owners, a licence or an intended use in model.yaml.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type AuditRuleId = keyof typeof AUDIT_RULES;

export const AUDIT_RULE_IDS = Object.keys(AUDIT_RULES) as AuditRuleId[];
