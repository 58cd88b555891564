/**
 * The approvals of a pull request, as promotion policies read them: its
 * reviews (see core/promotion/approvers.ts for which count) and, for each
 * `@org/team` owner that matters, which approvers are members. Requests grow
 * with approvers × teams, never with the registry.
 */
import type { ApprovalFacts } from '../../core/promotion/types.js';
import { approversOf, type SubmittedReview } from '../../core/promotion/approvers.js';
import { httpStatus, type GitHubClient } from './client.js';
import type { RepoRef } from './release-state.js';

/** GitHub lists reviews oldest first, at most 100 a page, and documents no cap: the newest pages up to this many are read. */
export const MAX_REVIEW_PAGES = 10;
export const REVIEWS_PER_PAGE = 100;

export const TEAMS_UNKNOWN_REASON =
  'the token cannot read team membership (needs organization members: read); team approval is enforced by CODEOWNERS and branch protection';

export interface ApprovalRequest {
  pullNumber: number;
  /** The pull request's author (never counts); read from the pull request when not given. */
  author?: string;
  /** `@org/team` (or `org/team`) owners of the models whose stages change. */
  teams: readonly string[];
}

export async function readApprovalFacts(octokit: GitHubClient, repo: RepoRef, request: ApprovalRequest): Promise<ApprovalFacts> {
  const author = request.author ?? (await octokit.rest.pulls.get({ ...repo, pull_number: request.pullNumber })).data.user.login;
  const approvers = approversOf(await readReviews(octokit, repo, request.pullNumber), author);
  const teamMembers: Record<string, string[]> = {};
  let unknown = false;
  for (const team of new Set(request.teams.map((t) => t.replace(/^@/, '')))) {
    const members = await approversInTeam(octokit, team, approvers);
    if (members) teamMembers[team] = members;
    else unknown = true;
  }
  return { approvers, teamMembers, ...(unknown ? { teamsUnknownReason: TEAMS_UNKNOWN_REASON } : {}) };
}

/**
 * The newest reviews: the first page says how many pages there are (Link
 * rel="last"); when there are more than MAX_REVIEW_PAGES, only the newest
 * MAX_REVIEW_PAGES are used (page 1 is dropped then: with the pages between
 * skipped, its approvals may since have been withdrawn). A cut can only leave
 * out old reviews: an approval may be missed, a withdrawn one is never counted.
 */
async function readReviews(octokit: GitHubClient, repo: RepoRef, pullNumber: number): Promise<SubmittedReview[]> {
  const page = async (n: number) => (await octokit.rest.pulls.listReviews({ ...repo, pull_number: pullNumber, per_page: REVIEWS_PER_PAGE, page: n })).data;
  const first = await octokit.rest.pulls.listReviews({ ...repo, pull_number: pullNumber, per_page: REVIEWS_PER_PAGE, page: 1 });
  const last = lastPage(first.headers.link);
  const from = Math.max(2, last - MAX_REVIEW_PAGES + 1);
  const reviews = from === 2 ? [...first.data] : [];
  for (let n = from; n <= last; n++) reviews.push(...(await page(n)));
  return reviews.flatMap((r) => (r.user ? [{ login: r.user.login, state: r.state, submittedAt: r.submitted_at ?? undefined }] : []));
}

function lastPage(link: string | undefined): number {
  const match = /<([^>]+)>;\s*rel="last"/.exec(link ?? '');
  if (!match) return 1;
  const n = Number(new URL(match[1]).searchParams.get('page'));
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** The approvers who are active members of `org/team`; undefined when the token cannot tell. */
async function approversInTeam(octokit: GitHubClient, team: string, approvers: readonly string[]): Promise<string[] | undefined> {
  const [org, slug] = team.split('/');
  if (!org || !slug) return undefined;
  const members: string[] = [];
  for (const login of approvers) {
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
      if (data.state === 'active') members.push(login);
    } catch (error) {
      if (httpStatus(error) === 404) continue; // not a member
      // 401/403 (GITHUB_TOKEN cannot be given organization permissions) or anything else: unknown, never assumed.
      return undefined;
    }
  }
  return members;
}
