/**
 * The Action's other commands as the runner runs them: `comment` (a fork's
 * review posted from a trusted workflow_run) and `release` (after a merge).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from './support/action-runner.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github/index.js';

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
  const evil = '<img src=x onerror=alert(1)> [click](https://evil.example) @octocat #1 ![i](https://evil.example/i.png)';
  const report = (pullRequest: number) => ({
    ok: 'yes<script>',
    errors: 9,
    warnings: 0,
    models: '<b>3</b>',
    versions: 7,
    pullRequest,
    productionStage: evil,
    problems: [{ file: `models/${evil}`, line: '1<br>', column: 2, severity: 'error', rule: 'schema', message: evil }],
    changed: [{ model: evil, version: '1.0.0', kind: 'added', newModel: true, summary: evil, metrics: [{ name: evil, value: '0.9<svg onload=alert(1)>', against: {} }] }],
    stages: [{ model: evil, stage: 'production', to: evil }],
    lineage: [{ model: evil, graph: { nodes: [{ id: 'a', label: 'x"]\n```\n<img src=x>', kind: 'focus' }], edges: [] } }],
  });

  it("posts a fork's report with every field re-typed and escaped", async () => {
    gh.addRepo(REPO, { defaultBranch: 'main' });
    const headSha = 'c'.repeat(40);
    gh.addPullRequest(REPO, { number: 7, head: 'feature', base: 'main', headRepoFullName: 'mallory/registry', headSha });
    const file = join(work, 'report.json');
    writeFileSync(file, JSON.stringify(report(7)));
    const run = await runAction({
      workspace: work,
      repository: REPO,
      apiUrl: gh.url,
      eventName: 'workflow_run',
      payload: { workflow_run: { head_sha: headSha, event: 'pull_request' }, repository: { full_name: REPO } },
      inputs: { command: 'comment', report: file },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const comments = gh.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    const tokens = new MarkdownIt({ linkify: true }).parse(comments[0].body, {});
    const inline = tokens.flatMap((t) => t.children ?? []);
    expect(inline.filter((t) => t.type === 'link_open' || t.type === 'image' || t.type === 'html_inline')).toEqual([]);
    expect(tokens.filter((t) => t.type === 'html_block').map((t) => t.content.trim()).every((c) => /^<(\/)?(details|summary)|^<!--/.test(c) || c === '')).toBe(true);
    // Outside code (where GitHub makes no mentions), no mention survives.
    expect(inline.filter((t) => t.type === 'text' && t.content.includes('@octocat'))).toEqual([]);
    expect(comments[0].body).toContain('❌ Model registry: 1 error');
    gh.assertNoViolations();
    run.dispose();
  });

  it('refuses a report whose pull request is not the one the run was for', async () => {
    gh.addRepo(REPO, { defaultBranch: 'main' });
    gh.addPullRequest(REPO, { number: 7, head: 'feature', base: 'main', headRepoFullName: 'mallory/registry', headSha: 'c'.repeat(40) });
    const file = join(work, 'report.json');
    writeFileSync(file, JSON.stringify(report(7)));
    const run = await runAction({
      workspace: work,
      repository: REPO,
      apiUrl: gh.url,
      eventName: 'workflow_run',
      payload: { workflow_run: { head_sha: 'b'.repeat(40), event: 'pull_request' } },
      inputs: { command: 'comment', report: file },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/not the head .* of the run that produced it: not posting/);
    expect(gh.comments(REPO, 7)).toHaveLength(0);
    run.dispose();
  });
});

describe('command: release', () => {
  it('releases every version from the runner, with outputs; a dry run writes nothing', async () => {
    const dir = join(work, 'repo');
    cpSync(join(import.meta.dirname, '..', 'registry-template'), dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'registry');
    const sha = git('rev-parse', 'HEAD');
    gh.addRepo(REPO, { defaultBranch: 'main' });
    gh.addCommits(REPO, [sha], { branch: 'main' });
    const env = { MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '10' };

    const dry = await runAction({ workspace: dir, repository: REPO, apiUrl: gh.url, eventName: 'push', payload: {}, sha, env, inputs: { command: 'release', 'dry-run': true } });
    expect(dry.exitCode, dry.stdout).toBe(0);
    expect(dry.outputs.released).toBe('[]');
    expect(gh.releases(REPO)).toHaveLength(0);
    dry.dispose();

    const run = await runAction({ workspace: dir, repository: REPO, apiUrl: gh.url, eventName: 'push', payload: {}, sha, env, inputs: { command: 'release' }, timeoutMs: 120_000 });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs.released)).toHaveLength(11);
    expect(JSON.parse(run.outputs.releases)[0]).toMatch(/^https:\/\/github\.com\/acme\/registry\/releases\/tag\//);
    expect(run.summary).toContain('churn-gbm@2.0.0');
    expect(gh.releases(REPO).filter((r) => !r.draft)).toHaveLength(11);
    gh.assertNoViolations();
    run.dispose();
  }, 180_000);
});
