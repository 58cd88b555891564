/**
 * What the audit needs of one model, small enough to travel between threads:
 * the model's card and stages, each version's `created` and metrics, and of
 * its observations only the newest of each series (version, metric, segment,
 * environment), in file and line order. The audit judges a series by its
 * newest record and a version's silence by its newest record of any series,
 * so its findings are the same as from every record, without holding a year
 * of records per model.
 */
import type { Observation } from '../monitoring/observation.js';
import type { ObservationFile } from '../monitoring/observations.js';
import type { ModelEntry, VersionEntry } from '../registry/registry.js';
import { isRecord } from '../values.js';

export function auditView(model: ModelEntry): ModelEntry {
  const versions = new Map<string, VersionEntry>();
  for (const [name, v] of model.versions) {
    const card: unknown = v.card?.value;
    const created = isRecord(card) ? card.created : undefined;
    versions.set(name, {
      model: v.model,
      version: v.version,
      dir: v.dir,
      ...(v.card ? { card: { path: v.card.path, valid: v.card.valid, value: (created === undefined ? {} : { created }) as never } } : {}),
      ...(v.metrics ? { metrics: v.metrics } : {}),
      metricsFiles: [],
      files: [],
    });
  }
  const kept = newestPerSeries(model.monitoring);
  return {
    name: model.name,
    dir: model.dir,
    ...(model.card ? { card: model.card } : {}),
    ...(model.stages ? { stages: model.stages } : {}),
    versions,
    strayFiles: [],
    monitoring: model.monitoring.map((file) => ({ ...file, observations: file.observations.filter((o) => kept.has(o)) })),
  };
}

/**
 * The newest record of each series. A record's time lies in its file's month
 * and a file never holds a series twice at one instant (observations.ts), so
 * a series seen in a later month file needs no look at the earlier ones.
 */
function newestPerSeries(files: readonly ObservationFile[]): Set<Observation> {
  const newest = new Map<string, { observation: Observation; at: number; month: string }>();
  const latestFirst = [...files].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
  for (const file of latestFirst) {
    for (const observation of file.observations) {
      const key = seriesKey(observation);
      const seen = newest.get(key);
      if (seen && seen.month > file.month) continue;
      const at = Date.parse(observation.time);
      if (!seen || at >= seen.at) newest.set(key, { observation, at, month: file.month });
    }
  }
  return new Set([...newest.values()].map((n) => n.observation));
}

/** Version, metric, segment and environment, each length-prefixed so no two series share a key. */
function seriesKey(o: Observation): string {
  const part = (value: string | undefined) => (value === undefined ? '-' : `${value.length}:${value}`);
  return `${part(o.version)}${part(o.metric)}${part(o.segment)}${part(o.environment)}`;
}
