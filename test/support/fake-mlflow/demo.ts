/**
 * An MLflow registry as an MLflow 3 server would hold it after a team's
 * year: three registered models (more than a page), READY versions with runs
 * (params, metrics logged several times, dataset inputs), a version whose run
 * was deleted, versions still PENDING_REGISTRATION and FAILED_REGISTRATION,
 * an alias, a legacy stage, and each version's files behind the artifact proxy.
 */
import type { FakeMlflowState } from './server.js';

const T = (iso: string) => Date.parse(iso);

export function demoMlflow(): FakeMlflowState {
  const churnV1 = {
    name: 'Churn Model',
    version: '1',
    creation_timestamp: T('2025-03-01T10:00:00Z'),
    last_updated_timestamp: T('2025-03-02T10:00:00Z'),
    user_id: 'ana@acme.example',
    current_stage: 'Production',
    description: 'Gradient boosting on the 2024 customer table.\nSecond line.',
    source: 'mlflow-artifacts:/1/r1/artifacts/model',
    run_id: 'r1',
    status: 'READY',
    tags: [{ key: 'validated_by', value: 'qa-team' }],
  };
  const churnV2 = {
    name: 'Churn Model',
    version: '2',
    creation_timestamp: T('2025-06-01T10:00:00Z'),
    last_updated_timestamp: T('2025-06-01T10:00:00Z'),
    current_stage: 'None',
    source: 'mlflow-artifacts:/1/r2/artifacts/model',
    run_id: 'r2',
    status: 'READY',
  };
  return {
    pageSize: 2,
    requests: [],
    models: [
      {
        model: {
          name: 'Churn Model',
          creation_timestamp: T('2025-03-01T09:00:00Z'),
          last_updated_timestamp: T('2025-06-01T10:00:00Z'),
          description: 'Predicts which customers leave next month.',
          tags: [{ key: 'team', value: 'retention' }],
          aliases: [{ alias: 'champion', version: '2' }],
        },
        versions: [
          churnV1,
          churnV2,
          {
            name: 'Churn Model',
            version: '3',
            creation_timestamp: T('2025-07-01T10:00:00Z'),
            current_stage: 'None',
            source: 'mlflow-artifacts:/1/r3/artifacts/model',
            run_id: 'r3',
            status: 'PENDING_REGISTRATION',
          },
          {
            name: 'Churn Model',
            version: '4',
            creation_timestamp: T('2025-07-02T10:00:00Z'),
            current_stage: 'None',
            source: 's3://acme-mlflow/1/r4/artifacts/model',
            run_id: 'r4',
            status: 'FAILED_REGISTRATION',
            status_message: 'Copying the artifacts failed',
          },
        ],
      },
      {
        model: { name: 'churn-model', creation_timestamp: T('2025-04-01T09:00:00Z'), description: '' },
        versions: [
          {
            name: 'churn-model',
            version: '1',
            creation_timestamp: T('2025-04-01T10:00:00Z'),
            source: 'mlflow-artifacts:/2/r5/artifacts/model',
            run_id: 'r5',
            status: 'READY',
          },
        ],
      },
      {
        model: {
          name: 'fraud.detector',
          creation_timestamp: T('2025-05-01T09:00:00Z'),
          description: 'Flags card fraud.',
          aliases: [{ alias: 'challenger', version: '1' }],
        },
        versions: [
          {
            name: 'fraud.detector',
            version: '1',
            creation_timestamp: T('2025-05-01T10:00:00Z'),
            source: 'mlflow-artifacts:/3/gone/artifacts/model',
            run_id: 'gone',
            run_link: '',
            status: 'READY',
            current_stage: 'Staging',
          },
        ],
      },
    ],
    runs: {
      r1: run('r1', '1', { accuracy: 0.912, f1: 0.88, 'val loss': 0.3 }, { learning_rate: '0.05', n_estimators: '300', 'max depth': '6' }),
      r2: run('r2', '1', { accuracy: 0.931, f1: 0.9 }, { learning_rate: '0.03', n_estimators: '500' }),
      r5: run('r5', '2', { accuracy: 0.7 }, {}),
    },
    files: {
      '1/r1/artifacts/model/MLmodel': 'artifact_path: model\nflavors:\n  python_function: {}\n',
      '1/r1/artifacts/model/model.pkl': new Uint8Array([0x80, 0x04, 0x95, 1, 2, 3, 4, 5]),
      '1/r1/artifacts/model/data/weights.bin': new Uint8Array(3000).fill(7),
      '1/r2/artifacts/model/MLmodel': 'artifact_path: model\n',
      '1/r2/artifacts/model/model.pkl': new Uint8Array([0x80, 0x04, 9, 9]),
      '2/r5/artifacts/model/MLmodel': 'artifact_path: model\n',
      '3/gone/artifacts/model/MLmodel': 'artifact_path: model\n',
    },
  };
}

/** A finished run as runs/get answers it: the latest value per metric key (earlier steps are not in RunData). */
function run(id: string, experiment: string, metrics: Record<string, number>, params: Record<string, string>) {
  return {
    info: {
      run_id: id,
      run_uuid: id,
      run_name: `run-${id}`,
      experiment_id: experiment,
      status: 'FINISHED',
      start_time: 1,
      end_time: 2,
      artifact_uri: `mlflow-artifacts:/${experiment}/${id}/artifacts`,
      lifecycle_stage: 'active',
    },
    data: {
      metrics: Object.entries(metrics).map(([key, value]) => ({ key, value, timestamp: 1740823200000, step: 9 })),
      params: Object.entries(params).map(([key, value]) => ({ key, value })),
      tags: [{ key: 'mlflow.runName', value: `run-${id}` }],
    },
    inputs: {
      dataset_inputs: [
        {
          tags: [{ key: 'mlflow.data.context', value: 'training' }],
          dataset: { name: 'customers-2024', digest: 'a1b2c3d4', source_type: 'delta_table', source: '{"path": "s3://acme/customers"}' },
        },
      ],
    },
  };
}
