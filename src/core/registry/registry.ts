/**
 * The registry as the rules, the report, the release planner and the site see
 * it: models with their cards, stages and versions, built from the per-file
 * results. Values whose file failed its schema are still present (so other
 * rules can look at what they can), with `valid` saying whether to trust them.
 */
import semver from 'semver';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { DocumentResult } from '../check/check-document.js';
import { classifyPath, MODEL_NAME_RE, TAG_FORMAT_RE } from '../format/layout.js';
import type { MetricsFile, ModelCard, RegistrySettings, StagesFile, VersionCard } from '../format/schema-types.generated.js';
import type { FileEntry } from './snapshot.js';
import { entryKindProblem } from '../check/entry-kind.js';
import type { ObservationFile } from '../monitoring/observations.js';
import type { Observation } from '../monitoring/observation.js';

export const DEFAULT_TAG_FORMAT = '{model}@v{version}';
export const DEFAULT_STAGES = ['staging', 'production'];

export interface MetricDefinition {
  direction: 'higher' | 'lower';
  min?: number;
  max?: number;
  unit?: string;
  description?: string;
  /** The name people read ("ROC AUC"); the id stays the key. */
  title?: string;
  /** The smallest difference that means something: a smaller change is "within noise". */
  min_delta?: number;
}

export interface ResolvedSettings {
  name: string;
  description?: string;
  url?: string;
  tag_format: string;
  stages: string[];
  metrics: Record<string, MetricDefinition>;
  /**
   * Whether registry.yaml's stages and metric catalogue were read as written.
   * When they were not (the file does not parse, or the field is invalid),
   * rules that depend on them stay quiet: the file's own problem is the cause.
   */
  trusted: { stages: boolean; metrics: boolean };
}

export interface Loaded<T> {
  path: string;
  value: T;
  valid: boolean;
}

export interface VersionEntry {
  model: string;
  /** The folder name, which is the version when valid. */
  version: string;
  dir: string;
  card?: Loaded<VersionCard>;
  metrics?: Loaded<MetricsFile>;
  /** Every metrics file present (two is a problem). */
  metricsFiles: string[];
  /** Other files in the folder, relative to it: committed artifacts, or strays. */
  files: string[];
}

export interface ModelEntry {
  name: string;
  dir: string;
  card?: Loaded<ModelCard>;
  stages?: Loaded<StagesFile>;
  /** Keyed by folder name; iteration order is SemVer ascending, invalid names last. */
  versions: Map<string, VersionEntry>;
  /** Files in the model folder the layout does not know. */
  strayFiles: string[];
  /** Its observations (monitoring/<YYYY>-<MM>.jsonl), one entry per month file, oldest month first; each holds the file's good records. */
  monitoring: ObservationFile[];
}

export interface Registry {
  settings: ResolvedSettings;
  settingsFile?: Loaded<RegistrySettings>;
  models: Map<string, ModelEntry>;
  /** Files under models/ that are in no model folder. */
  strayFiles: string[];
}

/** The official SemVer 2.0.0 expression (semver.org): no v prefix, no leading zeros, build metadata allowed. */
const SEMVER_RE =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isValidVersion(name: string): boolean {
  return SEMVER_RE.test(name);
}

export function isValidModelName(name: string): boolean {
  return MODEL_NAME_RE.test(name);
}

export function isValidStageName(name: string): boolean {
  // Stage names follow the model-name rule (they go into the same git tags).
  return MODEL_NAME_RE.test(name);
}

/** SemVer order, each name parsed once (sorting 20,000 versions compares a lot). */
export function sortVersionEntries<T>(entries: [string, T][]): [string, T][] {
  const parsed = new Map(entries.map(([name]) => [name, isValidVersion(name) ? semver.parse(name) : null]));
  return entries.sort(([a], [b]) => {
    const pa = parsed.get(a);
    const pb = parsed.get(b);
    if (pa && pb) return pa.compareMain(pb) || pa.comparePre(pb) || pa.compareBuild(pb);
    if (Boolean(pa) !== Boolean(pb)) return pa ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** A metric's number, whether written plainly or as `{value: …}`. */
export function metricNumber(entry: unknown): number | undefined {
  if (typeof entry === 'number') return entry;
  if (entry && typeof entry === 'object' && typeof (entry as { value?: unknown }).value === 'number') {
    return (entry as { value: number }).value;
  }
  return undefined;
}

export function buildRegistry(documents: Iterable<DocumentResult>, entries: Iterable<FileEntry>): Registry {
  const models = new Map<string, ModelEntry>();
  const strayFiles: string[] = [];
  let settingsFile: Loaded<RegistrySettings> | undefined;

  const model = (name: string): ModelEntry => {
    let entry = models.get(name);
    if (!entry) {
      entry = { name, dir: `models/${name}`, versions: new Map(), strayFiles: [], monitoring: [] };
      models.set(name, entry);
    }
    return entry;
  };
  const version = (modelName: string, name: string): VersionEntry => {
    const m = model(modelName);
    let entry = m.versions.get(name);
    if (!entry) {
      entry = { model: modelName, version: name, dir: `models/${modelName}/versions/${name}`, metricsFiles: [], files: [] };
      m.versions.set(name, entry);
    }
    return entry;
  };

  for (const doc of documents) {
    const info = classifyPath(doc.path);
    const loaded = doc.value === undefined ? undefined : { path: doc.path, value: doc.value as never, valid: doc.valid };
    switch (info.kind) {
      case 'registry':
        settingsFile = loaded;
        break;
      case 'model':
        model(info.model).card = loaded;
        break;
      case 'stages':
        model(info.model).stages = loaded;
        break;
      case 'card':
        version(info.model, info.version).card = loaded;
        break;
      case 'observations':
        model(info.model).monitoring.push({ path: doc.path, month: info.month, observations: (doc.value ?? []) as Observation[], valid: doc.valid });
        break;
      case 'metrics': {
        const v = version(info.model, info.version);
        v.metricsFiles.push(doc.path);
        if (!v.metrics || doc.path.endsWith('.yaml')) v.metrics = loaded;
        break;
      }
    }
  }
  for (const entry of entries) {
    const info = classifyPath(entry.path);
    if (info.kind === 'version-file') {
      const v = version(info.model, info.version);
      if (listable(entry)) v.files.push(info.inner);
    } else if (info.kind === 'model-file') {
      const m = model(info.model);
      if (listable(entry)) m.strayFiles.push(info.inner);
    } else if (info.kind === 'other' && entry.path !== 'registry.yaml') {
      if (listable(entry)) strayFiles.push(entry.path);
    } else if (info.kind === 'card' || info.kind === 'metrics') version(info.model, info.version);
    else if (info.kind === 'model' || info.kind === 'stages' || info.kind === 'observations') model(info.model);
  }

  const sortedModels = new Map([...models.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  for (const m of sortedModels.values()) {
    if (m.versions.size > 1) m.versions = new Map(sortVersionEntries([...m.versions.entries()]));
    if (m.monitoring.length > 1) m.monitoring.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  }
  let registryPresent = false;
  for (const entry of entries) if (entry.path === 'registry.yaml') registryPresent = true;
  return { settings: resolveSettings(settingsFile, registryPresent), settingsFile, models: sortedModels, strayFiles };
}

/**
 * A link, a folder at a file's place or a control character in a name is its own problem: never a stray, never an artifact.
 * Asked only of files that are not documents (most entries are), once each.
 */
function listable(entry: FileEntry): boolean {
  return entryKindProblem(entry) === undefined;
}

function resolveSettings(file: Loaded<RegistrySettings> | undefined, present: boolean): ResolvedSettings {
  const readable = !present || (file?.value !== null && typeof file?.value === 'object' && !Array.isArray(file.value));
  const raw = (readable && file ? file.value : {}) as Partial<RegistrySettings>;
  const stagesOk =
    raw.stages === undefined ||
    (Array.isArray(raw.stages) &&
      raw.stages.length > 0 &&
      raw.stages.every((s) => typeof s === 'string' && isValidStageName(s)) &&
      new Set(raw.stages).size === raw.stages.length);
  const stages = stagesOk && raw.stages ? [...raw.stages] : DEFAULT_STAGES;
  // No prototype: a metric named toString or constructor must not find Object.prototype's (every consumer looks names up here).
  const metrics = Object.create(null) as Record<string, MetricDefinition>;
  let metricsOk = raw.metrics === undefined || (raw.metrics !== null && typeof raw.metrics === 'object' && !Array.isArray(raw.metrics));
  if (metricsOk && raw.metrics) {
    for (const [name, def] of Object.entries(raw.metrics)) {
      const ok =
        def !== null &&
        typeof def === 'object' &&
        (def.direction === 'higher' || def.direction === 'lower') &&
        (def.min === undefined || typeof def.min === 'number') &&
        (def.max === undefined || typeof def.max === 'number') &&
        (def.min_delta === undefined || typeof def.min_delta === 'number') &&
        (def.title === undefined || typeof def.title === 'string');
      if (ok) metrics[name] = def;
      else metricsOk = false;
    }
  }
  return {
    trusted: { stages: readable && stagesOk, metrics: readable && metricsOk },
    name: typeof raw.name === 'string' ? raw.name : 'Model registry',
    description: typeof raw.description === 'string' ? raw.description : undefined,
    url: validUrl(raw.url),
    // Only a tag_format its schema accepts ever names a tag (the schema problem says why another is refused).
    tag_format: typeof raw.tag_format === 'string' && TAG_FORMAT_RE.test(raw.tag_format) ? raw.tag_format : DEFAULT_TAG_FORMAT,
    stages,
    metrics,
  };
}

/**
 * registry.yaml's url only when its schema accepts it (http or https, a
 * well-formed URI: no quotes, angle brackets or spaces); the feed, the JSON
 * API, the badges and the job summary print it.
 */
function validUrl(url: unknown): string | undefined {
  return typeof url === 'string' && /^https?:\/\//.test(url) && (fullFormats.uri as (value: string) => boolean)(url) ? url : undefined;
}

export function tagName(settings: Pick<ResolvedSettings, 'tag_format'>, model: string, version: string): string {
  return settings.tag_format.replaceAll('{model}', model).replaceAll('{version}', version);
}
