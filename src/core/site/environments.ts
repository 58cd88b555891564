/**
 * What each model's environments run, as the catalogue shows it (the model
 * page's Environments table and api/models/<model>/environments.json): the
 * environments registry.yaml declares, each with its stage's version and,
 * when the site was built with a token and the repository, the version its
 * deployments report running, since when, and whether that matches.
 */
import { deploymentEnvironment } from '../environments/environments.js';
import { environmentRows, isDrift, type EnvironmentRow } from '../environments/status.js';
import { stageSince, type SiteData, type SiteModel } from './site-model.js';
import { absoluteUrl, paths, safeHttpUrl, segment } from './urls.js';

/** Beside the stage files; a stage named `environments` keeps its file, and this one is then left out. */
export const apiEnvironmentsPath = (model: string) => `api/models/${segment(model)}/environments.json`;
/** A stage named `environments` has that file already (deployment tools rely on stage files). */
export const environmentsFileTaken = (data: SiteData, m: SiteModel) =>
  data.settings.stages.includes('environments') || m.stages.some(([s]) => s === 'environments');
/** The Environments section of the model page. */
const modelEnvironmentsPath = (model: string) => `${paths.model(model)}#environments`;

/** Every declared environment of the model, in the registry's stage order; undefined when none is declared. */
export function modelEnvironmentRows(data: SiteData, m: Pick<SiteModel, 'name' | 'stages' | 'events' | 'history'>): EnvironmentRow[] | undefined {
  const environments = data.options.environments;
  if (!environments || environments.declared.length === 0) return undefined;
  const stages = new Map(
    m.stages.map(([stage, version]) => {
      const since = stageSince(m, stage, version)?.since;
      return [stage, { version, ...(since ? { since } : {}) }];
    }),
  );
  return environmentRows({
    models: [{ name: m.name, stages }],
    environments: environments.declared,
    running: environments.running,
    now: data.options.generatedAt,
    maxDriftMs: environments.maxDriftMs,
    all: true,
  });
}

interface ApiEnvironment {
  environment: string;
  github_environment: string;
  stage: string;
  declared: string | null;
  declared_since: string | null;
  running: string | null;
  running_since: string | null;
  url: string | null;
  matches: boolean | null;
  drift_since: string | null;
  drift_seconds: number | null;
  over_max_drift: boolean | null;
}

interface ApiEnvironments {
  model: string;
  read: boolean;
  note: string | null;
  max_drift: string;
  generated_at: string;
  environments: ApiEnvironment[];
  html_url: string;
  api_url: string;
}

/** api/models/<model>/environments.json (schemas/api-environments.schema.json); undefined when no environment is declared. */
export function apiEnvironments(data: SiteData, m: SiteModel): ApiEnvironments | undefined {
  const rows = modelEnvironmentRows(data, m);
  const environments = data.options.environments;
  if (!rows || !environments) return undefined;
  const link = (path: string) => absoluteUrl(data.options.baseUrl, path) ?? path;
  return {
    model: m.name,
    read: environments.read,
    note: environments.note ?? null,
    max_drift: environments.maxDrift,
    generated_at: data.options.generatedAt,
    environments: rows.map((row) => {
      const drift = isDrift(row) ? row : undefined;
      return {
        environment: row.environment,
        github_environment: deploymentEnvironment(m.name, row.environment),
        stage: row.stage,
        declared: row.declared ?? null,
        declared_since: row.declaredSince ?? null,
        running: drift?.running ?? null,
        running_since: drift?.runningSince ?? null,
        url: safeHttpUrl(drift?.environmentUrl) ?? null,
        matches: drift ? drift.matches : null,
        drift_since: drift?.driftSince ?? null,
        drift_seconds: drift?.driftMs === undefined ? null : Math.floor(drift.driftMs / 1000),
        over_max_drift: drift && !drift.matches ? drift.exceeded : drift ? false : null,
      };
    }),
    html_url: link(modelEnvironmentsPath(m.name)),
    api_url: link(apiEnvironmentsPath(m.name)),
  };
}
