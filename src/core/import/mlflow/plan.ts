/**
 * `import mlflow`, planned: what MLflow's registry answered (plain data, read
 * by adapters/mlflow) laid over the registry as new files, validated with the
 * registry's own rules before anything is written. A model becomes a model
 * folder (a new one gets model.yaml), MLflow's version N becomes N.0.0, the
 * aliases and legacy stages become stages.yaml, and the aliases the mapping
 * names are recorded in registry.yaml's `aliases` for `models:/m@alias`.
 * Only what is new is planned: an existing file is never replaced (registry.yaml
 * only gains alias keys it lacks), so a second import adds the new versions.
 */
import { Document, parseDocument } from 'yaml';
import { CARD_FILE, REGISTRY_FILE, STAGES_FILE, modelFile, versionDir } from '../../format/layout.js';
import type { Problem } from '../../problems.js';
import { loadRegistry } from '../../registry/load.js';
import type { FileEntry, RegistrySnapshot } from '../../registry/snapshot.js';
import { validateOverlay } from '../../register/plan.js';
import { isRecord } from '../../values.js';
import { mapNames, type NameMapping } from './names.js';
import { isLegacyStage, stagesFromMlflow } from './stages.js';
import type { MlflowModelData } from './types.js';
import { tagMap, versionFiles } from './version-card.js';
import { registryYaml } from '../yaml-document.js';

/** GitHub's limit for one release asset: a larger file could never be released. */
const MAX_COMMITTED_BYTES = 2 * 1024 ** 3;

export interface MlflowImportInput {
  trackingUri: string;
  models: readonly MlflowModelData[];
  /** model.yaml's owners of a new model (MLflow does not say reliably who owns one); none: registry.yaml's maintainers. */
  owners: readonly string[];
  /** `--alias-stage`: an alias or legacy stage → a registry stage. */
  aliasStages: Readonly<Record<string, string>>;
  artifacts: 'download' | 'reference';
  maxCommittedBytes?: number;
}

interface ImportedVersion {
  model: string;
  version: string;
  mlflowName: string;
  mlflowVersion: string;
}

export interface MlflowImportPlan {
  names: NameMapping[];
  /** New files, by path relative to the registry root. */
  files: { path: string; bytes: Uint8Array }[];
  /** registry.yaml with the aliases it gains, when it gains any. */
  registryFile?: Uint8Array;
  /** Downloaded files to commit, by registry path. */
  copies: { path: string; from: string; size: number; sha256: string }[];
  imported: ImportedVersion[];
  /** Versions already in the registry, left as they are. */
  present: number;
  notes: string[];
  problems: Problem[];
  /** Anything here (or an error among the problems) means nothing is written. */
  errors: string[];
}

/** MLflow's version numbers are whole numbers; the registry's version is N.0.0. */
function registryVersion(mlflowVersion: string | undefined): string | undefined {
  return mlflowVersion !== undefined && /^[1-9]\d{0,15}$/.test(mlflowVersion) ? `${mlflowVersion}.0.0` : undefined;
}

/** Each model folder of the registry, with the MLflow name its model.yaml records. */
function existingModels(snapshot: RegistrySnapshot): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const [name, entry] of loadRegistry(snapshot).models) {
    const card = entry.card?.value as unknown;
    out.set(name, isRecord(card) && typeof card['x-mlflow-name'] === 'string' ? card['x-mlflow-name'] : undefined);
  }
  return out;
}

function modelNames(models: readonly MlflowModelData[]): string[] {
  return models.flatMap((m) => (m.model.name ? [m.model.name] : []));
}

/**
 * The versions an import would add, as `name\0N`: those whose run and files
 * are worth fetching (a second import reads nothing more of what it has).
 */
export function versionsToFetch(models: readonly MlflowModelData[], snapshot: RegistrySnapshot): Set<string> {
  const registry = loadRegistry(snapshot);
  const names = new Map(mapNames(modelNames(models), existingModels(snapshot)).map((n) => [n.mlflow, n.registry]));
  const out = new Set<string>();
  for (const m of models) {
    const folder = m.model.name === undefined ? undefined : names.get(m.model.name);
    if (folder === undefined) continue;
    const have = registry.models.get(folder)?.versions;
    for (const v of m.versions) {
      const version = registryVersion(v.version.version);
      if (version && isReady(v.version.status) && !have?.has(version)) out.add(`${m.model.name}\0${v.version.version}`);
    }
  }
  return out;
}

function isReady(status: string | undefined): boolean {
  return status === undefined || status === 'READY';
}

export function planMlflowImport(input: MlflowImportInput, snapshot: RegistrySnapshot): MlflowImportPlan {
  const plan: MlflowImportPlan = { names: [], files: [], copies: [], imported: [], present: 0, notes: [], problems: [], errors: [] };
  const registryEntry = snapshot.entries.find((e) => e.path === REGISTRY_FILE && e.type === 'file');
  if (!registryEntry) {
    plan.errors.push('this folder is not a registry (no registry.yaml): run `model-registry init` here first, or give the registry folder with --root');
    return plan;
  }
  const registry = loadRegistry(snapshot);
  const stageNames = registry.settings.stages;
  for (const [key, stage] of Object.entries(input.aliasStages)) {
    if (!stageNames.includes(stage))
      plan.errors.push(`--alias-stage ${key}=${stage}: ${stage} is not a stage of this registry (stages: ${stageNames.join(', ')})`);
  }
  if (plan.errors.length) return plan;

  // MLflow does not say reliably who owns a model: --owner, else registry.yaml's maintainers.
  const settings = registry.settingsFile?.value as unknown;
  const maintainers = isRecord(settings) && Array.isArray(settings.maintainers) ? settings.maintainers.filter((m): m is string => typeof m === 'string') : [];
  const owners = input.owners.length ? input.owners : maintainers;
  plan.names = mapNames(modelNames(input.models), existingModels(snapshot));
  const folderOf = new Map(plan.names.map((n) => [n.mlflow, n.registry]));
  const files = new Map<string, Uint8Array>();
  const maxCommitted = input.maxCommittedBytes ?? MAX_COMMITTED_BYTES;

  for (const data of [...input.models].sort((a, b) => ((a.model.name ?? '') < (b.model.name ?? '') ? -1 : 1))) {
    const name = data.model.name;
    if (name === undefined) continue;
    const folder = folderOf.get(name)!;
    const entry = registry.models.get(folder);
    const newModel = !snapshot.entries.some((e) => e.path === modelFile(folder));
    if (newModel) {
      if (!owners.length) {
        plan.errors.push(
          `${name} becomes the new model ${folder}, which needs owners: give --owner @org/team (MLflow does not say who owns a model; registry.yaml has no maintainers)`,
        );
        continue;
      }
      files.set(modelFile(folder), modelYaml(folder, name, data, input.trackingUri, owners));
    }

    const present = new Map<string, string>();
    for (const v of entry?.versions.keys() ?? []) {
      const n = /^([1-9]\d*)\.0\.0$/.exec(v);
      if (n) present.set(n[1], v);
    }
    const versions = [...data.versions].sort((a, b) => Number(a.version.version) - Number(b.version.version));
    for (const v of versions) {
      const mv = v.version;
      const version = registryVersion(mv.version);
      if (!version) {
        plan.notes.push(`${name} version ${String(mv.version)} skipped: not a whole number, as MLflow's versions are`);
        continue;
      }
      if (!isReady(mv.status)) {
        plan.notes.push(`${name} version ${mv.version} skipped: its status is ${mv.status}${mv.status_message ? ` (${mv.status_message})` : ''}, not READY`);
        continue;
      }
      if (entry?.versions.has(version)) {
        plan.present++;
        continue;
      }
      if (mv.creation_timestamp === undefined) {
        plan.notes.push(`${name} version ${mv.version} skipped: MLflow gives no creation_timestamp`);
        continue;
      }
      const built = versionFiles({ data: v, version, trackingUri: input.trackingUri, artifacts: input.artifacts, maxCommittedBytes: maxCommitted });
      const dir = versionDir(folder, version);
      files.set(`${dir}/${CARD_FILE}`, built.card);
      files.set(`${dir}/metrics.json`, built.metrics);
      plan.copies.push(...built.copies.map((c) => ({ ...c, path: `${dir}/${c.path}` })));
      plan.notes.push(...built.notes.map((n) => `${name} version ${mv.version}: ${n}`));
      plan.imported.push({ model: folder, version, mlflowName: name, mlflowVersion: mv.version! });
      present.set(mv.version!, version);
    }

    const { stages, notes } = stagesFromMlflow({ data, mlflowName: name, aliasStages: input.aliasStages, registryStages: stageNames, present });
    plan.notes.push(...notes);
    const stagesPath = `models/${folder}/${STAGES_FILE}`;
    if (!snapshot.entries.some((e) => e.path === stagesPath)) {
      if (Object.keys(stages).length) files.set(stagesPath, registryYaml(stages, 'stages'));
    } else {
      const held = isRecord(entry?.stages?.value) ? entry.stages.value : {};
      for (const [stage, version] of Object.entries(stages)) {
        if (held[stage] !== version)
          plan.notes.push(
            `${name}: ${stagesPath} is left as it is: MLflow puts ${version} in ${stage}, the registry has ${typeof held[stage] === 'string' ? held[stage] : 'nothing'} there (model-registry promote changes it, reviewed)`,
          );
      }
    }
  }

  const registryBytes = registryEntry.bytes;
  const aliases = Object.fromEntries(Object.entries(input.aliasStages).filter(([key]) => !isLegacyStage(key) && !stageNames.includes(key)));
  if (registryBytes && Object.keys(aliases).length) {
    const added = withAliases(registryBytes, aliases);
    plan.notes.push(...added.notes);
    if (added.bytes) {
      plan.registryFile = added.bytes;
      files.set(REGISTRY_FILE, added.bytes);
    }
  }
  plan.files = [...files].filter(([path]) => path !== REGISTRY_FILE).map(([path, bytes]) => ({ path, bytes }));
  if (plan.errors.length) return plan;

  const artifacts: FileEntry[] = plan.copies.map((c) => ({ path: c.path, type: 'file', size: c.size, sha256: c.sha256 }));
  plan.problems.push(...validateOverlay(snapshot, files, artifacts).problems);
  if (plan.problems.some((p) => p.severity === 'error'))
    plan.errors.push("the import would not pass the registry's checks (the problems above): nothing was written");
  return plan;
}

function modelYaml(folder: string, mlflowName: string, data: MlflowModelData, trackingUri: string, owners: readonly string[]): Uint8Array {
  const card: Record<string, unknown> = {
    name: folder,
    description: data.model.description?.trim() ? data.model.description : `Imported from MLflow's registered model ${mlflowName}.`,
    owners: [...owners],
    'x-mlflow-name': mlflowName,
    'x-mlflow-tracking-uri': trackingUri,
  };
  const tags = tagMap(data.model.tags);
  if (Object.keys(tags).length)
    card['x-mlflow-tags'] = Object.fromEntries(
      Object.keys(tags)
        .sort()
        .map((k) => [k, tags[k]]),
    );
  return registryYaml(card, 'model');
}

/**
 * registry.yaml with the aliases it lacks added under `aliases` (its comments
 * and order kept); an alias it maps to another stage stays as it is, with a note.
 */
export function withAliases(bytes: Uint8Array, aliases: Readonly<Record<string, string>>): { bytes?: Uint8Array; notes: string[] } {
  const notes: string[] = [];
  const doc = parseDocument(new TextDecoder().decode(bytes), { version: '1.2' });
  if (doc.errors.length || !isRecord(doc.toJS())) return { notes: ['registry.yaml cannot be read: the aliases were not recorded'] };
  const current = (doc.toJS() as Record<string, unknown>).aliases;
  const held = isRecord(current) ? current : {};
  let changed = false;
  for (const [alias, stage] of Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (Object.hasOwn(held, alias)) {
      if (held[alias] !== stage) notes.push(`registry.yaml maps alias ${alias} to ${String(held[alias])}: left as it is (not ${stage})`);
      continue;
    }
    if (!doc.has('aliases') || !isRecord(current)) doc.set('aliases', new Document({}).createNode({}));
    doc.setIn(['aliases', alias], stage);
    changed = true;
  }
  return changed ? { bytes: new TextEncoder().encode(doc.toString({ lineWidth: 0, minContentWidth: 0 })), notes } : { notes };
}
