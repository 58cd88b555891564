/**
 * One function per kind of requirement of a stage policy: each decides its
 * verdict from plain facts and says what it saw (the figure) and, when it
 * fails, what to do.
 */
import { formatNumber, metricDelta } from '../output/number-format.js';
import { metricNumber, tagName, type Registry } from '../registry/registry.js';
import { isRecord, own } from '../values.js';
import type { MetricGate, PromotionContext, RequirementResult, StageChange, StagePolicy } from './types.js';

interface Measured {
  value: number;
  ci?: [number, number];
}

/** A version's metric as its metrics file has it: the number and, when given, its confidence interval. */
function measured(registry: Registry | undefined, model: string, version: string, metric: string): Measured | undefined {
  const metrics = registry?.models.get(model)?.versions.get(version)?.metrics?.value as unknown;
  if (!isRecord(metrics)) return undefined;
  const entry = own(metrics, metric);
  const value = metricNumber(entry);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const ci = isRecord(entry) ? entry.ci : undefined;
  if (Array.isArray(ci) && ci.length === 2 && ci.every((b) => typeof b === 'number' && Number.isFinite(b)) && (ci[0] as number) <= (ci[1] as number)) {
    return { value, ci: [ci[0] as number, ci[1] as number] };
  }
  return { value };
}

function show(m: Measured): string {
  return m.ci ? `${formatNumber(m.value)} (CI ${formatNumber(m.ci[0])} to ${formatNumber(m.ci[1])})` : formatNumber(m.value);
}

/** Since when, as a date: the commit time's day. */
function day(since: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(since) ? since.slice(0, 10) : since;
}

/** `after`: the version was in the earlier stage on the default branch (its history, or the base holds it there now). */
export function orderRequirement(change: StageChange, version: string, after: string, context: PromotionContext): RequirementResult | undefined {
  // An `after` that names no declared stage, or the stage itself, is registry.yaml's problem, reported there once.
  if (after === change.stage || !context.head.settings.stages.includes(after)) return undefined;
  const requirement = `after ${after}`;
  const events = context.stageHistory[change.model] ?? [];
  const event = events.find((e) => e.stage === after && e.version === version);
  if (event) return { rule: 'promotion-order', requirement, figure: `in ${after} since ${day(event.since)}`, verdict: 'pass' };
  const base = context.base?.models.get(change.model)?.stages?.value as unknown;
  if (isRecord(base) && own(base, after) === version) return { rule: 'promotion-order', requirement, figure: `in ${after} at the base`, verdict: 'pass' };
  return {
    rule: 'promotion-order',
    requirement,
    figure: `never in ${after}`,
    verdict: 'fail',
    message: `${change.model}@${version} has never been in ${after} on the default branch, and ${change.stage} takes only versions that were: promote it to ${after} first, then to ${change.stage} in a later pull request`,
  };
}

/** `released`: the version's tag exists (unknown tags leave it pending). */
export function releasedRequirement(change: StageChange, version: string, context: PromotionContext): RequirementResult {
  const tag = tagName(context.head.settings, change.model, version);
  const released = context.isReleased(change.model, version);
  const requirement = 'released';
  if (released === undefined) return { rule: 'promotion-unreleased', requirement, figure: `tag ${tag} unknown here`, verdict: 'pending' };
  if (released) return { rule: 'promotion-unreleased', requirement, figure: `tag ${tag} exists`, verdict: 'pass' };
  return {
    rule: 'promotion-unreleased',
    requirement,
    figure: `no tag ${tag}`,
    verdict: 'fail',
    message: `${change.stage} takes only released versions, and ${change.model}@${version} has no tag ${tag} yet: merge the version first (the release workflow tags it), then promote it`,
  };
}

function gateText(metric: string, gate: MetricGate): string {
  if (gate.min !== undefined && gate.max !== undefined) return `${formatNumber(gate.min)} <= ${metric} <= ${formatNumber(gate.max)}`;
  return gate.min !== undefined ? `${metric} >= ${formatNumber(gate.min)}` : `${metric} <= ${formatNumber(gate.max)}`;
}

/** `gates`: each metric of the version's metrics file within its bounds. */
export function gateRequirements(change: StageChange, version: string, gates: Record<string, MetricGate>, head: Registry): RequirementResult[] {
  return Object.entries(gates).map(([metric, gate]) => {
    const requirement = gateText(metric, gate);
    const m = measured(head, change.model, version, metric);
    if (!m) {
      return {
        rule: 'promotion-gate',
        requirement,
        figure: 'not measured',
        verdict: 'fail',
        message: `${change.stage} requires ${requirement}, and ${change.model}@${version}'s metrics file has no ${metric}: measure it, or promote another version`,
      };
    }
    const ok = (gate.min === undefined || m.value >= gate.min) && (gate.max === undefined || m.value <= gate.max);
    if (ok) return { rule: 'promotion-gate', requirement, figure: show(m), verdict: 'pass' };
    return {
      rule: 'promotion-gate',
      requirement,
      figure: show(m),
      verdict: 'fail',
      message: `${change.stage} requires ${requirement}, and ${change.model}@${version} has ${metric} ${formatNumber(m.value)}: promote a version that meets the gate`,
    };
  });
}

/** Differences below this share of the values are floating-point noise, not a change (0.905 - 0.9 is 0.0050000000000000044). */
const EPSILON = 1e-9;

/**
 * `no_regression`: each metric no worse than in the version the stage held at
 * the base, beyond the tolerance (absolute); where both have a confidence
 * interval, a worse value whose interval overlaps the other's is noise. On a
 * rollback the verdict is only reported.
 */
export function regressionRequirements(
  change: StageChange,
  version: string,
  policy: NonNullable<StagePolicy['no_regression']>,
  context: PromotionContext,
): RequirementResult[] {
  const tolerance = policy.tolerance ?? 0;
  const from = change.from;
  const rollback = change.kind === 'rollback';
  return policy.metrics.map((metric): RequirementResult => {
    const requirement = `${metric} no worse than ${from ?? 'the stage held'}${tolerance > 0 ? ` (tolerance ${formatNumber(tolerance)})` : ''}`;
    const rule = 'promotion-regression' as const;
    if (from === undefined) return { rule, requirement, figure: `${change.stage} held no version`, verdict: 'pass' };
    const direction = context.head.settings.metrics[metric]?.direction;
    const now = measured(context.head, change.model, version, metric);
    const before = measured(context.base, change.model, from, metric) ?? measured(context.head, change.model, from, metric);
    if (!before) return { rule, requirement, figure: `${from} has no ${metric}`, verdict: rollback ? 'reported' : 'pass' };
    if (!direction) {
      return {
        rule,
        requirement,
        figure: 'direction unknown',
        verdict: rollback ? 'reported' : 'fail',
        message: `${change.stage} requires ${metric} not to get worse, but registry.yaml's metrics do not say which way ${metric} is better: add it with direction higher or lower`,
      };
    }
    if (!now) {
      return {
        rule,
        requirement,
        figure: 'not measured',
        verdict: rollback ? 'reported' : 'fail',
        message: `${change.stage} requires ${metric} no worse than ${from}'s, and ${change.model}@${version}'s metrics file has no ${metric}: measure it`,
      };
    }
    const worse = direction === 'higher' ? before.value - now.value : now.value - before.value;
    const scale = Math.max(1, Math.abs(before.value), Math.abs(now.value));
    const figure = `${show(now)} vs ${show(before)} in ${from} (${metricDelta(now.value, before.value).text})`;
    const verdict = rollback ? 'reported' : 'pass';
    if (worse <= tolerance + EPSILON * scale) return { rule, requirement, figure, verdict };
    if (now.ci && before.ci && now.ci[0] <= before.ci[1] && before.ci[0] <= now.ci[1]) {
      return { rule, requirement, figure: `${figure}, within noise (confidence intervals overlap)`, verdict };
    }
    if (rollback) return { rule, requirement, figure: `${figure}, worse (a rollback: reported, not enforced)`, verdict: 'reported' };
    return {
      rule,
      requirement,
      figure: `${figure}, worse`,
      verdict: 'fail',
      message: `${change.model}@${version} has ${metric} ${formatNumber(now.value)}, worse than ${formatNumber(before.value)} in ${from} which ${change.stage} runs${tolerance > 0 ? ` by more than the tolerance ${formatNumber(tolerance)}` : ''}: promote a version at least as good`,
    };
  });
}

function ownerHandles(head: Registry, model: string): string[] {
  const card = head.models.get(model)?.card?.value as unknown;
  return isRecord(card) && Array.isArray(card.owners) ? card.owners.filter((o): o is string => typeof o === 'string') : [];
}

function teamMembers(facts: NonNullable<PromotionContext['approvals']>, team: string): string[] | undefined {
  const wanted = team.toLowerCase();
  for (const [key, members] of Object.entries(facts.teamMembers)) if (key.replace(/^@/, '').toLowerCase() === wanted) return members;
  return undefined;
}

/** `approval: owners`: an approving review by an owner (a listed user, or a member of a listed team). */
export function approvalRequirement(change: StageChange, context: PromotionContext): RequirementResult {
  const rule = 'promotion-approval' as const;
  const requirement = 'approved by an owner';
  // The base's owners when the model exists there: a pull request cannot make its own approvers owners.
  const owners = ownerHandles(context.base?.models.has(change.model) ? context.base : context.head, change.model);
  const facts = context.approvals;
  if (!facts) return { rule, requirement, figure: 'decided by the pull request review', verdict: 'pending' };
  const approvers = facts.approvers.map((a) => a.toLowerCase());
  const unknownTeams: string[] = [];
  for (const owner of owners) {
    const handle = owner.replace(/^@/, '');
    if (!handle.includes('/')) {
      const hit = facts.approvers.find((a) => a.toLowerCase() === handle.toLowerCase());
      if (hit) return { rule, requirement, figure: `approved by @${hit}`, verdict: 'pass' };
      continue;
    }
    const members = teamMembers(facts, handle);
    if (!members) {
      unknownTeams.push(owner);
      continue;
    }
    const hit = facts.approvers.find((a) => members.some((m) => m.toLowerCase() === a.toLowerCase()));
    if (hit) return { rule, requirement, figure: `approved by @${hit} (${owner})`, verdict: 'pass' };
  }
  // Only an approval by someone whose team is unknown can be pending: with no approval at all, it fails.
  if (unknownTeams.length && approvers.length) {
    const enforced = 'team approval is enforced by CODEOWNERS and branch protection';
    const reason = facts.teamsUnknownReason;
    const why = !reason ? enforced : reason.includes('CODEOWNERS') ? reason : `${reason}; ${enforced}`;
    return { rule, requirement, figure: `members of ${unknownTeams.join(', ')} unknown: ${why}`, verdict: 'pending' };
  }
  const figure = approvers.length ? `approved by ${facts.approvers.map((a) => `@${a}`).join(', ')}, none an owner` : 'no approving review';
  return {
    rule,
    requirement,
    figure,
    verdict: 'fail',
    message: `${change.stage} requires an approving review from an owner of ${change.model} (${owners.join(', ') || 'model.yaml lists none'}): ask one of them to approve the pull request`,
  };
}
