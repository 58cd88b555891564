/**
 * Stage policies as written (registry.yaml's and model.yaml's `promotion`)
 * and the one a promotion is judged by: the model's may only add to the
 * registry's, so the two merge by taking the stricter of each requirement.
 */
import type { Registry } from '../registry/registry.js';
import { isRecord, own } from '../values.js';
import type { MetricGate, StagePolicy } from './types.js';

/**
 * The policy of one stage from a `promotion` mapping, keeping only values of
 * the right type: a wrong one is the schema's problem, and is not half-read.
 */
export function readStagePolicy(promotion: unknown, stage: string): StagePolicy | undefined {
  if (!isRecord(promotion)) return undefined;
  const raw = own(promotion, stage);
  if (!isRecord(raw)) return undefined;
  const policy: StagePolicy = {};
  if (typeof raw.after === 'string') policy.after = raw.after;
  if (typeof raw.released === 'boolean') policy.released = raw.released;
  if (raw.approval === 'owners') policy.approval = 'owners';
  if (isRecord(raw.gates)) {
    const gates: Record<string, MetricGate> = {};
    for (const [metric, gate] of Object.entries(raw.gates)) {
      if (!isRecord(gate)) continue;
      const read: MetricGate = {};
      if (typeof gate.min === 'number' && Number.isFinite(gate.min)) read.min = gate.min;
      if (typeof gate.max === 'number' && Number.isFinite(gate.max)) read.max = gate.max;
      if (read.min !== undefined || read.max !== undefined) gates[metric] = read;
    }
    if (Object.keys(gates).length) policy.gates = gates;
  }
  if (isRecord(raw.no_regression) && Array.isArray(raw.no_regression.metrics)) {
    const metrics = raw.no_regression.metrics.filter((m): m is string => typeof m === 'string');
    const tolerance = raw.no_regression.tolerance;
    if (metrics.length) {
      policy.no_regression = { metrics: [...new Set(metrics)] };
      if (typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance >= 0) policy.no_regression.tolerance = tolerance;
    }
  }
  return policy;
}

export function registryPromotion(registry: Registry): unknown {
  const value = registry.settingsFile?.value as unknown;
  return isRecord(value) ? value.promotion : undefined;
}

export function modelPromotion(registry: Registry, model: string): unknown {
  const value = registry.models.get(model)?.card?.value as unknown;
  return isRecord(value) ? value.promotion : undefined;
}

/** The stricter of two policies, requirement by requirement (the model's `after` wins when set). */
export function mergePolicies(registry: StagePolicy | undefined, model: StagePolicy | undefined): StagePolicy | undefined {
  if (!registry || !model) return registry ?? model;
  const merged: StagePolicy = {};
  const after = model.after ?? registry.after;
  if (after !== undefined) merged.after = after;
  if (registry.released || model.released) merged.released = true;
  else if (registry.released === false || model.released === false) merged.released = false;
  if (registry.approval || model.approval) merged.approval = 'owners';
  const gates: Record<string, MetricGate> = {};
  for (const source of [registry.gates, model.gates]) {
    for (const [metric, gate] of Object.entries(source ?? {})) {
      const into = (gates[metric] ??= {});
      if (gate.min !== undefined) into.min = into.min === undefined ? gate.min : Math.max(into.min, gate.min);
      if (gate.max !== undefined) into.max = into.max === undefined ? gate.max : Math.min(into.max, gate.max);
    }
  }
  if (Object.keys(gates).length) merged.gates = gates;
  const a = registry.no_regression;
  const b = model.no_regression;
  if (a || b) {
    merged.no_regression = { metrics: [...new Set([...(a?.metrics ?? []), ...(b?.metrics ?? [])])] };
    // registry.yaml without a tolerance allows none (0); model.yaml without one keeps the registry's.
    const tolerances = [a ? (a.tolerance ?? 0) : undefined, b?.tolerance].filter((t): t is number => t !== undefined);
    const tolerance = tolerances.length ? Math.min(...tolerances) : 0;
    if (tolerance > 0) merged.no_regression.tolerance = tolerance;
  }
  return merged;
}

/** What a promotion of `model` into `stage` requires at the head: registry.yaml's policy tightened by model.yaml's. */
export function effectivePolicy(head: Registry, model: string, stage: string): StagePolicy | undefined {
  return mergePolicies(readStagePolicy(registryPromotion(head), stage), readStagePolicy(modelPromotion(head, model), stage));
}

/**
 * The policy a change is judged by: the base's and the head's, the stricter
 * of each, so a pull request cannot loosen the policy it is judged by (a
 * loosening applies from the next pull request). The base's `after` wins.
 */
export function judgedPolicy(base: Registry | undefined, head: Registry, model: string, stage: string): StagePolicy | undefined {
  const atHead = effectivePolicy(head, model, stage);
  return base ? mergePolicies(atHead, effectivePolicy(base, model, stage)) : atHead;
}
