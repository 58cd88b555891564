import { describe, expect, it } from 'vitest';
import { deprecatedOf, newDeprecations, stageDeltas, stagesOf } from '../../../../src/core/stages/stage-diff.js';

describe('stage changes from file texts', () => {
  it('reads meaning, not lines: reordering, quoting and comments change nothing', () => {
    const before = stagesOf('# stages\nproduction: 1.0.0\nstaging: 1.1.0\n');
    const after = stagesOf('staging: \'1.1.0\'   # kept\nproduction: "1.0.0"\n');
    expect(stageDeltas(before, after)).toEqual([]);
  });

  it('a promotion, a new stage and a removed stage', () => {
    expect(stageDeltas(stagesOf('production: 1.0.0\nstaging: 1.1.0\n'), stagesOf('production: 1.1.0\ncanary: 1.2.0\n'))).toEqual([
      { stage: 'canary', to: '1.2.0' },
      { stage: 'production', from: '1.0.0', to: '1.1.0' },
      { stage: 'staging', from: '1.1.0' },
    ]);
    expect(stageDeltas(stagesOf(undefined), stagesOf('not: [valid'))).toEqual([]);
  });

  it('new deprecations, SemVer order, from model.yaml', () => {
    const before = deprecatedOf('name: m\ndeprecated_versions:\n  1.0.0: old\n');
    const after = deprecatedOf('name: m\ndeprecated_versions:\n  1.10.0: x\n  1.0.0: old\n  1.2.0: y\n');
    expect(newDeprecations(before, after)).toEqual(['1.2.0', '1.10.0']);
    expect(after['1.2.0']).toBe('y');
  });
});
