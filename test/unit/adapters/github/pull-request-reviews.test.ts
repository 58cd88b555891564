/**
 * Approvals read from the fake GitHub: reviews (latest per reviewer, dismissed,
 * the author), team membership (member, not a member, unknown), and the bound
 * on how many requests are made.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../../support/fake-github/index.js';
import { createGitHubClient } from '../../../../src/adapters/github/client.js';
import { MAX_REVIEW_PAGES, readApprovalFacts, TEAMS_UNKNOWN_REASON } from '../../../../src/adapters/github/pull-request-reviews.js';

const REPO = { owner: 'acme', repo: 'registry' };
const FULL = 'acme/registry';
let gh: FakeGitHub;
let saved: NodeJS.ProcessEnv;
let number: number;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(FULL);
  number = gh.addPullRequest(FULL, { head: 'promote', base: 'main', user: { login: 'dana', id: 77, type: 'User' } }).number;
  saved = { ...process.env };
  Object.assign(process.env, { GITHUB_API_URL: gh.url, MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '1' });
});

afterEach(async () => {
  process.env = saved;
  try {
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  } finally {
    await gh.close();
  }
});

const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T12:00:00Z`;

describe('readApprovalFacts', () => {
  it('takes the latest review per reviewer, ignores dismissed approvals, and never counts the author (read from the pull request)', async () => {
    gh.addReview(FULL, number, { login: 'alice', state: 'APPROVED', submittedAt: day(1) });
    gh.addReview(FULL, number, { login: 'alice', state: 'CHANGES_REQUESTED', submittedAt: day(2) });
    const bob = gh.addReview(FULL, number, { login: 'bob', state: 'APPROVED', submittedAt: day(1) });
    gh.dismissReview(FULL, number, bob);
    gh.addReview(FULL, number, { login: 'dana', state: 'APPROVED', submittedAt: day(3) });
    gh.addReview(FULL, number, { login: 'erin', state: 'CHANGES_REQUESTED', submittedAt: day(1) });
    gh.addReview(FULL, number, { login: 'erin', state: 'APPROVED', submittedAt: day(4) });
    const facts = await readApprovalFacts(createGitHubClient('t'), REPO, { pullNumber: number, teams: [] });
    expect(facts).toEqual({ approvers: ['erin'], teamMembers: {} });
  });

  it('says which approvers are active members of each owner team: member, pending, not a member', async () => {
    gh.setTokenUser('app-token', { login: 'registry-app[bot]', type: 'Bot' });
    gh.setTeamAccess('registry-app[bot]', 'read');
    gh.addTeamMember('acme/ml-leads', 'alice');
    gh.addTeamMember('acme/ml-leads', 'bob', { state: 'pending' });
    for (const login of ['alice', 'bob', 'carol']) gh.addReview(FULL, number, { login, state: 'APPROVED', submittedAt: day(1) });
    const facts = await readApprovalFacts(createGitHubClient('app-token'), REPO, { pullNumber: number, author: 'dana', teams: ['@acme/ml-leads'] });
    expect(facts).toEqual({ approvers: ['alice', 'bob', 'carol'], teamMembers: { 'acme/ml-leads': ['alice'] } });
  });

  it("leaves a team unknown, and says why, when the token cannot read teams (the workflow's GITHUB_TOKEN gets 403)", async () => {
    gh.addTeamMember('acme/ml-leads', 'alice');
    gh.addReview(FULL, number, { login: 'alice', state: 'APPROVED', submittedAt: day(1) });
    gh.addReview(FULL, number, { login: 'carol', state: 'APPROVED', submittedAt: day(1) });
    const facts = await readApprovalFacts(createGitHubClient('github-token'), REPO, { pullNumber: number, author: 'dana', teams: ['@acme/ml-leads'] });
    expect(facts).toEqual({ approvers: ['alice', 'carol'], teamMembers: {}, teamsUnknownReason: TEAMS_UNKNOWN_REASON });
    expect(TEAMS_UNKNOWN_REASON).toBe(
      'the token cannot read team membership (needs organization members: read); team approval is enforced by CODEOWNERS and branch protection',
    );
    // One refusal settles the team: the second approver is not asked about.
    expect(gh.requests.filter((r) => r.operationId === 'teams/get-membership-for-user-in-org')).toHaveLength(1);
  });

  it('asks nothing about teams when nobody approved, and approvers × teams questions otherwise', async () => {
    gh.setTeamAccess('github-actions[bot]', 'read');
    await readApprovalFacts(createGitHubClient('t'), REPO, { pullNumber: number, author: 'dana', teams: ['@acme/a', '@acme/b'] });
    expect(gh.requests.map((r) => r.operationId)).toEqual(['pulls/list-reviews']);
    gh.clearRequests();
    gh.addReview(FULL, number, { login: 'alice', state: 'APPROVED', submittedAt: day(1) });
    gh.addReview(FULL, number, { login: 'bob', state: 'APPROVED', submittedAt: day(1) });
    await readApprovalFacts(createGitHubClient('t'), REPO, { pullNumber: number, author: 'dana', teams: ['@acme/a', '@acme/b', 'acme/a'] });
    expect(gh.requests.filter((r) => r.operationId === 'teams/get-membership-for-user-in-org')).toHaveLength(4);
  });

  it(`reads at most the newest ${MAX_REVIEW_PAGES} pages of 100 reviews: an old approval withdrawn on a later page is never counted`, async () => {
    // 1,500 reviews: 15 pages. alice approved first (page 1) and withdrew on page 3, which is not read.
    gh.addReview(FULL, number, { login: 'alice', state: 'APPROVED', submittedAt: '2026-01-01T00:00:00Z' });
    for (let i = 1; i < 1500; i++) {
      const minute = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const login = i === 250 ? 'alice' : i === 1499 ? 'bob' : `reviewer${i % 7}`;
      const state = i === 250 ? 'CHANGES_REQUESTED' : i === 1499 ? 'APPROVED' : 'COMMENTED';
      gh.addReview(FULL, number, { login, state, submittedAt: minute });
    }
    const facts = await readApprovalFacts(createGitHubClient('t'), REPO, { pullNumber: number, author: 'dana', teams: [] });
    expect(facts.approvers).toEqual(['bob']);
    const pages = gh.requests.filter((r) => r.operationId === 'pulls/list-reviews').map((r) => Number(r.query.page));
    expect(pages).toEqual([1, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });
});
