/**
 * The review of the working tree against a base commit: validate the head
 * (with the base's released versions frozen), load the base from git, compare.
 */
import type { ReviewReport } from '../core/report/review.js';
import { buildReview } from '../core/report/review.js';
import { loadRegistry } from '../core/registry/load.js';
import { snapshotAtCommit, resolveCommit } from '../adapters/git/git.js';
import { validateRegistry } from './validate-registry.js';

export async function reviewChanges(root: string, baseRef: string): Promise<ReviewReport> {
  const commit = resolveCommit(root, baseRef);
  const { report, registry } = await validateRegistry({ root, base: commit });
  const base = loadRegistry(snapshotAtCommit(root, commit));
  return buildReview(base, registry, report.problems);
}
