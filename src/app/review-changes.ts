/**
 * The review of the working tree against a base commit: validate the head
 * (with the base's released versions frozen and its stage changes judged by
 * their policies), load the base from git, compare.
 */
import type { ReviewReport } from '../core/report/review.js';
import { buildReview } from '../core/report/review.js';
import type { ApprovalSource } from '../core/promotion/approvers.js';
import { loadRegistry } from '../core/registry/load.js';
import { snapshotAtCommit, resolveCommit } from '../adapters/git/git.js';
import { validateRegistry } from './validate-registry.js';

export interface ReviewChangesOptions {
  /** The pull request's reviews (the Action reads them, once it is known which owner teams matter); without them, owner approval is pending. */
  approvals?: ApprovalSource;
}

export async function reviewChanges(root: string, baseRef: string, options: ReviewChangesOptions = {}): Promise<ReviewReport> {
  const commit = resolveCommit(root, baseRef);
  const { report, registry, promotions } = await validateRegistry({ root, base: commit, approvals: options.approvals });
  const base = loadRegistry(snapshotAtCommit(root, commit));
  return buildReview(base, registry, report.problems, promotions ?? []);
}
