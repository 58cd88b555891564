/**
 * The environments registry.yaml declares (`environments: {eu-west-prod:
 * production}`) and how long one may lag its stage (`max_drift`), read
 * defensively: a value the schema refuses is that file's problem, and is left
 * out here. Each environment is reported per model as the GitHub Deployment
 * environment `<model>@<environment>` (what `deployed` writes), distinct from
 * `<model>/<stage>`, where `record` writes what a stage declares.
 */
import { isValidModelName, isValidStageName, type Registry } from '../registry/registry.js';
import { isRecord } from '../values.js';
import { DEFAULT_MAX_DRIFT, parseDuration } from './duration.js';

export interface DeclaredEnvironment {
  name: string;
  stage: string;
}

export interface EnvironmentSettings {
  /** In the registry's stage order (production last), then by name. */
  environments: DeclaredEnvironment[];
  /** As written (or the default). */
  maxDrift: string;
  maxDriftMs: number;
}

export function environmentSettings(registry: Pick<Registry, 'settings' | 'settingsFile'>): EnvironmentSettings {
  const raw: unknown = registry.settingsFile?.value;
  const doc = isRecord(raw) ? raw : {};
  const stages = registry.settings.stages;
  const environments: DeclaredEnvironment[] = [];
  if (isRecord(doc.environments)) {
    for (const [name, stage] of Object.entries(doc.environments)) {
      // An undeclared stage is a problem of registry.yaml (unknown-stage): such an environment serves nothing.
      if (isValidModelName(name) && typeof stage === 'string' && isValidStageName(stage) && stages.includes(stage)) environments.push({ name, stage });
    }
  }
  environments.sort((a, b) => stages.indexOf(a.stage) - stages.indexOf(b.stage) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const written = parseDuration(doc.max_drift);
  const maxDrift = written === undefined ? DEFAULT_MAX_DRIFT : (doc.max_drift as string);
  return { environments, maxDrift, maxDriftMs: written ?? parseDuration(DEFAULT_MAX_DRIFT)! };
}

/** The GitHub Deployment environment a model's deployments to `environment` are reported in. */
export function deploymentEnvironment(model: string, environment: string): string {
  return `${model}@${environment}`;
}
