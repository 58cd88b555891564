/**
 * `command: record` end to end: the committed Action bundle, run as the runner
 * runs it on a push to the default branch, against the fake GitHub (every
 * request checked against GitHub's OpenAPI description) and a real git clone.
 */
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { deploymentsOf, startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { GitRepo } from '../support/git-repo.js';
import { runAction } from '../support/action-runner.js';

const REPO = 'acme/registry';
const ZEROS = '0'.repeat(40);

let gh: FakeGitHub;
let repo: GitRepo;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
});

afterEach(async () => {
  await gh.close();
  repo?.cleanup();
});

function commit(changes: Record<string, string | null>, message: string): string {
  repo.apply(changes);
  const sha = repo.commit(message);
  gh.addCommits(REPO, [sha], { branch: 'main' });
  return sha;
}

async function tagVersion(tag: string, sha: string): Promise<void> {
  const octokit = getOctokit('t', { baseUrl: gh.url });
  const object = await octokit.rest.git.createTag({ owner: 'acme', repo: 'registry', tag, message: `Registering ${tag}`, object: sha, type: 'commit' });
  await octokit.rest.git.createRef({ owner: 'acme', repo: 'registry', ref: `refs/tags/${tag}`, sha: object.data.sha });
}

function push(before: string, after: string) {
  return runAction({
    workspace: repo.dir,
    repository: REPO,
    apiUrl: gh.url,
    eventName: 'push',
    sha: after,
    ref: 'refs/heads/main',
    payload: { before, after, ref: 'refs/heads/main', repository: { full_name: REPO } },
    inputs: { command: 'record', root: repo.rootInput },
    env: { MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '1' },
  });
}

describe('command: record on a push', () => {
  it('records the stage changes of the push as GTO tags and deployments; the same push again records nothing', async () => {
    repo = GitRepo.fromFolder(
      {
        'registry.yaml': 'format: 1\nname: acme\nurl: https://acme.github.io/registry/\n',
        'models/churn/model.yaml': 'name: churn\ndescription: Churn.\nowners: ["@acme"]\n',
        'models/churn/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: 2026-01-01T00:00:00Z\nsummary: One.\n',
        'models/churn/stages.yaml': 'production: 1.0.0\n',
      },
      { subdir: 'registry' },
    );
    const first = repo.sha();
    gh.addCommits(REPO, [first], { branch: 'main' });
    const added = commit({ 'models/churn/versions/1.1.0/card.yaml': 'version: 1.1.0\ncreated: 2026-01-02T00:00:00Z\nsummary: Two.\n' }, 'Add 1.1.0');
    await tagVersion('churn@v1.0.0', first);
    await tagVersion('churn@v1.1.0', added);

    // The first push of the branch: every stage's current assignment.
    const initial = await push(ZEROS, added);
    expect(initial.exitCode, initial.stdout).toBe(0);
    expect(initial.outputs.recorded).toBe('1');
    expect(JSON.parse(initial.outputs.tags)).toEqual(['churn#production#1']);

    const promoted = commit({ 'models/churn/stages.yaml': 'production: 1.1.0\nstaging: 1.1.0\n' }, 'Promote 1.1.0');
    const run = await push(added, promoted);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.tags)).toEqual(['churn#production#2', 'churn#staging#3']);
    expect(run.summary).toContain('churn#production#2');
    const tag = gh.repo(REPO).getObject(gh.refs(REPO)['refs/tags/churn#production#2']);
    expect(tag).toMatchObject({ type: 'tag', object: { sha: added } });
    const production = deploymentsOf(gh.repo(REPO)).filter((d) => d.environment === 'churn/production');
    expect(production.at(-1)).toMatchObject({ ref: 'churn@v1.1.0', payload: { model: 'churn', version: '1.1.0', stage: 'production', changed_in: promoted } });
    expect(production.at(-1)?.statuses.at(-1)).toMatchObject({ state: 'success', environmentUrl: 'https://acme.github.io/registry/models/churn/' });
    expect(production.at(-1)?.statuses.at(-1)?.logUrl).toMatch(/\/acme\/registry\/actions\/runs\/\d+$/);

    gh.clearRequests();
    const again = await push(added, promoted);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs.recorded).toBe('0');
    expect(again.outputs.tags).toBe('[]');
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  });

  it('the CLI: record --dry-run in the clone prints the plan and writes nothing; then records, once', async () => {
    repo = GitRepo.fromFolder({
      'registry.yaml': 'format: 1\nname: acme\n',
      'models/churn/model.yaml': 'name: churn\ndescription: Churn.\nowners: ["@acme"]\n',
      'models/churn/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: 2026-01-01T00:00:00Z\nsummary: One.\n',
      'models/churn/stages.yaml': 'staging: 1.0.0\n',
    });
    gh.addCommits(REPO, [repo.sha()], { branch: 'main' });
    await tagVersion('churn@v1.0.0', repo.sha());
    const cli = (...args: string[]) =>
      runCliProcess(['record', '--registry', REPO, ...args], {
        cwd: repo.root,
        env: { ...process.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: 't', MODEL_REGISTRY_WRITE_SPACING_MS: '0' },
      });
    gh.clearRequests();
    const dry = await cli('--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout) as { firstRun: boolean; plan: { tags: { name: string }[] } };
    expect(plan.firstRun).toBe(true);
    expect(plan.plan.tags.map((t) => t.name)).toEqual(['churn#staging#1']);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(Object.keys(gh.refs(REPO)).filter((r) => r.includes('#'))).toEqual([]);

    const real = await cli();
    expect(real.code, real.stderr).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ firstRun: true, tags: ['churn#staging#1'], deployments: ['churn/staging'] });
    const again = await cli('--after', 'HEAD');
    expect(JSON.parse(again.stdout)).toMatchObject({ tags: [], deployments: [] });
    expect(await cli('--before', '--oops')).toMatchObject({ code: 2 });
    gh.assertNoViolations();
  });
});
