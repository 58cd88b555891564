/**
 * Stage policies (`promotion` in registry.yaml and model.yaml) must name
 * declared stages and catalogued metrics, and a model's may only tighten the
 * registry's: a policy that cannot be applied as written protects nothing.
 */
import { atKey, atValue, type PendingProblem } from '../problems.js';
import type { Registry } from '../registry/registry.js';
import { didYouMean } from '../text/suggest.js';
import { isRecord } from '../values.js';
import { modelPromotion, readStagePolicy, registryPromotion } from '../promotion/policy.js';
import type { StagePolicy } from '../promotion/types.js';
import type { RuleContext } from './context.js';

/** registry.yaml's `promotion`: declared stages, a sensible `after`, catalogued metrics. */
export function registryPromotionRule({ registry }: RuleContext): PendingProblem[] {
  const file = registry.settingsFile;
  if (!file) return [];
  return policyNameProblems(registry, file.path, registryPromotion(registry));
}

/** model.yaml's `promotion`: the same checks, and never looser than registry.yaml's. */
export function modelPromotionRule({ registry }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  for (const model of registry.models.values()) {
    const card = model.card;
    const promotion = modelPromotion(registry, model.name);
    if (!card || !isRecord(promotion)) continue;
    problems.push(...policyNameProblems(registry, card.path, promotion));
    for (const stage of Object.keys(promotion)) {
      if (!declared(registry, stage)) continue;
      const own = readStagePolicy(promotion, stage);
      const base = readStagePolicy(registryPromotion(registry), stage);
      if (own && base) problems.push(...loosenedProblems(registry, card.path, stage, base, own));
    }
  }
  return problems;
}

function declared(registry: Registry, stage: string): boolean {
  return !registry.settings.trusted.stages || registry.settings.stages.includes(stage);
}

function policyNameProblems(registry: Registry, file: string, promotion: unknown): PendingProblem[] {
  if (!isRecord(promotion)) return [];
  const problems: PendingProblem[] = [];
  const { stages, metrics, trusted } = registry.settings;
  const catalogue = Object.keys(metrics);
  for (const [stage, raw] of Object.entries(promotion)) {
    if (trusted.stages && !stages.includes(stage)) {
      problems.push({
        file,
        rule: 'unknown-stage',
        severity: 'error',
        message: `promotion names stage \`${stage}\`, which is not one of registry.yaml's stages (${stages.join(', ')})${didYouMean(stage, stages)}: fix it, or add it to \`stages\``,
        at: atKey('promotion', stage),
      });
      continue;
    }
    if (!isRecord(raw)) continue;
    if (typeof raw.after === 'string') {
      if (raw.after === stage) {
        problems.push({
          file,
          rule: 'schema',
          severity: 'error',
          message: `promotion.${stage}.after names ${stage} itself: name the stage a version must have been in before ${stage}, or remove \`after\``,
          at: atValue('promotion', stage, 'after'),
        });
      } else if (trusted.stages && !stages.includes(raw.after)) {
        problems.push({
          file,
          rule: 'unknown-stage',
          severity: 'error',
          message: `promotion.${stage}.after names stage \`${raw.after}\`, which is not one of registry.yaml's stages (${stages.join(', ')})${didYouMean(raw.after, stages)}`,
          at: atValue('promotion', stage, 'after'),
        });
      }
    }
    if (!trusted.metrics) continue;
    const unknown = (name: string): string =>
      `metric \`${name}\` in promotion.${stage} is not in registry.yaml's metrics catalogue${didYouMean(name, catalogue)}: add it there (with direction higher or lower), or fix the name`;
    if (isRecord(raw.gates)) {
      for (const name of Object.keys(raw.gates)) {
        if (metrics[name]) continue;
        problems.push({ file, rule: 'unknown-metric', severity: 'warning', message: unknown(name), at: atKey('promotion', stage, 'gates', name) });
      }
    }
    if (isRecord(raw.no_regression) && Array.isArray(raw.no_regression.metrics)) {
      raw.no_regression.metrics.forEach((name, i) => {
        if (typeof name !== 'string' || metrics[name]) return;
        problems.push({
          file,
          rule: 'unknown-metric',
          severity: 'warning',
          message: unknown(name),
          at: atValue('promotion', stage, 'no_regression', 'metrics', i),
        });
      });
    }
  }
  return problems;
}

function loosenedProblems(settings: Registry, file: string, stage: string, registry: StagePolicy, model: StagePolicy): PendingProblem[] {
  const problems: PendingProblem[] = [];
  const loosened = (what: string, at: ReturnType<typeof atValue>): void => {
    problems.push({
      file,
      rule: 'promotion-policy-loosened',
      severity: 'error',
      message: `promotion.${stage}: ${what}; a model may only tighten registry.yaml's policy: make it at least as strict, or remove it`,
      at,
    });
  };
  // An `after` that is no other declared stage is already its own problem (one cause, one problem).
  const afterValid = model.after !== undefined && model.after !== stage && declared(settings, model.after);
  if (afterValid && registry.after !== undefined && model.after !== registry.after) {
    loosened(`after ${model.after} replaces registry.yaml's after ${registry.after}`, atValue('promotion', stage, 'after'));
  }
  if (model.released === false && registry.released)
    loosened(`released: false, while registry.yaml requires a release`, atValue('promotion', stage, 'released'));
  for (const [metric, gate] of Object.entries(model.gates ?? {})) {
    const base = registry.gates?.[metric];
    if (!base) continue;
    if (gate.min !== undefined && base.min !== undefined && gate.min < base.min) {
      loosened(`${metric} min ${gate.min} is lower than registry.yaml's ${base.min}`, atValue('promotion', stage, 'gates', metric, 'min'));
    }
    if (gate.max !== undefined && base.max !== undefined && gate.max > base.max) {
      loosened(`${metric} max ${gate.max} is higher than registry.yaml's ${base.max}`, atValue('promotion', stage, 'gates', metric, 'max'));
    }
  }
  const tolerance = model.no_regression?.tolerance;
  if (registry.no_regression && tolerance !== undefined && tolerance > (registry.no_regression.tolerance ?? 0)) {
    loosened(
      `no_regression tolerance ${tolerance} is larger than registry.yaml's ${registry.no_regression.tolerance ?? 0}`,
      atValue('promotion', stage, 'no_regression', 'tolerance'),
    );
  }
  return problems;
}
