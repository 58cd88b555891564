/**
 * The Action's other commands as the runner runs them: `comment` (a fork's
 * pull request reviewed and posted from a trusted workflow_run) and `release`
 * (after a merge).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestEvent, runAction } from '../support/action-runner.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const REPO = 'acme/registry';
let gh: FakeGitHub;
let work: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  work = mkdtempSync(join(tmpdir(), 'action-more-'));
});
afterEach(async () => {
  await gh.close();
  rmSync(work, { recursive: true, force: true });
});

describe('command: comment', () => {
  const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
  const FORK = 'mallory/registry';
  const card200 = readFileSync(join(TEMPLATE, 'models/churn-gbm/versions/2.0.0/card.yaml'), 'utf8');
  const thresholds = readFileSync(join(TEMPLATE, 'models/churn-gbm/versions/2.0.0/thresholds.json'), 'utf8');
  /**
   * A fork's pull request: churn-gbm 2.1.0 with roc_auc 0.8801 (production 2.0.0 has 0.8712), whose
   * committed thresholds.json no longer matches the card's sha256 (same size), and an edit of the
   * released 1.0.0's metrics.
   */
  const invalidChange = (summary = 'Retrained on December data.'): Record<string, string> => ({
    'models/churn-gbm/versions/2.1.0/card.yaml': card200
      .replace('version: 2.0.0', 'version: 2.1.0')
      .replace(/summary: >-\n(?: {2}.*\n)+/, `summary: ${JSON.stringify(summary)}\n`),
    'models/churn-gbm/versions/2.1.0/metrics.yaml': 'roc_auc: 0.8801\npr_auc: 0.5874\n',
    'models/churn-gbm/versions/2.1.0/thresholds.json': thresholds.replace('"decision_threshold": 0.37', '"decision_threshold": 0.38'),
    'models/churn-gbm/versions/1.0.0/metrics.json': '{"roc_auc": 0.95}\n',
  });

  /**
   * The registry template on `main` and the change on `feature`, in a local repository; the "GitHub"
   * git server is a folder of bare repositories (GITHUB_SERVER_URL=file://…) holding main and the
   * pull request's refs/pull/7/head, as GitHub does for a fork's pull request.
   */
  function forkPullRequest(files: Record<string, string>, root = '.') {
    const dir = join(work, 'checkout');
    cpSync(TEMPLATE, join(dir, root), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'registry');
    const baseSha = git('rev-parse', 'HEAD');
    git('checkout', '-qb', 'feature');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, root, path)), { recursive: true });
      writeFileSync(join(dir, root, path), text);
    }
    git('add', '-A');
    git('commit', '-qm', 'churn-gbm 2.1.0');
    const headSha = git('rev-parse', 'HEAD');
    const server = join(work, 'server');
    const origin = join(server, REPO + '.git');
    execFileSync('git', ['init', '-q', '--bare', origin]);
    git('push', '-q', origin, 'main:refs/heads/main', 'feature:refs/pull/7/head');
    gh.addRepo(REPO, { defaultBranch: 'main' });
    return { dir, git, origin, baseSha, headSha, serverUrl: `file://${server}` };
  }

  const workflowRunEvent = (headSha: string) => ({
    action: 'completed',
    workflow_run: { id: 42, event: 'pull_request', head_sha: headSha, head_branch: 'feature', head_repository: { full_name: FORK }, pull_requests: [] },
    repository: { full_name: REPO },
  });

  async function runComment(serverUrl: string, headSha: string, inputs: Record<string, string> = {}) {
    const empty = mkdtempSync(join(work, 'trusted-'));
    return runAction({
      workspace: empty,
      repository: REPO,
      apiUrl: gh.url,
      serverUrl,
      eventName: 'workflow_run',
      payload: workflowRunEvent(headSha),
      runId: 1234,
      inputs: { command: 'comment', ...inputs },
    });
  }

  it("posts the review it computes from the pull request's files, never the verdict or figures of the fork's report", async () => {
    const pr = forkPullRequest(invalidChange());
    gh.addPullRequest(REPO, { number: 7, head: 'feature', base: 'main', headRepoFullName: FORK, headSha: pr.headSha });
    // What the fork's own run (its workflow file is the fork's) uploads: "valid", with invented deltas.
    const forged = join(work, 'report.json');
    writeFileSync(
      forged,
      JSON.stringify({
        ok: true,
        errors: 0,
        warnings: 0,
        models: 4,
        versions: 13,
        pullRequest: 7,
        productionStage: 'production',
        problems: [],
        stages: [],
        lineage: [],
        changed: [
          {
            model: 'churn-gbm',
            version: '2.1.0',
            kind: 'added',
            newModel: false,
            production: '2.0.0',
            previous: '2.0.0',
            summary: 'Forged summary',
            metrics: [
              {
                name: 'roc_auc',
                value: 0.9912,
                direction: 'higher',
                against: { production: { version: '2.0.0', value: 0.8712, delta: 0.1234, verdict: 'better' } },
              },
            ],
          },
        ],
      }),
    );
    const run = await runComment(pr.serverUrl, pr.headSha, { report: forged });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const comments = gh.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body).toContain('❌ Model registry: 2 errors');
    expect(body).toMatch(/models\/churn-gbm\/versions\/2\.1\.0\/card\.yaml:\d+:\d+`? \| `artifact-checksum`/);
    expect(body).toMatch(/models\/churn-gbm\/versions\/1\.0\.0\/metrics\.json:1:1`? \| `immutable-version`/);
    expect(body).toContain('0.8801');
    expect(body).toContain('+0.0089');
    for (const forgedText of ['0.9912', '+0.1234', 'Forged summary', '✅']) expect(body).not.toContain(forgedText);
    expect(run.outputs.ok).toBe('false');
    expect(run.summary).toContain('❌ Model registry: 2 errors');
    gh.assertNoViolations();
    run.dispose();
  }, 60_000);

  it('posts exactly the review that `validate` computes for the same change (registry in a subfolder)', async () => {
    // Also a Git LFS pointer in place of a large artifact, checked by the object it names.
    const oid = 'ab'.repeat(32);
    const change = invalidChange();
    change['models/churn-gbm/versions/2.1.0/card.yaml'] += `  - name: model.onnx\n    path: model.onnx\n    sha256: "${oid}"\n    size: 734003200\n`;
    change['models/churn-gbm/versions/2.1.0/model.onnx'] = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 734003200\n`;
    const pr = forkPullRequest(change, 'registry');
    gh.addPullRequest(REPO, { number: 7, head: 'feature', base: 'main', headRepoFullName: FORK, headSha: pr.headSha });
    gh.addPullRequest(REPO, { number: 8, head: 'feature', base: 'main' });
    // The same change reviewed where it is checked out, as a same-repository pull request (#8).
    const validate = await runAction({
      workspace: pr.dir,
      repository: REPO,
      apiUrl: gh.url,
      serverUrl: pr.serverUrl,
      runId: 1234,
      payload: pullRequestEvent({ repository: REPO, number: 8, base: { ref: 'main', sha: pr.baseSha }, head: { ref: 'feature', sha: pr.headSha } }),
      inputs: { command: 'validate', root: 'registry' },
    });
    expect(validate.exitCode, validate.stdout).toBe(1);
    const comment = await runComment(pr.serverUrl, pr.headSha, { root: 'registry' });
    expect(comment.exitCode, comment.stdout + comment.stderr).toBe(0);
    const [fromValidate] = gh.comments(REPO, 8);
    const [fromComment] = gh.comments(REPO, 7);
    expect(fromValidate.body).toContain('❌ Model registry: 2 errors\n');
    expect(fromValidate.body).not.toContain('model.onnx');
    expect(fromComment.body).toBe(fromValidate.body);
    expect(comment.summary).toBe(validate.summary);
    gh.assertNoViolations();
    validate.dispose();
    comment.dispose();
  }, 60_000);

  it("reads the fork pull request's reviews from GitHub: an owner's approval passes `approval: owners` in the review it posts", async () => {
    const registryYaml = `${readFileSync(join(TEMPLATE, 'registry.yaml'), 'utf8')}\npromotion:\n  staging:\n    approval: owners\n`;
    const pr = forkPullRequest({ 'registry.yaml': registryYaml, 'models/churn-gbm/stages.yaml': 'production: 2.0.0\nstaging: 2.0.0\n' });
    gh.addPullRequest(REPO, {
      number: 7,
      head: 'feature',
      base: 'main',
      headRepoFullName: FORK,
      headSha: pr.headSha,
      user: { login: 'mallory', id: 31, type: 'User' },
    });
    gh.addReview(REPO, 7, { login: 'mallory', state: 'APPROVED', submittedAt: '2026-05-01T10:00:00Z' });
    const first = await runComment(pr.serverUrl, pr.headSha);
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(gh.comments(REPO, 7)[0].body).toMatch(/\| approved by an owner \| no approving review \| ❌ fail \|/);
    first.dispose();
    // An owner of churn-gbm approves; the review workflow's completion runs this one again.
    gh.addReview(REPO, 7, { login: 'priya-r', state: 'APPROVED', submittedAt: '2026-05-01T12:00:00Z' });
    const second = await runComment(pr.serverUrl, pr.headSha);
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    const comments = gh.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/\| approved by an owner \| approved by @\u200Bpriya-r \| ✅ pass \|/);
    second.dispose();
    gh.assertNoViolations();
  }, 60_000);

  it('reviews what the pull request changes when the base branch has moved on since it branched', async () => {
    const pr = forkPullRequest(invalidChange());
    gh.addPullRequest(REPO, { number: 7, head: 'feature', base: 'main', headRepoFullName: FORK, headSha: pr.headSha });
    // main gets a new model after the fork branched; the pull request does not have it.
    pr.git('checkout', '-q', 'main');
    cpSync(join(TEMPLATE, 'models/ticket-embedder'), join(pr.dir, 'models/ticket-embedder-v2'), { recursive: true });
    pr.git('add', '-A');
    pr.git('commit', '-qm', 'ticket-embedder-v2');
    pr.git('push', '-q', pr.origin, 'main:refs/heads/main');
    const run = await runComment(pr.serverUrl, pr.headSha);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const body = gh.comments(REPO, 7)[0].body;
    expect(body).toContain('❌ Model registry: 2 errors');
    expect(body).not.toContain('ticket-embedder-v2');
    run.dispose();
  }, 60_000);

  it('posts nothing when the pull request has moved on since the run it follows', async () => {
    const pr = forkPullRequest(invalidChange());
    // GitHub already shows a newer head than the one the run reviewed.
    gh.addPullRequest(REPO, { number: 7, head: 'feature', base: 'main', headRepoFullName: FORK, headSha: 'e'.repeat(40) });
    const run = await runComment(pr.serverUrl, pr.headSha);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(
      run
        .commandsOf('notice')
        .map((c) => c.message)
        .join('\n'),
    ).toMatch(/Not posting a review: pull request #7 has moved on to e{40} since the run reviewed [0-9a-f]{40}/);
    expect(gh.comments(REPO, 7)).toHaveLength(0);
    run.dispose();

    // The API still says the run's head, but a push has moved refs/pull/7/head meanwhile.
    gh.pulls(REPO)[0].headShaFixed = pr.headSha;
    writeFileSync(join(pr.dir, 'models/churn-gbm/versions/2.1.0/metrics.yaml'), 'roc_auc: 0.9\n');
    pr.git('commit', '-qam', 'newer');
    pr.git('push', '-q', '--force', pr.origin, 'feature:refs/pull/7/head');
    const raced = await runComment(pr.serverUrl, pr.headSha);
    expect(raced.exitCode, raced.stdout + raced.stderr).toBe(0);
    expect(
      raced
        .commandsOf('notice')
        .map((c) => c.message)
        .join('\n'),
    ).toMatch(/Not posting a review: pull request #7 has moved on to [0-9a-f]{40} since/);
    expect(gh.comments(REPO, 7)).toHaveLength(0);
    gh.assertNoViolations();
    raced.dispose();
  }, 60_000);

  it("ignores a report's pull request number that is not the run's pull request", async () => {
    const pr = forkPullRequest(invalidChange());
    gh.addPullRequest(REPO, { number: 7, head: 'feature', base: 'main', headRepoFullName: FORK, headSha: pr.headSha });
    gh.addPullRequest(REPO, { number: 9, head: 'other', base: 'main' });
    const forged = join(work, 'report.json');
    writeFileSync(forged, JSON.stringify({ pullRequest: 9, problems: [], changed: [] }));
    const run = await runComment(pr.serverUrl, pr.headSha, { report: forged });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(gh.comments(REPO, 9)).toHaveLength(0);
    expect(gh.comments(REPO, 7)).toHaveLength(1);
    run.dispose();
  }, 60_000);

  it("escapes the fork's card text in the posted review", async () => {
    const evil = '<img src=x onerror=alert(1)> [click](https://evil.example) @octocat #1 ![i](https://evil.example/i.png)';
    const pr = forkPullRequest(invalidChange(evil));
    gh.addPullRequest(REPO, { number: 7, head: 'feature', base: 'main', headRepoFullName: FORK, headSha: pr.headSha });
    const run = await runComment(pr.serverUrl, pr.headSha);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const comments = gh.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('onerror');
    const tokens = new MarkdownIt({ linkify: true }).parse(comments[0].body, {});
    const inline = tokens.flatMap((t) => t.children ?? []);
    expect(inline.filter((t) => t.type === 'link_open' || t.type === 'image' || t.type === 'html_inline')).toEqual([]);
    expect(
      tokens
        .filter((t) => t.type === 'html_block')
        .map((t) => t.content.trim())
        .every((c) => /^<(\/)?(details|summary)|^<!--/.test(c) || c === ''),
    ).toBe(true);
    expect(inline.filter((t) => t.type === 'text' && t.content.includes('@octocat'))).toEqual([]);
    gh.assertNoViolations();
    run.dispose();
  }, 60_000);
});

describe('command: release', () => {
  it('releases every version from the runner, with outputs; a dry run writes nothing', async () => {
    const dir = join(work, 'repo');
    cpSync(join(import.meta.dirname, '..', '..', 'registry-template'), dir, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'registry');
    const sha = git('rev-parse', 'HEAD');
    gh.addRepo(REPO, { defaultBranch: 'main' });
    gh.addCommits(REPO, [sha], { branch: 'main' });
    const env = { MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '10' };

    const dry = await runAction({
      workspace: dir,
      repository: REPO,
      apiUrl: gh.url,
      eventName: 'push',
      payload: {},
      sha,
      env,
      inputs: { command: 'release', 'dry-run': true },
    });
    expect(dry.exitCode, dry.stdout).toBe(0);
    expect(dry.outputs.released).toBe('[]');
    expect(gh.releases(REPO)).toHaveLength(0);
    dry.dispose();

    const run = await runAction({
      workspace: dir,
      repository: REPO,
      apiUrl: gh.url,
      eventName: 'push',
      payload: {},
      sha,
      env,
      inputs: { command: 'release' },
      timeoutMs: 120_000,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs.released)).toHaveLength(11);
    expect(JSON.parse(run.outputs.releases)[0]).toMatch(/^https:\/\/github\.com\/acme\/registry\/releases\/tag\//);
    expect(run.summary).toContain('churn-gbm@2.0.0');
    expect(gh.releases(REPO).filter((r) => !r.draft)).toHaveLength(11);
    gh.assertNoViolations();
    run.dispose();
  }, 180_000);

  it('release with GitHub still failing after the retries: a failed step saying what GitHub answered and what to do next', async () => {
    const dir = join(work, 'repo');
    cpSync(join(import.meta.dirname, '..', '..', 'registry-template'), dir, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'registry');
    const sha = git('rev-parse', 'HEAD');
    gh.addRepo(REPO, { defaultBranch: 'main' });
    gh.addCommits(REPO, [sha], { branch: 'main' });
    gh.failNext({ method: 'GET', pathPattern: /\/releases$/, status: 502, times: 1000 });
    const env = { MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '10' };
    for (const [dryRun, next] of [
      [false, 'Nothing half-done was published: re-run the job to resume.'],
      [true, 'Nothing was written (a dry run): re-run the job later.'],
    ] as const) {
      const run = await runAction({
        workspace: dir,
        repository: REPO,
        apiUrl: gh.url,
        eventName: 'push',
        payload: {},
        sha,
        env,
        inputs: { command: 'release', 'dry-run': dryRun },
      });
      try {
        expect(run.exitCode).toBe(1);
        expect(run.commandsOf('error').map((e) => e.message)).toEqual([
          `GitHub answered HTTP 502 to GET ${gh.url}/repos/${REPO}/releases?per_page=100 (Server Error - https://docs.github.com/rest) after retrying. ${next}`,
        ]);
      } finally {
        run.dispose();
      }
    }
    expect(gh.releases(REPO)).toHaveLength(0);
  }, 120_000);
});
