import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { startFakeGitHub, type FakeGitHub } from './index.js';

let gh: FakeGitHub;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addRepo('acme/reviews');
  gh.setTokenUser('person-token', { login: 'carol' });
});

afterAll(async () => {
  await gh.close();
});

afterEach(() => {
  // every request must be one GitHub accepts, and every answer in GitHub's documented shape
  try {
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  } finally {
    gh.clearViolations();
    gh.responseViolations.length = 0;
  }
});

const client = (token = 'bot-token') => getOctokit(token, { baseUrl: gh.url, retry: { enabled: false }, throttle: { enabled: false } });

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

describe('pull request reviews', () => {
  it('lists submitted reviews in submission order, paginated, with dismissed ones as DISMISSED', async () => {
    const pr = gh.addPullRequest('acme/reviews', { head: 'feature', base: 'main', user: { login: 'dana', id: 5, type: 'User' } });
    const late = gh.addReview('acme/reviews', pr.number, { login: 'alice', state: 'APPROVED', submittedAt: '2026-01-02T10:00:00Z' });
    gh.addReview('acme/reviews', pr.number, { login: 'bob', state: 'CHANGES_REQUESTED', submittedAt: '2026-01-01T10:00:00Z' });
    gh.addReview('acme/reviews', pr.number, { login: 'erin', state: 'COMMENTED', submittedAt: '2026-01-03T10:00:00Z' });
    gh.dismissReview('acme/reviews', pr.number, late);

    const octokit = client();
    const first = await octokit.rest.pulls.listReviews({ owner: 'acme', repo: 'reviews', pull_number: pr.number, per_page: 2 });
    expect(first.data.map((r) => [r.user?.login, r.state])).toEqual([
      ['bob', 'CHANGES_REQUESTED'],
      ['alice', 'DISMISSED'],
    ]);
    expect(first.headers.link).toMatch(/rel="next"/);
    expect(first.data[0]).toMatchObject({ submitted_at: '2026-01-01T10:00:00Z', commit_id: expect.stringMatching(/^[0-9a-f]{40}$/) });
    const all = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: 'acme', repo: 'reviews', pull_number: pr.number, per_page: 2 });
    expect(all.map((r) => r.user?.login)).toEqual(['bob', 'alice', 'erin']);
  });

  it('answers 404 for a pull request that does not exist', async () => {
    expect(await status(client().rest.pulls.listReviews({ owner: 'acme', repo: 'reviews', pull_number: 999 }))).toBe(404);
  });
});

describe('team membership', () => {
  it('a token that may read teams sees active and pending members, and 404 for anyone else', async () => {
    gh.addTeamMember('acme/ml-leads', 'Alice', { role: 'maintainer' });
    gh.addTeamMember('acme/ml-leads', 'bob', { state: 'pending' });
    const octokit = client('person-token');
    const alice = await octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'ml-leads', username: 'alice' });
    expect(alice.data).toMatchObject({ state: 'active', role: 'maintainer' });
    const bob = await octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'ml-leads', username: 'bob' });
    expect(bob.data).toMatchObject({ state: 'pending', role: 'member' });
    expect(await status(octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'ml-leads', username: 'mallory' }))).toBe(404);
    expect(await status(octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'no-such-team', username: 'alice' }))).toBe(404);
  });

  it("refuses the workflow's own token (a bot) with 403, as GitHub does, unless the test grants or hides teams", async () => {
    gh.addTeamMember('acme/ml-leads', 'alice');
    const ask = () => client('bot-token').rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'ml-leads', username: 'alice' });
    expect(await status(ask())).toBe(403);
    gh.setTeamAccess('github-actions[bot]', 'read');
    expect(await status(ask())).toBe(200);
    gh.setTeamAccess('github-actions[bot]', 404);
    expect(await status(ask())).toBe(404);
    gh.setTeamAccess('github-actions[bot]', 403);
  });
});
