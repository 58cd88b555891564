/**
 * `model-registry observe` and `command: observe` end to end: the committed
 * bundles, in a working tree and against the fake GitHub (every request
 * checked against GitHub's OpenAPI description). Records land in the month
 * file of their time, once, however often the job runs and however many
 * jobs run at once; a record the registry's rules refuse writes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { runAction } from '../support/action-runner.js';

const REPO = 'acme/registry';
const FILES: Record<string, string> = {
  'registry.yaml':
    'format: 1\nname: acme\nstages: [staging, production]\nenvironments:\n  eu-west-prod: production\nmetrics:\n  accuracy: {direction: higher, min: 0, max: 1}\n',
  'models/churn/model.yaml': 'name: churn\ndescription: Churn.\nowners: ["@acme"]\n',
  'models/churn/stages.yaml': 'production: 2.0.0\n',
  'models/churn/versions/1.0.0/card.yaml': 'version: 1.0.0\ncreated: 2025-01-01T00:00:00Z\nsummary: One.\n',
  'models/churn/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
  'models/churn/versions/2.0.0/card.yaml': 'version: 2.0.0\ncreated: 2025-02-01T00:00:00Z\nsummary: Two.\n',
  'models/churn/versions/2.0.0/metrics.yaml': 'accuracy: 0.92\n',
};

let root: string;
let gh: FakeGitHub;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'observe-e2e-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  gh = await startFakeGitHub();
  gh.addRepo(REPO, { defaultBranch: 'main', files: FILES });
});

afterEach(async () => {
  await gh.close();
  rmSync(root, { recursive: true, force: true });
});

function cli(args: string[]) {
  return runCliProcess([...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 't',
      MODEL_REGISTRY_WRITE_SPACING_MS: '0',
      MODEL_REGISTRY_RETRY_BASE_MS: '0',
    },
  });
}

const march = 'models/churn/monitoring/2025-03.jsonl';
const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('model-registry observe, in the working tree', () => {
  it('appends one record (the version from the environment), then nothing on a re-run, and validate accepts it', async () => {
    const args = [
      'observe',
      'churn',
      '--metric',
      'accuracy',
      '--value',
      '0.905',
      '--environment',
      'eu-west-prod',
      '--n',
      '5000',
      '--time',
      '2025-03-14T06:00:00Z',
    ];
    const first = await cli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(`appended 1 record to ${march}\n`);
    expect(readFileSync(join(root, march), 'utf8')).toBe(
      '{"time":"2025-03-14T06:00:00Z","version":"2.0.0","metric":"accuracy","value":0.905,"n":5000,"environment":"eu-west-prod"}\n',
    );
    const again = await cli(args);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('nothing to append: every record is there already (1 already there)\n');
    const valid = await cli(['validate']);
    expect(valid.code, valid.stdout).toBe(0);
  });

  it('--from a CSV appends many records, each in the month file of its time', async () => {
    writeFileSync(
      join(root, 'obs.csv'),
      'time,version,metric,value,n,segment\n2025-03-30T00:00:00Z,2.0.0,accuracy,0.91,100,eu\n2025-04-01T00:00:00Z,2.0.0,accuracy,0.89,120,"tier=a,b"\n',
    );
    const run = await cli(['observe', 'churn', '--from', 'obs.csv']);
    expect(run.code, run.stderr).toBe(0);
    expect(lines(readFileSync(join(root, march), 'utf8'))).toEqual([
      { time: '2025-03-30T00:00:00Z', version: '2.0.0', metric: 'accuracy', value: 0.91, n: 100, segment: 'eu' },
    ]);
    expect(lines(readFileSync(join(root, 'models/churn/monitoring/2025-04.jsonl'), 'utf8'))).toEqual([
      { time: '2025-04-01T00:00:00Z', version: '2.0.0', metric: 'accuracy', value: 0.89, n: 120, segment: 'tier=a,b' },
    ]);
  });

  it('refuses a record the rules refuse with exit status 1, naming its line, and writes nothing', async () => {
    writeFileSync(
      join(root, 'obs.jsonl'),
      '{"time":"2025-03-01T00:00:00Z","version":"2.0.0","metric":"accuracy","value":0.9}\n{"time":"2025-03-02T00:00:00Z","version":"3.0.0","metric":"accuracy","value":0.9}\n',
    );
    const run = await cli(['observe', 'churn', '--from', 'obs.jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refused, nothing was written');
    expect(run.stderr).toContain('error: obs.jsonl line 2 (models/churn/monitoring/2025-03.jsonl:2:');
    expect(run.stderr).toContain('`churn` has no version 3.0.0');
    expect(existsSync(join(root, 'models/churn/monitoring'))).toBe(false);
    const usage = await cli(['observe', 'churn', '--metric', 'accuracy', '--value', 'high', '--version', '2.0.0']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--value must be a finite number, got "high"');
  });
});

describe('model-registry observe --registry', () => {
  it('one commit to the default branch; a re-run writes nothing; two jobs at once both land, each record once', async () => {
    const one = ['observe', 'churn', '--registry', REPO, '--metric', 'accuracy', '--value', '0.9', '--version', '2.0.0', '--time', '2025-03-14T06:00:00Z'];
    const first = await cli(one);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^appended 1 record to models\/churn\/monitoring\/2025-03\.jsonl in commit [0-9a-f]{40}\n$/);
    const head = gh.repo(REPO).branchSha('main');
    const again = await cli(one);
    expect(again.code, again.stderr).toBe(0);
    expect(gh.repo(REPO).branchSha('main')).toBe(head);

    const racing = await Promise.all(
      ['eu', 'us', 'apac'].map((segment) =>
        cli([
          'observe',
          'churn',
          '--registry',
          REPO,
          '--metric',
          'accuracy',
          '--value',
          '0.8',
          '--version',
          '2.0.0',
          '--segment',
          segment,
          '--time',
          '2025-03-15T06:00:00Z',
        ]),
      ),
    );
    for (const run of racing) expect(run.code, run.stderr).toBe(0);
    const records = lines(gh.readFile(REPO, 'main', march));
    expect(records.map((r) => r.segment ?? '-').sort()).toEqual(['-', 'apac', 'eu', 'us']);
    gh.assertNoViolations();
  });
});

describe('command: observe', () => {
  it('appends through the API with the outputs, then appends nothing on a re-run', async () => {
    const step = () =>
      runAction({
        workspace: root,
        repository: REPO,
        apiUrl: gh.url,
        eventName: 'schedule',
        inputs: {
          command: 'observe',
          registry: REPO,
          model: 'churn',
          environment: 'eu-west-prod',
          metric: 'accuracy',
          value: '0.93',
          time: '2025-03-20T00:00:00Z',
        },
        env: { MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '0' },
      });
    const run = await step();
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.observed).toBe('1');
    expect(run.outputs.commit).toBe(gh.repo(REPO).branchSha('main'));
    expect(run.summary).toContain(`1 appended to \`churn\`, 0 already there, commit \`${run.outputs.commit}\`.`);
    expect(run.summary).toContain(`- \`${march}\`: 1`);
    expect(lines(gh.readFile(REPO, 'main', march))).toEqual([
      { time: '2025-03-20T00:00:00Z', version: '2.0.0', metric: 'accuracy', value: 0.93, environment: 'eu-west-prod' },
    ]);
    const again = await step();
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs.observed).toBe('0');
    expect(again.outputs.commit).toBe('');
    gh.assertNoViolations();
  });
});
