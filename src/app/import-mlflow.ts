/**
 * `import mlflow`: an MLflow registry read through its REST API (every
 * registered model, or the ones named), planned as registry files by
 * core/import/mlflow, validated with the registry's rules, and only then
 * written: new files only (registry.yaml gains alias keys), nothing replaced.
 * Runs and files are read only for the versions the registry does not have
 * yet, so a second import costs what is new. A dry run lists the files it
 * would download instead of downloading them. On a failure while writing,
 * what this run created is removed again.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { removeCreated } from '../adapters/fs/remove-created.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MlflowApiError, MlflowClient, MlflowUnreachable, type MlflowCredentials } from '../adapters/mlflow/client.js';
import { createNewFile } from '../adapters/fs/create-file.js';
import { hashFile, readSnapshot } from '../adapters/fs/fs-snapshot.js';
import { writeRegistryDocument } from '../adapters/fs/write-registry-document.js';
import type { RetryPolicy } from '../adapters/http/download-file.js';
import { REGISTRY_FILE } from '../core/format/layout.js';
import { planMlflowImport, versionsToFetch, type MlflowImportPlan } from '../core/import/mlflow/plan.js';
import type { MlflowModelData, MlflowVersionData } from '../core/import/mlflow/types.js';
import { formatProblemText, PLAIN, type TextStyle } from '../core/output/text-format.js';
import { compareProblems } from '../core/problems.js';
import { ImportBlockedError, ImportSourceError, RegistryWriteError } from '../errors/index.js';

export interface ImportMlflowOptions {
  root: string;
  trackingUri: string;
  /** MLflow names; none: every registered model. */
  models: readonly string[];
  owners: readonly string[];
  aliasStages: Readonly<Record<string, string>>;
  artifacts: 'download' | 'reference';
  dryRun: boolean;
  credentials: MlflowCredentials;
  retry?: RetryPolicy;
  log: (message: string) => void;
  style?: TextStyle;
}

export interface ImportMlflowResult {
  plan: MlflowImportPlan;
  /** Paths written, relative to the registry root (none in a dry run). */
  written: string[];
}

export async function importMlflow(options: ImportMlflowOptions): Promise<ImportMlflowResult> {
  const root = resolve(options.root);
  const snapshot = readSnapshot(root);
  const client = new MlflowClient(options.trackingUri, options.credentials, options.retry);
  const staging = mkdtempSync(join(tmpdir(), 'model-registry-mlflow-'));
  try {
    const models = await readModels(client, options);
    const wanted = versionsToFetch(models, snapshot);
    for (const m of models) {
      for (const v of m.versions) if (wanted.has(`${m.model.name}\0${v.version.version}`)) await readVersion(client, m.model.name!, v, options, staging);
    }
    const plan = planMlflowImport(
      { trackingUri: options.trackingUri, models, owners: options.owners, aliasStages: options.aliasStages, artifacts: options.artifacts },
      snapshot,
    );
    plan.notes.push(...aliasesNowhere(models, options.aliasStages));
    if (plan.errors.length) throw new ImportBlockedError(describeBlocked(plan, options.style ?? PLAIN));
    if (options.dryRun) return { plan, written: [] };
    // registry.yaml is replaced only when it is still what was planned from.
    const before = snapshot.entries.find((e) => e.path === REGISTRY_FILE)?.bytes;
    if (plan.registryFile && before && !sameBytes(readFileSync(join(root, REGISTRY_FILE)), before))
      throw new RegistryWriteError('registry.yaml changed while importing: nothing was written; run the import again');
    return { plan, written: write(root, plan) };
  } catch (error) {
    throw asRegistryError(error, options.trackingUri);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function readModels(client: MlflowClient, options: ImportMlflowOptions): Promise<MlflowModelData[]> {
  const names = options.models.length ? [...new Set(options.models)] : (await client.searchRegisteredModels()).flatMap((m) => (m.name ? [m.name] : []));
  const out: MlflowModelData[] = [];
  for (const name of names) {
    let model;
    try {
      // registered-models/get: its aliases, which a search may leave out.
      model = await client.getRegisteredModel(name);
    } catch (error) {
      if (error instanceof MlflowApiError && error.errorCode === 'RESOURCE_DOES_NOT_EXIST')
        throw new ImportBlockedError(`MLflow at ${options.trackingUri} has no registered model ${JSON.stringify(name)}: check --model (nothing was written)`);
      throw error;
    }
    const versions: MlflowVersionData[] = [];
    for (const found of await client.searchModelVersions(name)) {
      // model-versions/get: the whole version (tags, aliases), which a search may leave out.
      const full = found.version ? await client.getModelVersion(name, found.version) : undefined;
      versions.push({ version: { ...found, ...full } });
    }
    const listed = new Set((model.aliases ?? []).map((a) => a.alias));
    const askedAliases: NonNullable<MlflowModelData['askedAliases']> = [];
    for (const alias of Object.keys(options.aliasStages)) {
      if (listed.has(alias) || /^(staging|production|archived|none)$/i.test(alias)) continue;
      try {
        const version = await client.getModelVersionByAlias(name, alias);
        askedAliases.push({ alias, version: version?.version });
      } catch (error) {
        if (!(error instanceof MlflowApiError) || (error.errorCode !== 'INVALID_PARAMETER_VALUE' && error.errorCode !== 'RESOURCE_DOES_NOT_EXIST')) throw error;
        askedAliases.push({ alias });
      }
    }
    out.push({ model, versions, askedAliases });
  }
  return out;
}

/** The --alias-stage aliases MLflow answered 400 INVALID_PARAMETER_VALUE for on every model read: one note each, likely a typo. */
function aliasesNowhere(models: readonly MlflowModelData[], aliasStages: Readonly<Record<string, string>>): string[] {
  return Object.keys(aliasStages).flatMap((alias) => {
    const asked = models.map((m) => m.askedAliases?.find((a) => a.alias === alias));
    return models.length && asked.every((a) => a !== undefined && a.version === undefined)
      ? [
          `MLflow has no alias ${alias} on ${models.length === 1 ? models[0].model.name : 'any model read'}: --alias-stage ${alias}=${aliasStages[alias]} maps nothing`,
        ]
      : [];
  });
}

/** A version's run, its download address and (with --artifacts download) its files. */
async function readVersion(client: MlflowClient, name: string, data: MlflowVersionData, options: ImportMlflowOptions, staging: string): Promise<void> {
  const mv = data.version;
  if (mv.run_id) {
    try {
      data.run = await client.getRun(mv.run_id);
    } catch (error) {
      if (!(error instanceof MlflowApiError) || error.errorCode !== 'RESOURCE_DOES_NOT_EXIST') throw error;
      data.runNote = `its run ${mv.run_id} is not on this server (deleted, or another server's): no params, metrics or datasets`;
    }
  }
  data.downloadUri = await client.getDownloadUri(name, mv.version!);
  if (options.artifacts !== 'download') return;
  const path = artifactPath(data.downloadUri ?? mv.source);
  if (path === undefined) {
    data.filesNote = `its files are at ${data.downloadUri ?? mv.source ?? 'no address'}, which MLflow's artifact API does not serve: kept as x-mlflow-artifact-uri, not downloaded`;
    return;
  }
  const listed = await client.listArtifacts(path);
  const folder = mkdtempSync(join(staging, 'v-'));
  data.files = [];
  for (const [i, file] of listed.entries()) {
    const url = client.artifactUrl(`${path}/${file.path}`);
    if (options.dryRun) {
      data.files.push({ path: file.path, size: file.size, url });
      continue;
    }
    const localPath = join(folder, String(i));
    const measured = await client.download(`${path}/${file.path}`, localPath, file.size);
    data.files.push({ path: file.path, size: measured.size, sha256: measured.sha256, localPath, url });
    options.log(`downloaded ${name} version ${mv.version}: ${file.path} (${measured.size} bytes)`);
  }
}

/** `mlflow-artifacts:/1/abc/artifacts/model` (or `mlflow-artifacts://host/…`) → `1/abc/artifacts/model`; other schemes: none. */
function artifactPath(uri: string | undefined): string | undefined {
  const m = /^mlflow-artifacts:(?:\/\/[^/]*)?\/*(.+?)\/*$/.exec(uri ?? '');
  if (!m || m[1].split('/').some((part) => part === '..' || part === '.')) return undefined;
  return m[1];
}

/** New files, created one by one (never over anything), then registry.yaml; on a failure, what this run created is removed. */
function write(root: string, plan: MlflowImportPlan): string[] {
  const written: string[] = [];
  try {
    for (const copy of plan.copies) {
      if (!createNewFile(root, copy.path, { copyOf: copy.from }))
        throw new RegistryWriteError(`${copy.path} appeared while importing: nothing was overwritten`);
      written.push(copy.path);
      const copied = hashFile(join(root, copy.path));
      if (copied.sha256 !== copy.sha256 || copied.size !== copy.size)
        throw new RegistryWriteError(`${copy.path} changed while it was copied: run the import again`);
    }
    for (const file of plan.files) {
      if (!createNewFile(root, file.path, file.bytes)) throw new RegistryWriteError(`${file.path} appeared while importing: nothing was overwritten`);
      written.push(file.path);
    }
    if (plan.registryFile) {
      writeRegistryDocument(root, REGISTRY_FILE, new TextDecoder().decode(plan.registryFile));
      written.push(REGISTRY_FILE);
    }
  } catch (error) {
    removeCreated(
      root,
      written.filter((p) => p !== REGISTRY_FILE),
    );
    throw error;
  }
  return written;
}

function describeBlocked(plan: MlflowImportPlan, style: TextStyle): string {
  const lines = ['the import was refused; nothing was written:', ...plan.errors.map((e) => `  ${e}`)];
  const problems = [...plan.problems].sort(compareProblems);
  if (problems.length) lines.push('', ...problems.map((p) => formatProblemText(p, undefined, style)));
  return lines.join('\n');
}

function asRegistryError(error: unknown, trackingUri: string): unknown {
  if (error instanceof MlflowUnreachable) return new ImportSourceError(`${error.message}: nothing was written; run it again later`);
  if (error instanceof MlflowApiError)
    return new ImportSourceError(
      `MLflow at ${trackingUri} refused ${error.message}${error.status === 401 || error.status === 403 ? ' (set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD)' : ''}: nothing was written`,
    );
  return error;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
