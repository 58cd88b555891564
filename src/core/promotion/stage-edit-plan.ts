/**
 * What `promote`, `demote` and `deprecate` would change, decided before
 * anything is written: the request checked against the registry (model,
 * version, stage), the one file edited (edit.ts), the result validated with
 * the registry's own rules, and the stage change evaluated by its stage's
 * policy as the pull request's check will evaluate it. Everything the check
 * would refuse is refused here, except an owner's approval, which only the
 * review can give (it stays pending). Pure: the registry's files and the git
 * facts come in, the plan goes out; the same plan serves a working tree and
 * a pull request opened through the API.
 */
import { parse } from 'yaml';
import { validateOverlay } from '../register/plan.js';
import { modelFile } from '../format/layout.js';
import type { Problem } from '../problems.js';
import { isValidVersion, tagName } from '../registry/registry.js';
import type { RegistrySnapshot } from '../registry/snapshot.js';
import { validateSnapshot } from '../validate.js';
import { didYouMean } from '../text/suggest.js';
import { isRecord, own } from '../values.js';
import type { StageEvent } from '../site/site-model.js';
import { removeStage, setDeprecated, setStage, stagesPath, type EditResult } from './edit.js';
import { evaluateStageChanges, promotionProblems, stageAssignments } from './evaluate.js';
import { withoutSuperseded } from './judge.js';
import type { PromotionEvaluation } from './types.js';

export type StageRequest =
  /** `version`, or whatever `fromStage` holds, into `to`. */
  | { verb: 'promote'; model: string; version?: string; fromStage?: string; to: string }
  | { verb: 'demote'; model: string; from: string }
  | { verb: 'deprecate'; model: string; version: string; reason: string };

export type StageEditOutcome =
  /** The file changes as `file` says. */
  | 'change'
  /** The registry already says so: nothing to write (exit 0). */
  | 'nothing-to-do'
  /** Refused: `errors` and `problems` say why; nothing may be written (exit 1). */
  | 'refused';

export interface StageEditPlan {
  verb: StageRequest['verb'];
  model: string;
  /** The version promoted, demoted or deprecated (resolved from a stage for `model#stage`). */
  version?: string;
  /** The stage promoted to or demoted from. */
  stage?: string;
  /** What the stage held before (promote). */
  previous?: string;
  /** Deprecate: the reason model.yaml gave before, when it changes. */
  previousReason?: string;
  reason?: string;
  outcome: StageEditOutcome;
  /** One line: what this does, or why nothing. */
  summary: string;
  /** The edited file (registry-relative path) and its whole new text. */
  file?: { path: string; content: string; created: boolean };
  /** The stage change judged by its stage's policy (empty for a deprecation). */
  evaluations: PromotionEvaluation[];
  /** Validation problems of the edit (warnings too), and failed requirements as problems. */
  problems: Problem[];
  /** Anything here refuses the request. */
  errors: string[];
}

export interface StageFacts {
  /** Per model, the default branch's stage events, newest first. */
  stageHistory: Record<string, StageEvent[]>;
  /** The tag names that exist (at least the model's release tags); undefined when unknown (then `released` is pending). */
  tags?: ReadonlySet<string>;
}

/** A deprecation reason: one line, no control characters (it becomes a tag trailer and catalogue text). */
const REASON_RE = /^[^\u0000-\u001f\u007f-\u009f]+$/;
const MAX_REASON = 500;

export function planStageEdit(request: StageRequest, snapshot: RegistrySnapshot, facts: StageFacts): StageEditPlan {
  const plan: StageEditPlan = { verb: request.verb, model: request.model, outcome: 'refused', summary: '', evaluations: [], problems: [], errors: [] };
  const refuse = (message: string): StageEditPlan => {
    plan.errors.push(message);
    plan.summary = message;
    return plan;
  };
  const registry = validateSnapshot(snapshot).registry;
  const model = registry.models.get(request.model);
  if (!model?.card) {
    const names = [...registry.models.values()].filter((m) => m.card).map((m) => m.name);
    return refuse(`unknown model \`${request.model}\`${didYouMean(request.model, names)}: the registry has no ${modelFile(request.model)}`);
  }
  const stages = registry.settings.stages;
  const knowStage = (stage: string): boolean => {
    if (stages.includes(stage)) return true;
    refuse(`unknown stage \`${stage}\`${didYouMean(stage, stages)}: registry.yaml's stages are ${stages.join(', ')}`);
    return false;
  };
  const knowVersion = (version: string): boolean => {
    if (isValidVersion(version) && model.versions.get(version)?.card) return true;
    const versions = [...model.versions.values()].filter((v) => v.card).map((v) => v.version);
    refuse(`\`${request.model}\` has no version ${JSON.stringify(version)}${didYouMean(version, versions)}: its versions are ${versions.join(', ') || 'none'}`);
    return false;
  };
  const assignments = stageAssignments(registry, request.model);
  const path = request.verb === 'deprecate' ? modelFile(request.model) : stagesPath(request.model);
  const entry = snapshot.entries.find((e) => e.path === path);
  if (entry && (entry.type !== 'file' || !entry.bytes))
    return refuse(`${path} is not a regular file (a link or a folder): the registry never writes through it; fix it first`);

  let edit: EditResult;
  switch (request.verb) {
    case 'promote': {
      if (!knowStage(request.to)) return plan;
      let version = request.version;
      if (request.fromStage !== undefined) {
        if (!knowStage(request.fromStage)) return plan;
        version = assignments.get(request.fromStage);
        if (version === undefined) return refuse(`\`${request.model}\` has nothing in ${request.fromStage}: there is no version to promote from it`);
      }
      if (version === undefined) return refuse('promote needs a version (model@version) or a stage to promote from (model#stage)');
      if (!knowVersion(version)) return plan;
      plan.version = version;
      plan.stage = request.to;
      plan.previous = assignments.get(request.to);
      if (plan.previous === version) return nothing(plan, `${request.model} ${version} is already in ${request.to}: nothing to do`);
      edit = setStage(path, entry?.bytes, request.to, version);
      plan.summary = `promote ${request.model} ${version} to ${request.to}${plan.previous ? ` (replacing ${plan.previous})` : ''}`;
      break;
    }
    case 'demote': {
      plan.stage = request.from;
      plan.version = assignments.get(request.from);
      if (plan.version === undefined) {
        if (!knowStage(request.from)) return plan;
        return nothing(plan, `\`${request.model}\` has nothing in ${request.from}: nothing to do`);
      }
      edit = removeStage(path, entry!.bytes!, request.from);
      plan.summary = `demote ${request.model} ${plan.version} from ${request.from} (${request.from} then runs no version of ${request.model})`;
      break;
    }
    case 'deprecate': {
      const reason = request.reason.trim();
      if (!reason || !REASON_RE.test(reason) || reason.length > MAX_REASON) {
        return refuse(`the reason must be one line of text (at most ${MAX_REASON} characters, no control characters): why, and what to use instead`);
      }
      if (!knowVersion(request.version)) return plan;
      plan.version = request.version;
      plan.reason = reason;
      const card = model.card.value as unknown;
      const before = isRecord(card) && isRecord(card.deprecated_versions) ? own(card.deprecated_versions, request.version) : undefined;
      if (before === reason) return nothing(plan, `${request.model} ${request.version} is already deprecated with this reason: nothing to do`);
      if (typeof before === 'string') plan.previousReason = before;
      edit = setDeprecated(path, entry!.bytes!, request.version, reason);
      plan.summary = `${before === undefined ? 'deprecate' : 'change the deprecation reason of'} ${request.model} ${request.version}: ${reason}`;
      break;
    }
  }
  if (!edit.ok) {
    plan.problems.push(...edit.problems);
    return refuse(`${path} has problems: fix them first, then run this again`);
  }
  if (!edit.changed) return nothing(plan, `${path} already says so: nothing to do`);
  plan.file = { path, content: edit.text, created: entry === undefined };

  const bytes = new TextEncoder().encode(edit.text);
  const checked = validateOverlay(snapshot, new Map([[path, bytes]]));
  plan.problems.push(...checked.problems);
  if (checked.problems.some((p) => p.severity === 'error')) return refuse(`the change would not pass the registry's checks: nothing was written`);
  const tags = facts.tags;
  const isReleased = (m: string, v: string) => (tags ? tags.has(tagName(registry.settings, m, v)) : undefined);
  plan.evaluations = evaluateStageChanges({ head: checked.registry, base: registry, stageHistory: facts.stageHistory, isReleased });
  const failed = promotionProblems(plan.evaluations, checked.registry, (p) => (p === path ? bytes : undefined));
  plan.problems = [...withoutSuperseded(plan.problems, failed), ...failed];
  if (failed.length) {
    plan.errors.push(`the stage's policy refuses it: ${failed.map((p) => p.rule).join(', ')}; nothing was written`);
    return plan;
  }
  plan.outcome = 'change';
  return plan;
}

function nothing(plan: StageEditPlan, summary: string): StageEditPlan {
  plan.outcome = 'nothing-to-do';
  plan.summary = summary;
  return plan;
}

/** Whether a file (another branch's copy of the plan's file) already holds the plan's change: then that branch is this request's. */
export function editApplied(plan: StageEditPlan, bytes: Uint8Array | undefined): boolean {
  if (!bytes || !plan.file) return false;
  let value: unknown;
  try {
    value = parse(new TextDecoder().decode(bytes));
  } catch {
    return false;
  }
  if (!isRecord(value)) return false;
  if (plan.verb === 'promote') return plan.stage !== undefined && own(value, plan.stage) === plan.version;
  if (plan.verb === 'demote') return plan.stage !== undefined && own(value, plan.stage) === undefined;
  return plan.version !== undefined && isRecord(value.deprecated_versions) && own(value.deprecated_versions, plan.version) === plan.reason;
}
