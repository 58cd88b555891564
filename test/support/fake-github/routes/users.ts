/**
 * The authenticated user. A GitHub App installation token (the Actions
 * GITHUB_TOKEN is one) acts as a bot, and GitHub refuses it this endpoint:
 * 403 "Resource not accessible by integration". A person's token gets itself.
 */
import { errorBody, HttpError, type Handler, type RouteModule } from '../http.js';
import { userJson } from '../representations.js';

const handlers: Record<string, Handler> = {
  'users/get-authenticated': (ctx) => {
    if (ctx.user.type === 'Bot') {
      throw new HttpError(403, errorBody(403, 'Resource not accessible by integration'));
    }
    return {
      status: 200,
      body: {
        ...userJson(ctx.server.url, ctx.user),
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2020-01-01T00:00:00Z',
      },
    };
  },
};

export const usersRoutes: RouteModule = { handlers };
