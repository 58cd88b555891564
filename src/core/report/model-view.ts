/**
 * What `show` prints about a model, or one version of it, as plain data: the
 * model card (summary, owners, task, licence), what runs in each stage, every
 * version; for a version its card, its metrics against the version in
 * production (and the one before it), its lineage and its artifacts.
 */
import semver from 'semver';
import { isValidVersion, type ModelEntry, type Registry } from '../registry/registry.js';
import { noModel, resolveRef } from '../serving/resolve.js';
import type { ModelRef, ResolvedArtifact } from '../serving/types.js';
import type { ModelStatus, StageStatus } from '../stages/status.js';
import { asArray, isRecord } from '../values.js';
import { compareMetrics, type MetricRow } from './metric-comparison.js';

export interface ModelView {
  registry: string;
  model: string;
  title?: string;
  description?: string;
  owners: string[];
  task?: string;
  license?: string;
  tags: string[];
  primaryMetric?: string;
  /** The registry's stages in order, each with what it runs (when it runs something). */
  stages: StageStatus[];
  versions: VersionLine[];
  /** When the reference named a version (m@1.2.0, m#production, m@latest). */
  version?: VersionView;
}

export interface VersionLine {
  version: string;
  created?: string;
  summary?: string;
  /** The stages that run it. */
  stages: string[];
  /** Why it is deprecated, when it is. */
  deprecated?: string;
}

export interface VersionView extends VersionLine {
  /** The stage the reference named. */
  stage?: string;
  productionStage: string;
  /** What runs in production now. */
  production?: string;
  /** The highest version below this one. */
  previous?: string;
  /** Its metrics, with deltas against `production` and `previous` (keys of each row's `against`). */
  metrics: MetricRow[];
  lineage: Lineage;
  artifacts: ResolvedArtifact[];
}

export interface Lineage {
  parents: { model?: string; version?: string; uri?: string; revision?: string; relation?: string }[];
  datasets: { name: string; version?: string; role?: string; uri?: string }[];
  code?: { repo: string; commit: string; path?: string };
}

/** `show`'s reference: a model alone, or a model reference as resolve reads it. */
export type ShowRef = { model: string; kind: 'model' } | ModelRef;

export function modelView(registry: Registry, ref: ShowRef, status: ModelStatus | undefined): { view: ModelView } | { problem: string } {
  const model = registry.models.get(ref.model);
  if (!model) return { problem: noModel(ref.model, registry.models.keys()) };
  const card: Record<string, unknown> = isRecord(model.card?.value) ? model.card.value : {};
  const deprecated = isRecord(card.deprecated_versions) ? card.deprecated_versions : {};
  const stageOf = stagesByVersion(model);
  const versions = [...model.versions.keys()].map((version) => versionLine(model, version, stageOf, deprecated));
  const view: ModelView = {
    registry: registry.settings.name,
    model: model.name,
    ...pick(card, 'title', 'description', 'task', 'license'),
    owners: strings(card.owners),
    tags: strings(card.tags),
    ...(typeof card.primary_metric === 'string' ? { primaryMetric: card.primary_metric } : {}),
    stages: status?.stages ?? [],
    versions,
  };
  if (ref.kind === 'model') return { view };
  const resolution = resolveRef(registry, ref);
  if ('problem' in resolution) return resolution;
  const { version, stage, artifacts } = resolution.resolved;
  const entry = model.versions.get(version);
  const productionStage = registry.settings.stages[registry.settings.stages.length - 1] ?? 'production';
  const stages = isRecord(model.stages?.value) ? model.stages.value : {};
  const production = typeof stages[productionStage] === 'string' ? stages[productionStage] : undefined;
  const previous = previousVersion([...model.versions.keys()], version);
  const others = {
    ...(production && production !== version ? { production: model.versions.get(production) } : {}),
    ...(previous && previous !== production ? { previous: model.versions.get(previous) } : {}),
  };
  const versionCard = entry?.card?.value as unknown;
  view.version = {
    ...versionLine(model, version, stageOf, deprecated),
    ...(stage ? { stage } : {}),
    productionStage,
    ...(production ? { production } : {}),
    ...(previous ? { previous } : {}),
    metrics: compareMetrics(entry, others, registry.settings.metrics),
    lineage: lineageOf(isRecord(versionCard) ? versionCard.lineage : undefined),
    artifacts,
  };
  return { view };
}

function versionLine(model: ModelEntry, version: string, stageOf: Map<string, string[]>, deprecated: Record<string, unknown>): VersionLine {
  const card = model.versions.get(version)?.card?.value;
  const fields: Record<string, unknown> = isRecord(card) ? card : {};
  const reason = Object.hasOwn(deprecated, version) ? deprecated[version] : undefined;
  return {
    version,
    ...(typeof fields.created === 'string' ? { created: fields.created } : {}),
    ...(typeof fields.summary === 'string' ? { summary: fields.summary } : {}),
    stages: stageOf.get(version) ?? [],
    ...(reason !== undefined ? { deprecated: typeof reason === 'string' ? reason : '' } : {}),
  };
}

function stagesByVersion(model: ModelEntry): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const stages = isRecord(model.stages?.value) ? model.stages.value : {};
  for (const [stage, version] of Object.entries(stages)) if (typeof version === 'string') out.set(version, [...(out.get(version) ?? []), stage]);
  return out;
}

function lineageOf(value: unknown): Lineage {
  const lineage = isRecord(value) ? value : {};
  const parents = asArray(lineage.parents)
    .filter(isRecord)
    .map((p) => pick(p, 'model', 'version', 'uri', 'revision', 'relation'));
  const datasets = asArray(lineage.datasets)
    .filter(isRecord)
    .filter((d) => typeof d.name === 'string')
    .map((d) => ({
      name: d.name as string,
      ...pick(d, 'role', 'uri'),
      ...(typeof d.version === 'string' || typeof d.version === 'number' ? { version: String(d.version) } : {}),
    }));
  const code = isRecord(lineage.code) && typeof lineage.code.repo === 'string' && typeof lineage.code.commit === 'string' ? lineage.code : undefined;
  return { parents, datasets, ...(code ? { code: { repo: code.repo as string, commit: code.commit as string, ...pick(code, 'path') } } : {}) };
}

function previousVersion(all: string[], version: string): string | undefined {
  if (!isValidVersion(version)) return undefined;
  return all
    .filter((v) => isValidVersion(v) && semver.lt(v, version))
    .sort(semver.compareBuild)
    .pop();
}

function strings(value: unknown): string[] {
  return asArray(value).filter((x): x is string => typeof x === 'string');
}

/** The named fields that are text. */
function pick<K extends string>(record: Record<string, unknown>, ...keys: K[]): { [P in K]?: string } {
  const out: { [P in K]?: string } = {};
  for (const key of keys) if (typeof record[key] === 'string') out[key] = record[key];
  return out;
}
