/**
 * Team membership, as a token with the organization permission `members: read`
 * sees it. GitHub's GITHUB_TOKEN cannot have that permission: the fake answers
 * a bot 403 "Resource not accessible by integration" unless a test grants it
 * (`gh.setTeamAccess(login, 'read')`); `404` hides the team as a token that
 * cannot see it would.
 */
import { errorBody, HttpError, notFound, type Handler, type RouteModule } from '../http.js';

const handlers: Record<string, Handler> = {
  'teams/get-membership-for-user-in-org': (ctx) => {
    const org = String(ctx.params.org);
    const slug = String(ctx.params.team_slug);
    const username = String(ctx.params.username);
    const access = ctx.state.teamAccess.get(ctx.user.login.toLowerCase()) ?? (ctx.user.type === 'Bot' ? 403 : 'read');
    if (access === 403) throw new HttpError(403, errorBody(403, 'Resource not accessible by integration'));
    if (access === 404) throw notFound();
    const team = ctx.state.teams.get(`${org}/${slug}`.toLowerCase());
    const membership = team?.members.get(username.toLowerCase());
    if (!membership) throw notFound();
    return {
      status: 200,
      body: {
        url: `${ctx.server.url}/organizations/${encodeURIComponent(org)}/team/${encodeURIComponent(slug)}/memberships/${encodeURIComponent(username)}`,
        role: membership.role,
        state: membership.state,
      },
    };
  },
};

export const teamsRoutes: RouteModule = { handlers };
