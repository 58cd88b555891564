/**
 * The review of the working tree against a base commit: validate what the
 * change touches (with the base's released versions frozen and its stage
 * changes judged by their policies), compare it with the base.
 */
import type { ReviewReport } from '../core/report/review.js';
import { buildReview } from '../core/report/review.js';
import type { ApprovalSource } from '../core/promotion/approvers.js';
import { validateChange } from './validate-registry.js';

export interface ReviewChangesOptions {
  /** The pull request's reviews (the Action reads them, once it is known which owner teams matter); without them, owner approval is pending. */
  approvals?: ApprovalSource;
  /** Review this commit (the checkout's HEAD) rather than the working tree: git's tree-to-tree diff says what changed. */
  head?: string;
}

export async function reviewChanges(root: string, baseRef: string, options: ReviewChangesOptions = {}): Promise<ReviewReport> {
  return (await reviewWithPaths(root, baseRef, options)).review;
}

/** The review, and the paths that differ from the base (relative to the registry root: what the Action's annotations put first). */
export async function reviewWithPaths(root: string, baseRef: string, options: ReviewChangesOptions = {}): Promise<{ review: ReviewReport; changed: string[] }> {
  const { report, registry, baseRegistry, promotions, changed } = await validateChange(root, baseRef, options.approvals, options.head);
  return { review: buildReview(baseRegistry, registry, report.problems, promotions ?? []), changed };
}
