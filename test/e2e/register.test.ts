/**
 * Registering from a training run, end to end: the committed bundles (the CLI
 * as a user types it, the Action as the runner runs it) against the fake
 * GitHub, every request checked against GitHub's OpenAPI description. The
 * whole loop: register, merge the pull request, run the release step on a
 * checkout of the merged registry, and find the published release with the
 * artifacts register uploaded (once), card.yaml, the metrics and SHA256SUMS.
 * Then the hard parts: two registrations racing for the next patch, a failure
 * injected at each request of register followed by a re-run that converges,
 * and --dry-run writing nothing.
 *
 * The fake runs inside this process: child processes are spawned
 * asynchronously, never with spawnSync (which would block the server).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { parse as parseYaml } from 'yaml';
import { startFakeGitHub, type FakeGitHub, type RequestLogEntry } from '../support/fake-github/index.js';
import { runAction } from '../support/action-runner.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const REPO = 'acme/registry';
const TRAINING = 'acme/churn-training';
const COMMIT = '4e61b74a7682e06b4fdc9862cc1ecf3b091d9107';
const RUN_ID = '7001';
const RUN_URL = `https://github.com/${TRAINING}/actions/runs/${RUN_ID}`;
const TOKEN = 'ghs_registerTestToken';
const NOW = '2026-04-01T12:00:00Z';
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let work: string;
const servers: FakeGitHub[] = [];

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'register-e2e-'));
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((gh) => gh.close()));
  rmSync(work, { recursive: true, force: true });
});

/** A fake GitHub holding the registry template on main. */
async function fakeWithRegistry(): Promise<FakeGitHub> {
  const gh = await startFakeGitHub();
  servers.push(gh);
  const files: Record<string, Buffer> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(TEMPLATE, path)] = readFileSync(path);
    }
  };
  walk(TEMPLATE);
  gh.addRepo(REPO, { defaultBranch: 'main', files });
  return gh;
}

/** A training run's output folder: an artifact, the metrics a script wrote, a card input. */
function trainingOutput(
  name = 'train',
  artifact = 'lightgbm model v2.0.1\n',
  metrics = '{"roc_auc": 0.8791, "pr_auc": 0.5911, "latency_p95_ms": 3.0}',
): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'out'), { recursive: true });
  writeFileSync(join(dir, 'out', 'model.txt'), artifact);
  writeFileSync(join(dir, 'out', 'metrics.json'), metrics);
  writeFileSync(
    join(dir, 'card.yaml'),
    [
      'summary: Retrained on the April snapshot with the same features.',
      'lineage:',
      '  parents:',
      '    - {model: churn-gbm, version: 2.0.0, relation: retrain}',
      '  datasets:',
      '    - {name: churn-features, version: "2026-03-31", role: train}',
      'training:',
      '  params: {num_leaves: 63, learning_rate: 0.03}',
      '  environment: {python: "3.11", lightgbm: "4.5.0"}',
      '',
    ].join('\n'),
  );
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI, asynchronously, in a clean environment that looks like a workflow of the training repository. */
function cli(gh: FakeGitHub, cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runCliProcess([...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: work,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: TRAINING,
      GITHUB_SHA: COMMIT,
      GITHUB_RUN_ID: RUN_ID,
      MODEL_REGISTRY_NOW: NOW,
      MODEL_REGISTRY_RETRY_BASE_MS: '10',
      MODEL_REGISTRY_WRITE_SPACING_MS: '0',
      ...env,
    },
  });
}

const REGISTER = ['register', '--registry', REPO, '--model', 'churn-gbm', '--metrics', 'out/metrics.json', '--artifact', 'out/*.txt', '--card', 'card.yaml'];

function writes(gh: FakeGitHub): RequestLogEntry[] {
  return gh.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
}

/** Merges a pull request the way the button does. */
async function merge(gh: FakeGitHub, number: number): Promise<void> {
  const response = await fetch(`${gh.url}/repos/${REPO}/pulls/${number}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' }),
  });
  expect(response.status).toBe(200);
}

/** A local git checkout of main as it is in the fake, made known to the fake as main's head (release tags point at it). */
function checkoutMain(gh: FakeGitHub): string {
  const repo = gh.repo(REPO);
  const head = repo.branchSha('main')!;
  const dir = join(work, `checkout-${head.slice(0, 7)}`);
  for (const path of repo.flatten(repo.getCommit(head)!.tree).keys()) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), gh.readFileBuffer(REPO, head, path)!);
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'main as merged');
  const sha = git('rev-parse', 'HEAD');
  gh.addCommits(REPO, [sha], { branch: 'main' });
  return dir;
}

/** What a person sees in the registry repository, created dates aside (they come from each run's clock). */
function endState(gh: FakeGitHub) {
  const repo = gh.repo(REPO);
  const main = repo.branchSha('main')!;
  const branches = Object.entries(gh.refs(REPO))
    .filter(([ref]) => ref.startsWith('refs/heads/register/'))
    .map(([ref, sha]) => {
      const commit = repo.getCommit(sha)!;
      const files = [...repo.flatten(commit.tree).entries()]
        .filter(([path, entry]) => repo.flatten(repo.getCommit(main)!.tree).get(path)?.sha !== entry.sha)
        .map(
          ([path]) =>
            `${path}:${sha256(
              gh
                .readFileBuffer(REPO, sha, path)!
                .toString('utf8')
                .replace(/created: "[^"]+"/, 'created: X'),
            )}`,
        )
        .sort();
      return { ref, parents: commit.parents.map((p) => (p === main ? 'main' : p)), files };
    });
  const pulls = gh.pulls(REPO).map((p) => ({ head: p.headRef, base: p.baseRef, state: p.state, title: p.title, autoMerge: Boolean(p.autoMerge) }));
  const releases = gh
    .releases(REPO)
    .map((r) => ({ tag: r.tagName, draft: r.draft, name: r.name, assets: r.assets.map((a) => `${a.name}:${a.state}:${a.size}:${a.sha256}`).sort() }));
  return { branches, pulls, releases };
}

describe('register', () => {
  it('proposes a new version of an existing model; merged, the release step publishes the draft with the artifact uploaded once', async () => {
    const gh = await fakeWithRegistry();
    const mainBefore = gh.repo(REPO).branchSha('main')!;
    const dir = trainingOutput();
    const run = await cli(gh, dir, REGISTER);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ version: '2.0.1', pullRequest: { number: expect.any(Number), url: expect.stringContaining('/pull/') } });

    // One branch, one commit on main's head, the version folder in it.
    const branchSha = gh.refs(REPO)['refs/heads/register/churn-gbm-2.0.1'];
    expect(gh.repo(REPO).getCommit(branchSha)!.parents).toEqual([mainBefore]);
    const card = parseYaml(gh.readFile(REPO, branchSha, 'models/churn-gbm/versions/2.0.1/card.yaml')!);
    const artifact = readFileSync(join(dir, 'out', 'model.txt'));
    expect(card).toMatchObject({
      version: '2.0.1',
      created: NOW,
      summary: 'Retrained on the April snapshot with the same features.',
      lineage: { code: { repo: TRAINING, commit: COMMIT }, parents: [{ model: 'churn-gbm', version: '2.0.0', relation: 'retrain' }] },
      training: { run_url: RUN_URL, params: { num_leaves: 63 } },
      artifacts: [
        {
          name: 'model.txt',
          uri: `https://github.com/${REPO}/releases/download/churn-gbm%40v2.0.1/model.txt`,
          sha256: sha256(artifact),
          size: artifact.length,
          media_type: 'text/plain',
        },
      ],
    });
    expect(gh.readFile(REPO, branchSha, 'models/churn-gbm/versions/2.0.1/metrics.json')).toBe(readFileSync(join(dir, 'out', 'metrics.json'), 'utf8'));

    // The draft holds the artifact; the pull request summarises and links the run.
    const [draft] = gh.releases(REPO);
    expect(draft).toMatchObject({ tagName: 'churn-gbm@v2.0.1', draft: true, name: 'churn-gbm 2.0.1', targetCommitish: 'main' });
    expect(draft.assets.map((a) => [a.name, a.state, a.sha256])).toEqual([['model.txt', 'uploaded', sha256(artifact)]]);
    const [pr] = gh.pulls(REPO);
    expect(pr).toMatchObject({
      number: out.pullRequest.number,
      headRef: 'register/churn-gbm-2.0.1',
      baseRef: 'main',
      state: 'open',
      title: 'Register churn-gbm 2.0.1',
    });
    expect(pr.body).toContain(RUN_URL);
    expect(pr.body).toContain('### Metrics');
    expect(pr.body).toContain('vs 2.0.0');
    gh.assertNoViolations();

    // Merge, then release from a checkout of the merged registry.
    await merge(gh, pr.number);
    const checkout = checkoutMain(gh);
    const uploadsBefore = gh.requests.filter((r) => r.operationId === 'repos/upload-release-asset' && r.query.name === 'model.txt').length;
    const released = await cli(gh, checkout, ['release', '--repository', REPO, '--root', '.']);
    expect(released.code, released.stderr).toBe(0);
    expect(JSON.parse(released.stdout).released).toContain('churn-gbm@2.0.1');
    const published = gh.releases(REPO).find((r) => r.tagName === 'churn-gbm@v2.0.1')!;
    expect(published.draft).toBe(false);
    expect(published.id).toBe(draft.id);
    expect(published.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'card.yaml', 'metrics.json', 'model.txt']);
    const model = published.assets.find((a) => a.name === 'model.txt')!;
    expect(model.id).toBe(draft.assets[0].id);
    expect(gh.requests.filter((r) => r.operationId === 'repos/upload-release-asset' && r.query.name === 'model.txt')).toHaveLength(uploadsBefore);
    const sums = gh.assetBytes(REPO, published.assets.find((a) => a.name === 'SHA256SUMS')!.id)!.toString();
    expect(sums).toContain(`${sha256(artifact)}  model.txt\n`);
    expect(gh.releases(REPO).filter((r) => r.draft)).toEqual([]);

    // Running register again after the merge finds the version registered: it writes nothing.
    gh.clearRequests();
    const again = await cli(gh, dir, REGISTER, { MODEL_REGISTRY_NOW: '2026-04-02T08:00:00Z' });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ version: '2.0.1', pullRequest: { number: pr.number } });
    expect(writes(gh)).toEqual([]);
    gh.assertNoViolations();
  });

  it('adds the first version of a new model from the Action, with auto-merge; merged, it is released', async () => {
    const gh = await fakeWithRegistry();
    const workspace = join(work, 'fraud');
    mkdirSync(join(workspace, 'out', 'weights'), { recursive: true });
    writeFileSync(join(workspace, 'out', 'weights', 'booster.bin'), Buffer.from([0, 1, 2, 3, 250, 251]));
    writeFileSync(join(workspace, 'out', 'metrics.yaml'), 'roc_auc: 0.912\nprecision: 0.64\n');
    const run = await runAction({
      workspace,
      repository: 'acme/fraud-training',
      apiUrl: gh.url,
      eventName: 'push',
      sha: COMMIT,
      runId: 555,
      token: TOKEN,
      inputs: {
        command: 'register',
        registry: REPO,
        model: 'fraud-xgb',
        metrics: 'out/metrics.yaml',
        artifacts: 'out/**/*.bin\n',
        'model-title': 'Card fraud (XGBoost)',
        'model-description': 'Scores card transactions for fraud.\n\nTrained daily.\n',
        'model-owners': '@acme/risk, @priya-r',
        'model-task': 'tabular-classification',
        'model-license': 'Apache-2.0',
        'model-tags': 'fraud, tabular',
        'auto-merge': true,
      },
      env: { MODEL_REGISTRY_NOW: NOW, MODEL_REGISTRY_RETRY_BASE_MS: '10', MODEL_REGISTRY_WRITE_SPACING_MS: '0' },
    });
    run.dispose();
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.outputs.version).toBe('1.0.0');
    const [pr] = gh.pulls(REPO);
    expect(run.outputs['pull-request-number']).toBe(String(pr.number));
    expect(run.outputs['pull-request-url']).toBe(`https://github.com/${REPO}/pull/${pr.number}`);
    expect(pr.title).toBe('Register fraud-xgb 1.0.0 (new model)');
    expect(gh.autoMergeRequests).toHaveLength(1);
    expect(gh.autoMergeRequests[0]).toMatchObject({ repo: REPO, pullNumber: pr.number });

    const branch = 'register/fraud-xgb-1.0.0';
    expect(parseYaml(gh.readFile(REPO, branch, 'models/fraud-xgb/model.yaml')!)).toEqual({
      name: 'fraud-xgb',
      title: 'Card fraud (XGBoost)',
      description: 'Scores card transactions for fraud.\n\nTrained daily.',
      owners: ['@acme/risk', '@priya-r'],
      task: 'tabular-classification',
      license: 'Apache-2.0',
      tags: ['fraud', 'tabular'],
    });
    expect(gh.readFile(REPO, branch, 'models/fraud-xgb/versions/1.0.0/metrics.yaml')).toBe('roc_auc: 0.912\nprecision: 0.64\n');
    const card = parseYaml(gh.readFile(REPO, branch, 'models/fraud-xgb/versions/1.0.0/card.yaml')!);
    expect(card.lineage.code).toEqual({ repo: 'acme/fraud-training', commit: COMMIT });
    expect(card.training.run_url).toBe('https://github.com/acme/fraud-training/actions/runs/555');
    expect(card.summary).toBe(`Trained from acme/fraud-training at ${COMMIT.slice(0, 7)}.`);

    await merge(gh, pr.number);
    const checkout = checkoutMain(gh);
    const released = await cli(gh, checkout, ['release', '--repository', REPO, '--root', '.']);
    expect(released.code, released.stderr).toBe(0);
    const published = gh.releases(REPO).find((r) => r.tagName === 'fraud-xgb@v1.0.0')!;
    expect(published.draft).toBe(false);
    expect(published.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'booster.bin', 'card.yaml', 'metrics.yaml']);
    gh.assertNoViolations();
  });

  it('two registrations racing for the next patch end with two versions, each with its own files', async () => {
    const gh = await fakeWithRegistry();
    const a = trainingOutput('a', 'model A\n', '{"roc_auc": 0.871}');
    const b = trainingOutput('b', 'model B, other bytes\n', '{"roc_auc": 0.873}');
    const [ra, rb] = await Promise.all([cli(gh, a, REGISTER, { GITHUB_RUN_ID: '1' }), cli(gh, b, REGISTER, { GITHUB_RUN_ID: '2' })]);
    const results = [ra, rb].map((r) => ({ code: r.code, version: r.code === 0 ? JSON.parse(r.stdout).version : undefined, stderr: r.stderr }));
    // Each ends with its own version, or (never both) a clear conflict.
    for (const r of results) if (r.code !== 0) expect(r.stderr).toMatch(/took|being registered|conflict/);
    const versions = results.filter((r) => r.code === 0).map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.length, results.map((r) => r.stderr).join('\n')).toBeGreaterThanOrEqual(1);

    for (const [dir, run] of [
      [a, ra],
      [b, rb],
    ] as const) {
      if (run.code !== 0) continue;
      const version = JSON.parse(run.stdout).version as string;
      const artifact = readFileSync(join(dir, 'out', 'model.txt'));
      const card = parseYaml(gh.readFile(REPO, `register/churn-gbm-${version}`, `models/churn-gbm/versions/${version}/card.yaml`)!);
      expect(card.artifacts[0].sha256).toBe(sha256(artifact));
      const drafts = gh.releases(REPO).filter((r) => r.tagName === `churn-gbm@v${version}`);
      expect(drafts).toHaveLength(1);
      expect(drafts[0].assets.map((x) => x.sha256)).toEqual([sha256(artifact)]);
    }
    expect(gh.pulls(REPO)).toHaveLength(versions.length);
    expect(Object.keys(gh.refs(REPO)).filter((r) => r.startsWith('refs/heads/register/'))).toHaveLength(versions.length);
    gh.assertNoViolations();
  });

  it('refuses invalid input and taken versions before writing anything, with line-precise problems', async () => {
    const gh = await fakeWithRegistry();
    const dir = trainingOutput('bad', 'x\n', '{\n  "roc_auc": 87.9,\n  "pr_auc": 0.59\n}\n');
    const bad = await cli(gh, dir, REGISTER);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/out\/metrics\.json:2:\d+: error: .*\[metric-range\]/);
    expect(bad.stderr).toContain('"roc_auc": 87.9');

    writeFileSync(join(dir, 'out', 'metrics.json'), '{"roc_auc": 0.87}');
    const taken = await cli(gh, dir, [...REGISTER, '--version', '2.0.0']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/churn-gbm 2\.0\.0 is already in the registry/);

    const missing = await cli(gh, dir, [...REGISTER, '--artifact', 'out/*.onnx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/matches no file/);

    expect(writes(gh)).toEqual([]);
    gh.assertNoViolations();
  });

  it('refuses a model name that is no git ref or GTO name (a..b, a.b) before writing anything', async () => {
    const gh = await fakeWithRegistry();
    const dir = trainingOutput();
    for (const model of ['a..b', 'a.b']) {
      const run = await cli(gh, dir, [
        'register',
        '--registry',
        REPO,
        '--model',
        model,
        '--metrics',
        'out/metrics.json',
        '--model-description',
        'New.',
        '--model-owner',
        '@acme/ml',
      ]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(
        `model name "${model}" is not valid: 1 to 64 lowercase letters, digits, '_' or '-', starting and ending with a letter or digit (no dots)`,
      );
    }
    expect(writes(gh)).toEqual([]);
    gh.assertNoViolations();
  });

  it('leaves a draft release it does not own alone: a bump skips its version, an explicit request is refused', async () => {
    const gh = await fakeWithRegistry();
    const headers = { authorization: `token ${TOKEN}`, 'content-type': 'application/json' };
    const made = await fetch(`${gh.url}/repos/${REPO}/releases`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ tag_name: 'churn-gbm@v2.0.1', name: 'someone else', draft: true }),
    });
    expect(made.status).toBe(201);
    const foreign = (await made.json()) as { id: number; upload_url: string };
    const upload = await fetch(`${foreign.upload_url.replace(/\{.*$/, '')}?name=other.bin`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/octet-stream' },
      body: 'not ours',
    });
    expect(upload.status).toBe(201);
    const before = JSON.stringify(gh.releases(REPO));

    const dir = trainingOutput();
    const exact = await cli(gh, dir, [...REGISTER, '--version', '2.0.1']);
    expect(exact.code).toBe(1);
    expect(exact.stderr).toMatch(/already has a draft release \(tag churn-gbm@v2\.0\.1\) that is not this registration's/);

    const bump = await cli(gh, dir, REGISTER);
    expect(bump.code, bump.stderr).toBe(0);
    expect(JSON.parse(bump.stdout).version).toBe('2.0.2');
    expect(JSON.stringify(gh.releases(REPO).filter((r) => r.id === foreign.id))).toBe(
      JSON.stringify(JSON.parse(before).filter((r: { id: number }) => r.id === foreign.id)),
    );
    gh.assertNoViolations();
  });

  it('with more releases than GitHub lists (1,000): a tag deep in the history still takes its version, and no listing goes past the first page', async () => {
    const gh = await fakeWithRegistry();
    const head = gh.repo(REPO).branchSha('main')!;
    // The model's newest tag is the oldest release: 1,500 newer ones bury it past GitHub's 1,000th listed release.
    gh.seedReleases(REPO, [{ tag: 'churn-gbm@v4.0.0', commit: head }], '2024-01-01T00:00:00Z');
    gh.seedReleases(
      REPO,
      Array.from({ length: 1500 }, (_, i) => ({ tag: `other-${i}@v1.0.0`, commit: head })),
    );
    gh.clearRequests();
    const dir = trainingOutput();
    const run = await cli(gh, dir, [...REGISTER, '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).version).toBe('4.0.1');
    const listings = gh.requests.filter((r) => r.operationId === 'repos/list-releases');
    expect(listings.map((r) => r.query.page ?? '1')).toEqual(['1']);
    gh.assertNoViolations();
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    const gh = await fakeWithRegistry();
    const dir = trainingOutput();
    const run = await cli(gh, dir, [...REGISTER, '--dry-run', '--version', 'minor']);
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan).toMatchObject({ action: 'create', version: '2.1.0', branch: 'register/churn-gbm-2.1.0', tag: 'churn-gbm@v2.1.0' });
    expect(plan.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'models/churn-gbm/versions/2.1.0/card.yaml',
      'models/churn-gbm/versions/2.1.0/metrics.json',
    ]);
    expect(plan.assets.map((a: { name: string }) => a.name)).toEqual(['model.txt']);
    expect(writes(gh)).toEqual([]);
    expect(gh.releases(REPO)).toEqual([]);
    expect(gh.pulls(REPO)).toEqual([]);
    gh.assertNoViolations();
  });

  it('a connection reset part-way through an artifact upload is retried; past the retries it says to run register again, never crashes', async () => {
    const gh = await fakeWithRegistry();
    // 4 MiB: the fake cuts the connection after 2 MiB, while the CLI is still sending the body.
    const artifact = 'x'.repeat(4 * 1024 * 1024);
    const dir = trainingOutput('reset', artifact);
    const upload = { method: 'POST', pathPattern: /\/assets\?name=model\.txt$/, reset: 'midway' as const };

    // Once: the next attempt uploads it.
    gh.failNext(upload);
    const retried = await cli(gh, dir, REGISTER);
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.stderr).toMatch(/uploading model\.txt failed \(uploading model\.txt failed: connection reset: .*\); trying again \(attempt 2 of 3\)/);
    const draft = gh.releases(REPO).find((r) => r.tagName === 'churn-gbm@v2.0.1')!;
    expect(draft.assets.map((a) => [a.name, a.state, a.sha256])).toEqual([['model.txt', 'uploaded', sha256(artifact)]]);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.url.endsWith('?name=model.txt')).map((r) => r.reset ?? false)).toEqual([true, false]);
    gh.assertNoViolations();

    // Every attempt: a failed run that says what to do, with no stack trace; the re-run finishes.
    const gh2 = await fakeWithRegistry();
    const dir2 = trainingOutput('reset-always', artifact);
    gh2.failNext({ ...upload, times: 3 });
    const failed = await cli(gh2, dir2, REGISTER);
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stderr).toContain('trying again (attempt 3 of 3)');
    expect(failed.stderr).toMatch(
      /^model-registry register: GitHub answered with a broken connection to POST \S+\?name=model\.txt \(uploading model\.txt failed: connection reset: .*\), after retrying\. Nothing was lost: run register again/m,
    );
    expect(failed.stderr).not.toMatch(/internal error|Unhandled|\n\s+at /);
    gh2.clearFaults();
    const rerun = await cli(gh2, dir2, REGISTER);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(
      gh2
        .releases(REPO)
        .find((r) => r.tagName === 'churn-gbm@v2.0.1')!
        .assets.map((a) => [a.name, a.state, a.sha256]),
    ).toEqual([['model.txt', 'uploaded', sha256(artifact)]]);
    gh2.assertNoViolations();
  });

  it('a failure at any request of register, then a re-run, ends exactly where a clean run ends', async () => {
    const args = [...REGISTER, '--auto-merge'];
    const clean = await fakeWithRegistry();
    const cleanDir = trainingOutput('clean');
    const first = await cli(clean, cleanDir, args);
    expect(first.code, first.stderr).toBe(0);
    const log = [...clean.requests];
    const expected = endState(clean);
    expect(expected.branches).toHaveLength(1);
    expect(expected.pulls).toHaveLength(1);
    clean.assertNoViolations();

    const outcomes: string[] = [];
    const check = async (k: number) => {
      const gh = await fakeWithRegistry();
      const dir = trainingOutput(`fault-${k}`);
      gh.failLikeLoggedRequest(log, k, { status: 500, times: 20 });
      const failed = await cli(gh, dir, args);
      const branchAfterFailure = gh.refs(REPO)['refs/heads/register/churn-gbm-2.0.1'];
      // A failure is reported as one, never as a crash.
      expect(failed.stderr, `request ${k}`).not.toMatch(/internal error/);
      if (failed.code !== 0) expect(failed.stderr, `request ${k}`).toMatch(/run register again|auto-merge/);
      gh.clearFaults();
      // The re-run has its own clock: a branch the failed run made must be resumed, not replaced.
      const rerun = await cli(gh, dir, args, { MODEL_REGISTRY_NOW: '2026-04-01T13:30:00Z' });
      const label = `request ${k} (${log[k].method} ${log[k].url}); first run ${failed.code}: ${failed.stderr.slice(-400)}\nre-run: ${rerun.stderr.slice(-600)}`;
      expect(rerun.code, label).toBe(0);
      expect(endState(gh), label).toEqual(expected);
      if (branchAfterFailure) expect(gh.refs(REPO)['refs/heads/register/churn-gbm-2.0.1'], label).toBe(branchAfterFailure);
      gh.assertNoViolations();
      outcomes.push(`${k}:${failed.code}`);
      await gh.close();
      servers.splice(servers.indexOf(gh), 1);
    };
    // A few at a time: each has its own fake server and processes.
    const indexes = log.map((_, k) => k);
    for (let i = 0; i < indexes.length; i += 3) await Promise.all(indexes.slice(i, i + 3).map(check));
    expect(outcomes).toHaveLength(log.length);
    // Most injected failures must have failed the first run (the rest were absorbed by retries).
    expect(outcomes.filter((o) => o.endsWith(':1')).length).toBeGreaterThan(log.length / 2);
  }, 600_000);
});
