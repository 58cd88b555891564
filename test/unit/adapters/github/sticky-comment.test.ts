/**
 * The review comment belongs to the identity behind the token: a comment is
 * the registry's only when it starts with the hidden marker AND was written by
 * that identity. Anyone can type the marker; someone else's comment is never
 * edited or deleted. Real HTTP to the fake GitHub, which records each
 * comment's author by the token that wrote it (unknown tokens are the Actions
 * bot, github-actions[bot], which may not ask GET /user who it is: 403).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../../src/adapters/github/client.js';
import { markerLine, upsertStickyComment } from '../../../../src/adapters/github/sticky-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../../../support/fake-github/index.js';

const REPO = 'acme/models';
const MARKER = 'model-registry:review root=.';
const ACTIONS_TOKEN = 'ghs_actionsToken';
let gh: FakeGitHub;
let nextPr = 1;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  process.env.GITHUB_API_URL = gh.url;
  process.env.MODEL_REGISTRY_WRITE_SPACING_MS = '0';
  process.env.MODEL_REGISTRY_RETRY_BASE_MS = '1';
});

afterAll(async () => {
  await gh.close();
});

afterEach(() => {
  try {
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  } finally {
    gh.clearViolations();
    gh.responseViolations.length = 0;
  }
});

function pullRequest(): number {
  const number = 100 + nextPr++;
  gh.addPullRequest(REPO, { number, head: `pr-${number}`, base: 'main' });
  return number;
}

const target = (issueNumber: number) => ({ owner: 'acme', repo: 'models', issueNumber, marker: MARKER });
const stranger = { login: 'mallory', type: 'User' as const };
const forged = (text: string) => `${markerLine(MARKER)}\n${text}`;

/** Requests that changed a comment, by id. */
function writesTo(id: number): string[] {
  return gh.requests.filter((r) => r.method !== 'GET' && r.path.endsWith(`/issues/comments/${id}`)).map((r) => `${r.method} ${r.path}`);
}

describe('the sticky review comment', () => {
  it('edits its own comment and never touches an older comment of someone else that carries the marker', async () => {
    const pr = pullRequest();
    const octokit = createGitHubClient(ACTIONS_TOKEN);
    // The bot's comment of an earlier push, then a stranger's forgery placed before it (an older id).
    const strangerFirst = gh.addComment(REPO, pr, forged('## ✅ Model registry: valid (forged)'), stranger);
    const first = await upsertStickyComment(octokit, target(pr), '## ❌ Model registry: 1 error');
    expect(first.created).toBe(true);

    const second = await upsertStickyComment(octokit, target(pr), '## ✅ Model registry: valid');
    expect(second).toMatchObject({ id: first.id, created: false });
    const comments = gh.comments(REPO, pr);
    expect(comments.map((c) => [c.id, c.user.login, c.body])).toEqual([
      [strangerFirst, 'mallory', forged('## ✅ Model registry: valid (forged)')],
      [first.id, 'github-actions[bot]', forged('## ✅ Model registry: valid')],
    ]);
    expect(writesTo(strangerFirst)).toEqual([]);
  });

  it("creates its own comment when the only marked comment is someone else's, and leaves that one alone", async () => {
    const pr = pullRequest();
    const forgery = gh.addComment(REPO, pr, forged('## ✅ Model registry: valid'), stranger);
    const result = await upsertStickyComment(createGitHubClient(ACTIONS_TOKEN), target(pr), '## ❌ Model registry: 2 errors');
    expect(result.created).toBe(true);
    expect(result.id).not.toBe(forgery);
    const comments = gh.comments(REPO, pr);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatchObject({ id: forgery, body: forged('## ✅ Model registry: valid'), user: { login: 'mallory' } });
    expect(comments[1]).toMatchObject({ id: result.id, body: forged('## ❌ Model registry: 2 errors'), user: { login: 'github-actions[bot]' } });
    expect(writesTo(forgery)).toEqual([]);
  });

  it("never deletes a stranger's marked comments as duplicates, and still folds its own duplicates into the oldest", async () => {
    const pr = pullRequest();
    const bot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };
    const own = [gh.addComment(REPO, pr, forged('old review'), bot), gh.addComment(REPO, pr, forged('duplicate of a concurrent run'), bot)];
    const strangers = [
      gh.addComment(REPO, pr, forged('mine'), stranger),
      gh.addComment(REPO, pr, forged('mine too'), { login: 'other-bot[bot]', type: 'Bot' }),
    ];
    const result = await upsertStickyComment(createGitHubClient(ACTIONS_TOKEN), target(pr), 'new review');
    expect(result).toMatchObject({ id: own[0], created: false });
    expect(gh.comments(REPO, pr).map((c) => c.id)).toEqual([own[0], ...strangers]);
    expect(gh.comments(REPO, pr)[0].body).toBe(forged('new review'));
    for (const id of strangers) expect(writesTo(id)).toEqual([]);
  });

  it("a person's token is known through GET /user: the Actions bot's marked comment is not that person's", async () => {
    const pr = pullRequest();
    gh.setTokenUser('ghp_personToken', { login: 'octo-maintainer' });
    const botComment = gh.addComment(REPO, pr, forged('from the workflow'), { login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    const result = await upsertStickyComment(createGitHubClient('ghp_personToken'), target(pr), 'from a person');
    expect(result.created).toBe(true);
    expect(gh.comments(REPO, pr).map((c) => [c.user.login, c.body])).toEqual([
      ['github-actions[bot]', forged('from the workflow')],
      ['octo-maintainer', forged('from a person')],
    ]);
    expect(writesTo(botComment)).toEqual([]);
  });

  it("a GitHub App's token (not the Actions bot) converges on its own oldest comment, and edits in place when its login is given", async () => {
    const pr = pullRequest();
    gh.setTokenUser('ghs_appToken', { login: 'acme-registry[bot]', type: 'Bot' });
    const octokit = createGitHubClient('ghs_appToken');
    const forgery = gh.addComment(REPO, pr, forged('forged'), stranger);
    const first = await upsertStickyComment(octokit, target(pr), 'one');
    // GET /user is refused to an installation token: the first guess is the Actions bot, corrected by what GitHub says wrote the new comment.
    const second = await upsertStickyComment(octokit, target(pr), 'two');
    expect(second).toMatchObject({ id: first.id, created: false });
    const third = await upsertStickyComment(octokit, { ...target(pr), author: 'acme-registry[bot]' }, 'three');
    expect(third).toMatchObject({ id: first.id, created: false });
    expect(gh.comments(REPO, pr).map((c) => [c.id, c.user.login, c.body])).toEqual([
      [forgery, 'mallory', forged('forged')],
      [first.id, 'acme-registry[bot]', forged('three')],
    ]);
    expect(writesTo(forgery)).toEqual([]);
  });
});
