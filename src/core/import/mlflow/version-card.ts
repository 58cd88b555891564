/**
 * One MLflow model version as registry files: card.yaml (created, a summary,
 * the run's params, dataset inputs and address, the artifacts, and MLflow's
 * own fields as `x-mlflow-*`) and metrics.json (the run's metrics, the latest
 * value of each as runs/get reports it). What cannot be carried over as is
 * (a name the format does not allow, NaN) is left out with a note.
 */
import { isoSeconds } from '../../register/build-card.js';
import { registryYaml } from '../yaml-document.js';
import type { MlflowArtifactFile, MlflowTag, MlflowVersionData } from './types.js';

/** Keys JavaScript tools mishandle (the unsafe-key rule refuses them): never written. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$/;
const METRIC_NAME = /^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$/;
const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$/;
/** The folder of a version where its downloaded files are committed. */
const MODEL_FOLDER = 'model';

export interface VersionCardInput {
  data: MlflowVersionData;
  /** The registry version (MLflow's N as N.0.0). */
  version: string;
  /** The tracking server's address, for run pages. */
  trackingUri: string;
  artifacts: 'download' | 'reference';
  /** Larger downloaded files are `uri` artifacts at MLflow's address instead of committed files. */
  maxCommittedBytes: number;
}

export interface VersionFiles {
  card: Uint8Array;
  metrics: Uint8Array;
  /** Downloaded files to commit: version-folder path ← where the download is. */
  copies: { path: string; from: string; size: number; sha256: string }[];
  notes: string[];
}

export function versionFiles(input: VersionCardInput): VersionFiles {
  const { data, version } = input;
  const mv = data.version;
  const notes: string[] = [];
  const card: Record<string, unknown> = {
    version,
    created: isoSeconds(new Date(mv.creation_timestamp ?? 0)),
    summary: summaryOf(mv.description, mv.name, mv.version),
  };

  const run = data.run;
  const datasets = (run?.inputs?.dataset_inputs ?? []).flatMap((input) => {
    const d = input.dataset;
    if (!d?.name) return [];
    const entry: Record<string, unknown> = { name: oneLine(d.name) };
    const context = tagMap(input.tags)['mlflow.data.context'];
    const role = context === undefined ? undefined : ROLES[context.toLowerCase()];
    if (role) entry.role = role;
    if (d.digest) entry['x-mlflow-digest'] = d.digest;
    if (d.source_type) entry['x-mlflow-source-type'] = d.source_type;
    if (d.source) entry['x-mlflow-source'] = d.source;
    return [entry];
  });
  if (datasets.length) card.lineage = { datasets };

  const training: Record<string, unknown> = {};
  const params: Record<string, string> = {};
  const otherParams: Record<string, string> = {};
  for (const p of run?.data?.params ?? []) {
    if (p.key === undefined || UNSAFE_KEYS.has(p.key)) continue;
    if (PARAM_NAME.test(p.key)) params[p.key] = p.value ?? '';
    else otherParams[p.key] = p.value ?? '';
  }
  if (Object.keys(params).length) training.params = sortedRecord(params);
  if (Object.keys(otherParams).length) {
    training['x-mlflow-params'] = sortedRecord(otherParams);
    notes.push(`params kept as training.x-mlflow-params (not parameter names): ${Object.keys(otherParams).sort().join(', ')}`);
  }
  const runUrl = runAddress(input.trackingUri, mv.run_link, mv.run_id, run?.info?.experiment_id);
  if (runUrl) training.run_url = runUrl;
  if (Object.keys(training).length) card.training = training;

  const copies: VersionFiles['copies'] = [];
  if (input.artifacts === 'reference') {
    const uri = data.downloadUri ?? mv.source;
    if (uri) card['x-mlflow-artifact-uri'] = uri;
  } else if (!data.files && data.downloadUri) {
    // Files this import cannot fetch (another store than MLflow's artifact API): their address, as --artifacts reference keeps it.
    card['x-mlflow-artifact-uri'] = data.downloadUri;
  } else if (data.files?.length) {
    const measured = data.files.filter((f): f is MlflowArtifactFile & { sha256: string } => f.sha256 !== undefined);
    if (measured.length < data.files.length) {
      const bytes = data.files.reduce((sum, f) => sum + f.size, 0);
      notes.push(`would download ${data.files.length} file${data.files.length === 1 ? '' : 's'} (${bytes} bytes) and record each with its size and sha256`);
    } else {
      const entries: Record<string, unknown>[] = [];
      for (const f of measured) {
        const name = artifactName(f.path);
        if (f.size > input.maxCommittedBytes || !f.localPath) {
          entries.push({ name, uri: f.url, sha256: f.sha256, size: f.size });
          notes.push(`${f.path} (${f.size} bytes) is over ${input.maxCommittedBytes} bytes: recorded as a uri artifact at MLflow's address, not committed`);
        } else {
          const path = `${MODEL_FOLDER}/${f.path}`;
          entries.push({ name, path, sha256: f.sha256, size: f.size });
          copies.push({ path, from: f.localPath, size: f.size, sha256: f.sha256 });
        }
      }
      card.artifacts = entries;
    }
  }
  if (data.filesNote) notes.push(data.filesNote);
  if (data.runNote) notes.push(data.runNote);

  if (mv.version !== undefined) card['x-mlflow-version'] = mv.version;
  if (mv.run_id) card['x-mlflow-run-id'] = mv.run_id;
  if (mv.source) card['x-mlflow-source'] = mv.source;
  if (mv.description) card['x-mlflow-description'] = mv.description;
  const tags = tagMap(mv.tags);
  if (Object.keys(tags).length) card['x-mlflow-tags'] = sortedRecord(tags);

  const metrics: Record<string, number> = {};
  for (const m of run?.data?.metrics ?? []) {
    if (m.key === undefined || UNSAFE_KEYS.has(m.key)) continue;
    const value = typeof m.value === 'number' ? m.value : undefined;
    if (value === undefined || !Number.isFinite(value)) notes.push(`metric ${m.key} left out: its value ${String(m.value)} is not a finite number`);
    else if (!METRIC_NAME.test(m.key)) notes.push(`metric ${m.key} left out: not a metric name (a letter, then letters, digits or _ . : / @ -)`);
    else metrics[m.key] = value;
  }
  if (!run && !data.runNote) notes.push('no run: no params and no metrics');
  return { card: registryYaml(card, 'card'), metrics: new TextEncoder().encode(`${JSON.stringify(sortedRecord(metrics), null, 2)}\n`), copies, notes };
}

const ROLES: Record<string, string> = {
  training: 'train',
  train: 'train',
  validation: 'validation',
  eval: 'validation',
  evaluation: 'validation',
  test: 'test',
  testing: 'test',
};

/** A release asset name for a file of the model folder: its path, `/` as `-`, other characters as `_`. */
function artifactName(path: string): string {
  const name = path
    .replaceAll('/', '-')
    .replace(/[^A-Za-z0-9._+-]/g, '_')
    .replace(/^[^A-Za-z0-9]+/, '');
  return ARTIFACT_NAME.test(name) ? name : `file-${name}`.slice(0, 255);
}

function summaryOf(description: string | undefined, name: string | undefined, version: string | undefined): string {
  const first = oneLine(description?.split('\n').find((l) => l.trim()) ?? '').trim();
  if (first) return first.length > 300 ? `${first.slice(0, 299)}…` : first;
  return oneLine(`MLflow model version ${version ?? '?'} of ${name ?? '?'}.`);
}

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

function runAddress(trackingUri: string, runLink: string | undefined, runId: string | undefined, experimentId: string | undefined): string | undefined {
  if (runLink && /^https?:\/\//.test(runLink)) return runLink;
  if (!runId || !experimentId || !/^https?:\/\//.test(trackingUri)) return undefined;
  return `${trackingUri.replace(/\/+$/, '')}/#/experiments/${encodeURIComponent(experimentId)}/runs/${encodeURIComponent(runId)}`;
}

export function tagMap(tags: readonly MlflowTag[] | undefined): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const t of tags ?? []) if (t.key !== undefined && !UNSAFE_KEYS.has(t.key)) out[t.key] = t.value ?? '';
  return out;
}

function sortedRecord<T>(value: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(value).sort()) out[key] = value[key];
  return out;
}
