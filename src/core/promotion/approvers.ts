/**
 * Who approves a pull request, from its reviews as GitHub lists them: each
 * reviewer's latest deciding review (APPROVED, CHANGES_REQUESTED or DISMISSED,
 * by submission time; a COMMENTED review neither grants nor withdraws, as on
 * GitHub) must be APPROVED. A dismissed review approves nothing and does not
 * bring back an earlier approval. The author's own review never counts.
 */
import type { Registry } from '../registry/registry.js';
import { isRecord } from '../values.js';
import { stageChanges } from './evaluate.js';
import { judgedPolicy } from './policy.js';
import type { ApprovalFacts, StageChange } from './types.js';

export interface SubmittedReview {
  login: string;
  state: string;
  /** ISO time; a review without one (PENDING) is not submitted and is skipped. */
  submittedAt?: string;
}

const DECIDING = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/** Approving logins, in the order of their approval, never the author (compared case-insensitively, as GitHub logins are). */
export function approversOf(reviews: readonly SubmittedReview[], author: string | undefined): string[] {
  const latest = new Map<string, { login: string; state: string; at: number; index: number }>();
  reviews.forEach((review, index) => {
    if (!review.submittedAt || !DECIDING.has(review.state)) return;
    const at = Date.parse(review.submittedAt);
    if (Number.isNaN(at)) return;
    const key = review.login.toLowerCase();
    const seen = latest.get(key);
    // Equal times: the later in GitHub's (chronological) list wins.
    if (!seen || at > seen.at || (at === seen.at && index > seen.index)) latest.set(key, { login: review.login, state: review.state, at, index });
  });
  const self = author?.toLowerCase();
  return [...latest.values()]
    .filter((r) => r.state === 'APPROVED' && r.login.toLowerCase() !== self)
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((r) => r.login);
}

/**
 * The `@org/team` owners whose members' approval could decide a change: of
 * each model with a stage change (not a demotion) whose policy asks for an
 * owner's approval. Undefined when no change asks for approval: then the
 * reviews need not be read at all. Only these teams are asked about, so the
 * questions grow with approvers × these teams, never with the registry.
 */
export function approvalTeams(head: Registry, changes: readonly StageChange[], base?: Registry): string[] | undefined {
  let needed = false;
  const teams = new Set<string>();
  for (const change of changes) {
    if (change.to === undefined || judgedPolicy(base, head, change.model, change.stage)?.approval !== 'owners') continue;
    needed = true;
    // The owners the change is judged by: the base's, when the model exists there.
    const card = (base?.models.get(change.model) ?? head.models.get(change.model))?.card?.value as unknown;
    const owners = isRecord(card) && Array.isArray(card.owners) ? (card.owners as unknown[]) : [];
    for (const owner of owners) if (typeof owner === 'string' && /^@?[^/@\s]+\/[^/\s]+$/.test(owner)) teams.add(owner.replace(/^@/, ''));
  }
  return needed ? [...teams].sort() : undefined;
}

/** Reads the pull request's approvals, asking about these owner teams (the Action gives one; elsewhere approval stays pending). */
export type ApprovalReader = (teams: string[]) => Promise<ApprovalFacts>;

/** The approvals a review is judged with: read only when some stage change asks for an owner's approval. */
export async function readApprovalsFor(
  head: Registry,
  changes: readonly StageChange[],
  reader: ApprovalReader | undefined,
  base?: Registry,
): Promise<ApprovalFacts | undefined> {
  const teams = reader ? approvalTeams(head, changes, base) : undefined;
  return teams && reader ? reader(teams) : undefined;
}

/** Approvals as a review use case takes them: known facts, or a reader asked once the stage changes are known. */
export type ApprovalSource = ApprovalFacts | ApprovalReader;

/** The facts to judge with: given ones as they are; a reader asked about the teams that matter (or not at all). */
export async function resolveApprovals(source: ApprovalSource | undefined, head: Registry, base: Registry | undefined): Promise<ApprovalFacts | undefined> {
  return typeof source === 'function' ? readApprovalsFor(head, stageChanges(base, head), source, base) : source;
}
