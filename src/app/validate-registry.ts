/**
 * Validates a registry folder: reads it (with a base: only what changed,
 * validate-against-base.ts), and runs the core. `validate` itself, which needs only the report, runs on
 * every core for large registries; the report is the same either way.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FileEntry } from '../core/registry/snapshot.js';
import type { DocumentResult } from '../core/check/check-document.js';
import { crossCheck, type Validated } from '../core/validate.js';
import { checkEntries } from '../core/check/check-model.js';
import { readModelFolder, readRegistryDocument, readTopLevel } from '../adapters/fs/fs-snapshot.js';
import { resolveCommit } from '../adapters/git/git.js';
import { auditInParallel, validateInParallel } from '../adapters/workers/parallel-check.js';
import { compareProblems } from '../core/problems.js';
import { codeownersCheck } from './update-codeowners.js';
import type { ApprovalSource } from '../core/promotion/approvers.js';
import type { ValidatedWithPromotions } from './promotion-review.js';
import { validateAgainstBase, type BaseValidation } from './validate-against-base.js';

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
  /** With a base: review this commit, the one checked out, rather than the working tree (git's tree-to-tree diff). */
  head?: string;
}

/** Below this many model folders a helper thread costs more to start than it saves. */
const PARALLEL_THRESHOLD = 100;

export async function validateRegistry(options: ValidateRegistryOptions): Promise<ValidatedWithPromotions> {
  const { root } = options;
  const workerFile = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  const threads = workerCount();
  if (options.base) return validateChange(root, options.base, options.approvals, options.head);
  const top = readTopLevel(root);
  // Only the report wanted: the lean path keeps no parsed documents (less
  // memory, less garbage collection), on every core when the registry is large.
  if (options.needRegistry === false) {
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
  const readDocument = (path: string) => readRegistryDocument(root, path);
  return withCodeowners(root, crossCheck(documents, entries, {}, readDocument));
}

/**
 * The report and, for the audit, what it needs of each model (core/audit/audit-view.ts):
 * the lean path, on every core when the registry is large, keeping only the newest observation of each series.
 */
export async function validateForAudit(root: string): Promise<Validated> {
  const workerFile = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  const threads = workerCount();
  const parallel = threads > 1 && readTopLevel(root).modelFolders.length >= PARALLEL_THRESHOLD && existsSync(workerFile);
  return withCodeowners(root, await auditInParallel(workerFile, root, parallel ? threads : 1));
}

/**
 * The validation of a checkout against a base (validate-against-base.ts: the
 * cost grows with the change), its stage changes judged by their policies.
 */
export async function validateChange(root: string, baseRef: string, approvals?: ApprovalSource, head?: string): Promise<BaseValidation> {
  const workerFile = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  const threads = workerCount();
  const parallel = threads > 1 && readTopLevel(root).modelFolders.length >= PARALLEL_THRESHOLD && existsSync(workerFile);
  return withCodeowners(
    root,
    await validateAgainstBase(root, resolveCommit(root, baseRef), {
      threads: parallel ? threads : 1,
      workerFile,
      approvals,
      head: head && resolveCommit(root, head),
    }),
  );
}

/** The report with CODEOWNERS' warnings (see update-codeowners.ts), in the report's order. */
function withCodeowners<T extends Validated>(root: string, validated: T): T {
  const found = codeownersCheck(root);
  if (found.length === 0) return validated;
  const problems = [...validated.report.problems, ...found].sort(compareProblems);
  return { ...validated, report: { ...validated.report, problems, ok: !problems.some((p) => p.severity === 'error') } };
}

/** MODEL_REGISTRY_WORKERS=1 forces one thread; the default is every core (at most 8). */
function workerCount(): number {
  const configured = Number(process.env.MODEL_REGISTRY_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return Math.min(configured, 8);
  return Math.min(availableParallelism(), 8);
}
