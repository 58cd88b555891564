/**
 * MLflow's aliases (`champion` → version 3) and legacy stages (a version's
 * `current_stage`, Staging or Production) as a model's stages.yaml, through
 * the `--alias-stage` mapping. Legacy Staging and Production map to the
 * registry's stages of the same name unless the mapping says otherwise; an
 * alias maps only when asked. Aliases win over legacy stages; two aliases
 * that put different versions in one stage set nothing there (a note says
 * why): the import does not guess what runs.
 */
import type { MlflowModelData } from './types.js';

const LEGACY = ['staging', 'production', 'archived', 'none'];

/** Whether a `--alias-stage` key names one of MLflow's legacy stages rather than an alias. */
export function isLegacyStage(key: string): boolean {
  return LEGACY.includes(key.toLowerCase());
}

/** The mapping's stage for an alias (its spelling, then ignoring case) or a legacy stage (ignoring case). */
function mapped(aliasStages: Readonly<Record<string, string>>, key: string): string | undefined {
  if (Object.hasOwn(aliasStages, key)) return aliasStages[key];
  const found = Object.keys(aliasStages).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : aliasStages[found];
}

export interface StagesInput {
  data: MlflowModelData;
  mlflowName: string;
  aliasStages: Readonly<Record<string, string>>;
  registryStages: readonly string[];
  /** MLflow version → registry version, for every version the model has after the import. */
  present: ReadonlyMap<string, string>;
}

/** stage → registry version, in the registry's stage order, and notes on what was not mapped. */
export function stagesFromMlflow(input: StagesInput): { stages: Record<string, string>; notes: string[] } {
  const { data, mlflowName, aliasStages, registryStages, present } = input;
  const notes: string[] = [];
  const aliases = new Map<string, string>();
  for (const a of data.model.aliases ?? []) if (a.alias && a.version) aliases.set(a.alias, a.version);
  for (const a of data.askedAliases ?? []) if (a.version) aliases.set(a.alias, a.version);
  for (const v of data.versions)
    for (const alias of v.version.aliases ?? []) if (v.version.version && !aliases.has(alias)) aliases.set(alias, v.version.version);

  const byAlias = new Map<string, Map<string, string[]>>();
  for (const [alias, version] of [...aliases].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const stage = mapped(aliasStages, alias);
    if (stage === undefined) {
      if (!registryStages.includes(alias))
        notes.push(`alias ${alias} (version ${version}) is not mapped to a stage: give --alias-stage ${alias}=STAGE to carry it over`);
      else addTo(byAlias, alias, version, alias);
      continue;
    }
    addTo(byAlias, stage, version, alias);
  }
  const byLegacy = new Map<string, string[]>();
  for (const v of data.versions) {
    const legacy = v.version.current_stage;
    if (!legacy || !v.version.version || legacy.toLowerCase() === 'none') continue;
    const explicit = mapped(aliasStages, legacy);
    const stage = explicit ?? (registryStages.includes(legacy.toLowerCase()) ? legacy.toLowerCase() : undefined);
    if (stage === undefined) {
      notes.push(
        `version ${v.version.version} is in MLflow's ${legacy} stage, which maps to no stage of this registry: give --alias-stage ${legacy}=STAGE to carry it over`,
      );
      continue;
    }
    byLegacy.set(stage, [...(byLegacy.get(stage) ?? []), v.version.version]);
  }

  const stages: Record<string, string> = {};
  for (const stage of registryStages) {
    let mlflowVersion: string | undefined;
    let why: string;
    const fromAliases = byAlias.get(stage);
    if (fromAliases && fromAliases.size > 1) {
      const list = [...fromAliases].map(([version, names]) => `${names.join(', ')} → ${version}`).join('; ');
      notes.push(`${stage} is left empty: aliases that map to it point to different versions (${list}); map one alias per stage`);
      continue;
    } else if (fromAliases) {
      const [[version, names]] = [...fromAliases];
      mlflowVersion = version;
      why = `alias ${names.join(', ')}`;
    } else {
      const legacy = byLegacy.get(stage);
      if (!legacy) continue;
      // MLflow let several versions share a legacy stage; the newest is the one `models:/m/Production` loaded.
      mlflowVersion = [...legacy].sort((a, b) => Number(b) - Number(a))[0];
      why = `MLflow's legacy stage`;
    }
    const version = present.get(mlflowVersion);
    if (version === undefined) {
      notes.push(`${stage} is left empty: ${why} points to version ${mlflowVersion}, which is not imported`);
      continue;
    }
    stages[stage] = version;
  }
  return { stages, notes: notes.map((n) => `${mlflowName}: ${n}`) };
}

function addTo(into: Map<string, Map<string, string[]>>, stage: string, version: string, alias: string): void {
  const versions = into.get(stage) ?? new Map<string, string[]>();
  versions.set(version, [...(versions.get(version) ?? []), alias]);
  into.set(stage, versions);
}
