import { describe, expect, it } from 'vitest';
import { classifyPath, documentKind } from '../../../../src/core/format/layout.js';

const DOCUMENT_KINDS = new Set(['registry', 'model', 'stages', 'card', 'metrics', 'observations']);

describe('documentKind', () => {
  // documentKind answers without classifyPath's allocations: every path must get the same answer from both.
  const paths = [
    'registry.yaml',
    'registry.yml',
    'x/registry.yaml',
    'models',
    'models/',
    'models/m',
    'models/m/',
    'models//model.yaml',
    'models/m/model.yaml',
    'models/m/model.yaml.bak',
    'models/m/xmodel.yaml',
    'models/m/stages.yaml',
    'models/m/stages.yml',
    'models/m/README.md',
    'models/m/monitoring/2025-03.jsonl',
    'models/m/monitoring/2025-13.jsonl',
    'models/m/monitoring/2025-3.jsonl',
    'models/m/monitoring/README.md',
    'models/m/versions',
    'models/m/versions/1.0.0',
    'models/m/versions/1.0.0/card.yaml',
    'models/m/versions/1.0.0/xcard.yaml',
    'models/m/versions/1.0.0/card.yaml/x',
    'models/m/versions/1.0.0/metrics.yaml',
    'models/m/versions/1.0.0/metrics.json',
    'models/m/versions/1.0.0/metrics.yml',
    'models/m/versions/1.0.0/xmetrics.json',
    'models/m/versions/1.0.0/sub/card.yaml',
    'models/m/versions//card.yaml',
    'models/m/versions/v1/model.bin',
    'models/model.yaml',
    'other/m/versions/1.0.0/card.yaml',
  ];
  it.each(paths)('agrees with classifyPath on %s', (path) => {
    const kind = classifyPath(path).kind;
    expect(documentKind(path)).toBe(DOCUMENT_KINDS.has(kind) ? kind : undefined);
  });
});
