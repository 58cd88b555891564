/**
 * `model-registry import mlflow` through the CLI bundle against the fake
 * MLflow server (test/support/fake-mlflow): a registry from `init`, the
 * import (names mapped, versions N.0.0, runs, files downloaded and hashed,
 * stages from an alias and a legacy stage, non-READY versions skipped), the
 * result valid by `validate`, a dry run that writes nothing, a second import
 * that adds only what is new, unknown models and aliases, credentials and
 * retries; then `resolve` of MLflow's URIs on the imported registry.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoMlflow } from '../support/fake-mlflow/demo.js';
import { startFakeMlflow, type FakeMlflow } from '../support/fake-mlflow/server.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

let work: string;
let mlflow: FakeMlflow;
beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'import-mlflow-'));
  mlflow = await startFakeMlflow(demoMlflow());
});
afterEach(async () => {
  await mlflow.close();
  rmSync(work, { recursive: true, force: true });
});

/** Asynchronous: the fake server runs in this process. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', HOME: work, MODEL_REGISTRY_RETRY_BASE_MS: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const read = (path: string) => readFileSync(join(work, 'reg', path), 'utf8');
const IMPORT = () => ['import', 'mlflow', '--tracking-uri', mlflow.url, '--root', 'reg', '--alias-stage', 'champion=production', '--owner', '@acme/ml'];

async function initRegistry() {
  const init = await cli(['init', 'reg', '--owner', '@acme/ml']);
  expect(init.status, init.stderr).toBe(0);
}

describe('import mlflow', () => {
  it('imports every model: names mapped, N as N.0.0, runs, files, stages; skips what is not READY; validates', async () => {
    await initRegistry();
    const r = await cli(IMPORT());
    expect(r.stderr).not.toMatch(/Error|at .*\.js/);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      [
        'MLflow model → registry model:',
        '  Churn Model → churn-model',
        '  churn-model → churn-model-2 (churn-model is taken by another model)',
        '  fraud.detector → fraud-detector',
      ].join('\n'),
    );
    expect(r.stdout).toContain('4 new versions:\n  Churn Model 1 → churn-model 1.0.0\n  Churn Model 2 → churn-model 2.0.0\n');
    expect(r.stderr).toContain('note: Churn Model version 3 skipped: its status is PENDING_REGISTRATION, not READY');
    expect(r.stderr).toContain('note: Churn Model version 4 skipped: its status is FAILED_REGISTRATION (Copying the artifacts failed), not READY');
    expect(r.stderr).toContain(
      "note: fraud.detector version 1: its run gone is not on this server (deleted, or another server's): no params, metrics or datasets",
    );
    expect(r.stderr).toContain(
      'note: fraud.detector: alias challenger (version 1) is not mapped to a stage: give --alias-stage challenger=STAGE to carry it over',
    );

    const card = parse(read('models/churn-model/versions/1.0.0/card.yaml')) as Record<string, unknown>;
    const weights = new Uint8Array(3000).fill(7);
    expect(card).toMatchObject({
      version: '1.0.0',
      created: '2025-03-01T10:00:00Z',
      summary: 'Gradient boosting on the 2024 customer table.',
      lineage: { datasets: [{ name: 'customers-2024', role: 'train', 'x-mlflow-digest': 'a1b2c3d4' }] },
      training: {
        params: { learning_rate: '0.05', n_estimators: '300' },
        'x-mlflow-params': { 'max depth': '6' },
        run_url: `${mlflow.url}/#/experiments/1/runs/r1`,
      },
      'x-mlflow-version': '1',
      'x-mlflow-tags': { validated_by: 'qa-team' },
    });
    expect(card.artifacts).toEqual([
      { name: 'MLmodel', path: 'model/MLmodel', sha256: sha(demoMlflow().files['1/r1/artifacts/model/MLmodel']), size: 52 },
      { name: 'data-weights.bin', path: 'model/data/weights.bin', sha256: sha(weights), size: 3000 },
      { name: 'model.pkl', path: 'model/model.pkl', sha256: sha(new Uint8Array([0x80, 0x04, 0x95, 1, 2, 3, 4, 5])), size: 8 },
    ]);
    expect(readFileSync(join(work, 'reg/models/churn-model/versions/1.0.0/model/data/weights.bin'))).toEqual(Buffer.from(weights));
    // The latest value per key, as runs/get reports it; a name the format refuses is left out with a note.
    expect(JSON.parse(read('models/churn-model/versions/1.0.0/metrics.json'))).toEqual({ accuracy: 0.912, f1: 0.88 });
    expect(r.stderr).toContain('note: Churn Model version 1: metric val loss left out');
    expect(parse(read('models/churn-model/model.yaml'))).toMatchObject({
      name: 'churn-model',
      owners: ['@acme/ml'],
      'x-mlflow-name': 'Churn Model',
      'x-mlflow-tags': { team: 'retention' },
    });
    // champion → production (the alias wins over version 1's legacy Production); fraud's legacy Staging → staging.
    expect(parse(read('models/churn-model/stages.yaml'))).toEqual({ production: '2.0.0' });
    expect(parse(read('models/fraud-detector/stages.yaml'))).toEqual({ staging: '1.0.0' });
    expect((parse(read('registry.yaml')) as { aliases: unknown }).aliases).toEqual({ champion: 'production' });
    // Paged: three models at two a page.
    expect(mlflow.state.requests.filter((q) => q.includes('registered-models/search'))).toHaveLength(2);

    const validate = await cli(['validate', '--root', 'reg']);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);

    // MLflow's URIs, as deployment code has them, resolve on the imported registry.
    const champion = await cli(['resolve', 'models:/churn-model@champion', '--root', 'reg']);
    expect(champion.stdout.split('\n')[0]).toBe('churn-model 2.0.0 (production)  tag churn-model@v2.0.0');
    const two = await cli(['resolve', 'models:/churn-model/1', '--root', 'reg', '--format', 'json']);
    expect(JSON.parse(two.stdout)).toMatchObject({ model: 'churn-model', version: '1.0.0' });
  });

  it('a dry run prints the plan and writes nothing; a second import adds only what is new', async () => {
    await initRegistry();
    const before = tree(join(work, 'reg'));
    const dry = await cli([...IMPORT(), '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('would write');
    expect(dry.stdout).toContain('  models/churn-model/versions/2.0.0/card.yaml');
    expect(dry.stderr).toContain('note: Churn Model version 1: would download 3 files (3060 bytes) and record each with its size and sha256');
    expect(tree(join(work, 'reg'))).toEqual(before);
    expect(mlflow.state.requests.some((q) => q.startsWith('GET /api/2.0/mlflow-artifacts/artifacts/'))).toBe(false);

    expect((await cli(IMPORT())).status).toBe(0);
    const imported = tree(join(work, 'reg'));
    // MLflow moves on: version 3 finished registering, and a fifth version arrived.
    const churn = mlflow.state.models[0];
    churn.versions[2].status = 'READY';
    mlflow.state.files['1/r3/artifacts/model/MLmodel'] = 'artifact_path: model\n';
    mlflow.state.requests.length = 0;
    const again = await cli(IMPORT());
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('1 new version, 4 already here:\n  Churn Model 3 → churn-model 3.0.0');
    const after = tree(join(work, 'reg'));
    for (const [path, digest] of Object.entries(imported)) expect(after[path], path).toBe(digest);
    expect(
      Object.keys(after)
        .filter((p) => !(p in imported))
        .sort(),
    ).toEqual([
      'models/churn-model/versions/3.0.0/card.yaml',
      'models/churn-model/versions/3.0.0/metrics.json',
      'models/churn-model/versions/3.0.0/model/MLmodel',
    ]);
    // Runs are read only for the new version.
    expect(mlflow.state.requests.filter((q) => q.includes('/runs/get'))).toEqual(['GET /api/2.0/mlflow/runs/get?run_id=r3']);
    expect((await cli(['validate', '--root', 'reg'])).status).toBe(0);
  });

  it('an unknown model and an unknown alias: the model refuses the import, the alias is a note', async () => {
    await initRegistry();
    const before = tree(join(work, 'reg'));
    const unknown = await cli([...IMPORT(), '--model', 'Churn Model', '--model', 'nope']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(`model-registry import: MLflow at ${mlflow.url} has no registered model "nope": check --model (nothing was written)`);
    expect(tree(join(work, 'reg'))).toEqual(before);

    const alias = await cli([...IMPORT(), '--model', 'fraud.detector', '--alias-stage', 'blessed=staging']);
    expect(alias.status, alias.stderr).toBe(0);
    expect(mlflow.state.requests).toContain('GET /api/2.0/mlflow/registered-models/alias?name=fraud.detector&alias=blessed');
    expect(alias.stderr).toContain('note: MLflow has no alias blessed on fraud.detector: --alias-stage blessed=staging maps nothing');
    expect(alias.stdout).toContain('  fraud.detector → fraud-detector');
    expect(alias.stdout).not.toContain('Churn');
  });

  it('sends the token, retries transient failures, and reports a refused credential', async () => {
    await initRegistry();
    mlflow.state.auth = { token: 's3cret' };
    mlflow.state.failures = { '/api/2.0/mlflow/registered-models/search': 2 };
    const ok = await cli([...IMPORT(), '--artifacts', 'reference'], { MLFLOW_TRACKING_TOKEN: 's3cret' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(read('models/churn-model/versions/1.0.0/card.yaml')).toContain('x-mlflow-artifact-uri: mlflow-artifacts:/1/r1/artifacts/model');
    expect(existsSync(join(work, 'reg/models/churn-model/versions/1.0.0/model'))).toBe(false);

    mlflow.state.auth = { username: 'ana', password: 'pw' };
    const refused = await cli(IMPORT(), { MLFLOW_TRACKING_USERNAME: 'ana', MLFLOW_TRACKING_PASSWORD: 'wrong' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('UNAUTHENTICATED');
    expect(refused.stderr).toContain('set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD');
    const basic = await cli(IMPORT(), { MLFLOW_TRACKING_USERNAME: 'ana', MLFLOW_TRACKING_PASSWORD: 'pw' });
    expect(basic.status, basic.stderr).toBe(0);
  });
});

function sha(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
