import { describe, expect, it } from 'vitest';
import { planRecording, type ExistingTag, type RecordInput } from '../../../../src/core/stages/record-plan.js';
import { GTO_TAG_RE, parseGtoTag, parseTagTrailers } from '../../../../src/core/stages/gto-tags.js';

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const C3 = '3'.repeat(40);
const V1 = 'a'.repeat(40);
const V2 = 'b'.repeat(40);
const V3 = 'c'.repeat(40);

function input(over: Partial<RecordInput> = {}): RecordInput {
  return {
    changes: [],
    deprecations: [],
    firstRun: false,
    snapshots: {},
    existingTags: { churn: [{ name: 'churn#staging#1', date: '2026-01-01T00:00:00Z', trailers: { changedIn: '9'.repeat(40) }, version: '1.0.0' }] },
    versionTags: {
      'churn@1.0.0': { tag: 'churn@v1.0.0', commit: V1 },
      'churn@1.1.0': { tag: 'churn@v1.1.0', commit: V2 },
      'churn@2.0.0': { tag: 'churn@v2.0.0', commit: V3 },
    },
    pullRequests: {},
    deployments: {},
    catalogueUrl: 'https://acme.github.io/registry/',
    ...over,
  };
}

/** What recording the tags would leave: the existing tags plus the planned ones, as the next run reads them. */
function after(before: RecordInput, plan: ReturnType<typeof planRecording>): RecordInput['existingTags'] {
  const out: RecordInput['existingTags'] = structuredClone(before.existingTags);
  for (const tag of plan.tags) {
    const existing: ExistingTag = { name: tag.name, date: tag.date, trailers: parseTagTrailers(tag.message), version: tag.version };
    (out[tag.model] ??= []).push(existing);
  }
  return out;
}

describe('planRecording', () => {
  it('numbers tags with one counter per model across stages, pointing at the version commit, message with PR, approvers and Changed-In', () => {
    const plan = planRecording(
      input({
        changes: [
          { model: 'churn', stage: 'staging', from: '1.0.0', to: '1.1.0', commit: C1, date: '2026-02-01T10:00:00Z' },
          { model: 'churn', stage: 'production', to: '1.1.0', commit: C2, date: '2026-02-02T10:00:00Z' },
        ],
        pullRequests: { [C1]: { number: 12, approvers: ['alice', 'bob'] } },
      }),
    );
    expect(plan.tags.map((t) => [t.name, t.target])).toEqual([
      ['churn#staging#2', V2],
      ['churn#production#3', V2],
    ]);
    expect(plan.tags[0].message).toBe(
      `Assigning stage staging to artifact churn version v1.1.0\n\nPull-Request: 12\nApproved-By: alice, bob\nChanged-In: ${C1}\n`,
    );
    expect(plan.tags[1].message).toBe(`Assigning stage production to artifact churn version v1.1.0\n\nChanged-In: ${C2}\n`);
    expect(plan.tags[0].date).toBe('2026-02-01T10:00:00Z');
    expect(plan.deployments).toEqual([
      expect.objectContaining({
        environment: 'churn/staging',
        ref: 'churn@v1.1.0',
        version: '1.1.0',
        pullRequest: 12,
        approvers: ['alice', 'bob'],
        productionEnvironment: false,
        environmentUrl: 'https://acme.github.io/registry/models/churn/',
      }),
      expect.objectContaining({ environment: 'churn/production', productionEnvironment: true, approvers: [] }),
    ]);
  });

  it('a demotion is GTO unassignment of the version the stage held, and marks the environment inactive', () => {
    const plan = planRecording(
      input({
        changes: [{ model: 'churn', stage: 'staging', from: '1.0.0', commit: C1, date: '2026-02-01T10:00:00Z' }],
        deployments: { 'churn/staging': { id: 7, inactive: false, changedIn: '9'.repeat(40) } },
      }),
    );
    expect(plan.tags.map((t) => [t.name, t.target, t.action])).toEqual([['churn#staging!#2', V1, 'unassign']]);
    expect(plan.tags[0].message).toMatch(/^Unassigning stage 'staging' to artifact 'churn' version 'v1.0.0'\n/);
    expect(plan.inactive).toEqual([{ environment: 'churn/staging', deploymentId: 7 }]);
    expect(plan.deployments).toEqual([]);
  });

  it('a deprecation is a GTO deregistration; when every version is deprecated, also m@deprecated', () => {
    const plan = planRecording(
      input({
        deprecations: [
          { model: 'churn', version: '1.0.0', reason: 'leak', commit: C1, date: '2026-02-01T10:00:00Z', allDeprecated: false },
          { model: 'churn', version: '2.0.0', reason: 'bad\nnews', commit: C2, date: '2026-02-01T10:00:00Z', allDeprecated: true },
        ],
      }),
    );
    expect(plan.tags.map((t) => [t.name, t.target])).toEqual([
      ['churn@v1.0.0!#2', V1],
      ['churn@v2.0.0!#3', V3],
      ['churn@deprecated#4', V3],
    ]);
    expect(plan.tags[1].message).toBe(`Deregistering artifact churn version v2.0.0\n\nChanged-In: ${C2}\nReason: bad news\n`);
    expect(plan.tags[2].message).toMatch(/^Deprecating artifact 'churn'\n/);
  });

  it('records nothing twice: a re-run with the tags it made plans nothing', () => {
    const first = input({
      changes: [
        { model: 'churn', stage: 'staging', from: '1.0.0', to: '1.1.0', commit: C1, date: '2026-02-01T10:00:00Z' },
        { model: 'churn', stage: 'production', from: '1.0.0', commit: C2, date: '2026-02-01T10:00:00Z' },
      ],
      deprecations: [{ model: 'churn', version: '1.0.0', reason: 'leak', commit: C3, date: '2026-02-01T10:00:00Z', allDeprecated: false }],
    });
    const plan = planRecording(first);
    expect(plan.tags).toHaveLength(3);
    const again = planRecording({
      ...first,
      existingTags: after(first, plan),
      deployments: { 'churn/staging': { id: 1, changedIn: C1, inactive: false }, 'churn/production': { id: 2, inactive: true } },
    });
    expect(again).toEqual({ tags: [], deployments: [], inactive: [], skipped: [] });
  });

  it('a concurrent run planned again with the fresh tags takes the next counters and skips what the other run recorded', () => {
    const mine = input({ changes: [{ model: 'churn', stage: 'staging', from: '1.0.0', to: '1.1.0', commit: C1, date: '2026-02-01T10:00:00Z' }] });
    expect(planRecording(mine).tags.map((t) => t.name)).toEqual(['churn#staging#2']);
    // The other run recorded another commit's change as #2 meanwhile: ours becomes #3.
    const other: ExistingTag = { name: 'churn#production#2', date: '2026-02-01T10:00:05Z', trailers: { changedIn: C2 }, version: '1.1.0' };
    const replanned = planRecording({ ...mine, existingTags: { churn: [...mine.existingTags.churn, other] } });
    expect(replanned.tags.map((t) => t.name)).toEqual(['churn#staging#3']);
    // The other run recorded this very change: nothing left.
    const same: ExistingTag = { name: 'churn#staging#2', trailers: { changedIn: C1 }, version: '1.1.0' };
    expect(planRecording({ ...mine, existingTags: { churn: [...mine.existingTags.churn, same] } }).tags).toEqual([]);
  });

  it('a first run records every stage each model holds now, and its deprecations; a second first run records nothing', () => {
    const first = input({
      firstRun: true,
      existingTags: {},
      snapshots: {
        churn: {
          stages: {
            production: { version: '1.0.0', commit: C1, date: '2026-01-05T00:00:00Z' },
            staging: { version: '1.1.0', commit: C2, date: '2026-01-06T00:00:00Z' },
          },
          deprecated: { '2.0.0': { reason: 'leak', commit: C3, date: '2026-01-07T00:00:00Z' } },
          allDeprecated: false,
          at: { commit: C3, date: '2026-01-07T00:00:00Z' },
        },
      },
    });
    const plan = planRecording(first);
    expect(plan.tags.map((t) => [t.name, t.target, t.changedIn])).toEqual([
      ['churn#production#1', V1, C1],
      ['churn#staging#2', V2, C2],
      ['churn@v2.0.0!#3', V3, C3],
    ]);
    expect(plan.deployments.map((d) => d.environment)).toEqual(['churn/production', 'churn/staging']);
    const again = planRecording({
      ...first,
      existingTags: after(first, plan),
      deployments: { 'churn/production': { id: 1, changedIn: C1, inactive: false }, 'churn/staging': { id: 2, changedIn: C2, inactive: false } },
    });
    expect(again.tags).toEqual([]);
    expect(again.deployments).toEqual([]);
  });

  it('a model without stage tags is recorded from its snapshot even when the push changed it; a stage the tags show but the files dropped is unassigned', () => {
    const plan = planRecording(
      input({
        existingTags: { churn: [{ name: 'churn#staging#4', trailers: {}, version: '1.0.0' }], other: [] },
        firstRun: true,
        snapshots: {
          churn: { stages: {}, deprecated: {}, allDeprecated: false, at: { commit: C3, date: '2026-03-01T00:00:00Z' } },
        },
      }),
    );
    expect(plan.tags.map((t) => [t.name, t.target, t.changedIn])).toEqual([['churn#staging!#5', V1, C3]]);
  });

  it('a change whose version has no release tag yet is skipped and said so', () => {
    const plan = planRecording(input({ changes: [{ model: 'churn', stage: 'staging', to: '3.0.0', commit: C1, date: '2026-02-01T10:00:00Z' }] }));
    expect(plan.tags).toEqual([]);
    expect(plan.skipped).toEqual([{ model: 'churn', stage: 'staging', version: '3.0.0', reason: 'churn 3.0.0 has no release tag yet' }]);
  });

  it('tags of one stage get strictly increasing dates, so GTO (which orders by tagger date, in seconds) shows the last one', () => {
    const plan = planRecording(
      input({
        changes: [
          { model: 'churn', stage: 'staging', from: '1.0.0', to: '1.1.0', commit: C1, date: '2026-02-01T10:00:00Z' },
          { model: 'churn', stage: 'staging', from: '1.1.0', to: '2.0.0', commit: C2, date: '2026-02-01T10:00:00Z' },
          { model: 'churn', stage: 'production', to: '2.0.0', commit: C2, date: '2025-12-31T00:00:00Z' },
        ],
        existingTags: { churn: [{ name: 'churn#production#1', date: '2026-01-01T00:00:00Z', trailers: {}, version: '1.0.0' }] },
      }),
    );
    expect(plan.tags.map((t) => [t.name, t.date])).toEqual([
      ['churn#staging#2', '2026-02-01T10:00:00Z'],
      ['churn#staging#3', '2026-02-01T10:00:01Z'],
      ['churn#production#4', '2026-01-01T00:00:01Z'],
    ]);
    expect(plan.deployments.map((d) => [d.environment, d.version])).toEqual([
      ['churn/staging', '2.0.0'],
      ['churn/production', '2.0.0'],
    ]);
  });

  it('every tag name it writes is one GTO reads (GTO_TAG_RE), and reads back as what was written', () => {
    const plan = planRecording(
      input({
        changes: [
          { model: 'churn', stage: 'staging', from: '1.0.0', to: '1.1.0', commit: C1, date: '2026-02-01T10:00:00Z' },
          { model: 'churn', stage: 'production', from: '1.0.0', commit: C2, date: '2026-02-01T10:00:00Z' },
        ],
        deprecations: [{ model: 'churn', version: '2.0.0', reason: 'x', commit: C3, date: '2026-02-01T10:00:00Z', allDeprecated: true }],
      }),
    );
    expect(plan.tags).toHaveLength(4);
    for (const tag of plan.tags) {
      expect(tag.name).toMatch(GTO_TAG_RE);
      const parsed = parseGtoTag(tag.name)!;
      expect(parsed.model).toBe('churn');
      expect(parsed.action).toBe(tag.action);
      if (tag.stage) expect(parsed.stage).toBe(tag.stage);
      if (tag.action === 'deregister') expect(parsed.version).toBe(tag.version);
      expect(parseTagTrailers(tag.message).changedIn).toBe(tag.changedIn);
    }
  });
});
