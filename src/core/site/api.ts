/**
 * The static JSON API: api/index.json (every model, what runs where),
 * api/models/<model>.json (the model card and every version, newest first) and
 * api/models/<model>/<stage>.json (the version in that stage), so a deployment
 * tool resolves "what runs in production" with one GET. The shapes are
 * described by schemas/api-*.schema.json.
 */
import type { MetricDefinition } from '../registry/registry.js';
import { metricOf, type ModelSummary, type SiteData, type SiteModel, type SiteVersion } from './site-model.js';
import type { HistoryEvent } from '../stages/history.js';
import { absoluteUrl, commitUrl, paths, pullRequestUrl } from './urls.js';

export interface ApiLinks {
  /** The HTML page: absolute with a base URL, else relative to the site root. */
  html_url: string;
  /** This object's JSON: absolute with a base URL, else relative to the site root. */
  api_url: string;
}

export interface ApiPrimaryMetric {
  name: string;
  value: number | null;
  version: string | null;
  direction: 'higher' | 'lower' | null;
}

export interface ApiIndexModel extends ApiLinks {
  name: string;
  title: string | null;
  task: string | null;
  owners: string[];
  tags: string[];
  stages: Record<string, string>;
  latest: string | null;
  latest_created: string | null;
  primary_metric: ApiPrimaryMetric | null;
  deprecated: boolean;
}

export interface ApiIndex {
  registry: {
    name: string;
    description: string | null;
    url: string | null;
    repository: string | null;
    tag_format: string;
    stages: string[];
    metrics: Record<string, MetricDefinition>;
    generated_at: string;
  };
  models: ApiIndexModel[];
}

export type ApiParent = { model: string; version: string; relation: string } | { uri: string; revision: string | null; relation: string };

export interface ApiArtifact {
  name: string;
  size: number | null;
  sha256: string | null;
  media_type: string | null;
  url: string | null;
}

export interface ApiVersion {
  version: string;
  created: string | null;
  summary: string;
  metrics: Record<string, number>;
  parents: ApiParent[];
  datasets: { name: string; version: string | null; uri: string | null; sha256: string | null; role: string | null }[];
  code: { repo: string; commit: string; path: string | null } | null;
  artifacts: ApiArtifact[];
  tag: string;
  release_url: string | null;
  stages: string[];
  deprecated: boolean;
  deprecation_reason: string | null;
  html_url: string;
}

export interface ApiModel extends ApiLinks {
  name: string;
  title: string | null;
  description: string | null;
  owners: string[];
  task: string | null;
  license: string | null;
  tags: string[];
  primary_metric: string | null;
  intended_use: string | null;
  limitations: string | null;
  ethical_considerations: string | null;
  deprecated_versions: Record<string, string>;
  stages: Record<string, string>;
  latest: string | null;
  versions: ApiVersion[];
}

export interface ApiStage extends ApiVersion {
  model: string;
  stage: string;
  api_url: string;
}

export interface ApiHistoryEvent {
  kind: HistoryEvent['kind'];
  date: string;
  version: string;
  stage: string | null;
  from: string | null;
  commit: string;
  commit_url: string | null;
  pull_request: number | null;
  pull_request_url: string | null;
  approvers: string[];
  tag: string | null;
  reason: string | null;
}

export interface ApiHistory extends ApiLinks {
  model: string;
  complete: boolean;
  events: ApiHistoryEvent[];
}

const link = (data: SiteData, path: string) => absoluteUrl(data.options.baseUrl, path) ?? path;

/** api/models/<model>/history.json: the model's events from git, newest first (schemas/api-history.schema.json). */
export function apiHistory(data: SiteData, m: SiteModel): ApiHistory {
  const repository = data.options.repository;
  return {
    model: m.name,
    complete: data.options.historyComplete ?? false,
    events: m.events.map((e) => ({
      kind: e.kind,
      date: e.date,
      version: e.version,
      stage: e.stage ?? null,
      from: e.from ?? null,
      commit: e.commit,
      commit_url: (repository && commitUrl(data.github, repository, e.commit)) ?? null,
      pull_request: e.pullRequest ?? null,
      pull_request_url: (e.pullRequest !== undefined && pullRequestUrl(data.github, e.pullRequest)) || null,
      approvers: e.approvers ?? [],
      tag: e.tag ?? null,
      reason: e.reason ?? null,
    })),
    html_url: link(data, paths.modelHistory(m.name)),
    api_url: link(data, paths.apiHistory(m.name)),
  };
}

export function apiIndex(data: SiteData): ApiIndex {
  const s = data.settings;
  return {
    registry: {
      name: s.name,
      description: s.description ?? null,
      url: s.url ?? null,
      repository: data.options.repository ?? null,
      tag_format: s.tag_format,
      stages: [...s.stages],
      metrics: Object.fromEntries(Object.entries(s.metrics).map(([name, d]) => [name, metricDefinition(d)])),
      generated_at: data.options.generatedAt,
    },
    models: data.models.map((m) => indexModel(data, m)),
  };
}

function metricDefinition(d: MetricDefinition): MetricDefinition {
  const out: MetricDefinition = { direction: d.direction };
  if (typeof d.min === 'number') out.min = d.min;
  if (typeof d.max === 'number') out.max = d.max;
  if (typeof d.unit === 'string') out.unit = d.unit;
  if (typeof d.title === 'string') out.title = d.title;
  if (typeof d.min_delta === 'number') out.min_delta = d.min_delta;
  if (typeof d.description === 'string') out.description = d.description;
  return out;
}

function primaryMetric(data: SiteData, m: ModelSummary): ApiPrimaryMetric | null {
  if (!m.primaryMetric) return null;
  const version = m.headline;
  const metric = metricOf(version, m.primaryMetric);
  return {
    name: m.primaryMetric,
    value: metric?.value ?? null,
    version: metric ? version!.version : null,
    direction: data.settings.metrics[m.primaryMetric]?.direction ?? null,
  };
}

function indexModel(data: SiteData, m: ModelSummary): ApiIndexModel {
  return {
    name: m.name,
    title: m.title ?? null,
    task: m.task ?? null,
    owners: m.owners,
    tags: m.tags,
    stages: Object.fromEntries(m.stages),
    latest: m.latest?.version ?? null,
    latest_created: m.latest?.created ?? null,
    primary_metric: primaryMetric(data, m),
    deprecated: m.deprecated,
    html_url: link(data, paths.model(m.name)),
    api_url: link(data, paths.apiModel(m.name)),
  };
}

export function apiVersion(data: SiteData, v: SiteVersion): ApiVersion {
  return {
    version: v.version,
    created: v.created ?? null,
    summary: v.summary,
    metrics: Object.fromEntries(v.metrics.map((m) => [m.name, m.value])),
    parents: v.parents.map((p) =>
      p.kind === 'registry' ? { model: p.model, version: p.version, relation: p.relation } : { uri: p.uri, revision: p.revision ?? null, relation: p.relation },
    ),
    datasets: v.datasets.map((d) => ({ name: d.name, version: d.version ?? null, uri: d.uri ?? null, sha256: d.sha256 ?? null, role: d.role ?? null })),
    code: v.code ? { repo: v.code.repo, commit: v.code.commit, path: v.code.path ?? null } : null,
    artifacts: v.artifacts.map((a) => ({ name: a.name, size: a.size ?? null, sha256: a.sha256 ?? null, media_type: a.mediaType ?? null, url: a.url ?? null })),
    tag: v.tag,
    release_url: v.releaseUrl ?? null,
    stages: v.stages,
    deprecated: v.deprecated !== undefined,
    deprecation_reason: v.deprecated ?? null,
    html_url: link(data, paths.version(v.model, v.version, v.page)),
  };
}

export function apiModel(data: SiteData, m: SiteModel): ApiModel {
  return {
    name: m.name,
    title: m.title ?? null,
    description: m.description ?? null,
    owners: m.owners,
    task: m.task ?? null,
    license: m.license ?? null,
    tags: m.tags,
    primary_metric: m.primaryMetric ?? null,
    intended_use: m.intendedUse ?? null,
    limitations: m.limitations ?? null,
    ethical_considerations: m.ethicalConsiderations ?? null,
    deprecated_versions: Object.fromEntries(m.deprecatedVersions),
    stages: Object.fromEntries(m.stages),
    latest: m.latest?.version ?? null,
    versions: [...m.versions].reverse().map((v) => apiVersion(data, v)),
    html_url: link(data, paths.model(m.name)),
    api_url: link(data, paths.apiModel(m.name)),
  };
}

/** The version objects of a model's stages (only stages whose version exists). */
export function apiStages(data: SiteData, m: SiteModel, model: ApiModel): Map<string, ApiStage> {
  const out = new Map<string, ApiStage>();
  for (const [stage, version] of m.stages) {
    const v = model.versions.find((x) => x.version === version);
    if (!v) continue;
    out.set(stage, { model: m.name, stage, ...v, api_url: link(data, paths.apiStage(m.name, stage)) });
  }
  return out;
}
