/**
 * `record` in process, against the fake GitHub (every request checked against
 * GitHub's OpenAPI description) and a real git repository: what it tags, the
 * deployments it makes, what it reads, and what a re-run or a concurrent run does.
 */
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, deploymentsOf, type FakeGitHub } from '../../support/fake-github/index.js';
import { GitRepo } from '../../support/git-repo.js';
import { recordStages, type RecordOptions } from '../../../src/app/record-stages.js';
import { executeRecordPlan, TagTakenError } from '../../../src/adapters/github/record-executor.js';
import { createGitHubClient } from '../../../src/adapters/github/client.js';
import { parseRepository } from '../../../src/core/release/urls.js';
import { GTO_TAG_RE, parseTagTrailers } from '../../../src/core/stages/gto-tags.js';

const REPO = 'acme/registry';
const TOKEN = 'test-token';
const ZEROS = '0'.repeat(40);

let gh: FakeGitHub;
let repo: GitRepo;
const saved = { ...process.env };

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  Object.assign(process.env, { GITHUB_API_URL: gh.url, MODEL_REGISTRY_RETRY_BASE_MS: '1', MODEL_REGISTRY_WRITE_SPACING_MS: '0' });
});

afterEach(async () => {
  await gh.close();
  repo?.cleanup();
  process.env = { ...saved };
});

const card = (v: string) => `version: ${v}\ncreated: 2026-01-01T00:00:00Z\nsummary: v${v}.\n`;
const model = (deprecated = '') => `name: churn\ndescription: Churn.\nowners: ["@acme"]\n${deprecated}`;

/** Commits the change, tells the fake about the commit, returns its sha. */
function commit(changes: Record<string, string | null>, message: string): string {
  repo.apply(changes);
  const sha = repo.commit(message);
  gh.addCommits(REPO, [sha], { branch: 'main' });
  return sha;
}

/** An annotated version tag at `sha`, as release makes it. */
async function tagVersion(tag: string, sha: string): Promise<void> {
  const octokit = getOctokit(TOKEN, { baseUrl: gh.url });
  const [owner, name] = REPO.split('/');
  const object = await octokit.rest.git.createTag({ owner, repo: name, tag, message: `Registering artifact ${tag}`, object: sha, type: 'commit' });
  await octokit.rest.git.createRef({ owner, repo: name, ref: `refs/tags/${tag}`, sha: object.data.sha });
}

function run(over: Partial<RecordOptions>): ReturnType<typeof recordStages> {
  return recordStages({
    root: repo.root,
    repository: parseRepository(REPO)!,
    token: TOKEN,
    dryRun: false,
    runUrl: 'https://github.com/acme/registry/actions/runs/9',
    log: () => {},
    ...over,
  });
}

/** Tag name -> [the commit it points at, its message], for stage-type tags. */
function stageTags(): Record<string, { target: string; message: string; tagger: string }> {
  const out: Record<string, { target: string; message: string; tagger: string }> = {};
  const state = gh.repo(REPO);
  for (const [ref, sha] of state.refs) {
    const name = ref.replace(/^refs\/tags\//, '');
    if (!ref.startsWith('refs/tags/') || /@v[0-9.]+$/.test(name)) continue;
    const object = state.getObject(sha);
    if (object?.type !== 'tag') throw new Error(`${name} is not annotated`);
    out[name] = { target: object.object.sha, message: object.message, tagger: object.tagger.date };
  }
  return out;
}

/** A registry with churn 1.0.0 (commit A) and 1.1.0 (commit B), production on 1.0.0, both released. */
async function registry(): Promise<{ a: string; b: string }> {
  repo = GitRepo.fromFolder({ 'registry.yaml': 'format: 1\nname: acme\nurl: https://acme.github.io/registry/\n', 'models/churn/model.yaml': model() });
  gh.addCommits(REPO, [repo.sha()], { branch: 'main' });
  const a = commit({ 'models/churn/versions/1.0.0/card.yaml': card('1.0.0'), 'models/churn/stages.yaml': 'production: 1.0.0\n' }, 'churn 1.0.0');
  const b = commit({ 'models/churn/versions/1.1.0/card.yaml': card('1.1.0') }, 'churn 1.1.0');
  await tagVersion('churn@v1.0.0', a);
  await tagVersion('churn@v1.1.0', b);
  return { a, b };
}

describe('recordStages', () => {
  it('first run, promotion with PR and approvers, demotion and deprecation, each once; a re-run records nothing', async () => {
    const { a, b } = await registry();

    // First run: what every stage holds now.
    const first = await run({ before: ZEROS, after: b });
    expect(first.firstRun).toBe(true);
    expect(first.recorded.tags).toEqual(['churn#production#1']);
    expect(stageTags()['churn#production#1']).toMatchObject({ target: a });
    expect(parseTagTrailers(stageTags()['churn#production#1'].message).changedIn).toBe(a);

    // A reviewed pull request promotes 1.1.0 to production and 1.0.0 to staging.
    const merged = commit({ 'models/churn/stages.yaml': 'production: 1.1.0\nstaging: 1.0.0\n' }, 'Promote churn 1.1.0');
    const pr = gh.addPullRequest(REPO, { head: 'promote', base: 'main', title: 'Promote' });
    Object.assign(pr, { merged: true, state: 'closed', mergedAt: new Date().toISOString(), mergeCommitSha: merged });
    gh.addReview(REPO, pr.number, { login: 'alice', state: 'APPROVED' });
    gh.addReview(REPO, pr.number, { login: 'bob', state: 'COMMENTED' });
    const second = await run({ before: b, after: merged });
    expect(second.recorded.tags).toEqual(['churn#production#2', 'churn#staging#3']);
    const production = stageTags()['churn#production#2'];
    expect(production.target).toBe(b);
    expect(production.message).toBe(
      `Assigning stage production to artifact churn version v1.1.0\n\nPull-Request: ${pr.number}\nApproved-By: alice\nChanged-In: ${merged}\n`,
    );
    expect(stageTags()['churn#staging#3'].target).toBe(a);

    const deployments = deploymentsOf(gh.repo(REPO));
    const prod = deployments.filter((d) => d.environment === 'churn/production');
    expect(prod.map((d) => d.ref)).toEqual(['churn@v1.0.0', 'churn@v1.1.0']);
    expect(prod[1]).toMatchObject({
      productionEnvironment: true,
      payload: { model: 'churn', version: '1.1.0', stage: 'production', pull_request: pr.number, approvers: ['alice'], changed_in: merged },
    });
    expect(prod[1].statuses.map((s) => [s.state, s.environmentUrl, s.logUrl])).toEqual([
      ['success', 'https://acme.github.io/registry/models/churn/', 'https://github.com/acme/registry/actions/runs/9'],
    ]);
    // The success of the new deployment made the previous one inactive.
    expect(prod[0].statuses.map((s) => s.state)).toEqual(['success', 'inactive']);

    // Demote staging and deprecate 1.0.0, in two commits pushed together.
    const demoted = commit({ 'models/churn/stages.yaml': 'production: 1.1.0\n' }, 'Demote staging');
    const deprecated = commit({ 'models/churn/model.yaml': model('deprecated_versions:\n  1.0.0: Leaky split.\n') }, 'Deprecate 1.0.0');
    const third = await run({ before: merged, after: deprecated });
    expect(third.recorded.tags).toEqual(['churn#staging!#4', 'churn@v1.0.0!#5']);
    expect(stageTags()['churn#staging!#4']).toMatchObject({ target: a });
    expect(parseTagTrailers(stageTags()['churn#staging!#4'].message).changedIn).toBe(demoted);
    expect(stageTags()['churn@v1.0.0!#5'].message).toBe(`Deregistering artifact churn version v1.0.0\n\nChanged-In: ${deprecated}\nReason: Leaky split.\n`);
    const staging = deploymentsOf(gh.repo(REPO)).filter((d) => d.environment === 'churn/staging');
    expect(staging).toHaveLength(1);
    expect(staging[0].statuses.map((s) => s.state)).toEqual(['success', 'inactive']);

    for (const name of Object.keys(stageTags())) expect(name).toMatch(GTO_TAG_RE);

    // Re-runs of every push record nothing and write nothing.
    gh.clearRequests();
    for (const again of [
      { before: ZEROS, after: deprecated },
      { before: b, after: merged },
      { before: merged, after: deprecated },
    ]) {
      const result = await run(again);
      expect(result.recorded).toEqual({ tags: [], deployments: [], inactive: [] });
    }
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  });

  it('a change to one model costs the same requests in a registry of 3 models or 25', async () => {
    const counts: number[] = [];
    for (const others of [2, 24]) {
      await gh.close();
      gh = await startFakeGitHub();
      gh.addRepo(REPO, { defaultBranch: 'main' });
      process.env.GITHUB_API_URL = gh.url;
      const { b } = await registry();
      const files: Record<string, string> = {};
      for (let i = 0; i < others; i++) {
        files[`models/m${i}/model.yaml`] = `name: m${i}\ndescription: M.\nowners: ["@acme"]\n`;
        files[`models/m${i}/versions/1.0.0/card.yaml`] = card('1.0.0');
        files[`models/m${i}/stages.yaml`] = 'production: 1.0.0\n';
      }
      const base = commit(files, 'many models');
      for (let i = 0; i < others; i++) await tagVersion(`m${i}@v1.0.0`, base);
      await run({ before: ZEROS, after: base });
      // The clone now has the recorded tags, as actions/checkout fetches them.
      for (const name of Object.keys(stageTags())) repo.git(['tag', name, b]);
      const promoted = commit({ 'models/churn/stages.yaml': 'production: 1.1.0\n' }, 'Promote churn 1.1.0');
      gh.clearRequests();
      const result = await run({ before: base, after: promoted });
      expect(result.recorded.tags).toEqual([expect.stringMatching(/^churn#production#\d+$/)]);
      counts.push(gh.requests.length);
      if (process.env.SHOW_REQUESTS) console.log(gh.requests.map((r) => `${r.method} ${r.path}`).join('\n'));
      repo.cleanup();
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(11);
  });

  it('two runs of the same push at once: every change is tagged once', async () => {
    const { b } = await registry();
    const merged = commit({ 'models/churn/stages.yaml': 'production: 1.1.0\nstaging: 1.1.0\n' }, 'Promote');
    await run({ before: ZEROS, after: b });
    const [x, y] = await Promise.all([run({ before: b, after: merged }), run({ before: b, after: merged })]);
    expect([...x.recorded.tags, ...y.recorded.tags].sort()).toEqual(['churn#production#2', 'churn#staging#3'].sort());
    const tags = Object.keys(stageTags()).sort();
    expect(tags).toEqual(['churn#production#1', 'churn#production#2', 'churn#staging#3']);
    gh.assertNoViolations();
  });

  it('the executor reports a counter another run took (422 Reference already exists) as TagTakenError', async () => {
    const { a } = await registry();
    const octokit = createGitHubClient(TOKEN);
    const [owner, name] = REPO.split('/');
    const plan = {
      tags: [
        {
          name: 'churn#production#1',
          model: 'churn',
          action: 'assign' as const,
          stage: 'production',
          version: '1.0.0',
          target: a,
          message: 'Assigning stage production to artifact churn version v1.0.0\n',
          date: '2026-01-01T00:00:00Z',
          changedIn: a,
        },
      ],
      deployments: [],
      inactive: [],
      skipped: [],
    };
    await executeRecordPlan(octokit, { owner, repo: name }, plan, { log: () => {} });
    expect(stageTags()['churn#production#1']).toMatchObject({ target: a, tagger: '2026-01-01T00:00:00Z' });
    await expect(executeRecordPlan(octokit, { owner, repo: name }, plan, { log: () => {} })).rejects.toBeInstanceOf(TagTakenError);
    gh.assertNoViolations();
  });
});
