/**
 * A team's first registry through the CLI bundle, as the README's "Your first
 * registry" tells it: `init` in an empty folder, `add` a model version with
 * the metrics a Hugging Face Trainer wrote, `validate`. Then the refusals:
 * a second `init` writes nothing, an `add` with a problem leaves the tree as
 * it was, a link is never written through; and a committed Trainer file is
 * one problem that `convert-metrics` fixes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const CLI = join(root, 'dist', 'cli.js');
const TEMPLATE_WORKFLOWS = join(root, 'registry-template', '.github', 'workflows');
const NOW = '2026-04-01T12:00:00Z';

// What run_glue.py's Trainer writes for DistilBERT fine-tuned on SST-2.
const EVAL_RESULTS = `{
    "epoch": 3.0,
    "eval_accuracy": 0.9105504587155964,
    "eval_loss": 0.3874627351760864,
    "eval_runtime": 2.8341,
    "eval_samples": 872,
    "eval_samples_per_second": 307.682,
    "eval_steps_per_second": 38.46
}
`;

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'init-add-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function cli(args: string[], cwd = work) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: work, MODEL_REGISTRY_NOW: NOW };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its bytes' digest: "unchanged" means exactly this. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = entry.isSymbolicLink() ? 'link' : createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A training run's output: the Trainer's eval_results.json, the weights and the config. */
function trainingOutput(metrics = EVAL_RESULTS): string {
  const out = join(work, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'eval_results.json'), metrics);
  writeFileSync(join(out, 'model.safetensors'), 'weights of a small model\n');
  writeFileSync(join(out, 'config.json'), '{"id2label": {"0": "negative", "1": "positive"}}\n');
  return out;
}

const ADD_NEW = ['add', 'sentiment', '--metrics', '../out/eval_results.json', '--artifact', '../out/*.safetensors', '--artifact', '../out/config.json'];
const OWNER = ['--owner', '@acme/nlp', '--description', 'Sentiment of product reviews.'];

describe('model-registry init', () => {
  it('makes an empty folder a registry that validates, with the template workflows byte for byte', () => {
    const run = cli(['init', 'reg', '--name', 'NLP models', '--owner', '@acme/nlp', '--url', 'https://acme.github.io/nlp-models/']);
    expect(run.status, run.stderr).toBe(0);
    const dir = join(work, 'reg');
    expect(Object.keys(tree(dir)).sort()).toEqual([
      '.gitattributes',
      '.github/workflows/audit.yml',
      '.github/workflows/pages.yml',
      '.github/workflows/pull-request-comment.yml',
      '.github/workflows/pull-request.yml',
      '.github/workflows/release.yml',
      'README.md',
      'registry.yaml',
    ]);
    for (const name of readdirSync(TEMPLATE_WORKFLOWS)) {
      expect(readFileSync(join(dir, '.github', 'workflows', name), 'utf8'), name).toBe(readFileSync(join(TEMPLATE_WORKFLOWS, name), 'utf8'));
    }
    expect(run.stdout).toContain('created registry.yaml');
    const settings = readFileSync(join(dir, 'registry.yaml'), 'utf8');
    expect(settings.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/registry.schema.json',
    );
    expect(parseYaml(settings)).toMatchObject({
      name: 'NLP models',
      url: 'https://acme.github.io/nlp-models/',
      maintainers: ['@acme/nlp'],
      stages: ['staging', 'production'],
      metrics: { accuracy: { direction: 'higher', min: 0, max: 1 }, latency_p95_ms: { direction: 'lower', unit: 'ms' } },
    });
    expect(settings).not.toMatch(/acme ml platform/i);
    // Badges from the GitHub Pages address's repository.
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('https://github.com/acme/nlp-models/actions/workflows/pull-request.yml/badge.svg');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toContain('models/*/versions/**/*.safetensors filter=lfs diff=lfs merge=lfs -text');

    const validate = cli(['validate', '--root', 'reg']);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stdout).toContain('0 errors, 0 warnings');
  });

  it('a second run writes nothing, and never overwrites a file the team changed', () => {
    expect(cli(['init', 'reg']).status).toBe(0);
    const dir = join(work, 'reg');
    writeFileSync(join(dir, 'README.md'), '# Our own README\n');
    const before = tree(dir);
    const again = cli(['init', 'reg', '--name', 'Another name']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('kept    README.md (already there; not overwritten)');
    expect(again.stdout).toContain('nothing to do');
    expect(tree(dir)).toEqual(before);
  });

  it('refuses settings that would make an invalid registry.yaml, writing nothing', () => {
    const run = cli(['init', 'reg', '--stages', 'Staging,Prod']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--stages must be stage names');
    const owner = cli(['init', 'reg', '--owner', 'acme-nlp']);
    expect(owner.status).toBe(2);
    expect(owner.stderr).toContain('invalid registry.yaml');
    expect(readdirSync(work)).toEqual([]);
  });
});

describe('model-registry add', () => {
  it("adds a new model's first version from a Trainer's eval_results.json: converted, printed, and valid", () => {
    expect(cli(['init', 'reg']).status).toBe(0);
    trainingOutput();
    const reg = join(work, 'reg');
    const run = cli([...ADD_NEW, ...OWNER], reg);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('added sentiment 1.0.0 (a new model):');
    expect(run.stderr).toContain('metrics ../out/eval_results.json: converted from a Hugging Face Trainer results file');
    expect(run.stderr).toContain('renamed eval_accuracy to `accuracy` (split eval)');
    expect(run.stderr).toContain('moved eval_runtime to card.yaml training.stats.eval_runtime');

    const folder = join(reg, 'models', 'sentiment', 'versions', '1.0.0');
    expect(readdirSync(folder).sort()).toEqual(['card.yaml', 'config.json', 'metrics.json', 'model.safetensors']);
    expect(JSON.parse(readFileSync(join(folder, 'metrics.json'), 'utf8'))).toEqual({
      accuracy: { value: 0.9105504587155964, split: 'eval', n: 872 },
      loss: { value: 0.3874627351760864, split: 'eval', n: 872 },
    });
    const weights = readFileSync(join(work, 'out', 'model.safetensors'));
    expect(parseYaml(readFileSync(join(folder, 'card.yaml'), 'utf8'))).toMatchObject({
      version: '1.0.0',
      created: NOW,
      training: { stats: { epoch: 3, eval_runtime: 2.8341 } },
      artifacts: [
        { name: 'model.safetensors', path: 'model.safetensors', size: weights.length, sha256: createHash('sha256').update(weights).digest('hex') },
        { name: 'config.json', path: 'config.json' },
      ],
    });
    expect(parseYaml(readFileSync(join(reg, 'models', 'sentiment', 'model.yaml'), 'utf8'))).toMatchObject({ name: 'sentiment', owners: ['@acme/nlp'] });

    const validate = cli(['validate'], reg);
    expect(validate.status, validate.stdout).toBe(0);
    expect(validate.stdout).toContain('0 errors, 0 warnings');

    // The next one bumps the patch; the model is known, so no owner is needed.
    const next = cli(ADD_NEW, reg);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toContain('added sentiment 1.0.1:');
  });

  it('refuses a version with a problem and leaves the tree exactly as it was', () => {
    expect(cli(['init', 'reg']).status).toBe(0);
    // Accuracy as a percentage: above the catalogue's maximum of 1.
    trainingOutput(EVAL_RESULTS.replace('0.9105504587155964', '91.05'));
    const reg = join(work, 'reg');
    const before = tree(reg);
    const run = cli([...ADD_NEW, ...OWNER], reg);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('metric-range');
    expect(run.stderr).toContain("sentiment 1.0.0 would not pass the registry's checks");
    expect(tree(reg)).toEqual(before);

    // A new model without its owners: the exact command is named, nothing written.
    trainingOutput();
    const anonymous = cli(ADD_NEW, reg);
    expect(anonymous.status).toBe(1);
    expect(anonymous.stderr).toContain('model-registry add sentiment --owner @you --description');
    expect(tree(reg)).toEqual(before);
  });

  it('refuses a folder that is not a registry, naming init', () => {
    trainingOutput();
    mkdirSync(join(work, 'reg'));
    const run = cli([...ADD_NEW, ...OWNER], join(work, 'reg'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('this folder is not a registry (no registry.yaml): run `model-registry init` here first');
    expect(readdirSync(join(work, 'reg'))).toEqual([]);
  });

  it('never writes through a symbolic link', () => {
    expect(cli(['init', 'reg']).status).toBe(0);
    trainingOutput();
    const reg = join(work, 'reg');
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(reg, 'models'));
    const run = cli([...ADD_NEW, ...OWNER], reg);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is a symbolic link; nothing is written through a link');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("keeps a metrics file already in the registry's format byte for byte, converted or raw", () => {
    expect(cli(['init', 'reg']).status).toBe(0);
    const written = '{ "accuracy":0.931,\n  "f1_macro": {"value": 0.902, "split": "test"} }\n';
    trainingOutput(written);
    const reg = join(work, 'reg');
    expect(cli([...ADD_NEW, ...OWNER], reg).status).toBe(0);
    expect(cli([...ADD_NEW, '--metrics-format', 'raw'], reg).status).toBe(0);
    for (const version of ['1.0.0', '1.0.1']) {
      expect(readFileSync(join(reg, 'models', 'sentiment', 'versions', version, 'metrics.json'), 'utf8')).toBe(written);
    }
  });

  it('--metrics-format raw keeps the file byte for byte, which validate then reports as one problem naming convert-metrics, which fixes it', () => {
    expect(cli(['init', 'reg']).status).toBe(0);
    trainingOutput();
    const reg = join(work, 'reg');
    const run = cli([...ADD_NEW, ...OWNER, '--metrics-format', 'raw'], reg);
    // The raw file is not the registry's format: refused like any problem.
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[unconverted-metrics]');

    // Committed by hand all the same: one problem for the file.
    expect(cli([...ADD_NEW, ...OWNER], reg).status).toBe(0);
    const metrics = join(reg, 'models', 'sentiment', 'versions', '1.0.0', 'metrics.json');
    writeFileSync(metrics, EVAL_RESULTS);
    const validate = cli(['validate', '--format', 'json'], reg);
    expect(validate.status).toBe(1);
    expect(JSON.parse(validate.stdout).problems).toEqual([
      {
        file: 'models/sentiment/versions/1.0.0/metrics.json',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'unconverted-metrics',
        message: expect.stringContaining('`model-registry convert-metrics models/sentiment/versions/1.0.0/metrics.json`'),
      },
    ]);
    const convert = cli(['convert-metrics', 'models/sentiment/versions/1.0.0/metrics.json'], reg);
    expect(convert.status, convert.stderr).toBe(0);
    expect(convert.stdout).toContain('converted models/sentiment/versions/1.0.0/metrics.json');
    expect(statSync(metrics).size).toBeGreaterThan(0);
    expect(cli(['validate'], reg).status).toBe(0);
  });
});
