/**
 * `observe` in process: in a working tree, and through the API against the
 * fake GitHub (every request checked against GitHub's OpenAPI description),
 * with a re-run, a head moved between read and write, and two runs racing.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { observe, type ObserveOptions } from '../../../src/app/observe.js';
import type { RequestedRecord } from '../../../src/core/monitoring/observe-input.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';

const REGISTRY =
  'format: 1\nname: test\nstages: [staging, production]\nenvironments:\n  eu-west-prod: production\nmetrics:\n  accuracy: {direction: higher, min: 0, max: 1}\n';
const FILES: Record<string, string> = {
  'registry.yaml': REGISTRY,
  'models/churn/model.yaml': 'name: churn\ndescription: Churn.\nowners: ["@acme"]\n',
  'models/churn/stages.yaml': 'production: 1.0.0\n',
  'models/churn/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: 2025-01-01T00:00:00Z\nsummary: First.\n',
  'models/churn/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
  'models/churn/versions/1.1.0/card.yaml': 'version: 1.1.0\ncreated: 2025-02-01T00:00:00Z\nsummary: Second.\n',
  'models/churn/versions/1.1.0/metrics.yaml': 'accuracy: 0.91\n',
};
const NOW = Date.parse('2025-03-14T06:00:00Z');
const record = (fields: Record<string, unknown>, source = 'the command line'): RequestedRecord => ({ fields, source });

let dirs: string[] = [];
function tree(extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'observe-'));
  dirs.push(root);
  for (const [path, text] of Object.entries({ ...FILES, ...extra })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const local = (root: string, records: RequestedRecord[], over: Partial<ObserveOptions> = {}) =>
  observe({ model: 'churn', records, root, serverUrl: 'https://github.com', now: () => NOW, log: () => {}, ...over });

describe('observe in a working tree', () => {
  it("appends to the month file of each record's time (UTC), the version from the environment's stage, and nothing on a re-run", async () => {
    const root = tree();
    const records = [
      record({ metric: 'accuracy', value: 0.9, environment: 'eu-west-prod', n: 500 }),
      record({ metric: 'accuracy', value: 0.8, version: '1.1.0', time: '2025-03-31T23:30:00-01:00' }),
    ];
    const first = await local(root, records);
    expect(first.action).toBe('appended');
    expect(readFileSync(join(root, 'models/churn/monitoring/2025-03.jsonl'), 'utf8')).toBe(
      '{"time":"2025-03-14T06:00:00Z","version":"1.0.0","metric":"accuracy","value":0.9,"n":500,"environment":"eu-west-prod"}\n',
    );
    expect(readFileSync(join(root, 'models/churn/monitoring/2025-04.jsonl'), 'utf8')).toBe(
      '{"time":"2025-03-31T23:30:00-01:00","version":"1.1.0","metric":"accuracy","value":0.8}\n',
    );
    const again = await local(root, records);
    expect(again).toMatchObject({ action: 'nothing-to-do', plan: { appended: 0, present: 2 } });
    expect(readFileSync(join(root, 'models/churn/monitoring/2025-03.jsonl'), 'utf8').split('\n')).toHaveLength(2);
  });

  it('keeps what a month file holds, adding a missing last line break first', async () => {
    const before = '{"time":"2025-03-01T00:00:00Z","version":"1.0.0","metric":"accuracy","value":0.9}';
    const root = tree({ 'models/churn/monitoring/2025-03.jsonl': before });
    await local(root, [record({ metric: 'accuracy', value: 0.7, version: '1.0.0' })]);
    expect(readFileSync(join(root, 'models/churn/monitoring/2025-03.jsonl'), 'utf8')).toBe(
      `${before}\n{"time":"2025-03-14T06:00:00Z","version":"1.0.0","metric":"accuracy","value":0.7}\n`,
    );
  });

  it('writes nothing when one record breaks a rule, and says which and why', async () => {
    const root = tree();
    const records = [
      record({ metric: 'accuracy', value: 0.9, version: '1.0.0' }),
      record({ metric: 'accuracy', value: 93, version: '2.0.0' }, 'obs.csv line 3'),
    ];
    await expect(local(root, records)).rejects.toThrow(
      /^refused, nothing was written:\nerror: obs\.csv line 3 \(models\/churn\/monitoring\/2025-03\.jsonl:2:\d+\): `churn` has no version 2\.0\.0/,
    );
    await expect(local(root, records)).rejects.toThrow(
      /\nerror: obs\.csv line 3 \(.*\): `accuracy` is 93, above its catalogue maximum of 1: .* \[metric-range\]$/,
    );
    expect(existsSync(join(root, 'models/churn/monitoring'))).toBe(false);
  });

  it('refuses an undeclared environment, and a model that does not exist', async () => {
    const root = tree();
    await expect(local(root, [record({ metric: 'accuracy', value: 0.9, environment: 'moon' })])).rejects.toThrow(
      "the command line: environment `moon` is not declared in registry.yaml's environments (eu-west-prod)",
    );
    await expect(local(root, [record({ metric: 'accuracy', value: 0.9, version: '1.0.0' })], { model: 'nope' })).rejects.toThrow(
      'the registry has no model `nope`',
    );
    await expect(local(root, [record({ metric: 'accuracy', value: 0.9, version: '1.0.0' })], { model: '../x' })).rejects.toThrow('is not a model name');
  });

  it('never appends through a symbolic link at the month file', async () => {
    const root = tree();
    const outside = join(dirs[0], '..', `outside-${process.pid}.jsonl`);
    writeFileSync(outside, '');
    mkdirSync(join(root, 'models/churn/monitoring'));
    symlinkSync(outside, join(root, 'models/churn/monitoring/2025-03.jsonl'));
    await expect(local(root, [record({ metric: 'accuracy', value: 0.9, version: '1.0.0' })])).rejects.toThrow(
      /is a symlink, not a file: nothing can be appended/,
    );
    expect(readFileSync(outside, 'utf8')).toBe('');
    rmSync(outside);
  });
});

describe('observe through the API', () => {
  const REPO = 'acme/registry';
  const TOKEN = 'test-token';
  let gh: FakeGitHub;
  const saved = { ...process.env };

  beforeEach(async () => {
    gh = await startFakeGitHub();
    gh.addRepo(REPO, { defaultBranch: 'main', files: FILES });
    waits.length = 0;
    Object.assign(process.env, { GITHUB_API_URL: gh.url, MODEL_REGISTRY_RETRY_BASE_MS: '0', MODEL_REGISTRY_WRITE_SPACING_MS: '0' });
  });
  afterEach(async () => {
    gh.assertNoViolations();
    await gh.close();
    process.env = { ...saved };
  });

  const waits: number[] = [];
  const remote = (records: RequestedRecord[], over: Partial<ObserveOptions> = {}) =>
    local('.', records, {
      registry: REPO,
      token: TOKEN,
      wait: (attempt) => {
        waits.push(attempt);
        return Promise.resolve();
      },
      ...over,
    });
  const month = () => gh.readFile(REPO, 'main', 'models/churn/monitoring/2025-03.jsonl') ?? '';

  it('commits to the default branch once; a re-run appends nothing', async () => {
    const records = [record({ metric: 'accuracy', value: 0.9, version: '1.0.0' })];
    const first = await remote(records);
    expect(first.action).toBe('committed');
    expect(month()).toBe('{"time":"2025-03-14T06:00:00Z","version":"1.0.0","metric":"accuracy","value":0.9}\n');
    const head = gh.repo(REPO).branchSha('main');
    expect(await remote(records)).toMatchObject({ action: 'nothing-to-do', plan: { present: 1 } });
    expect(gh.repo(REPO).branchSha('main')).toBe(head);
  });

  it('reads the head again when another job committed between read and write, appending only what is missing', async () => {
    gh.commitFiles(REPO, 'main', {
      'models/churn/monitoring/2025-03.jsonl': '{"time":"2025-03-14T06:00:00Z","version":"1.0.0","metric":"accuracy","value":0.9}\n',
    });
    const records = [record({ metric: 'accuracy', value: 0.9, version: '1.0.0' }), record({ metric: 'accuracy', value: 0.5, version: '1.1.0' })];
    let calls = 0;
    const result = await remote(records, {
      // The other job's commit lands after this run read the head, before its commit is made.
      now: () => {
        if (calls++ === 0)
          gh.commitFiles(REPO, 'main', {
            'models/churn/monitoring/2025-03.jsonl': `${month()}{"time":"2025-03-14T05:00:00Z","version":"1.0.0","metric":"accuracy","value":0.7}\n`,
          });
        return NOW;
      },
    });
    expect(result).toMatchObject({ action: 'committed', retries: 1, plan: { appended: 1, present: 1 } });
    // One injected wait before reading the head again: the test never sleeps.
    expect(waits).toEqual([1]);
    expect(
      month()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).value),
    ).toEqual([0.9, 0.7, 0.5]);
    expect(gh.requests.filter((r) => r.method === 'PATCH' && /git\/refs\/heads\/main$/.test(r.path)).map((r) => r.status)).toEqual([422, 200]);
  });

  it('two runs racing each other: both records end up exactly once', async () => {
    const a = [record({ metric: 'accuracy', value: 0.91, version: '1.0.0', segment: 'eu' })];
    const b = [record({ metric: 'accuracy', value: 0.92, version: '1.0.0', segment: 'us' })];
    const results = await Promise.all([remote(a), remote(b), remote(a)]);
    const lines = month().split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l).segment).sort()).toEqual(['eu', 'us']);
    const patches = gh.requests.filter((r) => r.method === 'PATCH' && /git\/refs\/heads\/main$/.test(r.path));
    // Each run either committed (a fast forward) or found its record there; a refused fast forward was always followed by a fresh read.
    expect(patches.length).toBe(results.reduce((sum, r) => sum + (r.action === 'committed' ? 1 + r.retries : r.retries), 0));
  });

  it('opens a pull request when registry.yaml says monitoring.observe: pull-request, and reuses it on a re-run', async () => {
    gh.commitFiles(REPO, 'main', { 'registry.yaml': `${REGISTRY}monitoring:\n  observe: pull-request\n` });
    const records = [record({ metric: 'accuracy', value: 0.9, version: '1.0.0' })];
    const first = await remote(records);
    expect(first.action).toBe('pull-request');
    expect(month()).toBe('');
    const again = await remote(records);
    expect(again.pullRequest).toEqual(first.pullRequest);
    const pulls = [...gh.repo(REPO).pulls.values()];
    expect(pulls).toHaveLength(1);
    expect(gh.readFile(REPO, pulls[0].headRef, 'models/churn/monitoring/2025-03.jsonl')).toBe(
      '{"time":"2025-03-14T06:00:00Z","version":"1.0.0","metric":"accuracy","value":0.9}\n',
    );
  });

  describe('with monitoring.observe: pull-request, one open pull request a model', () => {
    const a = [record({ metric: 'accuracy', value: 0.91, version: '1.0.0', segment: 'eu' })];
    const b = [record({ metric: 'accuracy', value: 0.92, version: '1.0.0', segment: 'us' })];
    const c = [record({ metric: 'accuracy', value: 0.93, version: '1.0.0', segment: 'apac' })];
    const segments = (ref: string) =>
      (gh.readFile(REPO, ref, 'models/churn/monitoring/2025-03.jsonl') ?? '')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).segment as string);
    const open = () => gh.pulls(REPO).filter((p) => p.state === 'open');
    const api = (method: string, path: string, body?: object) =>
      fetch(`${gh.url}/repos/${REPO}${path}`, {
        method,
        headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
        body: body && JSON.stringify(body),
      });
    /** Closed as someone on GitHub would close it, at once (PATCH /pulls/{n} does the same). */
    const closeInFake = (number: number) => {
      const repo = gh.repo(REPO);
      repo.pulls.get(number)!.state = 'closed';
      repo.issues.get(number)!.state = 'closed';
    };
    beforeEach(() => {
      gh.commitFiles(REPO, 'main', { 'registry.yaml': `${REGISTRY}monitoring:\n  observe: pull-request\n` });
    });

    it('a later job’s observations join the open pull request: one pull request, both records on its branch, none on main', async () => {
      const first = await remote(a);
      const second = await remote(b);
      expect(second).toMatchObject({ action: 'pull-request', pullRequest: first.pullRequest, plan: { appended: 1 } });
      expect(gh.pulls(REPO)).toHaveLength(1);
      expect(segments(open()[0].headRef)).toEqual(['eu', 'us']);
      expect(month()).toBe('');
      expect(await remote(b)).toMatchObject({ action: 'nothing-to-do', pullRequest: first.pullRequest });
    });

    it('jobs racing to join it: each record exactly once on its branch, still one pull request', async () => {
      await remote(a);
      await Promise.all([remote(b), remote(c), remote(b)]);
      expect(gh.pulls(REPO)).toHaveLength(1);
      expect(segments(open()[0].headRef).sort()).toEqual(['apac', 'eu', 'us']);
    });

    it('once it is merged, the next observations open a new one on top of main', async () => {
      const first = await remote(a);
      expect((await api('PUT', `/pulls/${first.pullRequest!.number}/merge`, { merge_method: 'squash' })).status).toBe(200);
      expect(segments('main')).toEqual(['eu']);
      const next = await remote(b);
      expect(next.pullRequest!.number).not.toBe(first.pullRequest!.number);
      expect(open()).toHaveLength(1);
      expect(segments(open()[0].headRef)).toEqual(['eu', 'us']);
    });

    it('closed while a job appended to it: the job reads main again and opens a new one, so its record is not left on a dead branch', async () => {
      const first = await remote(a);
      let plans = 0;
      const result = await remote(b, {
        now: () => {
          // The second plan is the one against the pull request's branch: close it then.
          if (++plans === 2) closeInFake(first.pullRequest!.number);
          return NOW;
        },
      });
      expect(result.action).toBe('pull-request');
      expect(result.pullRequest!.number).not.toBe(first.pullRequest!.number);
      expect(open()).toHaveLength(1);
      expect(segments(open()[0].headRef)).toEqual(['us']);
    });
  });
});
