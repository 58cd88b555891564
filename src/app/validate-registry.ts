/**
 * Validates a registry folder: reads it, reads the base from git when asked,
 * and runs the core. `validate` itself, which needs only the report, runs on
 * every core for large registries; the report is the same either way.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BaseState, FileEntry } from '../core/registry/snapshot.js';
import type { DocumentResult } from '../core/check/check-document.js';
import { crossCheck, type Validated } from '../core/validate.js';
import { buildRegistry, tagName } from '../core/registry/registry.js';
import { checkEntries } from '../core/check/check-model.js';
import { readModelFolder, readRegistryDocument, readTopLevel } from '../adapters/fs/fs-snapshot.js';
import { baseState, resolveCommit } from '../adapters/git/git.js';
import { validateInParallel } from '../adapters/workers/parallel-check.js';
import { compareProblems } from '../core/problems.js';
import { codeownersCheck } from './update-codeowners.js';
import type { ApprovalSource } from '../core/promotion/approvers.js';
import { withPromotions, type ValidatedWithPromotions } from './promotion-review.js';

export interface ValidateRegistryOptions {
  root: string;
  /** A git ref: released versions there must not change. */
  base?: string;
  /**
   * False when only the report is wanted: large registries are then checked
   * on every core, and the returned registry holds only versions and lineage.
   */
  needRegistry?: boolean;
  /** The pull request's reviews, for stage policies with `approval: owners` (with a base only). */
  approvals?: ApprovalSource;
}

/** Below this many model folders a helper process costs more to start than it saves. */
const PARALLEL_THRESHOLD = 100;

export async function validateRegistry(options: ValidateRegistryOptions): Promise<ValidatedWithPromotions> {
  const { root } = options;
  const workerFile = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  const threads = workerCount();
  const top = readTopLevel(root);
  // Only the report wanted: the lean path keeps no parsed documents (less
  // memory, less garbage collection), on every core when the registry is large.
  if (options.needRegistry === false && !options.base) {
    const parallel = threads > 1 && top.modelFolders.length >= PARALLEL_THRESHOLD && existsSync(workerFile);
    return withCodeowners(root, await validateInParallel(workerFile, root, parallel ? threads : 1));
  }
  const topDocuments = checkEntries(top.entries);
  const entries: FileEntry[] = [...top.entries];
  const documents: DocumentResult[] = [...topDocuments];
  for (const model of top.modelFolders) {
    const modelEntries = readModelFolder(root, model);
    for (const d of checkEntries(modelEntries)) documents.push(d);
    for (const e of modelEntries) entries.push(e);
  }
  let base: BaseState | undefined;
  let commit: string | undefined;
  if (options.base) {
    const settings = buildRegistry(topDocuments, top.entries).settings;
    commit = resolveCommit(root, options.base);
    base = baseState(root, commit, entries, (model, version) => tagName(settings, model, version));
  }
  const readDocument = (path: string) => readRegistryDocument(root, path);
  const validated = crossCheck(documents, entries, { base }, readDocument);
  // With a base, the stage changes against it are judged by their stages' policies.
  return withCodeowners(root, commit ? await withPromotions(root, commit, validated, readDocument, options.approvals) : validated);
}

/** The report with CODEOWNERS' warnings (see update-codeowners.ts), in the report's order. */
function withCodeowners<T extends Validated>(root: string, validated: T): T {
  const found = codeownersCheck(root);
  if (found.length === 0) return validated;
  const problems = [...validated.report.problems, ...found].sort(compareProblems);
  return { ...validated, report: { ...validated.report, problems, ok: !problems.some((p) => p.severity === 'error') } };
}

/** MODEL_REGISTRY_WORKERS=1 forces one process; the default is every core (at most 8). */
function workerCount(): number {
  const configured = Number(process.env.MODEL_REGISTRY_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return Math.min(configured, 8);
  return Math.min(availableParallelism(), 8);
}
