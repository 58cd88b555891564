/**
 * `validate --base`, `diff` and the pull-request review of a checkout: the
 * cost grows with what the change touches, not with the registry. git says
 * which paths differ from the base; only those model folders are read and
 * checked in full, every other model is a skeleton taken from the base's tree
 * (version names, and the lineage of the versions the changed ones descend
 * from), and the base is read for those models only. A change to
 * registry.yaml, or a model or version removed (its children elsewhere may
 * lose a parent), validates the whole registry, on every core.
 */
import { lstatSync } from 'node:fs';
import { checkDocument } from '../core/check/check-document.js';
import { checkEntries, checkModel, registrySettings } from '../core/check/check-model.js';
import { loadRegistry } from '../core/registry/load.js';
import { buildRegistry, tagName, type Registry } from '../core/registry/registry.js';
import type { FileEntry } from '../core/registry/snapshot.js';
import { changeScope } from '../core/report/change-scope.js';
import { followAncestors, untouchedSummaries, withModels } from '../core/report/scoped-registry.js';
import { validateFromModels, type Validated } from '../core/validate.js';
import type { ApprovalSource } from '../core/promotion/approvers.js';
import { readModelFolder, readRegistryDocument, readTopLevel } from '../adapters/fs/fs-snapshot.js';
import { changedPaths, versionFoldersAtCommit } from '../adapters/git/changed-paths.js';
import { baseState, snapshotAtCommit } from '../adapters/git/git.js';
import { validateInParallel } from '../adapters/workers/parallel-check.js';
import { withPromotions, type ValidatedWithPromotions } from './promotion-review.js';

export interface BaseValidation extends ValidatedWithPromotions {
  /** The base as the review compares it: registry.yaml and the changed models as the base has them, every other model as the head has it. */
  baseRegistry: Registry;
  /** The paths that differ from the base, relative to the registry root. */
  changed: string[];
  /** Whether every model was validated (registry.yaml changed, or a model or version was removed). */
  whole: boolean;
}

export interface AgainstBaseOptions {
  /** Helper threads for a whole validation (1: this thread alone). */
  threads: number;
  workerFile: string;
  approvals?: ApprovalSource;
  /** The commit checked out, when the review is of it rather than of the working tree (see changed-paths.ts). */
  head?: string;
}

export async function validateAgainstBase(root: string, commit: string, options: AgainstBaseOptions): Promise<BaseValidation> {
  // Both listings at once: the second is wanted unless the change turns out to need every model.
  const folders = versionFoldersAtCommit(root, commit);
  folders.catch(() => undefined);
  const changed = await changedPaths(root, commit, options.head);
  const scope = changeScope(changed);
  const top = readTopLevel(root);
  const present = scope.models.filter((m) => isFolder(root, `models/${m}`));
  const removed = present.length < scope.models.length || [...scope.versionDirs].some((dir) => !isFolder(root, dir));
  const whole = scope.global || removed;

  const topDocuments = checkEntries(top.entries.map((e) => ({ ...e })));
  const settings = registrySettings(top.entries, topDocuments);
  const resolved = buildRegistry(topDocuments, top.entries).settings;
  const entries: FileEntry[] = [];
  const checks = present.map((name) => {
    const folder = readModelFolder(root, name);
    entries.push(...folder);
    return checkModel(settings, name, folder);
  });
  const base = baseState(root, commit, entries, { changedDirs: scope.versionDirs, models: scope.global ? undefined : scope.models }, (model, version) =>
    tagName(resolved, model, version),
  );
  const readDocument = (path: string) => readRegistryDocument(root, path);
  const against = { base, entries };

  let validated: Validated;
  if (whole) {
    validated = await validateInParallel(options.workerFile, root, options.threads, against);
  } else {
    const untouched = untouchedSummaries(await folders, new Set(scope.models));
    followAncestors(
      checks.map((c) => c.summary),
      untouched,
      (path) => {
        const bytes = readRegistryDocument(root, path);
        return bytes ? checkDocument(path, bytes).value : undefined;
      },
    );
    const models = [...checks, ...[...untouched.values()].map((summary) => ({ problems: [], summary }))].sort((a, b) =>
      a.summary.name < b.summary.name ? -1 : a.summary.name > b.summary.name ? 1 : 0,
    );
    validated = validateFromModels(top.entries, topDocuments, models, readDocument, against);
  }
  // The review compares and judges the changed models in full; the others are the same on both sides.
  const head = withModels(
    validated.registry,
    checks.flatMap((c, i) => c.registry.models.get(present[i]) ?? []),
  );
  const atBase = loadRegistry(snapshotAtCommit(root, commit, scope.models));
  const touched = new Set(scope.models);
  const unchanged = [...head.models.values()].filter((m) => !touched.has(m.name));
  const baseRegistry = withModels({ ...atBase, models: new Map() }, [...unchanged, ...atBase.models.values()]);
  const judged = await withPromotions(root, commit, { ...validated, registry: head }, baseRegistry, scope.models, readDocument, options.approvals);
  return { ...judged, baseRegistry, changed, whole };
}

/** A real folder (not a link to one): a model or version folder still there. */
function isFolder(root: string, path: string): boolean {
  try {
    return lstatSync(`${root}/${path}`).isDirectory();
  } catch {
    return false;
  }
}
