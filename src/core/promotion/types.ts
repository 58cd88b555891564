/**
 * Stage policies and their evaluation: what a promotion into a stage
 * requires (registry.yaml's `promotion`, tightened per model in model.yaml),
 * and the verdict on each requirement for one stage change.
 */
import type { Registry } from '../registry/registry.js';
import type { RuleId } from '../rules/catalog.js';
import type { StageEvent } from '../site/site-model.js';

export interface MetricGate {
  min?: number;
  max?: number;
}

export interface StagePolicy {
  /** The version must have been in this stage on the default branch before. */
  after?: string;
  /** The version's release (its tag) must exist. */
  released?: boolean;
  /** An approving review from one of the model's owners. */
  approval?: 'owners';
  gates?: Record<string, MetricGate>;
  no_regression?: { metrics: string[]; tolerance?: number };
}

export type ChangeKind = 'promotion' | 'rollback' | 'demotion';

/** One stage of one model changing between the base and the head. */
export interface StageChange {
  model: string;
  stage: string;
  /** What the stage held before (absent: nothing). */
  from?: string;
  /** What it holds after (absent: a demotion). */
  to?: string;
  kind: ChangeKind;
}

/**
 * pass / fail: decided here. pending: only something outside the files can
 * decide it (an owner's review, when reviews are not known). reported: shown,
 * not enforced (no-regression on a rollback).
 */
export type RequirementVerdict = 'pass' | 'fail' | 'pending' | 'reported';

export interface RequirementResult {
  /** The rule whose problem a failure becomes. */
  rule: RuleId;
  /** e.g. "accuracy >= 0.9", "after staging", "released", "approved by an owner". */
  requirement: string;
  /** What the version has, as shown: "0.912 (95% CI 0.90 to 0.92)", "was in staging since 2026-11-02", "tag churn@v1.2.0 exists". */
  figure: string;
  verdict: RequirementVerdict;
  /** For a failure: the problem's message, saying what to do. */
  message?: string;
}

export interface PromotionEvaluation {
  change: StageChange;
  requirements: RequirementResult[];
  /** No requirement failed (pending ones allow). */
  allowed: boolean;
  /** The stage's effective policy (registry.yaml's tightened by model.yaml's); absent when the stage has none. */
  policy?: StagePolicy;
}

/** Reviews of the pull request, as the Action reads them; absent on the CLI. */
export interface ApprovalFacts {
  /** Logins whose latest non-dismissed review approves (never the pull request's author). */
  approvers: string[];
  /** Members per `org/team` owner entry, when the token could read them; a team missing here is unknown. */
  teamMembers: Record<string, string[]>;
  /** Why team membership could not be read (shown in the check), when some team was unknown. */
  teamsUnknownReason?: string;
}

/** The facts a stage change is judged by (evaluate.ts re-exports it, as others import it from there). */
export interface PromotionContext {
  head: Registry;
  /** undefined: every current assignment is new (e.g. promote on a fresh registry). */
  base?: Registry;
  /** Per model, the default branch's stage events, newest first (adapters/git/stage-history.ts readStageHistory shape: {stage, version, since, commit}). */
  stageHistory: Record<string, StageEvent[]>;
  /** Whether the version's release tag exists; undefined when unknown (then `released` is pending). */
  isReleased: (model: string, version: string) => boolean | undefined;
  /** The pull request's reviews; undefined when not on a pull request (approval is then pending). */
  approvals?: ApprovalFacts;
}
