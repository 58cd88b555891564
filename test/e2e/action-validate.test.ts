/**
 * The Action end to end: the committed dist/index.js runs in a child process
 * exactly as the runner runs it (INPUT_* variables, a pull_request payload,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files), in a real git repository with a
 * base and a head commit, against the fake GitHub (every request checked
 * against GitHub's OpenAPI description).
 *
 * Tests the committed bundle as it is: after changing src/, run
 * `node scripts/build.mjs` before these tests.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_ENTRY, PROJECT_ROOT, describeRun, pullRequestEvent, runAction, type ActionRun, type ActionRunOptions } from '../support/action-runner.js';
import { registryPullRequest, type GitRepo, type PullRequestRepo } from '../support/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const TEMPLATE = join(PROJECT_ROOT, 'registry-template');
const REPO = 'acme/models';
const MODEL = 'ticket-embedder';

let gh: FakeGitHub;
let nextPr = 1;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  expect(existsSync(ACTION_ENTRY), 'dist/index.js is missing: run `node scripts/build.mjs`').toBe(true);
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  gh.addRepo('forker/models', { defaultBranch: 'main' });
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
    gh.clearFaults();
  }
});

// ---------------------------------------------------------------------------
// fixtures

function templateVersionCount(): number {
  let n = 0;
  for (const model of readdirSync(join(TEMPLATE, 'models'))) n += readdirSync(join(TEMPLATE, 'models', model, 'versions')).length;
  return n;
}

/** A valid version card for ticket-embedder (parent 1.1.0). `created` is on line 3, its value at column 10. */
function embedderCard(version: string, options: { created?: string; summary?: string } = {}): string {
  return [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/card.schema.json',
    `version: ${version}`,
    `created: ${options.created ?? '"2026-05-02T08:00:00Z"'}`,
    `summary: ${JSON.stringify(options.summary ?? `Hard negatives re-mined by 1.1.0 and pairs up to 2026-04 (${version}).`)}`,
    'lineage:',
    '  parents:',
    `    - model: ${MODEL}`,
    '      version: 1.1.0',
    '      relation: fine-tune',
    '  datasets:',
    '    - name: ticket-pairs',
    '      version: "2026-04"',
    '      uri: s3://acme-ml-data/ticket-pairs/2026-04/train.parquet',
    `      sha256: "${'ab'.repeat(32)}"`,
    '      role: train',
    '  code:',
    '    repo: acme-ml/support-nlp',
    `    commit: "${'c0ffee12'.repeat(5)}"`,
    '    path: training/ticket_embedder/train.py',
    'artifacts:',
    '  - name: model.safetensors',
    `    uri: s3://acme-models/${MODEL}/${version}/model.safetensors`,
    `    sha256: "${'cd'.repeat(32)}"`,
    '    size: 90864192',
    '',
  ].join('\n');
}

/**
 * Metrics of the new version. Against production 1.0.0 (recall 0.842, mrr 0.611,
 * ndcg 0.668, latency 6.8 ms, size 91.3 MB) and previous 1.1.0 (0.871, 0.648,
 * 0.702, 6.9 ms, 91.3 MB).
 */
function embedderMetrics(recall = 0.889): string {
  return [
    'recall_at_10:',
    `  value: ${recall}`,
    '  dataset: ticket-retrieval-eval',
    '  split: test',
    '  ci: [0.879, 0.898]',
    '  n: 3950',
    'mrr_at_10: 0.64',
    'ndcg_at_10: 0.702',
    'latency_p95_ms: 6.5',
    'model_size_mb: 95',
    '',
  ].join('\n');
}

/** The valid pull request: ticket-embedder 1.2.0, and staging moves from 1.1.0 to 1.2.0. */
function validChanges(version = '1.2.0', recall = 0.889): Record<string, string> {
  return {
    [`models/${MODEL}/versions/${version}/card.yaml`]: embedderCard(version),
    [`models/${MODEL}/versions/${version}/metrics.yaml`]: embedderMetrics(recall),
    [`models/${MODEL}/stages.yaml`]: `production: 1.0.0\nstaging: ${version}\n`,
  };
}

interface Pr extends PullRequestRepo {
  number: number;
}

function makePr(
  changes: Parameters<typeof registryPullRequest>[1],
  options: { subdir?: string; headRef?: string; fork?: string; baseChanges?: Record<string, string> } = {},
): Pr {
  const pr = registryPullRequest(TEMPLATE, changes, { subdir: options.subdir, baseChanges: options.baseChanges, headRef: options.headRef ?? `pr-${nextPr}` });
  cleanups.push(() => pr.repo.cleanup());
  const number = nextPr++;
  if (options.fork) gh.addPullRequest(REPO, { number, head: pr.headRef, base: 'main', headRepoFullName: options.fork, headSha: pr.headSha });
  else gh.addPullRequest(REPO, { number, head: pr.headRef, base: 'main' });
  return { ...pr, number };
}

/** Runs the Action on the pull request's merge commit, as a pull_request workflow does. */
async function runOnPr(
  pr: { repo: GitRepo; number: number; baseSha: string; headSha: string; headRef: string },
  options: { inputs?: ActionRunOptions['inputs']; action?: 'opened' | 'synchronize'; before?: string; fork?: string; checkout?: boolean } = {},
): Promise<ActionRun> {
  const sha = options.checkout === false ? pr.repo.sha() : pr.repo.checkoutMerge(pr.baseSha, pr.headSha);
  const run = await runAction({
    workspace: pr.repo.dir,
    repository: REPO,
    apiUrl: gh.url,
    sha,
    inputs: options.inputs,
    payload: pullRequestEvent({
      repository: REPO,
      number: pr.number,
      action: options.action ?? 'opened',
      before: options.before,
      base: { ref: 'main', sha: pr.baseSha },
      head: { ref: pr.headRef, sha: pr.headSha, repo: options.fork },
      apiUrl: gh.url,
    }),
  });
  cleanups.push(() => run.dispose());
  return run;
}

function marker(root = '.'): string {
  return `<!-- model-registry:review root=${root} -->`;
}

function commentRequests(number: number) {
  const path = `/repos/${REPO}/issues/${number}/comments`;
  return {
    created: gh.requests.filter((r) => r.method === 'POST' && r.path === path),
    listed: gh.requests.filter((r) => r.method === 'GET' && r.path === path),
  };
}

function commentWrites(): { method: string; path: string }[] {
  return gh.requests.filter((r) => r.method !== 'GET' && /\/issues\/(\d+\/)?comments/.test(r.path));
}

/** The report the Action wrote (its `report` output). */
function reportOf(run: ActionRun): {
  ok: boolean;
  problems: { file: string; line: number; column: number; severity: string; rule: string; message: string }[];
  pullRequest?: number;
} {
  return JSON.parse(readFileSync(run.outputs.report, 'utf8'));
}

// ---------------------------------------------------------------------------

describe('command: validate on a pull request', () => {
  it('never validates a pull request without its base: an event without base.sha fails, saying so, instead of passing unchecked', async () => {
    const pr = makePr(validChanges());
    const run = await runOnPr({ ...pr, baseSha: '' }, { checkout: false });
    expect(run.exitCode, describeRun(run)).not.toBe(0);
    expect(run.outputs.ok).toBeUndefined();
    expect(run.annotations('error', false).map((e) => e.message)).toEqual([expect.stringContaining('names no base commit (pull_request.base.sha)')]);
    expect(commentWrites()).toEqual([]);
  });

  it('(a) a valid new version with a stage change: outputs, summary with deltas, stage changes and lineage, and a comment', async () => {
    const pr = makePr(validChanges());
    const run = await runOnPr(pr);

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.outputs.ok).toBe('true');
    expect(run.outputs.problems).toBe('0');
    expect(JSON.parse(run.outputs.changed)).toEqual([`${MODEL}@1.2.0`]);
    expect(run.outputs.report).toBe(join(run.runnerTemp, 'model-registry', 'report.json'));
    const report = reportOf(run);
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.pullRequest).toBe(pr.number);
    expect(run.annotations('error', false)).toEqual([]);
    expect(run.annotations('warning', false)).toEqual([]);

    const summary = run.summary;
    const versions = templateVersionCount() + 1;
    expect(summary).toContain('## ✅ Model registry: valid');
    expect(summary).toContain(`4 models, ${versions} versions in the registry · 1 version added · 1 stage change`);
    // metrics against production 1.0.0 and previous 1.1.0, signed, with arrows and colours by direction
    expect(summary).toContain(`### ${MODEL} 1.2.0 (new version)`);
    expect(summary).toContain('| Metric | 1.2.0 | vs production 1.0.0 | vs previous 1.1.0 |');
    expect(summary).toContain('| recall&#95;at&#95;10 ↑ | 0.889 (0.879–0.898) | 🟢 ▲ +0.047 | ⚪ ▲ +0.018 _within noise_ |');
    expect(summary).toContain('| mrr&#95;at&#95;10 ↑ | 0.64 | 🟢 ▲ +0.029 | 🔴 ▼ -0.008 |');
    expect(summary).toContain('| ndcg&#95;at&#95;10 ↑ | 0.702 | 🟢 ▲ +0.034 | ⚪ ±0 |');
    expect(summary).toContain('| latency&#95;p95&#95;ms ↓ | 6.5 ms | 🟢 ▼ -0.3 | 🟢 ▼ -0.4 |');
    expect(summary).toContain('| model&#95;size&#95;mb ↓ | 95 MB | 🔴 ▲ +3.7 | 🔴 ▲ +3.7 |');
    // stage changes: what will run where after the merge
    expect(summary).toContain('### Stage changes');
    expect(summary).toContain('| Model | Stage | Now | After merge |');
    expect(summary).toContain(`| ${MODEL} | staging | 1.1.0 | **1.2.0** |`);
    // lineage as Mermaid
    const mermaid = /```mermaid\n([\s\S]*?)\n```/.exec(summary);
    expect(mermaid, summary).not.toBeNull();
    expect(mermaid![1]).toMatch(/^flowchart LR\n/);
    expect(mermaid![1]).toContain(`[["${MODEL} 1.2.0"]]`);
    expect(mermaid![1]).toContain(`["${MODEL} 1.1.0"]`);
    expect(mermaid![1]).toContain('[("ticket-pairs 2026-04")]');
    expect(mermaid![1]).toContain('{{"acme-ml/support-nlp c0ffee1"}}');

    // the comment: one, marked, with the same review
    const comments = gh.comments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(`${marker()}\n`)).toBe(true);
    expect(comments[0].body).toContain('## ✅ Model registry: valid');
    expect(comments[0].body).toContain('| recall&#95;at&#95;10 ↑ | 0.889 (0.879–0.898) | 🟢 ▲ +0.047 | ⚪ ▲ +0.018 _within noise_ |');
    expect(comments[0].body).toContain('```mermaid');
    expect(comments[0].body).toContain(`https://github.com/${REPO}/actions/runs/${run.env.GITHUB_RUN_ID}`);
    expect(run.outputs['comment-url']).toBe(`https://github.com/${REPO}/pull/${pr.number}#issuecomment-${comments[0].id}`);
    expect(commentRequests(pr.number).created).toHaveLength(1);
  });

  it('(b) a second run after a new push edits the one comment in place', async () => {
    const pr = makePr(validChanges());
    const first = await runOnPr(pr);
    expect(first.exitCode, describeRun(first)).toBe(0);
    const [comment] = gh.comments(REPO, pr.number);
    expect(comment).toBeDefined();
    const firstBody = comment.body;

    // a new head commit on the pull request branch: recall improves again
    pr.repo.checkout(pr.headRef);
    pr.repo.write(`models/${MODEL}/versions/1.2.0/metrics.yaml`, embedderMetrics(0.893));
    const before = pr.headSha;
    const headSha = pr.repo.commit('Re-evaluate 1.2.0');
    const second = await runOnPr({ ...pr, headSha }, { action: 'synchronize', before });
    expect(second.exitCode, describeRun(second)).toBe(0);

    const comments = gh.comments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].id).toBe(comment.id);
    expect(comments[0].body).not.toBe(firstBody);
    expect(comments[0].body.startsWith(`${marker()}\n`)).toBe(true);
    expect(comments[0].body).toContain('| recall&#95;at&#95;10 ↑ | 0.893 (0.879–0.898) | 🟢 ▲ +0.051 | ⚪ ▲ +0.022 _within noise_ |');
    expect(comments[0].body).not.toContain('0.889');
    expect(commentRequests(pr.number).created).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH' && r.path === `/repos/${REPO}/issues/comments/${comment.id}`)).toHaveLength(1);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  it('(c) an invalid pull request with the registry in a subfolder: repository-relative annotations, exit 1', async () => {
    const pr = makePr(
      (repo) => {
        // a schema error in a new version…
        repo.write(`models/${MODEL}/versions/1.2.0/card.yaml`, embedderCard('1.2.0', { created: 'yesterday' }));
        repo.write(`models/${MODEL}/versions/1.2.0/metrics.yaml`, embedderMetrics());
        // …and a released version modified
        repo.edit('models/churn-gbm/versions/1.0.0/metrics.json', (text) => text.replace('"roc_auc": 0.8437015588143268', '"roc_auc": 0.85'));
      },
      { subdir: 'registry' },
    );
    const run = await runOnPr(pr, { inputs: { root: 'registry' } });

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.ok).toBe('false');
    const report = reportOf(run);
    expect(run.outputs.problems).toBe(String(report.problems.length));
    expect(report.problems.map((p) => `${p.rule} ${p.file}:${p.line}:${p.column}`).sort()).toEqual([
      'immutable-version models/churn-gbm/versions/1.0.0/metrics.json:1:1',
      `schema models/${MODEL}/versions/1.2.0/card.yaml:3:10`,
    ]);

    const errors = run.annotations('error');
    const byRule = Object.fromEntries(errors.map((e) => [e.properties.title, e]));
    expect(errors).toHaveLength(2);
    expect(byRule.schema.properties).toEqual({ file: `registry/models/${MODEL}/versions/1.2.0/card.yaml`, line: '3', col: '10', title: 'schema' });
    expect(byRule.schema.raw).toMatch(new RegExp(`^::error file=registry/models/${MODEL}/versions/1\\.2\\.0/card\\.yaml,line=3,col=10,title=schema::`));
    expect(byRule.schema.message).toMatch(/ISO 8601/);
    expect(byRule['immutable-version'].properties).toEqual({
      file: 'registry/models/churn-gbm/versions/1.0.0/metrics.json',
      line: '1',
      col: '1',
      title: 'immutable-version',
    });
    expect(byRule['immutable-version'].message).toContain('1.0.1');
    // every annotated file exists at that repository-relative path
    for (const e of errors) expect(existsSync(join(pr.repo.dir, e.properties.file)), e.properties.file).toBe(true);
    // the step fails with a message (an ::error without a file)
    expect(
      run
        .annotations('error', false)
        .filter((e) => !e.properties.file)
        .map((e) => e.message),
    ).toEqual([expect.stringContaining('2 errors and 0 warnings')]);

    expect(run.summary).toContain('## ❌ Model registry: 2 errors');
    expect(run.summary).toContain('### Problems');
    const comments = gh.comments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(`${marker('registry')}\n`)).toBe(true);
    expect(comments[0].body).toContain('## ❌ Model registry: 2 errors');
  });

  it('(d) more than 10 errors: 10 annotations, the rest in a log group, the summary and the report', async () => {
    const versions = Array.from({ length: 13 }, (_, i) => `2.${i}.0`);
    const pr = makePr((repo) => {
      for (const v of versions) {
        repo.write(`models/${MODEL}/versions/${v}/card.yaml`, embedderCard(v, { created: 'yesterday' }));
        repo.write(`models/${MODEL}/versions/${v}/metrics.yaml`, embedderMetrics());
      }
    });
    const run = await runOnPr(pr, { inputs: { comment: false } });

    expect(run.exitCode, describeRun(run)).toBe(1);
    const report = reportOf(run);
    // 13 errors, and one one-version-per-commit warning: 13 versions of one model in one pull request.
    expect(report.problems.filter((p) => p.severity === 'error')).toHaveLength(13);
    expect(report.problems.filter((p) => p.rule === 'one-version-per-commit')).toHaveLength(1);
    expect(report.problems).toHaveLength(14);
    const annotated = run.annotations('error');
    expect(annotated).toHaveLength(10);
    expect(run.commands.filter((c) => c.command === 'error')).toHaveLength(11); // + the step failure
    const annotatedFiles = new Set(annotated.map((a) => a.properties.file));
    const hidden = report.problems.filter((p) => !annotatedFiles.has(p.file));
    expect(hidden).toHaveLength(3);
    // the rest: in a log group…
    const group = run.commandsOf('group');
    expect(group).toHaveLength(1);
    expect(group[0].message).toMatch(/^3 more problems/);
    for (const p of hidden)
      expect(
        run.log.some((line) => line.includes(`${p.file}:${p.line}:${p.column}`)),
        p.file,
      ).toBe(true);
    // …and every problem in the job summary
    for (const p of report.problems) expect(run.summary).toContain(`\`${p.file}:${p.line}:${p.column}\``);
    expect(run.summary).toContain('## ❌ Model registry: 13 errors');
  });

  it('(d2) problems in the files the pull request touches are annotated first', async () => {
    // the base branch already has 12 broken versions; the pull request breaks one more
    const baseChanges: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      baseChanges[`models/${MODEL}/versions/2.${i}.0/card.yaml`] = embedderCard(`2.${i}.0`, { created: 'yesterday' });
      baseChanges[`models/${MODEL}/versions/2.${i}.0/metrics.yaml`] = embedderMetrics();
    }
    const pr = makePr(
      {
        [`models/${MODEL}/versions/1.2.0/card.yaml`]: embedderCard('1.2.0', { created: 'last week' }),
        [`models/${MODEL}/versions/1.2.0/metrics.yaml`]: embedderMetrics(),
      },
      { baseChanges, subdir: 'registry' },
    );
    const run = await runOnPr(pr, { inputs: { root: 'registry', comment: false } });
    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.problems).toBe('13');
    const annotated = run.annotations('error');
    expect(annotated).toHaveLength(10);
    expect(annotated[0].properties.file).toBe(`registry/models/${MODEL}/versions/1.2.0/card.yaml`);
  });

  it('(e) a pull request from a fork: validated and summarised, no comment requested, a notice says how to enable comments', async () => {
    const fork = 'forker/models';
    const pr = makePr(validChanges(), { fork });
    const requestsBefore = gh.requests.length;
    const run = await runOnPr(pr, { fork });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(JSON.parse(run.outputs.changed)).toEqual([`${MODEL}@1.2.0`]);
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(gh.requests.slice(requestsBefore)).toEqual([]);
    expect(gh.comments(REPO, pr.number)).toEqual([]);
    const notices = run.commandsOf('notice');
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toContain('comes from a fork');
    expect(notices[0].message).toContain('workflow_run');
    expect(run.summary).toContain('## ✅ Model registry: valid');
    expect(run.summary).toContain('> [!NOTE]');
    expect(run.summary).toContain('This pull request comes from a fork');
    expect(run.summary).toContain('workflow_run');

    // an invalid fork pull request still fails the step, still without a comment
    pr.repo.checkout(pr.headRef);
    pr.repo.write(`models/${MODEL}/versions/1.2.0/card.yaml`, embedderCard('1.2.0', { created: 'yesterday' }));
    const before = pr.headSha;
    const headSha = pr.repo.commit('Break the card');
    const invalid = await runOnPr({ ...pr, headSha }, { fork, action: 'synchronize', before });
    expect(invalid.exitCode, describeRun(invalid)).toBe(1);
    expect(invalid.annotations('error')).toHaveLength(1);
    expect(invalid.summary).toContain('This pull request comes from a fork');
    expect(gh.requests.slice(requestsBefore)).toEqual([]);
  });

  it('(f) two concurrent runs on one pull request end with exactly one comment', async () => {
    const pr = makePr(validChanges());
    // both runs on the same checkout of the merge commit, started together
    pr.repo.checkoutMerge(pr.baseSha, pr.headSha);
    const options = { checkout: false } as const;
    const [a, b] = await Promise.all([runOnPr(pr, options), runOnPr(pr, options)]);
    expect(a.exitCode, describeRun(a)).toBe(0);
    expect(b.exitCode, describeRun(b)).toBe(0);
    const comments = gh.comments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(`${marker()}\n`)).toBe(true);
    expect(a.outputs['comment-url']).toBe(`https://github.com/${REPO}/pull/${pr.number}#issuecomment-${comments[0].id}`);
    expect(b.outputs['comment-url']).toBe(a.outputs['comment-url']);
  });

  it('(g) fail-on: warning fails on warnings alone; fail-on: error (the default) does not', async () => {
    const pr = makePr({
      ...validChanges(),
      // a file no artifact lists: an unexpected-file warning, nothing else
      [`models/${MODEL}/versions/1.2.0/notes.txt`]: 'eval notes\n',
    });
    const strict = await runOnPr(pr, { inputs: { 'fail-on': 'warning', comment: false } });
    expect(strict.env['INPUT_FAIL-ON']).toBe('warning');
    expect(strict.exitCode, describeRun(strict)).toBe(1);
    expect(strict.outputs.ok).toBe('true');
    expect(strict.outputs.problems).toBe('1');
    expect(strict.annotations('error')).toEqual([]);
    const warnings = strict.annotations('warning');
    expect(warnings.map((w) => [w.properties.file, w.properties.title])).toEqual([[`models/${MODEL}/versions/1.2.0/notes.txt`, 'unexpected-file']]);
    expect(strict.annotations('error', false).map((e) => e.message)).toEqual([expect.stringContaining('fail-on: warning')]);
    expect(strict.summary).toContain('## ✅ Model registry: valid (1 warning)');

    const lenient = await runOnPr(pr, { inputs: { comment: false } });
    expect(lenient.exitCode, describeRun(lenient)).toBe(0);
    expect(lenient.outputs.ok).toBe('true');
    expect(lenient.annotations('warning')).toHaveLength(1);
    expect(lenient.annotations('error', false)).toEqual([]);
    // comment: false posts nothing
    expect(gh.comments(REPO, pr.number)).toEqual([]);
    expect(commentWrites().filter((r) => r.path.includes(`/issues/${pr.number}/`))).toEqual([]);
  });

  it("(h) a shallow checkout (actions/checkout's default) lacks the base commit: the Action fetches it and reviews the change", async () => {
    const pr = makePr(validChanges());
    const merge = pr.repo.checkoutMerge(pr.baseSha, pr.headSha);
    pr.repo.setRef(`refs/pull/${pr.number}/merge`, merge);
    const workspace = pr.repo.checkoutLikeActions(`refs/pull/${pr.number}/merge`, { depth: 1 });
    cleanups.push(() => workspace.cleanup());
    expect(workspace.isShallow()).toBe(true);
    expect(workspace.has(pr.baseSha)).toBe(false);

    const run = await runOnPr({ ...pr, repo: workspace }, { checkout: false, inputs: { comment: false } });
    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(workspace.has(pr.baseSha)).toBe(true);
    expect(run.env.GITHUB_SHA).toBe(merge);
    expect(JSON.parse(run.outputs.changed)).toEqual([`${MODEL}@1.2.0`]);
    expect(run.summary).toContain(`| ${MODEL} | staging | 1.1.0 | **1.2.0** |`);
    expect(run.summary).toContain('| Metric | 1.2.0 | vs production 1.0.0 | vs previous 1.1.0 |');
  });

  it('(i) a token that may not comment: the step passes with a warning, and the refused request is not retried', async () => {
    const pr = makePr(validChanges());
    // what GitHub answers a token with `pull-requests: read` only
    gh.failNext({ method: 'POST', pathPattern: new RegExp(`/repos/${REPO}/issues/${pr.number}/comments$`), status: 403, times: 5 });
    const run = await runOnPr(pr);
    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(run.outputs['comment-url']).toBeUndefined();
    expect(gh.comments(REPO, pr.number)).toEqual([]);
    const warnings = run.annotations('warning', false);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('could not be posted as a comment (HTTP 403)')]);
    expect(run.summary).toContain('could not be posted as a comment (HTTP 403)');
    // GitHub does not change its mind about a 403: one attempt, not five
    expect(commentRequests(pr.number).created.map((r) => r.status)).toEqual([403]);
  });

  it('(j) card text cannot inject workflow commands, in annotations or in the log group', async () => {
    const hostileKey = 'evil\n::set-output name=ok::true\n::error file=pwned.txt,line=1::injected\n::add-mask::registry';
    const pr = makePr((repo) => {
      // ten ordinary errors fill the annotations; the hostile one (sorted last) goes to the log group…
      for (let i = 0; i < 10; i++) {
        repo.write(`models/${MODEL}/versions/2.${i}.0/card.yaml`, embedderCard(`2.${i}.0`, { created: 'yesterday' }));
        repo.write(`models/${MODEL}/versions/2.${i}.0/metrics.yaml`, embedderMetrics());
      }
      repo.write(`models/${MODEL}/versions/9.9.9/card.yaml`, `${embedderCard('9.9.9')}${JSON.stringify(hostileKey)}: 1\n`);
      repo.write(`models/${MODEL}/versions/9.9.9/metrics.yaml`, embedderMetrics());
      // …and one in a file the annotations show
      repo.write(`models/${MODEL}/versions/1.9.0/card.yaml`, `${embedderCard('1.9.0')}${JSON.stringify(hostileKey)}: 1\n`);
      repo.write(`models/${MODEL}/versions/1.9.0/metrics.yaml`, embedderMetrics());
    });
    const run = await runOnPr(pr, { inputs: { comment: false } });
    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.ok).toBe('false');
    // 12 errors, and one one-version-per-commit warning (twelve versions of one model in one pull request)
    expect(reportOf(run).problems.filter((p) => p.severity === 'error')).toHaveLength(12);
    expect(reportOf(run).problems).toHaveLength(13);
    // what the runner would execute: 10 error annotations, the warning's, the step failure, one log group — nothing else
    expect(run.commands.map((c) => c.command).sort()).toEqual([...Array(11).fill('error'), 'warning', 'endgroup', 'group', 'stop-commands'].sort());
    expect(run.commands.filter((c) => c.properties.file === 'pwned.txt')).toEqual([]);
    const shown = run.annotations('error').find((a) => a.properties.file === `models/${MODEL}/versions/1.9.0/card.yaml`);
    expect(shown, describeRun(run)).toBeDefined();
    expect(shown!.message).toContain(hostileKey);
  });
});
