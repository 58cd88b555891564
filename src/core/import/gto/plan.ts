/**
 * `import gto` as plain data: what GTO's tags say (core/stages/gto-state.ts)
 * laid over the registry as new files, validated with the registry's own
 * rules before anything is written. Only what is new is planned: an existing
 * version folder, model.yaml or stages.yaml is never written over; where GTO
 * now says something else of them, a note names the command that changes it.
 */
import { isValidModelName, isValidStageName, type ModelEntry, type Registry } from '../../registry/registry.js';
import { isRecord } from '../../values.js';
import { loadRegistry } from '../../registry/load.js';
import type { RegistrySnapshot } from '../../registry/snapshot.js';
import { CARD_FILE, REGISTRY_FILE, STAGES_FILE, modelFile, versionDir } from '../../format/layout.js';
import type { Problem } from '../../problems.js';
import { buildMetricsFile, metricNames } from '../../register/metrics-input.js';
import { validateOverlay } from '../../register/plan.js';
import type { GtoArtifact, GtoState, GtoVersion } from '../../stages/gto-state.js';
import { registryYaml } from '../yaml-document.js';
import { registryModelName } from './model-name.js';

/** A file read at a version's commit (`--metrics-path`). */
export interface MetricsAtCommit {
  /** Where it was read, for messages: `<commit>:<path>`. */
  source: string;
  path: string;
  bytes: Uint8Array;
}

export interface GtoImportInput {
  state: GtoState;
  /** Owners of new model folders. */
  owners: readonly string[];
  /** `artifact@version` -> the metrics file at the version's commit, or null where that commit has none. Absent: no --metrics-path. */
  metrics?: ReadonlyMap<string, MetricsAtCommit | null>;
}

export interface ModelImport {
  gto: string;
  model: string;
  newModel: boolean;
  /** Versions this import adds. */
  added: string[];
  /** Versions already in the registry, left as they are. */
  kept: string[];
  stages: Record<string, string>;
  deprecated: Record<string, string>;
}

export interface GtoImportPlan {
  files: { path: string; bytes: Uint8Array }[];
  models: ModelImport[];
  /** What the registry cannot take from GTO, or leaves as it is, one sentence each. */
  notes: string[];
  /** Validation problems of the new files (warnings included). */
  problems: Problem[];
  /** Anything here (or an error among the problems) means nothing is written. */
  errors: string[];
}

export const metricsKey = (artifact: string, version: string): string => `${artifact}@${version}`;

export function planGtoImport(input: GtoImportInput, snapshot: RegistrySnapshot): GtoImportPlan {
  const plan: GtoImportPlan = { files: [], models: [], notes: [...input.state.notes], problems: [], errors: [] };
  if (!snapshot.entries.some((e) => e.path === REGISTRY_FILE && e.type === 'file')) {
    const stages = [...new Set([...input.state.artifacts.values()].flatMap((a) => Object.keys(a.stages)))];
    plan.errors.push(
      `this folder is not a registry (no registry.yaml): run \`model-registry init${stages.length ? ` --stages ${stages.join(',')}` : ''}\` here first, or give the registry folder with --root`,
    );
    return plan;
  }
  const registry = loadRegistry(snapshot);
  const exists = new Set(snapshot.entries.map((e) => e.path));
  const names = metricNames(registry);
  const files = new Map<string, Uint8Array>();
  const byModel = new Map<string, string>();
  for (const artifact of input.state.artifacts.values()) {
    const model = registryModelName(artifact.name);
    if (!model || !isValidModelName(model)) {
      plan.errors.push(
        `GTO artifact ${JSON.stringify(artifact.name)} has no registry name (1 to 64 lowercase letters, digits, '_' or '-'): rename it in GTO first`,
      );
      continue;
    }
    const other = byModel.get(model);
    if (other !== undefined) {
      plan.errors.push(
        `GTO artifacts ${JSON.stringify(other)} and ${JSON.stringify(artifact.name)} would both be the registry model ${model}: rename one in GTO first`,
      );
      continue;
    }
    byModel.set(model, artifact.name);
    if (artifact.versions.length === 0) {
      plan.notes.push(`${artifact.name}: no registered version (only stage tags or deprecations), nothing to import`);
      continue;
    }
    plan.models.push(importModel(artifact, model, registry, input, names, exists, files, plan.notes));
  }
  if (plan.models.some((m) => m.newModel) && input.owners.length === 0) {
    plan.errors.push("new models need owners: give --owner @org/team (or list the registry's maintainers in registry.yaml)");
  }
  if (plan.errors.length) return plan;
  plan.files = [...files].map(([path, bytes]) => ({ path, bytes }));
  if (files.size === 0) return plan;
  plan.problems.push(...validateOverlay(snapshot, files).problems);
  if (plan.problems.some((p) => p.severity === 'error'))
    plan.errors.push("the imported files would not pass the registry's checks (the problems above): nothing was written");
  return plan;
}

function importModel(
  artifact: GtoArtifact,
  model: string,
  registry: Registry,
  input: GtoImportInput,
  names: Record<string, string>,
  exists: ReadonlySet<string>,
  files: Map<string, Uint8Array>,
  notes: string[],
): ModelImport {
  const newModel = !exists.has(modelFile(model));
  const out: ModelImport = { gto: artifact.name, model, newModel, added: [], kept: [], stages: {}, deprecated: {} };
  if (model !== artifact.name) notes.push(`GTO artifact ${artifact.name} is the registry model ${model}`);
  for (const version of artifact.versions) {
    const dir = versionDir(model, version.version);
    if (exists.has(`${dir}/${CARD_FILE}`) || exists.has(dir)) {
      out.kept.push(version.version);
      continue;
    }
    out.added.push(version.version);
    const metrics = metricsFile(artifact, version, input.metrics, names, notes);
    files.set(`${dir}/${CARD_FILE}`, versionCard(artifact, version, metrics.stats));
    files.set(`${dir}/${metrics.name}`, metrics.bytes);
  }
  // Deregistered versions, then (a deprecated artifact) every version, with the tag's message as the reason.
  for (const version of artifact.versions) {
    if (version.deregistered) out.deprecated[version.version] = reason(version.deregistered.message, `Deregistered in GTO (${version.deregistered.name}).`);
    else if (artifact.deprecated) out.deprecated[version.version] = reason(artifact.deprecated.message, `Deprecated in GTO (${artifact.deprecated.name}).`);
  }
  if (!artifact.deprecated) {
    for (const [stage, version] of Object.entries(artifact.stages)) {
      if (isValidStageName(stage)) out.stages[stage] = version;
      else
        notes.push(`${artifact.name}: GTO stage ${JSON.stringify(stage)} is not a registry stage name (lowercase letters, digits, '_' or '-'): not imported`);
    }
  }
  if (newModel) {
    const card: Record<string, unknown> = {
      name: model,
      description: `Imported from the GTO artifact \`${artifact.name}\`: its versions, stages and deprecations as GTO's annotated tags recorded them.`,
      owners: [...input.owners],
    };
    if (Object.keys(out.deprecated).length) card.deprecated_versions = out.deprecated;
    card['x-gto-artifact'] = artifact.name;
    files.set(modelFile(model), registryYaml(card, 'model'));
    if (Object.keys(out.stages).length) files.set(`models/${model}/${STAGES_FILE}`, registryYaml(out.stages, 'stages'));
  } else {
    notes.push(...differences(model, out, registry.models.get(model)));
  }
  return out;
}

/** What GTO says of an existing model that its files do not: left to the commands that change them, through review. */
function differences(model: string, out: ModelImport, entry: ModelEntry | undefined): string[] {
  const notes: string[] = [];
  const card = entry?.card?.value as unknown;
  const deprecated = isRecord(card) && isRecord(card.deprecated_versions) ? card.deprecated_versions : {};
  for (const [version, why] of Object.entries(out.deprecated)) {
    if (!Object.hasOwn(deprecated, version))
      notes.push(
        `${model} ${version} is deprecated in GTO, not in model.yaml, which is left as it is: model-registry deprecate ${model}@${version} --reason ${JSON.stringify(why)}`,
      );
  }
  const value = entry?.stages?.value as unknown;
  const stages = isRecord(value) ? value : {};
  for (const [stage, version] of Object.entries(out.stages)) {
    if (stages[stage] !== version)
      notes.push(`${model}: GTO puts ${version} in ${stage}; stages.yaml is left to a promotion: model-registry promote ${model}@${version} --to ${stage}`);
  }
  for (const [stage, version] of Object.entries(stages)) {
    if (!Object.hasOwn(out.stages, stage))
      notes.push(`${model}: GTO has nothing in ${stage}, stages.yaml has ${String(version)}: model-registry demote ${model} --from ${stage}`);
  }
  return notes;
}

function reason(message: string, fallback: string): string {
  const text = message.trim();
  return text === '' ? fallback : text;
}

function versionCard(artifact: GtoArtifact, version: GtoVersion, stats: Record<string, number>): Uint8Array {
  const tag = version.registered;
  const firstLine = tag.message.trim().split('\n')[0].trim();
  // One line without control characters, at most 300 characters (the schema's summary).
  const summary = (firstLine.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 300) || `Registered in GTO as ${tag.name}.`).trim();
  const card: Record<string, unknown> = {
    version: version.version,
    created: tag.date,
    summary,
  };
  if (tag.message.trim().includes('\n')) card.description = tag.message.trim();
  // Run statistics the metrics conversion moved out of the metrics (a Trainer's eval_runtime, epoch), as `add` keeps them.
  if (Object.keys(stats).length) card.training = { stats };
  card['x-gto-artifact'] = artifact.name;
  card['x-gto-tag'] = tag.name;
  card['x-gto-commit'] = version.commit;
  card['x-gto-registered-by'] = tag.taggerEmail ? `${tag.taggerName} <${tag.taggerEmail}>` : tag.taggerName;
  return registryYaml(card, 'card');
}

function metricsFile(
  artifact: GtoArtifact,
  version: GtoVersion,
  metrics: GtoImportInput['metrics'],
  names: Record<string, string>,
  notes: string[],
): { name: 'metrics.yaml' | 'metrics.json'; bytes: Uint8Array; stats: Record<string, number> } {
  const found = metrics?.get(metricsKey(artifact.name, version.version));
  if (!found) {
    if (metrics)
      notes.push(`${artifact.name} ${version.version}: no metrics file at its commit ${version.commit.slice(0, 7)}; imported without metrics (no-metrics)`);
    return {
      name: 'metrics.yaml',
      stats: {},
      bytes: registryYaml(
        {},
        'metrics',
        `No metrics: GTO's tag ${version.registered.name} records none.\nWrite the evaluation here when there is one (model-registry validate warns until then: no-metrics).`,
      ),
    };
  }
  const name = /\.json$/i.test(found.path) ? 'metrics.json' : 'metrics.yaml';
  const built = buildMetricsFile({ source: found.source, bytes: found.bytes }, name, names);
  if (built.changes.length) notes.push(`${artifact.name} ${version.version}: ${found.source} converted: ${built.changes.join('; ')}`);
  return { name, bytes: built.bytes, stats: built.stats };
}
