/**
 * Owner approval of a promotion, end to end: the committed dist/index.js runs
 * `command: validate` as the runner runs it, first on the pull request, then
 * on a `pull_request_review` event after an owner approved, against the fake
 * GitHub (reviews and team membership checked against GitHub's OpenAPI
 * description). The approval flips `promotion-approval` from failing to passing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_ENTRY, PROJECT_ROOT, pullRequestEvent, runAction, type ActionRun } from '../support/action-runner.js';
import { registryPullRequest, type PullRequestRepo } from '../support/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const TEMPLATE = join(PROJECT_ROOT, 'registry-template');
const REPO = 'acme/models';
const AUTHOR = 'dana';
let gh: FakeGitHub;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  expect(existsSync(ACTION_ENTRY), 'dist/index.js is missing: run `npm run build`').toBe(true);
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await gh?.close();
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

/**
 * The template with `staging: {approval: owners}` on main, and the pull request's author among
 * churn-gbm's owners (@acme-ml/growth-ds, @priya-r, @dana); the pull request puts 2.0.0 in staging.
 */
function promotionPullRequest(number: number): PullRequestRepo {
  const registryYaml = `${readTemplate('registry.yaml')}\npromotion:\n  staging:\n    approval: owners\n`;
  const modelYaml = readTemplate('models/churn-gbm/model.yaml').replace('  - "@priya-r"\n', `  - "@priya-r"\n  - "@${AUTHOR}"\n`);
  expect(modelYaml).toContain(`"@${AUTHOR}"`);
  const pr = registryPullRequest(
    TEMPLATE,
    { 'models/churn-gbm/stages.yaml': 'production: 2.0.0\nstaging: 2.0.0\n' },
    { baseChanges: { 'registry.yaml': registryYaml, 'models/churn-gbm/model.yaml': modelYaml }, headRef: `promote-${number}` },
  );
  cleanups.push(() => pr.repo.cleanup());
  gh.addPullRequest(REPO, { number, head: pr.headRef, base: 'main', user: { login: AUTHOR, id: 501, type: 'User' } });
  return pr;
}

function readTemplate(path: string): string {
  return readFileSync(join(TEMPLATE, path), 'utf8');
}

async function run(pr: PullRequestRepo, number: number, event: 'pull_request' | 'pull_request_review'): Promise<ActionRun> {
  const sha = pr.repo.checkoutMerge(pr.baseSha, pr.headSha);
  const payload = pullRequestEvent({
    repository: REPO,
    number,
    action: 'opened',
    author: AUTHOR,
    base: { ref: 'main', sha: pr.baseSha },
    head: { ref: pr.headRef, sha: pr.headSha },
    apiUrl: gh.url,
  });
  const result = await runAction({
    workspace: pr.repo.dir,
    repository: REPO,
    apiUrl: gh.url,
    sha,
    eventName: event,
    payload: event === 'pull_request' ? payload : { ...payload, action: 'submitted', review: { id: 1, state: 'approved', user: { login: 'priya-r' } } },
  });
  cleanups.push(() => result.dispose());
  return result;
}

const approvalErrors = (r: ActionRun) => r.annotations('error').filter((a) => a.properties.title === 'promotion-approval');

describe('approval: owners on a pull request', () => {
  it("fails without an owner's approval (the author's own does not count, though they are an owner), and passes on the review event once another owner approves", async () => {
    const number = 41;
    const pr = promotionPullRequest(number);
    gh.addReview(REPO, number, { login: AUTHOR, state: 'APPROVED', submittedAt: '2026-05-01T10:00:00Z' });
    gh.addReview(REPO, number, { login: 'priya-r', state: 'CHANGES_REQUESTED', submittedAt: '2026-05-01T11:00:00Z' });

    const before = await run(pr, number, 'pull_request');
    expect(before.exitCode, before.stdout).toBe(1);
    expect(approvalErrors(before)).toHaveLength(1);
    expect(approvalErrors(before)[0].properties.file).toBe('models/churn-gbm/stages.yaml');
    expect(before.summary).toContain('#### churn-gbm: staging _nothing_ → 2.0.0 (promotion)');
    expect(before.summary).toMatch(/\| approved by an owner \| no approving review \| ❌ fail \|/);

    // The owner approves: GitHub starts the workflow again with a pull_request_review event.
    gh.addReview(REPO, number, { login: 'priya-r', state: 'APPROVED', submittedAt: '2026-05-01T12:00:00Z' });
    const after = await run(pr, number, 'pull_request_review');
    expect(after.exitCode, after.stdout).toBe(0);
    expect(approvalErrors(after)).toEqual([]);
    expect(after.outputs.ok).toBe('true');
    expect(after.summary).toMatch(/\| approved by an owner \| approved by @\u200Bpriya-r \| ✅ pass \|/);
    // The review comment on the pull request says so too.
    const comment = gh.comments(REPO, number).at(-1)!;
    expect(comment.body).toMatch(/\| approved by an owner \| approved by @\u200Bpriya-r \| ✅ pass \|/);
  });

  it("a team owner's approval is pending with the workflow token, which cannot read teams: CODEOWNERS and branch protection decide", async () => {
    const number = 42;
    const pr = promotionPullRequest(number);
    gh.addTeamMember('acme-ml/growth-ds', 'sam');
    gh.addReview(REPO, number, { login: 'sam', state: 'APPROVED', submittedAt: '2026-05-02T10:00:00Z' });
    const result = await run(pr, number, 'pull_request_review');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.summary).toMatch(/\| approved by an owner \| [^|]*needs organization members: read[^|]* \| ⏳ pending \|/);
    expect(result.summary).toContain('CODEOWNERS and branch protection');
  });

  it('a token that may read the team makes its member an owner: the promotion passes', async () => {
    const number = 43;
    const pr = promotionPullRequest(number);
    gh.addTeamMember('acme-ml/growth-ds', 'sam');
    gh.setTeamAccess('github-actions[bot]', 'read');
    try {
      gh.addReview(REPO, number, { login: 'sam', state: 'APPROVED', submittedAt: '2026-05-02T10:00:00Z' });
      const result = await run(pr, number, 'pull_request_review');
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.summary).toMatch(/\| approved by an owner \| approved by @\u200Bsam &#40;@\u200Bacme-ml\/growth-ds&#41; \| ✅ pass \|/);
    } finally {
      gh.setTeamAccess('github-actions[bot]', 403);
    }
  });
});
