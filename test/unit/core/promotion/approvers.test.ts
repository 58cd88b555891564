import { describe, expect, it } from 'vitest';
import { approvalTeams, approversOf, readApprovalsFor } from '../../../../src/core/promotion/approvers.js';
import { stageChanges } from '../../../../src/core/promotion/evaluate.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { baseFiles, REGISTRY_YAML, snapshot } from '../../../support/review-registry.js';

const at = (day: number) => `2026-03-0${day}T12:00:00Z`;

describe('approversOf', () => {
  it("counts each reviewer's latest deciding review: a later change request withdraws an approval, a later approval restores it", () => {
    expect(
      approversOf(
        [
          { login: 'alice', state: 'APPROVED', submittedAt: at(1) },
          { login: 'alice', state: 'CHANGES_REQUESTED', submittedAt: at(2) },
          { login: 'bob', state: 'CHANGES_REQUESTED', submittedAt: at(1) },
          { login: 'bob', state: 'APPROVED', submittedAt: at(3) },
        ],
        'dana',
      ),
    ).toEqual(['bob']);
  });

  it('orders by submission time, not by list position', () => {
    expect(
      approversOf(
        [
          { login: 'alice', state: 'APPROVED', submittedAt: at(3) },
          { login: 'alice', state: 'CHANGES_REQUESTED', submittedAt: at(2) },
        ],
        undefined,
      ),
    ).toEqual(['alice']);
  });

  it('a comment after an approval keeps it (as on GitHub); a dismissed approval approves nothing and revives no earlier one', () => {
    expect(
      approversOf(
        [
          { login: 'alice', state: 'APPROVED', submittedAt: at(1) },
          { login: 'alice', state: 'COMMENTED', submittedAt: at(2) },
          { login: 'bob', state: 'APPROVED', submittedAt: at(1) },
          { login: 'bob', state: 'DISMISSED', submittedAt: at(2) },
          { login: 'carol', state: 'PENDING' },
        ],
        undefined,
      ),
    ).toEqual(['alice']);
  });

  it("never counts the author's own approval, whatever the case of the login", () => {
    expect(
      approversOf(
        [
          { login: 'Dana', state: 'APPROVED', submittedAt: at(1) },
          { login: 'erin', state: 'APPROVED', submittedAt: at(2) },
        ],
        'dana',
      ),
    ).toEqual(['erin']);
  });
});

describe('approvalTeams', () => {
  const registry = (owners: string, stages: string) =>
    loadRegistry(
      snapshot({
        ...baseFiles(),
        'registry.yaml': `${REGISTRY_YAML}promotion:\n  production:\n    approval: owners\n`,
        'models/m/model.yaml': `name: m\ndescription: The m model.\nowners: ${owners}\n`,
        'models/m/stages.yaml': stages,
      }),
    );

  it('asks about the owner teams of models promoted into a stage that needs approval, never about users', () => {
    const base = registry('["@acme/ml", "@octocat", "@acme/leads"]', 'production: 1.0.0\nstaging: 1.1.0\n');
    const head = registry('["@acme/ml", "@octocat", "@acme/leads"]', 'production: 1.1.0\nstaging: 1.1.0\n');
    expect(approvalTeams(head, stageChanges(base, head))).toEqual(['acme/leads', 'acme/ml']);
  });

  it('a promotion by users alone needs the reviews but no team question', () => {
    const base = registry('["@octocat"]', 'production: 1.0.0\nstaging: 1.1.0\n');
    const head = registry('["@octocat"]', 'production: 1.1.0\nstaging: 1.1.0\n');
    expect(approvalTeams(head, stageChanges(base, head))).toEqual([]);
  });

  it('reads no reviews at all for a stage without approval, or a demotion', async () => {
    const base = registry('["@acme/ml"]', 'production: 1.0.0\nstaging: 1.1.0\n');
    const rolledBack = registry('["@acme/ml"]', 'production: 1.0.0\nstaging: 1.0.0\n');
    expect(approvalTeams(rolledBack, stageChanges(base, rolledBack))).toBeUndefined();
    const demoted = registry('["@acme/ml"]', 'staging: 1.1.0\n');
    expect(approvalTeams(demoted, stageChanges(base, demoted))).toBeUndefined();
    const asked: string[][] = [];
    const reader = (teams: string[]) => {
      asked.push(teams);
      return Promise.resolve({ approvers: [], teamMembers: {} });
    };
    expect(await readApprovalsFor(demoted, stageChanges(base, demoted), reader)).toBeUndefined();
    const promoted = registry('["@acme/ml"]', 'production: 1.1.0\nstaging: 1.1.0\n');
    expect(await readApprovalsFor(promoted, stageChanges(base, promoted), reader)).toEqual({ approvers: [], teamMembers: {} });
    expect(asked).toEqual([['acme/ml']]);
  });
});
