/**
 * Judging a pull request's stage changes by their stages' policies: which
 * assignments changed against the base, and for each promotion the verdict
 * on every requirement with the figure it was decided on. Only changes are
 * judged; an assignment the base already had is never judged again.
 */
import semver from 'semver';
import { locateAll } from '../check/check-document.js';
import type { ReadDocument } from '../check/run-rules.js';
import { parsePrecise } from '../parse/precise-parse.js';
import { atValue, compareProblems, type PendingProblem, type Problem } from '../problems.js';
import { isValidVersion, type Registry } from '../registry/registry.js';
import { RULES } from '../rules/catalog.js';
import { isRecord, own } from '../values.js';
import { judgedPolicy } from './policy.js';
import { approvalRequirement, gateRequirements, orderRequirement, regressionRequirements, releasedRequirement } from './requirements.js';
import type { PromotionContext, PromotionEvaluation, RequirementResult, StageChange } from './types.js';

export { effectivePolicy } from './policy.js';
export type { PromotionContext } from './types.js';

/** stages.yaml as a stage → version map, only entries that name a version. */
export function stageAssignments(registry: Registry | undefined, model: string): Map<string, string> {
  const value = registry?.models.get(model)?.stages?.value as unknown;
  const out = new Map<string, string>();
  if (!isRecord(value)) return out;
  for (const [stage, version] of Object.entries(value)) if (typeof version === 'string') out.set(stage, version);
  return out;
}

/** Every stage assignment that differs between the base and the head, by model, then in registry.yaml's stage order. */
export function stageChanges(base: Registry | undefined, head: Registry): StageChange[] {
  const models = [...new Set([...(base?.models.keys() ?? []), ...head.models.keys()])].sort();
  const order = head.settings.stages;
  const rank = (stage: string): number => (order.includes(stage) ? order.indexOf(stage) : order.length);
  const changes: StageChange[] = [];
  for (const model of models) {
    const before = stageAssignments(base, model);
    const after = stageAssignments(head, model);
    const stages = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const stage of stages) {
      const from = before.get(stage);
      const to = after.get(stage);
      if (from === to) continue;
      const change: StageChange = { model, stage, kind: to === undefined ? 'demotion' : isRollback(from, to) ? 'rollback' : 'promotion' };
      if (from !== undefined) change.from = from;
      if (to !== undefined) change.to = to;
      changes.push(change);
    }
  }
  return changes;
}

function isRollback(from: string | undefined, to: string): boolean {
  return from !== undefined && isValidVersion(from) && isValidVersion(to) && semver.lt(to, from);
}

/** The verdict on every requirement of one stage change (a demotion has none). */
export function evaluatePromotion(change: StageChange, context: PromotionContext): PromotionEvaluation {
  const policy = judgedPolicy(context.base, context.head, change.model, change.stage);
  if (change.to === undefined) return { change, requirements: [], allowed: true, ...(policy ? { policy } : {}) };
  const requirements: RequirementResult[] = [deprecatedRequirement(change, change.to, context.head)];
  if (policy) {
    if (policy.after !== undefined) {
      const order = orderRequirement(change, change.to, policy.after, context);
      if (order) requirements.push(order);
    }
    if (policy.released) requirements.push(releasedRequirement(change, change.to, context));
    if (policy.gates) requirements.push(...gateRequirements(change, change.to, policy.gates, context.head));
    if (policy.no_regression) requirements.push(...regressionRequirements(change, change.to, policy.no_regression, context));
    if (policy.approval === 'owners') requirements.push(approvalRequirement(change, context));
  }
  return { change, requirements, allowed: !requirements.some((r) => r.verdict === 'fail'), ...(policy ? { policy } : {}) };
}

/** A deprecated version can never be newly put in a stage, whatever the policy. */
function deprecatedRequirement(change: StageChange, version: string, head: Registry): RequirementResult {
  const card = head.models.get(change.model)?.card?.value as unknown;
  const reason = isRecord(card) && isRecord(card.deprecated_versions) ? own(card.deprecated_versions, version) : undefined;
  const requirement = 'not deprecated';
  if (reason === undefined) return { rule: 'promotion-deprecated', requirement, figure: `${version} is not deprecated`, verdict: 'pass' };
  const why = typeof reason === 'string' ? reason : 'deprecated';
  return {
    rule: 'promotion-deprecated',
    requirement,
    figure: `deprecated: ${why}`,
    verdict: 'fail',
    message: `${change.model}@${version} is deprecated in model.yaml (${why}) and can never be put in ${change.stage}: keep ${change.from ?? 'the stage empty'} or promote another version`,
  };
}

export function evaluateStageChanges(context: PromotionContext): PromotionEvaluation[] {
  return stageChanges(context.base, context.head).map((change) => evaluatePromotion(change, context));
}

/**
 * Failed requirements as problems on the stages.yaml line of the stage (one
 * per failed requirement). With `readDocument` (the head's stages.yaml bytes)
 * each is placed on its line; without, at the file's start.
 */
export function promotionProblems(evaluations: PromotionEvaluation[], head: Registry, readDocument?: ReadDocument): Problem[] {
  const byFile = new Map<string, PendingProblem[]>();
  for (const evaluation of evaluations) {
    const { model, stage } = evaluation.change;
    const file = head.models.get(model)?.stages?.path ?? `models/${model}/stages.yaml`;
    for (const r of evaluation.requirements) {
      if (r.verdict !== 'fail') continue;
      const list = byFile.get(file) ?? [];
      list.push({
        file,
        rule: r.rule,
        severity: RULES[r.rule].severity,
        message: r.message ?? `${model}: ${stage} requires ${r.requirement}`,
        at: atValue(stage),
      });
      byFile.set(file, list);
    }
  }
  const problems: Problem[] = [];
  for (const [file, list] of byFile) {
    const bytes = readDocument?.(file);
    if (bytes) problems.push(...locateAll(parsePrecise(new TextDecoder().decode(bytes)), list));
    else problems.push(...list.map(({ at: _at, ...p }) => ({ ...p, line: 1, column: 1 })));
  }
  return problems.sort(compareProblems);
}
