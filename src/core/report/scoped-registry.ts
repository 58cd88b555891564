/**
 * The registry a pull request's review works on when only some models
 * changed: those models in full, every other model as a skeleton (its version
 * names, and the lineage parents of the versions the changed ones descend
 * from). The rules that span models see every model's versions, so a parent
 * is found or not as in a full validation, and every lineage cycle through a
 * changed version is met; nothing else is read.
 */
import type { ModelCheck } from '../check/check-model.js';
import { sortVersionEntries, type ModelEntry, type Registry } from '../registry/registry.js';
import { detachRecord } from '../text/detach.js';
import { asArray, isRecord } from '../values.js';

type ModelSummary = ModelCheck['summary'];

/** A skeleton per model the change leaves alone: version names (put in SemVer order once a lineage reaches the model), no card read yet. */
export function untouchedSummaries(versionFolders: ReadonlyMap<string, string[]>, changed: ReadonlySet<string>): Map<string, ModelSummary> {
  const summaries = new Map<string, ModelSummary>();
  for (const [name, versions] of versionFolders) {
    if (changed.has(name)) continue;
    summaries.set(name, { name, versions: versions.map((version) => ({ version })) });
  }
  return summaries;
}

/**
 * Gives the untouched versions the changed ones descend from (transitively)
 * their card's lineage parents, read with `readCard` (the card's parsed
 * value, undefined when it has none or cannot be read).
 */
export function followAncestors(changed: readonly ModelSummary[], untouched: ReadonlyMap<string, ModelSummary>, readCard: (path: string) => unknown): void {
  const pending: unknown[] = [];
  for (const model of changed) for (const version of model.versions) pending.push(...(version.parents ?? []));
  const visited = new Set<string>();
  const index = new Map<string, Map<string, ModelSummary['versions'][number]>>();
  while (pending.length > 0) {
    const parent = pending.pop();
    if (!isRecord(parent) || typeof parent.model !== 'string' || typeof parent.version !== 'string' || 'uri' in parent) continue;
    const model = untouched.get(parent.model);
    if (!model || visited.has(`${parent.model}@${parent.version}`)) continue;
    visited.add(`${parent.model}@${parent.version}`);
    let versions = index.get(model.name);
    if (!versions) {
      // In SemVer order, as a full validation has them: a problem about this lineage may list them.
      model.versions = sortVersionEntries(model.versions.map((v): [string, (typeof model.versions)[number]] => [v.version, v])).map(([, v]) => v);
      index.set(model.name, (versions = new Map(model.versions.map((v) => [v.version, v]))));
    }
    const version = versions.get(parent.version);
    if (!version) continue;
    const path = `models/${model.name}/versions/${version.version}/card.yaml`;
    const card = readCard(path);
    if (card === undefined) continue;
    // As check-model.ts summarises a card: copies, and undefined without a lineage.
    version.card = path;
    version.parents = isRecord(card) && isRecord(card.lineage) ? asArray(card.lineage.parents).map(detachRecord) : undefined;
    pending.push(...(version.parents ?? []));
  }
}

/** `registry` with the models of `full` put in place of their skeletons, in name order. */
export function withModels(registry: Registry, full: Iterable<ModelEntry>): Registry {
  const models = new Map(registry.models);
  for (const model of full) models.set(model.name, model);
  return { ...registry, models: new Map([...models].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}
