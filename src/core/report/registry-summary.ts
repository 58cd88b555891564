/** Models, their versions and what runs where: the registry at a glance. */
import { isRecord } from '../values.js';
import { isValidVersion, type Registry } from '../registry/registry.js';

export interface RegistrySummary {
  registry: string;
  versions: number;
  models: { name: string; versions: string[]; latest?: string; stages: Record<string, string> }[];
}

export function summarizeRegistry(registry: Registry): RegistrySummary {
  let total = 0;
  const models = [...registry.models.values()].map((m) => {
    const versions = [...m.versions.keys()];
    total += versions.length;
    const stages = Object.create(null) as Record<string, string>;
    if (m.stages && isRecord(m.stages.value)) {
      for (const [stage, version] of Object.entries(m.stages.value)) if (typeof version === 'string') stages[stage] = version;
    }
    const valid = versions.filter(isValidVersion);
    return { name: m.name, versions, latest: valid[valid.length - 1], stages };
  });
  return { registry: registry.settings.name, versions: total, models };
}
