/**
 * `model-registry deployed` and `command: deployed` end to end: the committed
 * bundles against the fake GitHub (every request checked against GitHub's
 * OpenAPI description). A deployment job reports what an environment runs as
 * a GitHub Deployment of the version's tag in environment
 * `<model>@<environment>`; what the registry does not have is refused with
 * nothing written, and a report already made is not made again.
 */
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { deploymentsOf, startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { GitRepo } from '../support/git-repo.js';
import { runAction } from '../support/action-runner.js';

const REPO = 'acme/registry';

const REGISTRY_FILES = {
  'registry.yaml':
    'format: 1\nname: acme\nstages: [staging, production]\nenvironments:\n  eu-west-prod: production\n  us-east-prod: production\n  staging-k8s: staging\nmax_drift: 24h\n',
  'models/churn/model.yaml': 'name: churn\ndescription: Churn.\nowners: ["@acme"]\n',
  'models/churn/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: 2026-01-01T00:00:00Z\nsummary: One.\n',
  'models/churn/versions/2.0.0/card.yaml': 'version: 2.0.0\ncreated: 2026-01-02T00:00:00Z\nsummary: Two.\n',
  'models/churn/stages.yaml': 'production: 2.0.0\nstaging: 2.0.0\n',
};

let gh: FakeGitHub;
let repo: GitRepo;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main' });
  repo = GitRepo.fromFolder(REGISTRY_FILES);
  gh.addCommits(REPO, [repo.sha()], { branch: 'main' });
  await tag(REPO, 'churn@v1.0.0', repo.sha());
  await tag(REPO, 'churn@v2.0.0', repo.sha());
});

afterEach(async () => {
  await gh.close();
  repo?.cleanup();
});

async function tag(fullName: string, name: string, sha: string): Promise<void> {
  const [owner, name_] = fullName.split('/');
  const octokit = getOctokit('t', { baseUrl: gh.url });
  await octokit.rest.git.createRef({ owner, repo: name_, ref: `refs/tags/${name}`, sha });
}

function cli(args: string[], env: Record<string, string> = {}) {
  return runCliProcess([...args], {
    cwd: repo.root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 't',
      GITHUB_REPOSITORY: REPO,
      MODEL_REGISTRY_WRITE_SPACING_MS: '0',
      MODEL_REGISTRY_RETRY_BASE_MS: '1',
      ...env,
    },
  });
}

const writes = () => gh.requests.filter((r) => r.method !== 'GET');
const environment = (name: string) => deploymentsOf(gh.repo(REPO)).filter((d) => d.environment === name);

describe('model-registry deployed', () => {
  it('reports a new deployment: the tag, the payload, a success status with the serving address and the run', async () => {
    const run = await cli(['deployed', 'churn@2.0.0', '--environment', 'eu-west-prod', '--url', 'https://churn.eu.example/'], { GITHUB_RUN_ID: '42' });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'deployed', deploymentEnvironment: 'churn@eu-west-prod', stage: 'production' });
    const [d] = environment('churn@eu-west-prod');
    expect(d).toMatchObject({ ref: 'churn@v2.0.0', payload: { model: 'churn', version: '2.0.0', environment: 'eu-west-prod', stage: 'production' } });
    expect(d.statuses.at(-1)).toMatchObject({
      state: 'success',
      environmentUrl: 'https://churn.eu.example/',
      logUrl: 'https://github.com/acme/registry/actions/runs/42',
    });
    // The record step's environments (<model>/<stage>) are another thing: nothing was written there.
    expect(environment('churn/production')).toEqual([]);
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  });

  it('writes nothing when the same version is reported again, and a new version replaces the old', async () => {
    expect((await cli(['deployed', 'churn@1.0.0', '--environment', 'us-east-prod'])).code).toBe(0);
    gh.clearRequests();
    const again = await cli(['deployed', 'churn@1.0.0', '--environment', 'us-east-prod']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ outcome: 'unchanged' });
    expect(again.stderr).toContain('already reported running');
    expect(writes()).toEqual([]);
    // Reading costs two small requests: the newest deployment and its newest status.
    expect(gh.requests.filter((r) => r.path.includes('/deployments')).map((r) => r.path.replace(/\?.*/, ''))).toHaveLength(2);

    const next = await cli(['deployed', 'churn@2.0.0', '--environment', 'us-east-prod']);
    expect(next.code, next.stderr).toBe(0);
    const [first, second] = environment('churn@us-east-prod');
    expect(first.statuses.at(-1)?.state).toBe('inactive');
    expect(second).toMatchObject({ ref: 'churn@v2.0.0' });
    expect(second.statuses.at(-1)?.state).toBe('success');
    gh.assertNoViolations();
  });

  it('--undeployed marks the running version inactive, once; another version is refused', async () => {
    expect((await cli(['deployed', 'churn@2.0.0', '--environment', 'staging-k8s'])).code).toBe(0);
    const wrong = await cli(['deployed', 'churn@1.0.0', '--environment', 'staging-k8s', '--undeployed']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('staging-k8s runs churn 2.0.0, not 1.0.0: nothing was marked inactive');

    const run = await cli(['deployed', 'churn@2.0.0', '--environment', 'staging-k8s', '--undeployed']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'undeployed' });
    expect(environment('churn@staging-k8s')[0].statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
    gh.clearRequests();
    const again = await cli(['deployed', 'churn@2.0.0', '--environment', 'staging-k8s', '--undeployed']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ outcome: 'unchanged' });
    expect(writes()).toEqual([]);
    gh.assertNoViolations();
  });

  it('refuses a version the registry does not have, with nothing written', async () => {
    gh.clearRequests();
    const run = await cli(['deployed', 'churn@2.1.0', '--environment', 'eu-west-prod']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('`churn` has no version 2.1.0');
    expect(run.stderr).toContain('Nothing was written');
    expect(writes()).toEqual([]);
    expect(deploymentsOf(gh.repo(REPO))).toEqual([]);
  });

  it('refuses an environment registry.yaml does not declare, with a did-you-mean and nothing written', async () => {
    gh.clearRequests();
    const run = await cli(['deployed', 'churn@2.0.0', '--environment', 'eu-west-prd']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('environment `eu-west-prd` is not declared');
    expect(run.stderr).toContain('did you mean `eu-west-prod`');
    expect(gh.requests).toEqual([]);
    expect(deploymentsOf(gh.repo(REPO))).toEqual([]);
  });

  it('refuses a version that is not released yet (no tag), with nothing written', async () => {
    repo.apply({ 'models/churn/versions/3.0.0/card.yaml': 'version: 3.0.0\ncreated: 2026-01-03T00:00:00Z\nsummary: Three.\n' });
    const run = await cli(['deployed', 'churn@3.0.0', '--environment', 'eu-west-prod']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has no tag churn@v3.0.0');
    expect(deploymentsOf(gh.repo(REPO))).toEqual([]);
  });

  it('--registry reads the registry repository on GitHub (from any repository), and refuses what its default branch lacks', async () => {
    const remote = 'acme/remote-registry';
    gh.addRepo(remote, { defaultBranch: 'main', files: REGISTRY_FILES });
    await tag(remote, 'churn@v2.0.0', gh.refs(remote)['refs/heads/main']);
    const other = { GITHUB_REPOSITORY: 'acme/serving' };
    const unknown = await cli(['deployed', 'churn@9.0.0', '--environment', 'eu-west-prod', '--registry', remote], other);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('`churn` has no version 9.0.0');
    const run = await cli(['deployed', 'churn@2.0.0', '--environment', 'eu-west-prod', '--registry', remote], other);
    expect(run.code, run.stderr).toBe(0);
    expect(deploymentsOf(gh.repo(remote)).map((d) => [d.environment, d.ref])).toEqual([['churn@eu-west-prod', 'churn@v2.0.0']]);
    gh.assertNoViolations();
    gh.assertResponsesMatchSpec();
  });
});

describe('command: deployed', () => {
  it('reports the deployment from a workflow step, with the run as its log, and says so in the summary', async () => {
    const step = (inputs: Record<string, string>) =>
      runAction({
        workspace: repo.dir,
        repository: REPO,
        apiUrl: gh.url,
        eventName: 'workflow_dispatch',
        inputs: { command: 'deployed', root: repo.rootInput, model: 'churn', version: '2.0.0', environment: 'eu-west-prod', ...inputs },
        env: { MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '1' },
      });
    const run = await step({ 'environment-url': 'https://churn.eu.example/' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['deployment-environment']).toBe('churn@eu-west-prod');
    expect(run.outputs['deployment-id']).toMatch(/^\d+$/);
    expect(run.summary).toContain('Deployment reported');
    const [d] = environment('churn@eu-west-prod');
    expect(d.statuses.at(-1)?.logUrl).toMatch(/\/acme\/registry\/actions\/runs\/\d+$/);

    const again = await step({});
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs['deployment-id']).toBe('');
    expect(again.summary).toContain('Deployment already reported');

    const refused = await step({ environment: 'mars' });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('environment `mars` is not declared');
    expect(environment('churn@eu-west-prod')).toHaveLength(1);
    gh.assertNoViolations();
  });
});
