/**
 * The review of a pull request as plain data: the verdict, the problems, each
 * added or changed version's metrics against production and its predecessor,
 * the stage changes, and the lineage of what changed. Renderers turn it into
 * Markdown (summary, comment) or JSON.
 */
import semver from 'semver';
import type { Problem } from '../problems.js';
import type { PromotionEvaluation } from '../promotion/types.js';
import { countBySeverity } from '../problems.js';
import { isValidVersion, type Registry } from '../registry/registry.js';
import { isRecord } from '../values.js';
import { computeChangeSet, stageMap, type StageChange, type VersionChange } from './change-set.js';
import { lineageGraph, type LineageGraph } from './lineage.js';
import { compareMetrics, type MetricRow } from './metric-comparison.js';

export interface VersionReview extends VersionChange {
  summary?: string;
  /** The version running in production before this change (the base's stages.yaml). */
  production?: string;
  /** The highest version below this one. */
  previous?: string;
  metrics: MetricRow[];
}

export interface ReviewReport {
  ok: boolean;
  errors: number;
  warnings: number;
  models: number;
  versions: number;
  problems: Problem[];
  changed: VersionReview[];
  stages: StageChange[];
  /** One graph per model with changed versions. */
  lineage: { model: string; graph: LineageGraph }[];
  productionStage: string;
  /** Each stage change judged by its stage's policy (empty without a base, or when no stage changes). */
  promotions: PromotionEvaluation[];
}

export function buildReview(base: Registry, head: Registry, problems: Problem[], promotions: PromotionEvaluation[] = []): ReviewReport {
  const changes = computeChangeSet(base, head);
  const productionStage = head.settings.stages[head.settings.stages.length - 1] ?? 'production';
  const catalogue = head.settings.metrics;
  const changed = changes.versions.map((change): VersionReview => {
    const model = head.models.get(change.model)!;
    const entry = model.versions.get(change.version);
    const production = stageMap(base.models.get(change.model))[productionStage];
    const previous = previousVersion([...model.versions.keys()], change.version);
    const card = entry?.card?.value;
    return {
      ...change,
      summary: isRecord(card) && typeof card.summary === 'string' ? card.summary : undefined,
      production,
      previous,
      metrics: compareMetrics(
        entry,
        {
          // What runs now: the base's content, even when this change edits that very version.
          production: production ? (base.models.get(change.model)?.versions.get(production) ?? model.versions.get(production)) : undefined,
          previous: previous ? model.versions.get(previous) : undefined,
        },
        catalogue,
      ),
    };
  });
  const byModel = new Map<string, { model: string; version: string }[]>();
  for (const c of changed) byModel.set(c.model, [...(byModel.get(c.model) ?? []), { model: c.model, version: c.version }]);
  const { errors, warnings } = countBySeverity(problems);
  let versions = 0;
  for (const m of head.models.values()) versions += m.versions.size;
  return {
    ok: errors === 0,
    errors,
    warnings,
    models: head.models.size,
    versions,
    problems,
    changed,
    stages: changes.stages,
    lineage: [...byModel].map(([model, focus]) => ({ model, graph: lineageGraph(head, focus) })),
    productionStage,
    promotions,
  };
}

function previousVersion(all: string[], version: string): string | undefined {
  if (!isValidVersion(version)) return undefined;
  const lower = all.filter((v) => isValidVersion(v) && semver.lt(v, version));
  return lower.sort(semver.compareBuild).pop();
}
