/**
 * The history of a model from git alone: the tags the release and the
 * recording write (GTO's grammar, with trailers), and the history of
 * stages.yaml, model.yaml and the cards for what no tag records yet.
 */
import { describe, expect, it } from 'vitest';
import { buildHistory, versionTagParser, type HistoryFacts, type TagRecord } from '../../../../src/core/stages/history.js';
import { stageTagMessage } from '../../../../src/core/stages/gto-tags.js';

const SETTINGS = { tag_format: '{model}@v{version}', stages: ['staging', 'production'] };
const sha = (n: number) => n.toString(16).padStart(40, '0');
const facts = (partial: Partial<HistoryFacts>): HistoryFacts => ({ tags: [], stageChanges: [], deprecations: [], registrations: [], ...partial });
const tag = (name: string, date: string, target: string, message = `${name}\n`): TagRecord => ({ name, date, target, message });
const assign = (model: string, stage: string, version: string, counter: number, date: string, target: string, trailers = {}) =>
  tag(`${model}#${stage}#${counter}`, date, target, stageTagMessage({ model, action: 'assign', stage, version, counter }, trailers));

describe('history from tags', () => {
  it('reads registrations from version tags and promotions from GTO stage tags with their trailers', () => {
    const history = buildHistory(
      facts({
        tags: [
          tag('churn@v1.0.0', '2026-01-01T10:00:00+02:00', sha(1)),
          tag('churn@v1.1.0', '2026-01-03T08:00:00Z', sha(2)),
          assign('churn', 'production', '1.1.0', 3, '2026-01-05T09:00:00Z', sha(2), { pullRequest: 12, approvers: ['alice', 'bob'], changedIn: sha(9) }),
        ],
      }),
      SETTINGS,
    );
    expect(history.get('churn')).toEqual([
      {
        kind: 'promotion',
        date: '2026-01-05T09:00:00Z',
        model: 'churn',
        version: '1.1.0',
        stage: 'production',
        commit: sha(9),
        pullRequest: 12,
        approvers: ['alice', 'bob'],
        tag: 'churn#production#3',
      },
      { kind: 'registration', date: '2026-01-03T08:00:00Z', model: 'churn', version: '1.1.0', commit: sha(2), tag: 'churn@v1.1.0' },
      { kind: 'registration', date: '2026-01-01T08:00:00Z', model: 'churn', version: '1.0.0', commit: sha(1), tag: 'churn@v1.0.0' },
    ]);
  });

  it('lists a demotion (GTO unassignment) and a deprecation (GTO deregistration) with its reason', () => {
    const history = buildHistory(
      facts({
        tags: [
          tag('m@v1.0.0', '2026-01-01T00:00:00Z', sha(1)),
          assign('m', 'staging', '1.0.0', 1, '2026-01-02T00:00:00Z', sha(1)),
          tag('m#staging!#2', '2026-01-03T00:00:00Z', sha(1), "Unassigning stage 'staging' to artifact 'm' version '1.0.0'\n\nPull-Request: 4\n"),
          tag('m@v1.0.0!#3', '2026-01-04T00:00:00Z', sha(1), 'Deregistering artifact m version 1.0.0\n\nReason: leaks PII\n'),
          tag('m@deprecated#4', '2026-01-04T00:00:00Z', sha(1), "Deprecating artifact 'm'\n"),
        ],
      }),
      SETTINGS,
    );
    expect(history.get('m')?.map((e) => [e.kind, e.version, e.stage, e.pullRequest, e.reason])).toEqual([
      ['deprecation', '1.0.0', undefined, undefined, 'leaks PII'],
      ['demotion', '1.0.0', 'staging', 4, undefined],
      ['promotion', '1.0.0', 'staging', undefined, undefined],
      ['registration', '1.0.0', undefined, undefined, undefined],
    ]);
  });

  it("takes a stage tag's version from the version tag on its commit when the message does not name it (GTO's own way)", () => {
    const history = buildHistory(
      facts({ tags: [tag('m@v2.0.0', '2026-01-01T00:00:00Z', sha(5)), tag('m#production#1', '2026-01-02T00:00:00Z', sha(5), 'made by gto assign\n')] }),
      SETTINGS,
    );
    expect(history.get('m')?.[0]).toMatchObject({ kind: 'promotion', version: '2.0.0', stage: 'production' });
  });

  it("reads version tags through registry.yaml's tag_format", () => {
    const parse = versionTagParser('releases/{model}-{version}');
    expect(parse('releases/churn-gbm-1.2.0-rc.1')).toEqual({ model: 'churn-gbm', version: '1.2.0-rc.1' });
    expect(parse('churn-gbm@v1.2.0')).toBeUndefined();
    const history = buildHistory(facts({ tags: [tag('releases/churn-1.0.0', '2026-01-01T00:00:00Z', sha(1))] }), {
      ...SETTINGS,
      tag_format: 'releases/{model}-{version}',
    });
    expect(history.get('churn')).toEqual([
      { kind: 'registration', date: '2026-01-01T00:00:00Z', model: 'churn', version: '1.0.0', commit: sha(1), tag: 'releases/churn-1.0.0' },
    ]);
  });
});

describe('history from the files, merged with the tags', () => {
  it('reads promotions, rollbacks and demotions from stages.yaml when nothing is recorded as a tag yet', () => {
    const history = buildHistory(
      facts({
        stageChanges: [
          { model: 'm', stage: 'production', commit: sha(4), date: '2026-01-04T00:00:00Z', from: '1.1.0' },
          { model: 'm', stage: 'production', version: '1.1.0', from: '1.2.0', commit: sha(3), date: '2026-01-03T00:00:00Z' },
          { model: 'm', stage: 'production', version: '1.2.0', from: '1.1.0', commit: sha(2), date: '2026-01-02T00:00:00Z' },
          { model: 'm', stage: 'production', version: '1.1.0', commit: sha(1), date: '2026-01-01T00:00:00Z' },
        ],
      }),
      SETTINGS,
    );
    expect(history.get('m')?.map((e) => [e.kind, e.version, e.from ?? null, e.commit])).toEqual([
      ['demotion', '1.1.0', null, sha(4)],
      ['rollback', '1.1.0', '1.2.0', sha(3)],
      ['promotion', '1.2.0', '1.1.0', sha(2)],
      ['promotion', '1.1.0', null, sha(1)],
    ]);
  });

  it('counts a change once when its tag records it (Changed-In), keeping the tag’s pull request and the commit’s date', () => {
    const history = buildHistory(
      facts({
        tags: [assign('m', 'production', '1.1.0', 2, '2026-02-01T00:00:00Z', sha(20), { pullRequest: 7, changedIn: sha(2) })],
        stageChanges: [
          { model: 'm', stage: 'production', version: '1.1.0', from: '1.0.0', commit: sha(2), date: '2026-01-02T00:00:00Z' },
          { model: 'm', stage: 'production', version: '1.0.0', commit: sha(1), date: '2026-01-01T00:00:00Z' },
        ],
      }),
      SETTINGS,
    );
    expect(history.get('m')).toEqual([
      {
        kind: 'promotion',
        date: '2026-01-02T00:00:00Z',
        model: 'm',
        version: '1.1.0',
        stage: 'production',
        from: '1.0.0',
        commit: sha(2),
        pullRequest: 7,
        tag: 'm#production#2',
      },
      { kind: 'promotion', date: '2026-01-01T00:00:00Z', model: 'm', version: '1.0.0', stage: 'production', commit: sha(1) },
    ]);
  });

  it('matches a first recording (no Changed-In of its own) with the change that made the assignment, not with a later one', () => {
    const history = buildHistory(
      facts({
        tags: [assign('m', 'staging', '1.0.0', 1, '2026-03-01T00:00:00Z', sha(1))],
        stageChanges: [{ model: 'm', stage: 'staging', version: '1.0.0', commit: sha(7), date: '2026-01-07T00:00:00Z' }],
      }),
      SETTINGS,
    );
    expect(history.get('m')).toEqual([
      { kind: 'promotion', date: '2026-01-07T00:00:00Z', model: 'm', version: '1.0.0', stage: 'staging', commit: sha(7), tag: 'm#staging#1' },
    ]);
  });

  it('registers a version without a tag by the commit that added its card, and with one by its tag', () => {
    const history = buildHistory(
      facts({
        tags: [tag('m@v1.0.0', '2026-01-05T00:00:00Z', sha(1))],
        registrations: [
          { model: 'm', version: '1.1.0', commit: sha(2), date: '2026-01-06T00:00:00Z' },
          { model: 'm', version: '1.0.0', commit: sha(1), date: '2026-01-01T00:00:00Z' },
          { model: 'm', version: 'not-a-version', commit: sha(3), date: '2026-01-07T00:00:00Z' },
        ],
      }),
      SETTINGS,
    );
    expect(history.get('m')?.map((e) => [e.kind, e.version, e.date, e.tag ?? null])).toEqual([
      ['registration', '1.1.0', '2026-01-06T00:00:00Z', null],
      ['registration', '1.0.0', '2026-01-05T00:00:00Z', 'm@v1.0.0'],
    ]);
  });

  it('counts a deprecation once when both model.yaml and its deregistration tag show it, dated by the commit that made it', () => {
    const history = buildHistory(
      facts({
        tags: [tag('m@v1.0.0!#2', '2026-01-09T00:00:00Z', sha(1), `Deregistering artifact m version 1.0.0\n\nChanged-In: ${sha(8)}\nPull-Request: 3\n`)],
        deprecations: [{ model: 'm', version: '1.0.0', commit: sha(8), date: '2026-01-08T00:00:00Z', reason: 'leaks PII' }],
      }),
      SETTINGS,
    );
    expect(history.get('m')).toEqual([
      {
        kind: 'deprecation',
        date: '2026-01-08T00:00:00Z',
        model: 'm',
        version: '1.0.0',
        commit: sha(8),
        pullRequest: 3,
        tag: 'm@v1.0.0!#2',
        reason: 'leaks PII',
      },
    ]);
  });

  it('orders events of one date the same way every time: later stages and stage changes above registrations', () => {
    const date = '2026-01-01T00:00:00Z';
    const input = facts({
      registrations: [{ model: 'm', version: '1.0.0', commit: sha(1), date }],
      stageChanges: [
        { model: 'm', stage: 'staging', version: '1.0.0', commit: sha(1), date },
        { model: 'm', stage: 'production', version: '1.0.0', commit: sha(1), date },
      ],
    });
    const reversed = { ...input, stageChanges: [...input.stageChanges].reverse() };
    const expected = [
      ['promotion', 'production'],
      ['promotion', 'staging'],
      ['registration', undefined],
    ];
    expect(
      buildHistory(input, SETTINGS)
        .get('m')
        ?.map((e) => [e.kind, e.stage]),
    ).toEqual(expected);
    expect(
      buildHistory(reversed, SETTINGS)
        .get('m')
        ?.map((e) => [e.kind, e.stage]),
    ).toEqual(expected);
  });
});
