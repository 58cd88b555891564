/**
 * What a pull request does to the registry: which versions it adds or
 * changes, which models are new, and what will run where after the merge.
 */
import { isRecord } from '../values.js';
import type { ModelEntry, Registry, VersionEntry } from '../registry/registry.js';

export interface VersionChange {
  model: string;
  version: string;
  kind: 'added' | 'changed';
  newModel: boolean;
}

export interface StageChange {
  model: string;
  stage: string;
  from?: string;
  to?: string;
}

export interface ChangeSet {
  versions: VersionChange[];
  stages: StageChange[];
  /** Models whose model.yaml changed (deprecations, owners, descriptions). */
  modelCards: string[];
  removedModels: string[];
}

export function computeChangeSet(base: Registry, head: Registry): ChangeSet {
  const versions: VersionChange[] = [];
  const stages: StageChange[] = [];
  const modelCards: string[] = [];
  for (const model of head.models.values()) {
    const before = base.models.get(model.name);
    // The same entry on both sides: a model the change leaves alone (a scoped review shares them).
    if (before === model) continue;
    for (const version of model.versions.values()) {
      const old = before?.versions.get(version.version);
      if (!old) versions.push({ model: model.name, version: version.version, kind: 'added', newModel: !before });
      else if (!sameVersion(old, version)) versions.push({ model: model.name, version: version.version, kind: 'changed', newModel: false });
    }
    const was = stageMap(before);
    const now = stageMap(model);
    for (const stage of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (was[stage] !== now[stage]) stages.push({ model: model.name, stage, from: was[stage], to: now[stage] });
    }
    if (before && JSON.stringify(before.card?.value) !== JSON.stringify(model.card?.value)) modelCards.push(model.name);
  }
  const removedModels = [...base.models.keys()].filter((name) => !head.models.has(name));
  for (const name of removedModels) {
    for (const [stage, version] of Object.entries(stageMap(base.models.get(name)))) stages.push({ model: name, stage, from: version });
  }
  return { versions, stages, modelCards, removedModels };
}

export function stageMap(model: ModelEntry | undefined): Record<string, string> {
  // No prototype: `stageMap(m)[stage]` of a stage named constructor is undefined, not Object.
  const out = Object.create(null) as Record<string, string>;
  const value = model?.stages?.value;
  if (isRecord(value)) for (const [stage, version] of Object.entries(value)) if (typeof version === 'string') out[stage] = version;
  return out;
}

function sameVersion(a: VersionEntry, b: VersionEntry): boolean {
  return (
    JSON.stringify(a.card?.value) === JSON.stringify(b.card?.value) &&
    JSON.stringify(a.metrics?.value) === JSON.stringify(b.metrics?.value) &&
    a.files.join('\n') === b.files.join('\n')
  );
}
