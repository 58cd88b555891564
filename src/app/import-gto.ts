/**
 * `import gto`: a GTO repository's annotated tags (and, with a metrics path,
 * the metrics file at each version's commit) read from git, planned as new
 * registry files by core/import/gto, validated, and written only when the
 * plan has no error and this is not a dry run. Files are created, never
 * replaced; a failure while writing removes what this run created.
 */
import { rmSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { readSnapshot } from '../adapters/fs/fs-snapshot.js';
import { createNewFile } from '../adapters/fs/create-file.js';
import { readAnnotatedTags, readFilesAtCommits, repositoryTopOf } from '../adapters/git/annotated-tags.js';
import { planGtoImport, metricsKey, type GtoImportPlan, type MetricsAtCommit } from '../core/import/gto/plan.js';
import { readGtoState } from '../core/stages/gto-state.js';
import { loadRegistry } from '../core/registry/load.js';
import { isRecord } from '../core/values.js';
import { RegistryWriteError, UsageError } from '../errors/index.js';

export interface ImportGtoOptions {
  /** The GTO repository (any folder inside it). */
  repo: string;
  /** The registry folder. */
  root: string;
  owners: readonly string[];
  /** A metrics file's path in the GTO repository, from its top. */
  metricsPath?: string;
  dryRun: boolean;
  cwd: string;
}

export interface ImportGtoResult {
  plan: GtoImportPlan;
  written: string[];
}

export function importGto(options: ImportGtoOptions): ImportGtoResult {
  const root = resolve(options.cwd, options.root);
  const top = repositoryTopOf(resolve(options.cwd, options.repo));
  const state = readGtoState(readAnnotatedTags(top));
  const snapshot = readSnapshot(root);
  let owners = options.owners;
  if (owners.length === 0) {
    // The registry's maintainers, when no --owner is given.
    const settings = loadRegistry(snapshot).settingsFile?.value as unknown;
    if (isRecord(settings) && Array.isArray(settings.maintainers)) owners = settings.maintainers.filter((m): m is string => typeof m === 'string');
  }
  let metrics: Map<string, MetricsAtCommit | null> | undefined;
  if (options.metricsPath !== undefined) {
    const path = metricsPathInRepo(options.metricsPath);
    const specs = new Map<string, string>();
    for (const artifact of state.artifacts.values()) for (const v of artifact.versions) specs.set(metricsKey(artifact.name, v.version), `${v.commit}:${path}`);
    const read = readFilesAtCommits(top, [...new Set(specs.values())]);
    metrics = new Map();
    for (const [key, spec] of specs) {
      const bytes = read.get(spec);
      metrics.set(key, bytes ? { source: spec.slice(0, 7) + spec.slice(spec.indexOf(':')), path, bytes } : null);
    }
  }
  const plan = planGtoImport({ state, owners, metrics }, snapshot);
  if (plan.errors.length || options.dryRun) return { plan, written: [] };
  return { plan, written: write(root, plan) };
}

/** --metrics-path, a path from the repository's top (as GTO's artifacts.yaml gives paths); refused when it leaves the repository. */
function metricsPathInRepo(given: string): string {
  const path = posix.normalize(given.replace(/\\/g, '/')).replace(/^\.\//, '');
  if (/[\n\r\0]/.test(given) || path === '.' || path.startsWith('/') || path === '..' || path.startsWith('../')) {
    throw new UsageError(
      `--metrics-path must be a file's path from the GTO repository's top, such as metrics.json or models/churn/metrics.json (got ${JSON.stringify(given)})`,
    );
  }
  return path;
}

function write(root: string, plan: GtoImportPlan): string[] {
  const written: string[] = [];
  try {
    for (const file of plan.files) {
      if (!createNewFile(root, file.path, file.bytes)) throw new RegistryWriteError(`${file.path} appeared while importing: nothing was overwritten`);
      written.push(file.path);
    }
  } catch (error) {
    for (const path of written) rmSync(join(root, path), { force: true });
    throw error;
  }
  return written;
}
