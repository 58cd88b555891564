/**
 * What `observe` appends, as plain data: the requested records resolved
 * against one model folder (a version from an environment's stage, a time
 * of now), each put in its month file, those already there left out (the
 * same time, version, metric, segment and environment: a re-run appends
 * nothing), and the result checked with the registry's own rules. Whoever
 * writes it (the working tree, or a commit through the API) writes exactly
 * these files, or nothing when `refusals` is not empty.
 */
import { checkModel, registrySettings } from '../check/check-model.js';
import { environmentSettings } from '../environments/environments.js';
import { classifyPath, monitoringFile, REGISTRY_FILE } from '../format/layout.js';
import type { Problem } from '../problems.js';
import type { Registry } from '../registry/registry.js';
import type { FileEntry } from '../registry/snapshot.js';
import { isRecord } from '../values.js';
import type { RequestedRecord } from './observe-input.js';
import { checkObservationFile, monthOf, observationKey } from './observations.js';

/** The order a record's fields are written in; other fields follow as given (the schema then judges them). */
const FIELD_ORDER = ['time', 'version', 'metric', 'value', 'n', 'segment', 'environment'];

export interface AppendedFile {
  /** Registry-relative. */
  path: string;
  /** The whole file after the append. */
  content: string;
  /** The lines appended, in order. */
  lines: string[];
  /** What is appended to the file as it was (a line break first when it lacked a last one). */
  tail: string;
  /** Where each appended line was asked for ("the command line", "obs.csv line 3"). */
  sources: string[];
}

export interface ObservePlan {
  model: string;
  /** How a registry repository takes them (`monitoring.observe` of model.yaml, else of registry.yaml): a commit to the default branch, or a pull request. */
  mode: 'commit' | 'pull-request';
  files: AppendedFile[];
  /** How many records were appended, and how many were there already. */
  appended: number;
  present: number;
  /** Why nothing may be written: a record the rules refuse, an unknown model, version or environment. */
  refusals: string[];
  /** Warnings on the appended lines (an uncatalogued metric): written anyway. */
  warnings: Problem[];
}

export interface ObserveRequest {
  model: string;
  records: readonly RequestedRecord[];
  /** The instant a record without a time is observed at (ms). */
  now: number;
}

/**
 * The plan, from registry.yaml's entry and the model folder's entries (with
 * the bytes of its documents, observations included): what the working tree
 * or the default branch holds now.
 */
export function planObservations(request: ObserveRequest, topEntries: FileEntry[], modelEntries: FileEntry[]): ObservePlan {
  const { model } = request;
  const empty = (refusals: string[], mode: ObservePlan['mode'] = 'commit'): ObservePlan => ({
    model,
    mode,
    files: [],
    appended: 0,
    present: 0,
    refusals,
    warnings: [],
  });
  const bytesOf = new Map(modelEntries.filter((e) => e.bytes).map((e) => [e.path, e.bytes!]));
  const settings = registrySettings(topEntries.filter((e) => e.path === REGISTRY_FILE).map((e) => ({ ...e })));
  const { registry } = checkModel(
    settings,
    model,
    modelEntries.map((e) => ({ ...e })),
  );
  if (!registry.models.get(model)?.card && !modelEntries.some((e) => e.path === `models/${model}/model.yaml`)) {
    const names = modelEntries.length ? '' : ': check the name (models/<model>/model.yaml)';
    return empty([`the registry has no model \`${model}\`${names}`]);
  }

  const mode = observeMode(registry, model);
  const refusals: string[] = [];
  const byFile = new Map<string, { keys: Set<string>; lines: string[]; sources: string[] }>();
  let present = 0;
  for (const requested of request.records) {
    const resolved = resolveRecord(requested, registry, model, request.now);
    if ('refusal' in resolved) {
      refusals.push(resolved.refusal);
      continue;
    }
    const { record, time } = resolved;
    const path = monitoringFile(model, monthOf(time));
    let file = byFile.get(path);
    if (!file) {
      file = { keys: existingKeys(path, bytesOf.get(path)), lines: [], sources: [] };
      byFile.set(path, file);
    }
    const key = observationKey(record as { version: string; metric: string; segment?: string; environment?: string }, time);
    if (file.keys.has(key)) {
      present++;
      continue;
    }
    file.keys.add(key);
    file.lines.push(JSON.stringify(record));
    file.sources.push(requested.source);
  }
  for (const path of byFile.keys()) {
    const entry = modelEntries.find((e) => e.path === path);
    // Read only in part (over the size limit) or not a plain file: appending would lose what is there.
    if (entry && (entry.type !== 'file' || !entry.bytes || entry.bytes.length !== entry.size))
      refusals.push(
        `${path} ${entry.type === 'file' ? 'is over the 1 MiB limit for a month of observations' : `is a ${entry.type}, not a file`}: nothing can be appended to it`,
      );
  }
  if (refusals.length) return empty(refusals, mode);

  const files: AppendedFile[] = [];
  for (const [path, { lines, sources }] of byFile) {
    if (!lines.length) continue;
    const before = bytesOf.has(path) ? new TextDecoder().decode(bytesOf.get(path)) : '';
    const separator = before === '' || before.endsWith('\n') ? '' : '\n';
    const tail = `${separator}${lines.join('\n')}\n`;
    files.push({ path, content: `${before}${tail}`, lines, tail, sources });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const appended = files.reduce((sum, f) => sum + f.lines.length, 0);
  const judged = judgeAppend(settings, model, modelEntries, files);
  return {
    model,
    mode,
    files: judged.refusals.length ? [] : files,
    appended: judged.refusals.length ? 0 : appended,
    present,
    refusals: judged.refusals,
    warnings: judged.warnings,
  };
}

/** One requested record as it will be written, or why it cannot be. */
function resolveRecord(
  requested: RequestedRecord,
  registry: Registry,
  model: string,
  now: number,
): { record: Record<string, unknown>; time: number } | { refusal: string } {
  const fields = { ...requested.fields };
  const where = requested.source;
  if (fields.model !== undefined) {
    if (fields.model !== model)
      return { refusal: `${where}: the record is for model ${JSON.stringify(fields.model)}, not \`${model}\`: observe one model at a time` };
    delete fields.model;
  }
  if (fields.time === undefined) fields.time = new Date(now).toISOString().replace(/\.000Z$/, 'Z');
  if (typeof fields.time !== 'string' || Number.isNaN(Date.parse(fields.time)))
    return { refusal: `${where}: time ${JSON.stringify(fields.time)} is not a date-time: write one such as 2025-03-14T06:00:00Z` };
  if (fields.version === undefined) {
    if (typeof fields.environment !== 'string') return { refusal: `${where}: say which version was observed: a version, or the environment it runs in` };
    const version = environmentVersion(registry, model, fields.environment);
    if ('refusal' in version) return { refusal: `${where}: ${version.refusal}` };
    fields.version = version.version;
  }
  const record: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (fields[key] !== undefined) record[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (!FIELD_ORDER.includes(key)) record[key] = value;
  return { record, time: Date.parse(fields.time) };
}

/**
 * The version an environment runs, as the registry declares it: the one its
 * stage (registry.yaml's `environments`) points at in the model's stages.yaml.
 */
function environmentVersion(registry: Registry, model: string, environment: string): { version: string } | { refusal: string } {
  const declared = environmentSettings(registry).environments;
  const env = declared.find((e) => e.name === environment);
  if (!env) {
    const names = declared.map((e) => e.name).join(', ');
    return {
      refusal: `environment \`${environment}\` is not declared in registry.yaml's environments (${names || 'none declared'}): give --version, or declare it`,
    };
  }
  const stages = registry.models.get(model)?.stages?.value;
  const version = isRecord(stages) ? stages[env.stage] : undefined;
  if (typeof version !== 'string')
    return { refusal: `environment \`${environment}\` serves stage ${env.stage}, where \`${model}\` runs no version (stages.yaml): give --version` };
  return { version };
}

function observeMode(registry: Registry, model: string): ObservePlan['mode'] {
  const pick = (doc: unknown) =>
    isRecord(doc) && isRecord(doc.monitoring) && (doc.monitoring.observe === 'commit' || doc.monitoring.observe === 'pull-request')
      ? doc.monitoring.observe
      : undefined;
  return pick(registry.models.get(model)?.card?.value) ?? pick(registry.settingsFile?.value) ?? 'commit';
}

function existingKeys(path: string, bytes: Uint8Array | undefined): Set<string> {
  const keys = new Set<string>();
  if (!bytes) return keys;
  for (const o of checkObservationFile(path, bytes).value ?? []) keys.add(observationKey(o, Date.parse(o.time)));
  return keys;
}

/**
 * The model folder with the appended files, checked as `validate` checks it:
 * an error on an appended line refuses the whole append (a problem the file
 * had before is not this run's to fix, and does not stop it).
 */
function judgeAppend(
  settings: ReturnType<typeof registrySettings>,
  model: string,
  modelEntries: readonly FileEntry[],
  files: readonly AppendedFile[],
): { refusals: string[]; warnings: Problem[] } {
  if (!files.length) return { refusals: [], warnings: [] };
  const encoder = new TextEncoder();
  const firstAppended = new Map<string, number>();
  const entries: FileEntry[] = modelEntries.filter((e) => !files.some((f) => f.path === e.path)).map((e) => ({ ...e }));
  for (const file of files) {
    const bytes = encoder.encode(file.content);
    entries.push({ path: file.path, type: 'file', size: bytes.length, bytes });
    firstAppended.set(file.path, file.content.split('\n').length - file.lines.length);
  }
  const { problems } = checkModel(settings, model, entries);
  const sourceOf = (p: Problem) => {
    const file = files.find((f) => f.path === p.file);
    const source = file?.sources[p.line - firstAppended.get(p.file)!];
    return source ? `${source} (${p.file}:${p.line}:${p.column})` : `${p.file}:${p.line}:${p.column}`;
  };
  const ours = problems.filter((p) => {
    const first = firstAppended.get(p.file);
    // A file-wide problem (too large) is at line 1, and is this append's when it was not there before.
    return first !== undefined && (p.line >= first || (p.rule === 'file-too-large' && classifyPath(p.file).kind === 'observations'));
  });
  return {
    refusals: ours.filter((p) => p.severity === 'error').map((p) => `${sourceOf(p)}: ${p.message} [${p.rule}]`),
    warnings: ours.filter((p) => p.severity === 'warning'),
  };
}
