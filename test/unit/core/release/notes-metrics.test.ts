/**
 * The metrics table of a release's notes reads like the review's: the
 * catalogue's titles, deltas to the precision of the values, and a change
 * within noise said in words, neutral.
 */
import { describe, expect, it } from 'vitest';
import { releaseNotes } from '../../../../src/core/release/notes.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { baseFiles, newVersion, REGISTRY_YAML, snapshot } from '../../../support/review-registry.js';

describe('release notes: metrics', () => {
  it('names metrics by title and says "within noise" for a change below min_delta or inside overlapping intervals', () => {
    const registryYaml = REGISTRY_YAML.replace(
      'accuracy: {direction: higher, min: 0, max: 1}',
      'accuracy: {direction: higher, min: 0, max: 1, title: Accuracy}',
    ).replace('latency_ms: {direction: lower, min: 0, unit: ms}', 'latency_ms: {direction: lower, min: 0, unit: ms, title: p95 latency, min_delta: 2}');
    const files = {
      ...baseFiles(),
      'registry.yaml': registryYaml,
      'models/m/versions/1.1.0/metrics.yaml': 'accuracy:\n  value: 0.9117\n  ci: [0.902, 0.921]\nf1: 0.8\nlatency_ms: 11\n',
      ...newVersion('1.2.0', 'accuracy:\n  value: 0.914\n  ci: [0.905, 0.923]\nf1: 0.85\nlatency_ms: 10\n'),
    };
    const registry = loadRegistry(snapshot(files));
    const model = registry.models.get('m')!;
    const notes = releaseNotes({
      registry,
      version: model.versions.get('1.2.0')!,
      previous: model.versions.get('1.1.0')!,
      assets: [],
      external: [],
      repository: { owner: 'acme', repo: 'r', serverUrl: 'https://github.com' },
      tag: 'm@v1.2.0',
    });
    expect(notes).toContain('| Metric | 1.2.0 | vs 1.1.0 |');
    expect(notes).toContain('| Accuracy ↑ | 0.914 (0.905–0.923) | ⚪ ▲ +0.0023 _within noise_ |');
    expect(notes).toContain('| f1 ↑ | 0.85 | 🟢 ▲ +0.05 |');
    expect(notes).toContain('| p95 latency ↓ | 10 ms | ⚪ ▼ -1 _within noise_ |');
  });
});
