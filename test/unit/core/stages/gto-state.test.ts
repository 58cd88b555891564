import { describe, expect, it } from 'vitest';
import { readGtoState, type AnnotatedTag } from '../../../../src/core/stages/gto-state.js';
import { parseGtoTag } from '../../../../src/core/stages/gto-tags.js';

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const C3 = '3'.repeat(40);
const C4 = '4'.repeat(40);

function tag(name: string, commit: string, time: number, message = name): AnnotatedTag {
  return { name, commit, time, date: new Date(time * 1000).toISOString().replace('.000Z', 'Z'), taggerName: 'Ada', taggerEmail: 'ada@example.com', message };
}

describe("GTO's tag grammar (gto/constants.py tag_re)", () => {
  it('reads every action, and a monorepo artifact dir=name', () => {
    expect(parseGtoTag('churn@v1.2.0')).toEqual({ model: 'churn', action: 'register', version: '1.2.0' });
    expect(parseGtoTag('churn@v1.2.0!#3')).toEqual({ model: 'churn', action: 'deregister', version: '1.2.0', counter: 3 });
    expect(parseGtoTag('churn#prod#4')).toEqual({ model: 'churn', action: 'assign', stage: 'prod', counter: 4 });
    expect(parseGtoTag('churn#prod!#5')).toEqual({ model: 'churn', action: 'unassign', stage: 'prod', counter: 5 });
    expect(parseGtoTag('churn@deprecated#6')).toEqual({ model: 'churn', action: 'deprecate', counter: 6 });
    expect(parseGtoTag('models/nlp.v2=Sentiment@v2.0.0-rc.1')).toEqual({ model: 'models/nlp.v2=Sentiment', action: 'register', version: '2.0.0-rc.1' });
  });

  it('ignores what GTO ignores: no v, a bad SemVer, a name ending in -, two =, @created', () => {
    for (const name of ['churn@1.0.0', 'churn@v1.0', 'churn-@v1.0.0', 'a=b=c@v1.0.0', 'churn@created', 'churn#prod#x', 'v1.0.0'])
      expect(parseGtoTag(name)).toBeUndefined();
  });
});

describe('readGtoState (gto show: --sort timestamp, one version per stage)', () => {
  it('registers versions, and a stage tag names the version registered at its commit', () => {
    const state = readGtoState([tag('m@v1.0.0', C1, 100), tag('m@v1.1.0', C2, 200), tag('m#staging#1', C2, 300), tag('m#production#2', C1, 250)]);
    const m = state.artifacts.get('m')!;
    expect(m.versions.map((v) => v.version)).toEqual(['1.0.0', '1.1.0']);
    expect(m.stages).toEqual({ production: '1.0.0', staging: '1.1.0' });
    expect(m.deprecated).toBeUndefined();
  });

  it('the most recent assignment wins a stage; an unassignment falls back to an older version still assigned, or empties it', () => {
    const tags = [
      tag('m@v1.0.0', C1, 100),
      tag('m@v1.1.0', C2, 200),
      tag('m#production#1', C1, 300),
      tag('m#production#2', C2, 400),
      tag('m#staging#3', C2, 410),
      tag('m#production!#4', C2, 500),
      tag('m#staging!#5', C2, 510),
    ];
    expect(readGtoState(tags).artifacts.get('m')!.stages).toEqual({ production: '1.0.0' });
    // A later assignment of the same version again wins over an older one (a roll-back).
    expect(readGtoState([...tags, tag('m#production#6', C2, 600)]).artifacts.get('m')!.stages).toEqual({ production: '1.1.0' });
  });

  it('a deregistered version keeps its folder but loses its stages; its tag message is the reason', () => {
    const state = readGtoState([
      tag('m@v1.0.0', C1, 100),
      tag('m@v1.1.0', C2, 200),
      tag('m#production#1', C1, 300),
      tag('m#production#2', C2, 400),
      tag('m@v1.1.0!#3', C2, 500, 'Data leak in the test split\n'),
    ]);
    const m = state.artifacts.get('m')!;
    expect(m.versions.map((v) => [v.version, v.deregistered?.message])).toEqual([
      ['1.0.0', undefined],
      ['1.1.0', 'Data leak in the test split\n'],
    ]);
    expect(m.stages).toEqual({ production: '1.0.0' });
  });

  it('@deprecated deprecates the artifact until a later event revives it', () => {
    const base = [tag('m@v1.0.0', C1, 100), tag('m#production#1', C1, 200), tag('m@deprecated#2', C1, 300, 'Replaced by n')];
    expect(readGtoState(base).artifacts.get('m')!.deprecated?.message).toBe('Replaced by n');
    expect(readGtoState([...base, tag('m@v2.0.0', C2, 400)]).artifacts.get('m')!.deprecated).toBeUndefined();
  });

  it('a stage tag on a commit without a version, or with two, is a note and changes no stage', () => {
    const state = readGtoState([
      tag('m@v1.0.0', C1, 100),
      tag('m@v1.1.0', C1, 110),
      tag('m#production#1', C1, 200),
      tag('m#staging#2', C3, 210),
      tag('m@v2.0.0', C4, 50),
    ]);
    expect(state.artifacts.get('m')!.stages).toEqual({});
    expect(state.notes).toEqual([expect.stringContaining('ManyVersions'), expect.stringContaining('no version of m is registered')]);
  });

  it('a monorepo artifact is named path:name, as GTO names it', () => {
    const state = readGtoState([tag('models/nlp=Sentiment@v2.0.0', C1, 100)]);
    expect([...state.artifacts.keys()]).toEqual(['models/nlp:Sentiment']);
  });

  it('orders by tag time, not by name or counter', () => {
    const state = readGtoState([tag('m@v1.0.0', C1, 100), tag('m@v1.1.0', C2, 100), tag('m#production#9', C1, 300), tag('m#production#1', C2, 200)]);
    expect(state.artifacts.get('m')!.stages).toEqual({ production: '1.0.0' });
  });
});
