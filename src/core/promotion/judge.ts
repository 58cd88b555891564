/**
 * A validation report with the pull request's stage changes judged: each
 * failed requirement a problem among the others (sorted like them, an error
 * failing the report), and the evaluations for the review's tables.
 */
import type { ReadDocument } from '../check/run-rules.js';
import { compareProblems, type Problem } from '../problems.js';
import type { ValidationReport } from '../validate.js';
import { evaluateStageChanges, promotionProblems, type PromotionContext } from './evaluate.js';
import type { PromotionEvaluation } from './types.js';

export interface JudgedReport {
  report: ValidationReport;
  promotions: PromotionEvaluation[];
}

export function judgePromotions(report: ValidationReport, context: PromotionContext, readDocument?: ReadDocument): JudgedReport {
  const promotions = evaluateStageChanges(context);
  const found = promotionProblems(promotions, context.head, readDocument);
  if (found.length === 0) return { report, promotions };
  const problems = [...withoutSuperseded(report.problems, found), ...found].sort(compareProblems);
  return { report: { ...report, problems, ok: !problems.some((p) => p.severity === 'error') }, promotions };
}

/**
 * `problems` without what a promotion problem says already: a deprecated
 * version newly put in a stage is promotion-deprecated, not also
 * deprecated-in-stage's warning on that line (one cause, one problem).
 */
export function withoutSuperseded(problems: readonly Problem[], found: readonly Problem[]): Problem[] {
  const refused = new Set(found.filter((p) => p.rule === 'promotion-deprecated').map((p) => `${p.file}:${p.line}`));
  return problems.filter((p) => !(p.rule === 'deprecated-in-stage' && refused.has(`${p.file}:${p.line}`)));
}
