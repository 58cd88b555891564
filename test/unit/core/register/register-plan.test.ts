/**
 * The register planner as a pure function (inputs and GitHub's state as
 * plain data in, the plan out), the version bumping, the card it builds and the
 * pull request body.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readSnapshot } from '../../../../src/adapters/fs/fs-snapshot.js';
import { buildCard } from '../../../../src/core/register/build-card.js';
import { nextVersion, parseVersionRequest, versionFromBranch, versionFromTag } from '../../../../src/core/register/next-version.js';
import { planRegistration, type PendingRegistration, type RegisterInput, type RemoteRegistryState } from '../../../../src/core/register/plan.js';
import type { RemoteRelease } from '../../../../src/core/release/plan.js';
import { assetDownloadUrl, parseRepository } from '../../../../src/core/release/urls.js';
import type { RegistrySnapshot } from '../../../../src/core/registry/snapshot.js';
import { PROJECT_ROOT } from '../../../support/action-runner.js';

const TEMPLATE = join(PROJECT_ROOT, 'registry-template');
const REPOSITORY = parseRepository('acme/registry')!;
const COMMIT = 'a'.repeat(40);
const RUN_URL = 'https://github.com/acme/churn-training/actions/runs/42';
const NOW = new Date('2026-04-01T12:00:00.123Z');
const enc = (text: string) => new TextEncoder().encode(text);
const dec = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

let template: RegistrySnapshot | undefined;
function templateSnapshot(): RegistrySnapshot {
  template ??= readSnapshot(TEMPLATE);
  return { entries: template.entries.map((e) => ({ ...e })) };
}

function remote(overrides: Partial<RemoteRegistryState> = {}): RemoteRegistryState {
  return { defaultBranch: 'main', baseSha: 'b'.repeat(40), baseTreeSha: 'c'.repeat(40), snapshot: templateSnapshot(), pending: [], releases: [], ...overrides };
}

function input(overrides: Partial<RegisterInput> = {}): RegisterInput {
  return {
    repository: REPOSITORY,
    model: 'churn-gbm',
    metrics: { source: 'out/metrics.json', fileName: 'metrics.json', bytes: enc('{"roc_auc": 0.88, "pr_auc": 0.6}') },
    artifacts: [{ name: 'model.txt', localPath: '/tmp/out/model.txt', size: 12, sha256: 'd'.repeat(64), mediaType: 'text/plain' }],
    run: { codeRepo: 'acme/churn-training', commit: COMMIT, runUrl: RUN_URL },
    now: NOW,
    autoMerge: false,
    ...overrides,
  };
}

function release(tag: string, draft: boolean, id = 1): RemoteRelease {
  return { id, tag_name: tag, draft, html_url: `https://github.com/acme/registry/releases/tag/${tag}`, upload_url: 'x', assets: [] };
}

function fileOf(plan: { files: { path: string; content: string }[] }, path: string): string | undefined {
  return plan.files.find((f) => f.path === path)?.content;
}

describe('version requests and bumps', () => {
  it('parses patch (the default), minor, major and exact versions, and explains a v prefix', () => {
    expect(parseVersionRequest(undefined)).toEqual({ kind: 'bump', level: 'patch' });
    expect(parseVersionRequest('minor')).toEqual({ kind: 'bump', level: 'minor' });
    expect(parseVersionRequest('2.1.0-rc.1')).toEqual({ kind: 'exact', version: '2.1.0-rc.1' });
    expect(parseVersionRequest('v2.1.0')).toMatchObject({ error: expect.stringContaining('without the v: `2.1.0`') });
    expect(parseVersionRequest('2.1')).toHaveProperty('error');
  });

  it('bumps the highest taken version, skipping taken ones, and starts a model at 1.0.0', () => {
    expect(nextVersion([], 'patch')).toBe('1.0.0');
    expect(nextVersion([], 'major')).toBe('1.0.0');
    expect(nextVersion(['0.9.0', '1.0.0', '2.0.0'], 'patch')).toBe('2.0.1');
    expect(nextVersion(['1.0.0', '2.0.0'], 'minor')).toBe('2.1.0');
    expect(nextVersion(['1.0.0', '2.0.0'], 'major')).toBe('3.0.0');
    expect(nextVersion(['1.0.0', '1.1.0-rc.1'], 'patch')).toBe('1.1.0');
    expect(nextVersion(['1.0.0', 'not-a-version'], 'patch')).toBe('1.0.1');
  });

  it('reads versions from register branches and from tags of any tag_format', () => {
    expect(versionFromBranch('churn', 'register/churn-1.2.3')).toBe('1.2.3');
    expect(versionFromBranch('churn', 'register/churn-gbm-1.2.3')).toBeUndefined();
    expect(versionFromBranch('churn', 'feature/x')).toBeUndefined();
    expect(versionFromTag('{model}@v{version}', 'churn-gbm', 'churn-gbm@v2.0.1')).toBe('2.0.1');
    expect(versionFromTag('{model}@v{version}', 'churn', 'churn-gbm@v2.0.1')).toBeUndefined();
    expect(versionFromTag('models/{model}/{version}', 'a.b', 'models/a.b/1.0.0')).toBe('1.0.0');
    expect(versionFromTag('models/{model}/{version}', 'a.b', 'models/axb/1.0.0')).toBeUndefined();
  });
});

describe('planRegistration', () => {
  it('plans the next patch of an existing model: card with lineage from the run, metrics as given, draft, pull request', () => {
    const plan = planRegistration(input(), remote());
    expect(plan.errors).toEqual([]);
    expect(plan).toMatchObject({ action: 'create', version: '2.0.1', tag: 'churn-gbm@v2.0.1', branch: 'register/churn-gbm-2.0.1', newModel: false });
    expect(plan.files.map((f) => f.path).sort()).toEqual(['models/churn-gbm/versions/2.0.1/card.yaml', 'models/churn-gbm/versions/2.0.1/metrics.json']);
    expect(fileOf(plan, 'models/churn-gbm/versions/2.0.1/metrics.json')).toBe('{"roc_auc": 0.88, "pr_auc": 0.6}');
    const cardText = fileOf(plan, 'models/churn-gbm/versions/2.0.1/card.yaml')!;
    expect(cardText.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*card\.schema\.json$/);
    expect(cardText).toContain(`commit: "${COMMIT}"`);
    expect(cardText).toContain('created: "2026-04-01T12:00:00Z"');
    const card = parseYaml(cardText);
    expect(card).toMatchObject({
      version: '2.0.1',
      created: '2026-04-01T12:00:00Z',
      lineage: { code: { repo: 'acme/churn-training', commit: COMMIT } },
      training: { run_url: RUN_URL },
      artifacts: [
        { name: 'model.txt', uri: assetDownloadUrl(REPOSITORY, 'churn-gbm@v2.0.1', 'model.txt'), sha256: 'd'.repeat(64), size: 12, media_type: 'text/plain' },
      ],
    });
    expect(plan.release).toMatchObject({ tag: 'churn-gbm@v2.0.1', name: 'churn-gbm 2.0.1', targetCommitish: 'main' });
    expect(plan.assets).toEqual([{ name: 'model.txt', path: '/tmp/out/model.txt', size: 12, sha256: 'd'.repeat(64), contentType: 'text/plain' }]);
    expect(plan.pullRequest).toMatchObject({ title: 'Register churn-gbm 2.0.1', head: 'register/churn-gbm-2.0.1', base: 'main' });
    expect(plan.pullRequest!.body).toContain('### Metrics');
    expect(plan.pullRequest!.body).toContain('vs 2.0.0');
    expect(plan.pullRequest!.body).toContain(`(${RUN_URL})`);
    expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('skips versions reserved by other runs: register branches with other files, drafts and tags', () => {
    const pending: PendingRegistration = {
      branch: 'register/churn-gbm-2.0.1',
      version: '2.0.1',
      sha: 'e'.repeat(40),
      files: new Map([['models/churn-gbm/versions/2.0.1/card.yaml', enc('version: 2.0.1\ncreated: "2026-01-01T00:00:00Z"\nsummary: Someone else.\n')]]),
    };
    expect(planRegistration(input(), remote({ pending: [pending] })).version).toBe('2.0.2');
    const plan = planRegistration(input(), remote({ pending: [pending], releases: [release('churn-gbm@v2.0.2', true)] }));
    expect(plan).toMatchObject({ action: 'create', version: '2.0.3' });
    expect(planRegistration(input({ version: 'minor' }), remote({ pending: [pending] })).version).toBe('2.1.0');
  });

  it('resumes its own earlier attempt (same files, its created kept) instead of taking another version', () => {
    const first = planRegistration(input({ now: new Date('2026-04-01T09:00:00Z') }), remote());
    const files = new Map(first.files.map((f) => [f.path, enc(f.content)]));
    const pending: PendingRegistration = { branch: first.branch!, version: first.version!, sha: 'e'.repeat(40), files };
    const again = planRegistration(input({ now: new Date('2026-04-01T10:30:00Z') }), remote({ pending: [pending] }));
    expect(again).toMatchObject({ action: 'resume', version: '2.0.1', branch: 'register/churn-gbm-2.0.1' });
    expect(again.files).toEqual(first.files);
    // Other metrics: another registration, so the next version.
    const other = planRegistration(
      input({ metrics: { source: 'm.json', fileName: 'metrics.json', bytes: enc('{"roc_auc": 0.9}') } }),
      remote({ pending: [pending] }),
    );
    expect(other).toMatchObject({ action: 'create', version: '2.0.2' });
  });

  it('finds a registration that was merged already and writes nothing', () => {
    const first = planRegistration(input(), remote());
    const snapshot = templateSnapshot();
    for (const f of first.files) snapshot.entries.push({ path: f.path, type: 'file', size: f.content.length, bytes: enc(f.content) });
    const again = planRegistration(input({ now: new Date('2026-05-01T00:00:00Z') }), remote({ snapshot }));
    expect(again).toMatchObject({ action: 'registered', version: '2.0.1' });
  });

  it('refuses invalid metrics before anything is written, at the line of the metrics file', () => {
    const metrics = { source: 'out/metrics.json', fileName: 'metrics.json' as const, bytes: enc('{\n  "roc_auc": 87.1\n}\n') };
    const plan = planRegistration(input({ metrics }), remote());
    expect(plan.action).toBe('blocked');
    const problem = plan.problems.find((p) => p.rule === 'metric-range')!;
    expect(problem).toMatchObject({ file: 'models/churn-gbm/versions/2.0.1/metrics.json', line: 2, severity: 'error' });
    expect(plan.fileLabels[problem.file]).toBe('out/metrics.json');
    expect(plan.errors.join('\n')).toMatch(/would not pass the registry's checks/);
  });

  it('refuses a bad card input with the problem in the card it makes, and a YAML problem at the line of the input', () => {
    const card = {
      source: 'card.yaml',
      bytes: enc('summary: Retrained.\nlineage:\n  parents:\n    - {model: churn-gbm, version: 2.0.0, relation: finetune}\n'),
    };
    const plan = planRegistration(input({ card }), remote());
    expect(plan.action).toBe('blocked');
    const schema = plan.problems.find((p) => p.rule === 'schema')!;
    expect(schema.file).toBe('models/churn-gbm/versions/2.0.1/card.yaml');
    expect(schema.message).toMatch(/fine-tune/);
    const cardText = fileOf(plan, schema.file)!;
    expect(cardText.split('\n')[schema.line - 1]).toContain('finetune');

    const broken = planRegistration(input({ card: { source: 'in/card.yaml', bytes: enc('summary: ok\nsummary: again\n') } }), remote());
    expect(broken.action).toBe('blocked');
    expect(broken.problems[0]).toMatchObject({ file: 'in/card.yaml', rule: 'duplicate-key', line: 2 });
  });

  it('checks lineage against the registry: an unknown parent is refused', () => {
    const card = { source: 'card.yaml', bytes: enc('lineage:\n  parents:\n    - {model: churn-gmb, version: 2.0.0, relation: retrain}\n') };
    const plan = planRegistration(input({ card }), remote());
    expect(plan.problems.map((p) => p.rule)).toContain('unknown-parent');
    expect(plan.action).toBe('blocked');
  });

  it('keeps card input fields and lets the run own version, lineage.code and run_url', () => {
    const card = {
      source: 'card.yaml',
      bytes: enc(
        'version: 9.9.9\nsummary: "Retrained on March data."\ndescription: |\n  Longer.\ntraining:\n  params: {lr: 0.1}\n  run_url: https://wandb.ai/x\nlineage:\n  code: {repo: other/repo, commit: "' +
          'f'.repeat(40) +
          '", path: train.py}\nx-team: growth\n',
      ),
    };
    const plan = planRegistration(input({ card }), remote());
    expect(plan.errors).toEqual([]);
    const value = parseYaml(fileOf(plan, 'models/churn-gbm/versions/2.0.1/card.yaml')!);
    expect(value).toMatchObject({
      version: '2.0.1',
      summary: 'Retrained on March data.',
      description: 'Longer.\n',
      training: { params: { lr: 0.1 }, run_url: RUN_URL },
      lineage: { code: { repo: 'acme/churn-training', commit: COMMIT, path: 'train.py' } },
      'x-team': 'growth',
    });
    expect(plan.warnings.join('\n')).toMatch(/version \(9\.9\.9\) is ignored/);
    expect(plan.warnings.join('\n')).toMatch(/lineage\.code/);
  });

  it('refuses an exact version that is registered, or reserved by another run', () => {
    expect(planRegistration(input({ version: '2.0.0' }), remote()).errors.join()).toMatch(/already in the registry/);
    expect(planRegistration(input({ version: '2.0.0+build.1' }), remote()).errors.join()).toMatch(/already in the registry/);
    const plan = planRegistration(input({ version: '3.0.0' }), remote({ releases: [release('churn-gbm@v3.0.0', true)] }));
    expect(plan.errors.join()).toMatch(/draft release .* not this registration's/);
    expect(planRegistration(input({ version: '3.0.0' }), remote())).toMatchObject({ action: 'create', version: '3.0.0' });
  });

  it('adds a new model at 1.0.0 with its model.yaml, and asks for a model card when there is none', () => {
    const missing = planRegistration(input({ model: 'fraud-xgb' }), remote());
    expect(missing.action).toBe('blocked');
    expect(missing.errors.join()).toMatch(/not in the registry yet/);

    const plan = planRegistration(
      input({ model: 'fraud-xgb', modelFields: { description: 'Card fraud.', owners: ['@acme/risk'], license: 'MIT', tags: ['fraud'] } }),
      remote(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan).toMatchObject({ action: 'create', version: '1.0.0', newModel: true });
    expect(parseYaml(fileOf(plan, 'models/fraud-xgb/model.yaml')!)).toEqual({
      name: 'fraud-xgb',
      description: 'Card fraud.',
      owners: ['@acme/risk'],
      license: 'MIT',
      tags: ['fraud'],
    });
    expect(plan.pullRequest!.title).toBe('Register fraud-xgb 1.0.0 (new model)');

    const file = planRegistration(
      input({ model: 'fraud-xgb', modelCard: { source: 'model.yaml', bytes: enc('name: fraud\ndescription: x\nowners: ["@a"]\n') } }),
      remote(),
    );
    expect(file.action).toBe('blocked');
    expect(file.problems.find((p) => p.rule === 'name-mismatch')).toBeDefined();
    expect(file.fileLabels['models/fraud-xgb/model.yaml']).toBe('model.yaml');
  });

  it('refuses duplicate artifact names and invalid model names', () => {
    const a = { name: 'w.bin', localPath: '/a/w.bin', size: 1, sha256: '0'.repeat(64) };
    expect(planRegistration(input({ artifacts: [a, { ...a, localPath: '/b/w.bin' }] }), remote()).errors.join()).toMatch(/same file name w\.bin/);
    expect(planRegistration(input({ model: 'Churn GBM' }), remote()).errors.join()).toMatch(/not valid/);
  });

  it('refuses names and tags that git or GTO would refuse: a model a..b or a.b, a tag_format making invalid tags, a version whose tag ends in .lock', () => {
    const fields = { modelFields: { description: 'New.', owners: ['@acme/ml'] } };
    for (const model of ['a..b', 'a.b']) {
      const plan = planRegistration(input({ model, ...fields }), remote());
      expect(plan.action).toBe('blocked');
      expect(plan.errors.join()).toMatch(/not valid: .*\(no dots\)/);
    }
    // The default branch's tag_format makes no valid tag: its problem is no problem of the new files, but the tag would be refused.
    const snapshot = templateSnapshot();
    const settings = snapshot.entries.find((e) => e.path === 'registry.yaml')!;
    settings.bytes = enc(dec(settings.bytes!).replace('tag_format: "{model}@v{version}"', 'tag_format: "{model}/.v{version}"'));
    settings.size = settings.bytes.length;
    const broken = planRegistration(input(), remote({ snapshot }));
    expect(broken.action).toBe('blocked');
    expect(broken.errors.join()).toContain('the release tag `churn-gbm/.v2.0.1` is not a name git accepts (its part `.v2.0.1` starts with `.`)');
    // A version of its own making is one problem, at its card.
    const lock = planRegistration(input({ version: '2.1.0-rc.lock' }), remote());
    expect(lock.action).toBe('blocked');
    expect(lock.problems.map((p) => [p.rule, p.file])).toEqual([['invalid-tag', 'models/churn-gbm/versions/2.1.0-rc.lock/card.yaml']]);
    expect(lock.errors).toHaveLength(1);
  });

  it('keeps card text out of the pull request markup', () => {
    const card = { source: 'card.yaml', bytes: enc('summary: "Ping @octocat, see [this](https://evil.example) <img src=x>"\n') };
    const body = planRegistration(input({ card }), remote()).pullRequest!.body;
    expect(body).not.toContain('[this](https://evil.example)');
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/@octocat/);
  });
});

describe('buildCard', () => {
  it('makes the same bytes from the same inputs', () => {
    const build = { version: '1.0.0', created: '2026-01-01T00:00:00Z', run: { codeRepo: 'a/b', commit: COMMIT }, artifacts: [], assetUri: (n: string) => n };
    expect(buildCard(build).text).toBe(buildCard(build).text);
    expect(buildCard(build).text).toContain('summary: Trained from a/b at aaaaaaa.');
  });
});

void dec;
