/**
 * Drift on a timeline: a stage's declared version changes, environments
 * report deployments (GitHub's success statuses, the inactive ones it adds,
 * an undeploy, a failed rollout), and the answer is asked at instants along it.
 */
import { describe, expect, it } from 'vitest';
import { environmentDrift, runningAt, type DeploymentFact } from '../../../../src/core/environments/drift.js';
import { environmentRows } from '../../../../src/core/environments/status.js';
import { environmentCells } from '../../../../src/core/environments/status-table.js';

const H = 3_600_000;
const at = (hours: number) => new Date(Date.UTC(2026, 2, 1) + hours * H).toISOString();

/** eu-west-prod's deployments: 1.0.0 at 0h; 2.0.0 at 30h (1.0.0 then marked inactive); a failed 3.0.0 at 40h; undeployed at 60h. */
const EU_WEST: DeploymentFact[] = [
  {
    version: '1.0.0',
    createdAt: at(0),
    statuses: [
      { state: 'success', createdAt: at(0) },
      { state: 'inactive', createdAt: at(30) },
    ],
  },
  {
    version: '2.0.0',
    createdAt: at(30),
    statuses: [
      { state: 'success', createdAt: at(30) },
      { state: 'inactive', createdAt: at(60) },
    ],
    environmentUrl: 'https://eu.example/',
  },
  {
    version: '3.0.0',
    createdAt: at(40),
    statuses: [
      { state: 'pending', createdAt: at(40) },
      { state: 'failure', createdAt: at(41) },
    ],
  },
];

describe('what an environment runs, along a timeline', () => {
  it('is the newest successful deployment at each instant; nothing before the first and after an undeploy', () => {
    expect(runningAt(EU_WEST, at(-1))).toEqual({});
    expect(runningAt(EU_WEST, at(10))).toEqual({ version: '1.0.0', since: at(0) });
    expect(runningAt(EU_WEST, at(35))).toEqual({ version: '2.0.0', since: at(30), environmentUrl: 'https://eu.example/' });
    // A failed rollout changes nothing: 2.0.0 still runs.
    expect(runningAt(EU_WEST, at(45))).toMatchObject({ version: '2.0.0' });
    expect(runningAt(EU_WEST, at(61))).toEqual({ since: at(60) });
  });

  it('needs no inactive statuses to pick the newest success (a reader that sees only the newest status of each)', () => {
    const newestOnly: DeploymentFact[] = [
      { version: '1.0.0', createdAt: at(0), statuses: [{ state: 'success', createdAt: at(0) }] },
      { version: '2.0.0', createdAt: at(30), statuses: [{ state: 'success', createdAt: at(30) }] },
    ];
    expect(runningAt(newestOnly)).toMatchObject({ version: '2.0.0', since: at(30) });
  });
});

describe('drift', () => {
  // production declares 1.0.0 from the start, 2.0.0 from 20h on.
  const declaredAt = (hours: number) => (hours < 20 ? { version: '1.0.0', since: at(-5) } : { version: '2.0.0', since: at(20) });
  const judge = (hours: number, maxDriftHours = 24) =>
    environmentDrift({
      model: 'churn',
      environment: 'eu-west-prod',
      stage: 'production',
      declared: declaredAt(hours),
      running: runningAt(EU_WEST, at(hours)),
      now: at(hours),
      maxDriftMs: maxDriftHours * H,
    });

  it('matches while the environment runs what the stage declares', () => {
    expect(judge(10)).toMatchObject({ matches: true, exceeded: false, declared: '1.0.0', running: '1.0.0' });
    expect(judge(10).driftSince).toBeUndefined();
  });

  it('counts a drift from the promotion the environment has not followed yet, and exceeds max_drift only after it', () => {
    expect(judge(25)).toMatchObject({ matches: false, declared: '2.0.0', running: '1.0.0', driftSince: at(20), driftMs: 5 * H, exceeded: false });
    expect(judge(25, 4)).toMatchObject({ matches: false, exceeded: true });
    // Deployed at 30h: matches again.
    expect(judge(35)).toMatchObject({ matches: true, running: '2.0.0' });
  });

  it('counts from the undeploy when the environment stops running the declared version', () => {
    expect(judge(61)).toMatchObject({ matches: false, runningSince: at(60), driftSince: at(60), driftMs: H, exceeded: false });
    expect(judge(61).running).toBeUndefined();
    expect(judge(60 + 25)).toMatchObject({ matches: false, exceeded: true, driftMs: 25 * H });
  });

  it('counts from the deployment when an environment runs a version its stage does not declare', () => {
    const d = environmentDrift({
      model: 'churn',
      environment: 'eu-west-prod',
      stage: 'production',
      declared: { version: '2.0.0', since: at(0) },
      running: { version: '1.0.0', since: at(10) },
      now: at(50),
      maxDriftMs: 24 * H,
    });
    expect(d).toMatchObject({ driftSince: at(10), driftMs: 40 * H, exceeded: true });
  });

  it('fails the check when neither side has a date (how long is unknown)', () => {
    const d = environmentDrift({
      model: 'm',
      environment: 'e',
      stage: 'production',
      declared: { version: '1.0.0' },
      running: {},
      now: at(0),
      maxDriftMs: 24 * H,
    });
    expect(d).toMatchObject({ matches: false, exceeded: true });
    expect(d.driftMs).toBeUndefined();
  });

  it('leaves out, for status, models an environment has nothing of; the catalogue keeps them all', () => {
    const input = {
      models: [
        { name: 'churn', stages: new Map([['production', { version: '2.0.0', since: at(20) }]]) },
        { name: 'idle', stages: new Map<string, { version: string; since?: string }>() },
      ],
      environments: [{ name: 'eu-west-prod', stage: 'production' }],
      running: new Map([['churn', new Map([['eu-west-prod', runningAt(EU_WEST, at(25))]])]]),
      now: at(25),
      maxDriftMs: 24 * H,
    };
    const rows = environmentRows(input);
    expect(rows.map((r) => r.model)).toEqual(['churn']);
    expect(environmentRows({ ...input, all: true }).map((r) => r.model)).toEqual(['churn', 'idle']);
    expect(environmentCells(rows, '24h')).toEqual([['churn', 'production', '2.0.0', 'eu-west-prod', '1.0.0', at(0), 'drifted 5h']]);
    expect(environmentCells(environmentRows({ ...input, running: undefined }), '24h')).toEqual([
      ['churn', 'production', '2.0.0', 'eu-west-prod', 'not read', '-', '-'],
    ]);
  });
});
