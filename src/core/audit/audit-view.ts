/**
 * What the audit needs of one model, small enough to travel between threads:
 * the model's card and stages, each version's `created` (and its metrics when
 * it has observations: a monitor's max_drop compares with them), and of
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
  const kept = newestPerSeries(model.monitoring);
  // A version's registered metrics matter only to a series of it (a monitor's max_drop).
  const observed = new Set([...kept].map((o) => o.version));
  const versions = new Map<string, VersionEntry>();
  for (const [name, v] of model.versions) {
    const card: unknown = v.card?.value;
    const created = isRecord(card) ? card.created : undefined;
    versions.set(name, {
      model: v.model,
      version: v.version,
      dir: v.dir,
      ...(v.card ? { card: { path: v.card.path, valid: v.card.valid, value: (created === undefined ? {} : { created }) as never } } : {}),
      ...(v.metrics && observed.has(name) ? { metrics: v.metrics } : {}),
      metricsFiles: [],
      files: [],
    });
  }
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

interface Newest {
  observation: Observation;
  at: number;
  month: string;
}

/**
 * The newest record of each series. A record's time lies in its file's month
 * and a file never holds a series twice at one instant (observations.ts), so
 * a series seen in a later month file needs no look at the earlier ones.
 * Series are found by version, metric, segment and environment in nested
 * maps: no key is built for each of a year's records.
 */
function newestPerSeries(files: readonly ObservationFile[]): Set<Observation> {
  const byVersion = new Map<string, Map<string, Map<string | undefined, Map<string | undefined, Newest>>>>();
  const kept: Newest[] = [];
  const latestFirst = [...files].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
  for (const file of latestFirst) {
    for (const observation of file.observations) {
      const byEnvironment = within(within(within(byVersion, observation.version), observation.metric), observation.segment);
      const seen = byEnvironment.get(observation.environment);
      if (seen && seen.month > file.month) continue;
      const at = Date.parse(observation.time);
      if (!seen) {
        const entry = { observation, at, month: file.month };
        byEnvironment.set(observation.environment, entry);
        kept.push(entry);
      } else if (at >= seen.at) Object.assign(seen, { observation, at });
    }
  }
  return new Set(kept.map((n) => n.observation));
}

function within<K, V>(map: Map<K, Map<string | undefined, V>>, key: K): Map<string | undefined, V> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map<string | undefined, V>()));
  return inner;
}
