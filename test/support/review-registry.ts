/**
 * A small registry for review tests, as plain files: model m with 1.0.0 in
 * production and 1.1.0 in staging, and helpers to add versions on top.
 */
import type { RegistrySnapshot } from '../../src/core/registry/snapshot.js';

export type Files = Record<string, string | null>;

export function snapshot(files: Files): RegistrySnapshot {
  return {
    entries: Object.entries(files)
      .filter((e): e is [string, string] => e[1] !== null)
      .map(([path, text]) => {
        const bytes = Buffer.from(text);
        return { path, type: 'file' as const, size: bytes.length, bytes };
      }),
  };
}

export const REGISTRY_YAML = `format: 1
name: test
stages: [staging, production]
metrics:
  accuracy: {direction: higher, min: 0, max: 1}
  f1: {direction: higher, min: 0, max: 1}
  latency_ms: {direction: lower, min: 0, unit: ms}
`;

export const card = (version: string, extra = '') =>
  `version: ${version}\ncreated: "2026-01-0${(version.length % 9) + 1}T00:00:00Z"\nsummary: Version ${version} of the model.\n${extra}`;
export const modelYaml = (name: string) => `name: ${name}\ndescription: The ${name} model.\nowners: ["@acme/ml"]\n`;

/** m: 1.0.0 (production), 1.1.0 (staging). */
export function baseFiles(): Files {
  return {
    'registry.yaml': REGISTRY_YAML,
    'models/m/model.yaml': modelYaml('m'),
    'models/m/stages.yaml': 'production: 1.0.0\nstaging: 1.1.0\n',
    'models/m/versions/1.0.0/card.yaml': card('1.0.0'),
    'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.90\nf1: 0.80\nlatency_ms: 12\n',
    'models/m/versions/1.1.0/card.yaml': card('1.1.0', 'lineage:\n  parents:\n    - {model: m, version: 1.0.0, relation: retrain}\n'),
    'models/m/versions/1.1.0/metrics.yaml': 'accuracy: 0.92\nf1: 0.80\nlatency_ms: 11\n',
  };
}

export const newVersion = (v: string, metrics: string, extra = ''): Files => ({
  [`models/m/versions/${v}/card.yaml`]: card(v, extra),
  [`models/m/versions/${v}/metrics.yaml`]: metrics,
});
