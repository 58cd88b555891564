/**
 * The MLflow import's planner: MLflow's answers (plain data) in, the files
 * to write and the notes out, validated with the registry's rules. The CLI
 * against the fake MLflow server is in test/e2e/import-mlflow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapNames, registrySafeName } from '../../../../../src/core/import/mlflow/names.js';
import { planMlflowImport, withAliases, type MlflowImportInput } from '../../../../../src/core/import/mlflow/plan.js';
import type { MlflowModelData, MlflowVersionData } from '../../../../../src/core/import/mlflow/types.js';
import { REGISTRY_YAML, snapshot, type Files } from '../../../../support/review-registry.js';

const SHA = 'b'.repeat(64);
const version = (n: string, extra: Partial<MlflowVersionData['version']> = {}, data: Partial<MlflowVersionData> = {}): MlflowVersionData => ({
  version: { name: 'Churn Model', version: n, creation_timestamp: Date.parse('2025-03-01T10:00:00Z') + Number(n), status: 'READY', run_id: `r${n}`, ...extra },
  run: {
    info: { run_id: `r${n}`, experiment_id: '7' },
    data: {
      metrics: [
        { key: 'accuracy', value: 0.9 + Number(n) / 100, step: 3 },
        { key: 'loss', value: 'NaN' },
      ],
      params: [
        { key: 'learning_rate', value: '0.05' },
        { key: 'max depth', value: '6' },
      ],
    },
    inputs: {
      dataset_inputs: [{ tags: [{ key: 'mlflow.data.context', value: 'training' }], dataset: { name: 'customers', digest: 'a1b2c3d4', source_type: 'local' } }],
    },
  },
  ...data,
});
const churn = (versions: MlflowVersionData[], model: Partial<MlflowModelData['model']> = {}): MlflowModelData => ({
  model: { name: 'Churn Model', description: 'Who leaves.', tags: [{ key: 'team', value: 'retention' }], ...model },
  versions,
});
const input = (models: MlflowModelData[], extra: Partial<MlflowImportInput> = {}): MlflowImportInput => ({
  trackingUri: 'https://mlflow.example.com',
  models,
  owners: ['@acme/ml'],
  aliasStages: {},
  artifacts: 'reference',
  ...extra,
});
const BASE: Files = { 'registry.yaml': REGISTRY_YAML };
const text = (plan: ReturnType<typeof planMlflowImport>, path: string) => {
  const file = plan.files.find((f) => f.path === path);
  return file ? new TextDecoder().decode(file.bytes) : undefined;
};

describe('names', () => {
  it('lowercase, allowed characters only, at most 64, a letter or digit at each end', () => {
    expect(registrySafeName('Churn Model.v2')).toBe('churn-model-v2');
    expect(registrySafeName('__Fraud__')).toBe('fraud');
    expect(registrySafeName('模型')).toBe('model');
    expect(registrySafeName(`${'a'.repeat(63)}-b`)).toBe('a'.repeat(63));
  });

  it('collisions get -2, -3 in name order; a model imported before keeps its folder', () => {
    expect(mapNames(['churn-model', 'Churn Model', 'CHURN MODEL'], new Map())).toEqual([
      { mlflow: 'CHURN MODEL', registry: 'churn-model' },
      { mlflow: 'Churn Model', registry: 'churn-model-2', note: 'churn-model is taken by another model' },
      { mlflow: 'churn-model', registry: 'churn-model-3', note: 'churn-model is taken by another model' },
    ]);
    const existing = new Map<string, string | undefined>([
      ['churn-model', undefined],
      ['churn-model-2', 'Churn Model'],
    ]);
    expect(mapNames(['Churn Model', 'churn model'], existing)).toEqual([
      { mlflow: 'Churn Model', registry: 'churn-model-2' },
      { mlflow: 'churn model', registry: 'churn-model-3', note: 'churn-model is taken by another model' },
    ]);
  });
});

describe('a version', () => {
  it('N becomes N.0.0 with created, params, metrics, datasets, run address and x-mlflow fields', () => {
    const plan = planMlflowImport(
      input([churn([version('3', { description: 'Retrained.\nMore text.', tags: [{ key: 'qa', value: 'ok' }] })])]),
      snapshot(BASE),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.imported).toEqual([{ model: 'churn-model', version: '3.0.0', mlflowName: 'Churn Model', mlflowVersion: '3' }]);
    const card = parse(text(plan, 'models/churn-model/versions/3.0.0/card.yaml')!) as Record<string, unknown>;
    expect(card).toEqual({
      version: '3.0.0',
      created: '2025-03-01T10:00:00Z',
      summary: 'Retrained.',
      lineage: { datasets: [{ name: 'customers', role: 'train', 'x-mlflow-digest': 'a1b2c3d4', 'x-mlflow-source-type': 'local' }] },
      training: {
        params: { learning_rate: '0.05' },
        'x-mlflow-params': { 'max depth': '6' },
        run_url: 'https://mlflow.example.com/#/experiments/7/runs/r3',
      },
      'x-mlflow-version': '3',
      'x-mlflow-run-id': 'r3',
      'x-mlflow-description': 'Retrained.\nMore text.',
      'x-mlflow-tags': { qa: 'ok' },
    });
    expect(JSON.parse(text(plan, 'models/churn-model/versions/3.0.0/metrics.json')!)).toEqual({ accuracy: 0.93 });
    expect(plan.notes).toContain('Churn Model version 3: metric loss left out: its value NaN is not a finite number');
    const model = parse(text(plan, 'models/churn-model/model.yaml')!) as Record<string, unknown>;
    expect(model).toEqual({
      name: 'churn-model',
      description: 'Who leaves.',
      owners: ['@acme/ml'],
      'x-mlflow-name': 'Churn Model',
      'x-mlflow-tracking-uri': 'https://mlflow.example.com',
      'x-mlflow-tags': { team: 'retention' },
    });
    expect(plan.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('versions that are not READY are skipped with a note', () => {
    const plan = planMlflowImport(
      input([
        churn([version('1'), version('2', { status: 'PENDING_REGISTRATION' }), version('3', { status: 'FAILED_REGISTRATION', status_message: 'copy failed' })]),
      ]),
      snapshot(BASE),
    );
    expect(plan.imported.map((v) => v.version)).toEqual(['1.0.0']);
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        'Churn Model version 2 skipped: its status is PENDING_REGISTRATION, not READY',
        'Churn Model version 3 skipped: its status is FAILED_REGISTRATION (copy failed), not READY',
      ]),
    );
  });

  it('reference keeps the artifact address in the card, download commits measured files (large ones as uri)', () => {
    const reference = planMlflowImport(
      input([churn([version('1', { source: 's3://b/1' }, { downloadUri: 'mlflow-artifacts:/7/r1/artifacts/model' })])]),
      snapshot(BASE),
    );
    expect(text(reference, 'models/churn-model/versions/1.0.0/card.yaml')).toContain('x-mlflow-artifact-uri: mlflow-artifacts:/7/r1/artifacts/model');
    const files = [
      {
        path: 'MLmodel',
        size: 10,
        sha256: SHA,
        localPath: '/tmp/a',
        url: 'https://mlflow.example.com/api/2.0/mlflow-artifacts/artifacts/7/r1/artifacts/model/MLmodel',
      },
      { path: 'data/big weights.bin', size: 5000, sha256: SHA, localPath: '/tmp/b', url: 'https://mlflow.example.com/big' },
    ];
    const download = planMlflowImport(input([churn([version('1', {}, { files })])], { artifacts: 'download', maxCommittedBytes: 1000 }), snapshot(BASE));
    const card = parse(text(download, 'models/churn-model/versions/1.0.0/card.yaml')!) as { artifacts: unknown[] };
    expect(card.artifacts).toEqual([
      { name: 'MLmodel', path: 'model/MLmodel', sha256: SHA, size: 10 },
      { name: 'data-big_weights.bin', uri: 'https://mlflow.example.com/big', sha256: SHA, size: 5000 },
    ]);
    expect(download.copies).toEqual([{ path: 'models/churn-model/versions/1.0.0/model/MLmodel', from: '/tmp/a', size: 10, sha256: SHA }]);
    // A dry run lists without measuring: the card says nothing it does not know.
    const listed = planMlflowImport(
      input([churn([version('1', {}, { files: files.map((f) => ({ path: f.path, size: f.size, url: f.url })) })])], { artifacts: 'download' }),
      snapshot(BASE),
    );
    expect(text(listed, 'models/churn-model/versions/1.0.0/card.yaml')).not.toContain('artifacts');
    expect(listed.notes).toContain('Churn Model version 1: would download 2 files (5010 bytes) and record each with its size and sha256');
  });
});

describe('stages and aliases', () => {
  it('a mapped alias and a legacy stage become stages.yaml; the alias goes to registry.yaml', () => {
    const plan = planMlflowImport(
      input(
        [
          churn([version('1', { current_stage: 'Staging' }), version('2')], {
            aliases: [
              { alias: 'champion', version: '2' },
              { alias: 'shadow', version: '1' },
            ],
          }),
        ],
        {
          aliasStages: { champion: 'production' },
        },
      ),
      snapshot(BASE),
    );
    expect(parse(text(plan, 'models/churn-model/stages.yaml')!)).toEqual({ staging: '1.0.0', production: '2.0.0' });
    expect(new TextDecoder().decode(plan.registryFile)).toContain('aliases:\n  champion: production\n');
    expect(plan.notes).toContain('Churn Model: alias shadow (version 1) is not mapped to a stage: give --alias-stage shadow=STAGE to carry it over');
    expect(plan.errors).toEqual([]);
  });

  it('two aliases for one stage with different versions leave it empty; a stage outside the registry is refused', () => {
    const conflict = planMlflowImport(
      input(
        [
          churn([version('1'), version('2')], {
            aliases: [
              { alias: 'a', version: '1' },
              { alias: 'b', version: '2' },
            ],
          }),
        ],
        { aliasStages: { a: 'production', b: 'production' } },
      ),
      snapshot(BASE),
    );
    expect(text(conflict, 'models/churn-model/stages.yaml')).toBeUndefined();
    expect(conflict.notes).toContain(
      'Churn Model: production is left empty: aliases that map to it point to different versions (a → 1; b → 2); map one alias per stage',
    );
    const refused = planMlflowImport(input([churn([version('1')])], { aliasStages: { champion: 'prod' } }), snapshot(BASE));
    expect(refused.errors).toEqual(['--alias-stage champion=prod: prod is not a stage of this registry (stages: staging, production)']);
  });

  it('registry.yaml keeps its comments and an alias it maps elsewhere', () => {
    const before = new TextEncoder().encode('# the registry\nformat: 1\nname: t\naliases:\n  champion: staging # for now\n');
    const added = withAliases(before, { champion: 'production', challenger: 'staging' });
    expect(new TextDecoder().decode(added.bytes)).toBe('# the registry\nformat: 1\nname: t\naliases:\n  champion: staging # for now\n  challenger: staging\n');
    expect(added.notes).toEqual(['registry.yaml maps alias champion to staging: left as it is (not production)']);
  });
});

describe('a second import', () => {
  it('adds only the new versions; existing files, stages.yaml included, are left as they are', () => {
    const first = planMlflowImport(input([churn([version('1', { current_stage: 'Production' })])]), snapshot(BASE));
    const files: Files = { ...BASE };
    for (const f of first.files) files[f.path] = new TextDecoder().decode(f.bytes);
    const second = planMlflowImport(input([churn([version('1'), version('2', { current_stage: 'Production' })])]), snapshot(files));
    expect(second.imported.map((v) => v.version)).toEqual(['2.0.0']);
    expect(second.present).toBe(1);
    expect(second.files.map((f) => f.path).sort()).toEqual(['models/churn-model/versions/2.0.0/card.yaml', 'models/churn-model/versions/2.0.0/metrics.json']);
    expect(second.notes).toContain(
      'Churn Model: models/churn-model/stages.yaml is left as it is: MLflow puts 2.0.0 in production, the registry has 1.0.0 there (model-registry promote changes it, reviewed)',
    );
  });

  it('a new model without owners, and a folder that is not a registry, write nothing', () => {
    const noOwners = planMlflowImport(input([churn([version('1')])], { owners: [] }), snapshot(BASE));
    expect(noOwners.errors[0]).toMatch(/^Churn Model becomes the new model churn-model, which needs owners: give --owner/);
    expect(planMlflowImport(input([]), snapshot({})).errors[0]).toMatch(/not a registry/);
  });
});
