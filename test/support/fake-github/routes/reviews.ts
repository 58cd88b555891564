/**
 * Pull-request reviews: the list GitHub gives (chronological, paginated).
 * Tests add reviews with `gh.addReview` and dismiss them with `gh.dismissReview`.
 */
import { notFound, paginate, type Handler, type RouteModule } from '../http.js';
import { HTML, nodeId, userJson } from '../representations.js';
import type { RepoState, ReviewState } from '../state.js';

export function reviewJson(api: string, repo: RepoState, pullNumber: number, review: ReviewState): Record<string, unknown> {
  const html = `${HTML}/${repo.fullName}/pull/${pullNumber}#pullrequestreview-${review.id}`;
  const pullUrl = `${api}/repos/${repo.fullName}/pulls/${pullNumber}`;
  return {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: userJson(api, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
    author_association: review.user.login.toLowerCase() === repo.owner.toLowerCase() ? 'OWNER' : 'COLLABORATOR',
  };
}

const handlers: Record<string, Handler> = {
  'pulls/list-reviews': (ctx) => {
    const repo = ctx.repo();
    const number = Number(ctx.params.pull_number);
    if (!repo.pulls.has(number)) throw notFound();
    return paginate(ctx, repo.reviews.get(number) ?? [], (r) => reviewJson(ctx.server.url, repo, number, r));
  },
};

export const reviewsRoutes: RouteModule = { handlers };
