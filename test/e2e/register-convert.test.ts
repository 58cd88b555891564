/**
 * `register` converts metrics as training scripts write them, like `add`:
 * the CLI bundle against the fake GitHub (every request checked against
 * GitHub's OpenAPI description) with a Trainer's all_results.json and a
 * registry whose registry.yaml maps a name (`metric_names`). The branch it
 * pushes holds the converted metrics and the card with the run statistics;
 * `--metrics-format raw` commits the file byte for byte.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { parse as parseYaml } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');
const REPO = 'acme/registry';
const TOKEN = 'ghs_registerConvertToken';
const ALL_RESULTS = `{
    "epoch": 3.0,
    "eval_accuracy": 0.8712,
    "eval_loss": 0.2934,
    "eval_runtime": 12.5,
    "eval_samples": 48213,
    "eval_samples_per_second": 3857.04,
    "eval_steps_per_second": 482.1,
    "total_flos": 1.2e15,
    "train_loss": 0.2511,
    "train_runtime": 1620.95,
    "train_samples": 240000,
    "train_samples_per_second": 444.2,
    "train_steps_per_second": 55.5
}
`;

let work: string;
const servers: FakeGitHub[] = [];
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'register-convert-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((gh) => gh.close()));
  rmSync(work, { recursive: true, force: true });
});

/** The template on main, with registry.yaml naming the Trainer's loss as the catalogue's log_loss. */
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
  files['registry.yaml'] = Buffer.concat([files['registry.yaml'], Buffer.from('metric_names:\n  loss: log_loss\n')]);
  gh.addRepo(REPO, { defaultBranch: 'main', files });
  return gh;
}

function cli(gh: FakeGitHub, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCliProcess([...args], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: work,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: 'acme/churn-training',
      GITHUB_SHA: '4e61b74a7682e06b4fdc9862cc1ecf3b091d9107',
      MODEL_REGISTRY_NOW: '2026-04-01T12:00:00Z',
      MODEL_REGISTRY_RETRY_BASE_MS: '10',
      MODEL_REGISTRY_WRITE_SPACING_MS: '0',
    },
  });
}

const REGISTER = ['register', '--registry', REPO, '--model', 'churn-gbm', '--metrics', 'out/all_results.json'];

describe('register converting metrics', () => {
  it("commits a Trainer's all_results.json converted: split, n, metric_names, and the run statistics in the card", async () => {
    const gh = await fakeWithRegistry();
    mkdirSync(join(work, 'out'));
    writeFileSync(join(work, 'out', 'all_results.json'), ALL_RESULTS);
    const run = await cli(gh, REGISTER);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('metrics out/all_results.json: converted from a Hugging Face Trainer results file');
    expect(run.stderr).toContain('renamed eval_loss to `log_loss` (split eval)');
    expect(run.stderr).toContain('moved train_loss to card.yaml training.stats.train_loss');

    const branch = gh.refs(REPO)['refs/heads/register/churn-gbm-2.0.1'];
    const folder = 'models/churn-gbm/versions/2.0.1';
    expect(JSON.parse(gh.readFile(REPO, branch, `${folder}/metrics.json`)!)).toEqual({
      accuracy: { value: 0.8712, split: 'eval', n: 48213 },
      log_loss: { value: 0.2934, split: 'eval', n: 48213 },
    });
    const card = parseYaml(gh.readFile(REPO, branch, `${folder}/card.yaml`)!) as { training: { stats: Record<string, number> } };
    expect(card.training.stats).toEqual({
      epoch: 3,
      eval_runtime: 12.5,
      eval_samples_per_second: 3857.04,
      eval_steps_per_second: 482.1,
      total_flos: 1.2e15,
      train_loss: 0.2511,
      train_runtime: 1620.95,
      train_samples: 240000,
      train_samples_per_second: 444.2,
      train_steps_per_second: 55.5,
    });
  });

  it('--metrics-format raw commits the file byte for byte (and is refused when it is not the registry format)', async () => {
    const gh = await fakeWithRegistry();
    mkdirSync(join(work, 'out'));
    writeFileSync(join(work, 'out', 'all_results.json'), ALL_RESULTS);
    const refused = await cli(gh, [...REGISTER, '--metrics-format', 'raw', '--dry-run']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[unconverted-metrics]');

    const written = '{"roc_auc": 0.88,   "log_loss": 0.29}';
    writeFileSync(join(work, 'out', 'all_results.json'), written);
    const run = await cli(gh, [...REGISTER, '--metrics-format', 'raw']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('converted');
    const branch = gh.refs(REPO)['refs/heads/register/churn-gbm-2.0.1'];
    expect(gh.readFile(REPO, branch, 'models/churn-gbm/versions/2.0.1/metrics.json')).toBe(written);
  });
});
