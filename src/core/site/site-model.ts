/**
 * The registry as the site shows it: every value read defensively from the
 * cards (a card that failed its schema is still shown as far as it can be),
 * typed, ordered, and joined with what the site adds (release links, stage
 * history, children). Pages, the API, the feed and badges read only this.
 */
import { isRecord, own } from '../values.js';
import {
  isValidModelName,
  isValidStageName,
  isValidVersion,
  tagName,
  type MetricDefinition,
  type ModelEntry,
  type ResolvedSettings,
} from '../registry/registry.js';
import type { HistoryEvent } from '../stages/history.js';
import type { EnvironmentReadings } from '../environments/status.js';
import type { ModelAudit, ModelMonitoringData } from './monitoring.js';
import { detach } from '../text/detach.js';
import { formatNumberFast } from './format.js';
import { releaseAssetUrl, releaseUrl, VERSIONS_PER_PAGE, type GitHubLinks } from './urls.js';

export interface StageEvent {
  stage: string;
  version: string;
  /** ISO 8601 date-time of the commit that set it. */
  since: string;
  commit: string;
}

export interface SiteOptions {
  /** owner/name: release and artifact links are made only with it. */
  repository?: string;
  serverUrl: string;
  /** Where the site is served: absolute links in the feed, badges' snippets and the API. */
  baseUrl?: string;
  /** Per model, stage assignments from git history, newest first. */
  stageHistory?: Record<string, StageEvent[]>;
  /** Per model, every registration, promotion, demotion, rollback and deprecation from git, newest first (core/stages/history.ts). */
  events?: ReadonlyMap<string, HistoryEvent[]>;
  /** False when the events come from a shallow clone or no git at all: older ones are missing. */
  historyComplete?: boolean;
  /** ISO 8601 date-time stamped on the feed and the API. */
  generatedAt: string;
  /** registry.yaml's environments and, when read from GitHub, what each runs (the model pages' Environments table). */
  environments?: EnvironmentReadings;
  /** Every release tag of the repository, when known: the audit's release check (without it, none). */
  releaseTags?: ReadonlySet<string>;
}

export interface SiteMetric {
  name: string;
  value: number;
  /** The value as pages write it (formatted once: it appears on several pages). */
  text: string;
  ci?: [number, number];
  dataset?: string;
  split?: string;
  slice?: string;
  n?: number;
}

export type SiteParent =
  /** `key` is versionKey(model, version), made once: pages look parents up by it. */
  { kind: 'registry'; model: string; version: string; relation: string; key: string } | { kind: 'external'; uri: string; revision?: string; relation: string };

export interface SiteDataset {
  name: string;
  version?: string;
  uri?: string;
  sha256?: string;
  role?: string;
}

export interface SiteArtifact {
  name: string;
  sha256?: string;
  size?: number;
  mediaType?: string;
  /** Committed in the version folder (attached to the release). */
  path?: string;
  /** Stored elsewhere. */
  uri?: string;
  /** Where to download it: the release asset for a committed file, the URI for an external one (any scheme). */
  url?: string;
}

export interface SiteVersion {
  model: string;
  version: string;
  /** versionKey(model, version), made once: the lookups of every page use it. */
  key: string;
  created?: string;
  summary: string;
  description?: string;
  parents: SiteParent[];
  datasets: SiteDataset[];
  code?: { repo: string; commit: string; path?: string };
  params: [string, string | number | boolean | null][];
  environment: [string, string][];
  runUrl?: string;
  artifacts: SiteArtifact[];
  metrics: SiteMetric[];
  /** The reason, when model.yaml deprecates this version. */
  deprecated?: string;
  /** Stages this version runs in, production first. */
  stages: string[];
  tag: string;
  releaseUrl?: string;
  /** Which numbered versions page has its card (paths.version); 0 when its model's versions share one page. */
  page: number;
  /** The card failed its schema: shown, but with a note. */
  invalid: boolean;
}

export interface SiteModel {
  name: string;
  title?: string;
  description?: string;
  owners: string[];
  task?: string;
  license?: string;
  tags: string[];
  primaryMetric?: string;
  intendedUse?: string;
  limitations?: string;
  ethicalConsiderations?: string;
  deprecatedVersions: [string, string][];
  /** stage -> version, the registry's last stage (production) first. */
  stages: [string, string][];
  /** SemVer ascending. */
  versions: SiteVersion[];
  /** The last of `versions`. */
  latest?: SiteVersion;
  /** Every version is deprecated. */
  deprecated: boolean;
  history: StageEvent[];
  /** Its events from git, newest first (set by withHistory). */
  events: HistoryEvent[];
  invalid: boolean;
  /** Its observations aggregated, its monitors and consumers (monitoring.ts; set by the build). */
  monitoring?: ModelMonitoringData;
  /** The audit's findings about it at the build's time, and its health (monitoring.ts; set by the build). */
  audit?: ModelAudit;
}

/**
 * A step of a model's lineage at the scale of models, from its versions in
 * order, each kept once: a parent outside the registry, a parent model (its
 * own versions left out), a dataset. The lineage graphs need no more.
 */
export type LineageStep =
  | { kind: 'external'; uri: string; revision?: string; relation: string }
  | { kind: 'registry'; model: string; relation: string }
  | { kind: 'dataset'; name: string; role?: string };

/**
 * What the registry's own pages (catalogue, lineage, feed, search index, API
 * index) and the other models' pages need of a model. Kept for the whole
 * build; its versions' page data lives only while its own pages are made, so
 * a build's memory does not grow with every version's card.
 */
export interface ModelSummary {
  name: string;
  title?: string;
  description?: string;
  task?: string;
  owners: string[];
  tags: string[];
  primaryMetric?: string;
  /** stage -> version, the registry's last stage (production) first. */
  stages: [string, string][];
  deprecated: boolean;
  /** Its latest version, headline version and versions in a stage are slim: no lineage, artifacts, parameters or text, of the metrics the primary one (site-index.ts). */
  latest?: SiteVersion;
  /** The version its headline numbers come from (headlineVersion). */
  headline?: SiteVersion;
  /** Its versions that are in a stage, by version. */
  staged: Map<string, SiteVersion>;
  versionCount: number;
  /** Its versions' keys, SemVer ascending (who descends from them: SiteData.children). */
  keys: string[];
  /** Every version's dataset names, first seen first. */
  datasets: string[];
  lineage: LineageStep[];
  /** Its events from git, newest first. */
  events: HistoryEvent[];
  /** The production version's primary metric against the version production ran before it (from the stage history), when both are known. */
  trend?: { previous: string; now: SiteMetric; before: SiteMetric };
  /** The audit's findings about it and its health mark (SiteModel.audit). */
  audit?: ModelAudit;
  /** Whether api/models/<m>/monitoring.json is written (api-monitoring.ts hasMonitoringFile). */
  monitoringFile: boolean;
}

/** A version that names another as a parent, as the parent's pages show it. */
export interface ChildRef {
  model: string;
  version: string;
  key: string;
  page: number;
  /** Its relation to the parent it is listed under (the first naming that version). */
  relation: string;
  /** Its relation to the parent's model (the first parent of that model): the model lineage's edge label. */
  modelRelation: string;
}

export interface SiteData {
  settings: ResolvedSettings;
  models: ModelSummary[];
  byName: Map<string, ModelSummary>;
  /** `model@version` -> the numbered page of its card (0: its model's one page), for every version. */
  pages: Map<string, number>;
  /** `model@version` -> versions that name it as a parent. */
  children: Map<string, ChildRef[]>;
  /** The newest versions of the registry, newest first (the feed). */
  newest: SiteVersion[];
  github: GitHubLinks;
  options: SiteOptions;
}

export const versionKey = (model: string, version: string) => `${model}@${version}`;

// Strings are detached from their files' text: page data lives as long as the build.
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? detach(value) : undefined);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? detach(value) : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * Values that repeat across a registry's versions (relations, dataset names
 * and roles, repositories, environment values) are kept once: the page data
 * of 20,000 versions lives for the whole build, and every distinct copy is
 * memory the process has to map and the collector has to copy.
 */
const interned = new Map<string, string>();
function intern<T extends string | undefined>(value: T): T {
  if (value === undefined || value.length > 64) return value;
  let kept = interned.get(value);
  if (kept === undefined) {
    kept = detach(value);
    if (interned.size < 100_000) interned.set(kept, kept);
  }
  return kept as T;
}
const shared = (value: unknown): string | undefined => intern(text(value));

/** The same items in an array of exactly their number: `push` leaves room for 17, which 20,000 versions' worth of short lists would keep. */
const exact = <T>(items: T[]): T[] => (items.length === 0 ? [] : items.slice());
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] =>
  list(value)
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .map(detach);

/**
 * One model as the site shows it, from its own files and the registry's
 * settings alone, so a build can make it as each folder is read. Undefined
 * for a folder whose name is not a model name. `history` and `events` come
 * from git, later (withHistory).
 */
export function siteModelOf(settings: ResolvedSettings, github: GitHubLinks, entry: ModelEntry): SiteModel | undefined {
  if (!isValidModelName(entry.name)) return undefined;
  const card: Record<string, unknown> = isRecord(entry.card?.value) ? entry.card.value : {};
  const deprecatedVersions: [string, string][] = isRecord(card.deprecated_versions)
    ? Object.entries(card.deprecated_versions).map(([v, reason]) => [v, typeof reason === 'string' ? detach(reason) : 'Deprecated.'])
    : [];
  const deprecatedMap = new Map(deprecatedVersions);
  const stageMap = isRecord(entry.stages?.value) ? entry.stages.value : {};
  const stages = Object.entries(stageMap).filter((e): e is [string, string] => typeof e[1] === 'string' && isValidStageName(e[0]));
  // Latest in the promotion order first (production before staging), unknown stages last.
  const order = (s: string) => (settings.stages.includes(s) ? settings.stages.length - settings.stages.indexOf(s) : settings.stages.length + 1);
  stages.sort((a, b) => order(a[0]) - order(b[0]) || (a[0] < b[0] ? -1 : 1));

  const modelVersions: SiteVersion[] = [];
  for (const v of entry.versions.values()) {
    if (!isValidVersion(v.version) || !isRecord(v.card?.value)) continue;
    const site = versionOf(settings, github, entry.name, v.version, v.card.value, v.metrics?.value, v.card.valid === false || v.metrics?.valid === false);
    site.deprecated = deprecatedMap.get(v.version);
    site.stages = stages.filter(([, version]) => version === v.version).map(([stage]) => stage);
    modelVersions.push(site);
  }
  const versions = exact(modelVersions);
  const paged = versions.length > VERSIONS_PER_PAGE;
  for (let i = 0; i < versions.length; i++) versions[i].page = paged ? Math.floor(i / VERSIONS_PER_PAGE) + 1 : 0;
  return {
    name: entry.name,
    title: str(card.title),
    description: str(card.description),
    owners: strings(card.owners),
    task: str(card.task),
    license: str(card.license),
    tags: strings(card.tags),
    primaryMetric: str(card.primary_metric),
    intendedUse: str(card.intended_use),
    limitations: str(card.limitations),
    ethicalConsiderations: str(card.ethical_considerations),
    deprecatedVersions,
    stages,
    versions,
    latest: versions[versions.length - 1],
    deprecated: versions.length > 0 && versions.every((v) => v.deprecated !== undefined),
    history: [],
    events: [],
    invalid: !entry.card || entry.card.valid === false || entry.stages?.valid === false,
  };
}

/** The model with its stage history and events from git, as its own pages show them. */
export function withHistory(m: SiteModel, options: SiteOptions): SiteModel {
  m.history = stageHistoryOf(options, m.name);
  m.events = options.events?.get(m.name) ?? [];
  return m;
}

/** A model's stage changes from the plain log of stages.yaml (SiteOptions.stageHistory), well-formed ones only. */
export function stageHistoryOf(options: SiteOptions, model: string): StageEvent[] {
  const history = own(options.stageHistory, model);
  return (Array.isArray(history) ? (history as StageEvent[]) : []).filter((e) => isRecord(e) && typeof e.stage === 'string' && typeof e.version === 'string');
}

const lookups = new WeakMap<SiteModel, Map<string, SiteVersion>>();

/** One of the model's versions, by version (looked up from a map made once per model). */
export function versionIn(m: SiteModel, version: string): SiteVersion | undefined {
  let map = lookups.get(m);
  if (!map) {
    map = new Map(m.versions.map((v) => [v.version, v]));
    lookups.set(m, map);
  }
  return map.get(version);
}

function versionOf(
  settings: ResolvedSettings,
  github: GitHubLinks,
  model: string,
  version: string,
  card: Record<string, unknown>,
  metricsValue: unknown,
  invalid: boolean,
): SiteVersion {
  const lineage = isRecord(card.lineage) ? card.lineage : {};
  const parents: SiteParent[] = [];
  for (const p of list(lineage.parents)) {
    if (!isRecord(p)) continue;
    const relation = shared(p.relation) ?? 'other';
    if (typeof p.uri === 'string') parents.push({ kind: 'external', uri: shared(p.uri)!, revision: shared(p.revision), relation });
    else if (typeof p.model === 'string' && typeof p.version === 'string')
      parents.push({ kind: 'registry', model: shared(p.model)!, version: detach(p.version), relation, key: versionKey(p.model, p.version) });
  }
  const datasets: SiteDataset[] = [];
  for (const d of list(lineage.datasets)) {
    if (!isRecord(d) || !text(d.name)) continue;
    datasets.push({ name: shared(d.name)!, version: shared(d.version), uri: shared(d.uri), sha256: str(d.sha256), role: shared(d.role) });
  }
  const code =
    isRecord(lineage.code) && str(lineage.code.repo) && str(lineage.code.commit)
      ? { repo: shared(lineage.code.repo)!, commit: str(lineage.code.commit)!, path: shared(lineage.code.path) }
      : undefined;
  const training = isRecord(card.training) ? card.training : {};
  // Non-finite numbers (YAML's .nan, .inf) as text, which reads the same on a page and in JSON (which has no such numbers).
  const params: SiteVersion['params'] = isRecord(training.params)
    ? Object.entries(training.params)
        .filter((e): e is [string, string | number | boolean | null] => e[1] === null || ['string', 'number', 'boolean'].includes(typeof e[1]))
        .map(([k, v]) => [intern(k), typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'string' ? intern(v) : v])
    : [];
  const environment: [string, string][] = isRecord(training.environment)
    ? exact(Object.entries(training.environment).flatMap(([k, v]) => (text(v) ? [[intern(k), shared(v)!] as [string, string]] : [])))
    : [];
  const tag = tagName(settings, model, version);
  const artifacts: SiteArtifact[] = [];
  for (const a of list(card.artifacts)) {
    if (!isRecord(a) || !str(a.name)) continue;
    const name = str(a.name)!;
    const path = str(a.path);
    const uri = str(a.uri);
    artifacts.push({
      name,
      sha256: str(a.sha256),
      size: typeof a.size === 'number' && Number.isFinite(a.size) ? a.size : undefined,
      mediaType: shared(a.media_type),
      path,
      uri,
      url: path ? releaseAssetUrl(github, tag, name) : uri,
    });
  }
  return {
    model,
    version,
    key: versionKey(model, version),
    created: str(card.created),
    summary: str(card.summary) ?? '',
    description: str(card.description),
    parents: exact(parents),
    datasets: exact(datasets),
    code,
    params,
    environment,
    runUrl: str(training.run_url),
    artifacts: exact(artifacts),
    metrics: metricsOf(metricsValue),
    stages: [],
    tag,
    releaseUrl: releaseUrl(github, tag),
    page: 0,
    invalid,
  };
}

function metricsOf(value: unknown): SiteMetric[] {
  if (!isRecord(value)) return [];
  const out: SiteMetric[] = [];
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry === 'number') {
      if (Number.isFinite(entry)) out.push({ name: intern(name), value: entry, text: formatNumberFast(entry) });
      continue;
    }
    if (!isRecord(entry) || typeof entry.value !== 'number' || !Number.isFinite(entry.value)) continue;
    const ci =
      Array.isArray(entry.ci) && entry.ci.length === 2 && entry.ci.every((x) => typeof x === 'number' && Number.isFinite(x))
        ? (entry.ci as [number, number])
        : undefined;
    out.push({
      name: intern(name),
      value: entry.value,
      text: formatNumberFast(entry.value),
      ci,
      dataset: shared(entry.dataset),
      split: shared(entry.split),
      slice: shared(entry.slice),
      n: typeof entry.n === 'number' && Number.isFinite(entry.n) ? entry.n : undefined,
    });
  }
  return exact(out);
}

/** The catalogue's order of metric names first, then the rest by name. */
export function sortMetricNames(names: Iterable<string>, catalogue: Record<string, MetricDefinition>): string[] {
  const order = Object.keys(catalogue);
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function metricOf(version: SiteVersion | undefined, name: string | undefined): SiteMetric | undefined {
  if (!version || !name) return undefined;
  return version.metrics.find((m) => m.name === name);
}

/** The version a model's headline numbers come from: production if set, else the latest. */
export function headlineVersion(settings: ResolvedSettings, model: SiteModel): SiteVersion | undefined {
  const production = productionStage(settings);
  const prodVersion = model.stages.find(([s]) => s === production)?.[1];
  return (prodVersion && versionIn(model, prodVersion)) || model.latest;
}

/** The last stage of the registry's ordered list is the one that counts as production. */
export function productionStage(settings: ResolvedSettings): string {
  return settings.stages.includes('production') ? 'production' : settings.stages[settings.stages.length - 1];
}

/** When the version now in `stage` got there, from git history. */
export function stageSince(model: Pick<SiteModel, 'events' | 'history'>, stage: string, version: string): StageEvent | undefined {
  // The events know a re-quoted or moved line from a change; the plain log of added lines is the fallback.
  const event = model.events.find((e) => e.stage === stage && e.version === version && (e.kind === 'promotion' || e.kind === 'rollback'));
  if (event) return { stage, version, since: event.date, commit: event.commit };
  return model.history.find((e) => e.stage === stage && e.version === version);
}
