/**
 * Stage policies judged on a pull request's stage changes: which changes
 * there are, the policy a model's promotion is held to, each requirement's
 * verdict and figure, and the problems a failure becomes (on the stages.yaml
 * line). The CLI on a real repository is in test/e2e/promotion-cli.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  effectivePolicy,
  evaluatePromotion,
  evaluateStageChanges,
  promotionProblems,
  stageChanges,
  type PromotionContext,
} from '../../../../src/core/promotion/evaluate.js';
import { judgePromotions } from '../../../../src/core/promotion/judge.js';
import type { ApprovalFacts, PromotionEvaluation, RequirementResult } from '../../../../src/core/promotion/types.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import type { Registry } from '../../../../src/core/registry/registry.js';
import type { StageEvent } from '../../../../src/core/site/site-model.js';
import { validateSnapshot } from '../../../../src/core/validate.js';
import { snapshot, type Files } from '../../../support/review-registry.js';

const POLICY = `promotion:
  production:
    after: staging
    released: true
    approval: owners
    gates:
      accuracy: {min: 0.9}
      latency_ms: {max: 120}
    no_regression:
      metrics: [accuracy, f1]
      tolerance: 0.005
`;

const registryYaml = (promotion = POLICY) => `format: 1
name: test
stages: [staging, production]
metrics:
  accuracy: {direction: higher, min: 0, max: 1}
  f1: {direction: higher, min: 0, max: 1}
  latency_ms: {direction: lower, min: 0, unit: ms}
${promotion}`;

const card = (v: string) => `version: ${v}\ncreated: "2026-01-01T00:00:00Z"\nsummary: Version ${v}.\n`;

function modelYaml(extra = ''): string {
  return `name: m\ndescription: The m model.\nowners: ["@Alice", "@acme/ml"]\n${extra}`;
}

/** m: 1.0.0 in production, 1.1.0 in staging; 1.2.0 and 0.9.0 exist too. */
function baseFiles(promotion?: string): Files {
  return {
    'registry.yaml': registryYaml(promotion),
    'models/m/model.yaml': modelYaml(),
    'models/m/stages.yaml': 'staging: 1.1.0\nproduction: 1.0.0\n',
    'models/m/versions/0.9.0/card.yaml': card('0.9.0'),
    'models/m/versions/0.9.0/metrics.yaml': 'accuracy: 0.85\nf1: 0.7\nlatency_ms: 150\n',
    'models/m/versions/1.0.0/card.yaml': card('1.0.0'),
    'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.91\nf1: 0.8\nlatency_ms: 100\n',
    'models/m/versions/1.1.0/card.yaml': card('1.1.0'),
    'models/m/versions/1.1.0/metrics.yaml': 'accuracy: 0.93\nf1: 0.82\nlatency_ms: 90\n',
    'models/m/versions/1.2.0/card.yaml': card('1.2.0'),
    'models/m/versions/1.2.0/metrics.yaml': 'accuracy: 0.95\nf1: 0.85\nlatency_ms: 80\n',
  };
}

const load = (files: Files): Registry => loadRegistry(snapshot(files));

const HISTORY: Record<string, StageEvent[]> = {
  m: [
    { stage: 'staging', version: '1.1.0', since: '2026-03-02T10:00:00+01:00', commit: 'b'.repeat(40) },
    { stage: 'production', version: '1.0.0', since: '2026-02-01T09:00:00Z', commit: 'a'.repeat(40) },
    { stage: 'staging', version: '1.0.0', since: '2026-01-15T09:00:00Z', commit: '9'.repeat(40) },
  ],
};

interface Setup {
  head?: Files;
  base?: Files;
  released?: boolean | undefined;
  approvals?: ApprovalFacts;
  history?: Record<string, StageEvent[]>;
}

function context(setup: Setup = {}): PromotionContext {
  const base = setup.base ?? baseFiles();
  return {
    head: load({ ...base, ...setup.head }),
    base: load(base),
    stageHistory: setup.history ?? HISTORY,
    isReleased: () => ('released' in setup ? setup.released : true),
    approvals: setup.approvals,
  };
}

function only(setup: Setup): PromotionEvaluation {
  const evaluations = evaluateStageChanges(context(setup));
  expect(evaluations).toHaveLength(1);
  return evaluations[0];
}

function requirement(evaluation: PromotionEvaluation, rule: RequirementResult['rule'], text?: string): RequirementResult {
  const found = evaluation.requirements.find((r) => r.rule === rule && (text === undefined || r.requirement.startsWith(text)));
  expect(found, `${rule} ${text ?? ''} in ${JSON.stringify(evaluation.requirements)}`).toBeDefined();
  return found!;
}

const toProduction = (version: string): Files => ({ 'models/m/stages.yaml': `staging: 1.1.0\nproduction: ${version}\n` });
const OWNER_APPROVED: ApprovalFacts = { approvers: ['alice'], teamMembers: {} };

describe('stageChanges: what a pull request changes in stages.yaml', () => {
  it('finds promotions, rollbacks and demotions, in stage order, and ignores what did not change', () => {
    const base = baseFiles();
    const head = load({ ...base, 'models/m/stages.yaml': 'production: 0.9.0\n' });
    expect(stageChanges(load(base), head)).toEqual([
      { model: 'm', stage: 'staging', from: '1.1.0', kind: 'demotion' },
      { model: 'm', stage: 'production', from: '1.0.0', to: '0.9.0', kind: 'rollback' },
    ]);
    expect(stageChanges(load(base), load(base))).toEqual([]);
    expect(stageChanges(load(base), load({ ...base, ...toProduction('1.2.0') }))).toEqual([
      { model: 'm', stage: 'production', from: '1.0.0', to: '1.2.0', kind: 'promotion' },
    ]);
  });

  it('without a base, every current assignment is new', () => {
    expect(stageChanges(undefined, load(baseFiles()))).toEqual([
      { model: 'm', stage: 'staging', to: '1.1.0', kind: 'promotion' },
      { model: 'm', stage: 'production', to: '1.0.0', kind: 'promotion' },
    ]);
  });
});

describe('effectivePolicy: model.yaml tightens registry.yaml', () => {
  it('takes the stricter of each requirement', () => {
    const files = {
      ...baseFiles(),
      'models/m/model.yaml': modelYaml(
        'promotion:\n  production:\n    gates:\n      accuracy: {min: 0.95}\n      latency_ms: {max: 200}\n      f1: {min: 0.8}\n    no_regression:\n      metrics: [latency_ms]\n      tolerance: 0.001\n',
      ),
    };
    expect(effectivePolicy(load(files), 'm', 'production')).toEqual({
      after: 'staging',
      released: true,
      approval: 'owners',
      gates: { accuracy: { min: 0.95 }, latency_ms: { max: 120 }, f1: { min: 0.8 } },
      no_regression: { metrics: ['accuracy', 'f1', 'latency_ms'], tolerance: 0.001 },
    });
  });

  it("is the model's alone where registry.yaml has none, and none where neither has one", () => {
    const files = { ...baseFiles(''), 'models/m/model.yaml': modelYaml('promotion:\n  staging:\n    released: true\n') };
    expect(effectivePolicy(load(files), 'm', 'staging')).toEqual({ released: true });
    expect(effectivePolicy(load(files), 'm', 'production')).toBeUndefined();
  });

  it('keeps registry.yaml tolerance when model.yaml adds metrics without one', () => {
    const files = { ...baseFiles(), 'models/m/model.yaml': modelYaml('promotion:\n  production:\n    no_regression:\n      metrics: [latency_ms]\n') };
    expect(effectivePolicy(load(files), 'm', 'production')?.no_regression).toEqual({ metrics: ['accuracy', 'f1', 'latency_ms'], tolerance: 0.005 });
  });
});

describe('a promotion that meets every requirement', () => {
  it('passes each, with the figure it was decided on', () => {
    const e = only({ head: toProduction('1.1.0'), approvals: OWNER_APPROVED });
    expect(e.allowed).toBe(true);
    expect(e.requirements.map((r) => [r.requirement, r.figure, r.verdict])).toEqual([
      ['not deprecated', '1.1.0 is not deprecated', 'pass'],
      ['after staging', 'in staging since 2026-03-02', 'pass'],
      ['released', 'tag m@v1.1.0 exists', 'pass'],
      ['accuracy >= 0.9', '0.93', 'pass'],
      ['latency_ms <= 120', '90', 'pass'],
      ['accuracy no worse than 1.0.0 (tolerance 0.005)', '0.93 vs 0.91 in 1.0.0 (+0.02)', 'pass'],
      ['f1 no worse than 1.0.0 (tolerance 0.005)', '0.82 vs 0.8 in 1.0.0 (+0.02)', 'pass'],
      ['approved by an owner', 'approved by @alice', 'pass'],
    ]);
    expect(e.policy?.after).toBe('staging');
  });
});

describe('after: enforced stage order', () => {
  it('fails for a version never in the earlier stage, saying what to do', () => {
    const e = only({ head: toProduction('1.2.0') });
    const r = requirement(e, 'promotion-order');
    expect(r).toMatchObject({ verdict: 'fail', figure: 'never in staging' });
    expect(r.message).toContain('promote it to staging first');
    expect(e.allowed).toBe(false);
  });

  it("passes for the version the base's staging holds even without history", () => {
    const e = only({ head: toProduction('1.1.0'), history: {} });
    expect(requirement(e, 'promotion-order')).toMatchObject({ verdict: 'pass', figure: 'in staging at the base' });
  });

  it('passes for a version that was in staging earlier and has left it since', () => {
    const e = only({
      head: toProduction('1.2.0'),
      history: { m: [{ stage: 'staging', version: '1.2.0', since: '2026-04-01T00:00:00Z', commit: 'c'.repeat(40) }] },
    });
    expect(requirement(e, 'promotion-order')).toMatchObject({ verdict: 'pass', figure: 'in staging since 2026-04-01' });
  });

  it("is not judged when `after` names no declared stage (registry.yaml's own problem)", () => {
    const e = only({ base: baseFiles('promotion:\n  production:\n    after: canary\n'), head: toProduction('1.2.0') });
    expect(e.requirements.map((r) => r.rule)).toEqual(['promotion-deprecated']);
  });
});

describe('released', () => {
  it('fails without the tag, passes with it, and is pending when tags are unknown', () => {
    expect(requirement(only({ head: toProduction('1.1.0'), released: false }), 'promotion-unreleased')).toMatchObject({
      verdict: 'fail',
      figure: 'no tag m@v1.1.0',
    });
    expect(requirement(only({ head: toProduction('1.1.0'), released: true }), 'promotion-unreleased').verdict).toBe('pass');
    const pending = only({ head: toProduction('1.1.0'), released: undefined, approvals: OWNER_APPROVED });
    expect(requirement(pending, 'promotion-unreleased').verdict).toBe('pending');
    expect(pending.allowed).toBe(true);
  });
});

describe('gates', () => {
  const gated = (gates: string) => baseFiles(`promotion:\n  staging:\n    gates:\n${gates}`);

  it('fails a value below min (or above max), giving the value', () => {
    const e = only({
      base: gated('      accuracy: {min: 0.94}\n      latency_ms: {max: 85}\n'),
      head: { 'models/m/stages.yaml': 'staging: 1.0.0\nproduction: 1.0.0\n' },
    });
    expect(requirement(e, 'promotion-gate', 'accuracy')).toMatchObject({ verdict: 'fail', figure: '0.91' });
    expect(requirement(e, 'promotion-gate', 'accuracy').message).toContain('has accuracy 0.91');
    expect(requirement(e, 'promotion-gate', 'latency_ms')).toMatchObject({ requirement: 'latency_ms <= 85', verdict: 'fail', figure: '100' });
  });

  it('fails a metric the metrics file lacks, and shows a confidence interval with the value', () => {
    const files = gated('      recall: {min: 0.5}\n      accuracy: {min: 0.9, max: 1}\n');
    files['models/m/versions/1.2.0/metrics.yaml'] = 'accuracy: {value: 0.95, ci: [0.935, 0.965]}\nf1: 0.85\nlatency_ms: 80\n';
    const e = only({ base: files, head: { 'models/m/stages.yaml': 'staging: 1.2.0\nproduction: 1.0.0\n' } });
    expect(requirement(e, 'promotion-gate', 'recall')).toMatchObject({ verdict: 'fail', figure: 'not measured' });
    expect(requirement(e, 'promotion-gate', '0.9 <=')).toMatchObject({
      requirement: '0.9 <= accuracy <= 1',
      verdict: 'pass',
      figure: '0.95 (CI 0.935 to 0.965)',
    });
  });
});

describe('no_regression', () => {
  const withMetrics = (version: string, metrics: string, promotion?: string): Files => ({
    ...baseFiles(promotion),
    [`models/m/versions/${version}/metrics.yaml`]: metrics,
  });
  const regressionOnly = 'promotion:\n  production:\n    no_regression:\n      metrics: [accuracy, latency_ms]\n      tolerance: 0.005\n';

  it('passes a value worse by exactly the tolerance (no floating-point surprise), fails one beyond it', () => {
    const e = only({ base: withMetrics('1.1.0', 'accuracy: 0.905\nlatency_ms: 100.005\n', regressionOnly), head: toProduction('1.1.0') });
    expect(requirement(e, 'promotion-regression', 'accuracy')).toMatchObject({ verdict: 'pass', figure: '0.905 vs 0.91 in 1.0.0 (-0.005)' });
    expect(requirement(e, 'promotion-regression', 'latency_ms').verdict).toBe('pass');
    const worse = only({ base: withMetrics('1.1.0', 'accuracy: 0.9\nlatency_ms: 101\n', regressionOnly), head: toProduction('1.1.0') });
    const accuracy = requirement(worse, 'promotion-regression', 'accuracy');
    expect(accuracy).toMatchObject({ verdict: 'fail', figure: '0.9 vs 0.91 in 1.0.0 (-0.01), worse' });
    expect(accuracy.message).toContain('worse than 0.91 in 1.0.0');
    // lower is better for latency: 101 ms against 100 ms is worse.
    expect(requirement(worse, 'promotion-regression', 'latency_ms')).toMatchObject({ verdict: 'fail', figure: '101 vs 100 in 1.0.0 (+1), worse' });
  });

  it('a worse value whose confidence interval overlaps the other is within noise, not a regression', () => {
    const base = withMetrics('1.0.0', 'accuracy: {value: 0.91, ci: [0.89, 0.93]}\nlatency_ms: 100\n', regressionOnly);
    base['models/m/versions/1.1.0/metrics.yaml'] = 'accuracy: {value: 0.895, ci: [0.875, 0.915]}\nlatency_ms: 90\n';
    const e = only({ base, head: toProduction('1.1.0') });
    const r = requirement(e, 'promotion-regression', 'accuracy');
    expect(r.verdict).toBe('pass');
    expect(r.figure).toBe('0.895 (CI 0.875 to 0.915) vs 0.91 (CI 0.89 to 0.93) in 1.0.0 (-0.015), within noise (confidence intervals overlap)');
    // Intervals apart: a regression.
    base['models/m/versions/1.1.0/metrics.yaml'] = 'accuracy: {value: 0.85, ci: [0.84, 0.86]}\nlatency_ms: 90\n';
    expect(requirement(only({ base, head: toProduction('1.1.0') }), 'promotion-regression', 'accuracy').verdict).toBe('fail');
  });

  it('on a rollback, a worse value is reported, not enforced', () => {
    const e = only({ base: baseFiles(regressionOnly), head: toProduction('0.9.0') });
    expect(e.change.kind).toBe('rollback');
    expect(requirement(e, 'promotion-regression', 'accuracy')).toMatchObject({
      verdict: 'reported',
      figure: '0.85 vs 0.91 in 1.0.0 (-0.06), worse (a rollback: reported, not enforced)',
    });
    expect(e.allowed).toBe(true);
  });

  it('passes when the stage held nothing, and fails a metric without a direction in the catalogue', () => {
    const noProduction: Files = { ...baseFiles(regressionOnly.replace('latency_ms]', 'latency_ms, recall]')), 'models/m/stages.yaml': 'staging: 1.1.0\n' };
    const fresh = only({ base: noProduction, head: toProduction('1.1.0') });
    expect(requirement(fresh, 'promotion-regression', 'accuracy')).toMatchObject({ verdict: 'pass', figure: 'production held no version' });
    noProduction['models/m/versions/1.0.0/metrics.yaml'] = 'accuracy: 0.91\nlatency_ms: 100\nrecall: 0.5\n';
    noProduction['models/m/versions/1.1.0/metrics.yaml'] = 'accuracy: 0.93\nlatency_ms: 90\nrecall: 0.6\n';
    const e = only({ base: { ...noProduction, 'models/m/stages.yaml': 'staging: 1.1.0\nproduction: 1.0.0\n' }, head: toProduction('1.1.0') });
    expect(requirement(e, 'promotion-regression', 'recall')).toMatchObject({ verdict: 'fail', figure: 'direction unknown' });
  });
});

describe('approval: owners', () => {
  const approvalOnly = baseFiles('promotion:\n  production:\n    approval: owners\n');
  const approval = (approvals?: ApprovalFacts) => requirement(only({ base: approvalOnly, head: toProduction('1.1.0'), approvals }), 'promotion-approval');

  it('is pending without the pull request reviews (the CLI)', () => {
    expect(approval(undefined)).toMatchObject({ verdict: 'pending', figure: 'decided by the pull request review' });
  });

  it('passes for a listed user (case-insensitively) or a member of a listed team', () => {
    expect(approval({ approvers: ['ALICE'], teamMembers: {} })).toMatchObject({ verdict: 'pass', figure: 'approved by @ALICE' });
    expect(approval({ approvers: ['bob'], teamMembers: { 'acme/ml': ['Bob'] } })).toMatchObject({ verdict: 'pass', figure: 'approved by @bob (@acme/ml)' });
  });

  it("is pending when a team's members are unknown, saying what enforces it instead", () => {
    const r = approval({ approvers: ['carol'], teamMembers: {}, teamsUnknownReason: 'the token cannot read team membership' });
    expect(r.verdict).toBe('pending');
    expect(r.figure).toContain('team approval is enforced by CODEOWNERS and branch protection');
  });

  it('fails with no approving review at all, even when a team is unknown', () => {
    const r = approval({ approvers: [], teamMembers: {}, teamsUnknownReason: 'the token cannot read team membership' });
    expect(r).toMatchObject({ verdict: 'fail', figure: 'no approving review' });
  });

  it('says why a team is unknown once, however the reason is worded', () => {
    const reason = 'the token cannot read team membership (needs organization members: read); team approval is enforced by CODEOWNERS and branch protection';
    const r = approval({ approvers: ['carol'], teamMembers: {}, teamsUnknownReason: reason });
    expect(r.figure).toBe(`members of @acme/ml unknown: ${reason}`);
  });

  it('judges by the owners at the base: a pull request cannot make its approver an owner', () => {
    const head = { ...toProduction('1.1.0'), 'models/m/model.yaml': 'name: m\ndescription: The m model.\nowners: ["@carol"]\n' };
    const r = requirement(only({ base: approvalOnly, head, approvals: { approvers: ['carol'], teamMembers: { 'acme/ml': [] } } }), 'promotion-approval');
    expect(r.verdict).toBe('fail');
  });

  it('fails when no approver is an owner', () => {
    const r = approval({ approvers: ['carol'], teamMembers: { 'acme/ml': ['bob'] } });
    expect(r).toMatchObject({ verdict: 'fail', figure: 'approved by @carol, none an owner' });
    expect(r.message).toContain('@Alice, @acme/ml');
    expect(approval({ approvers: [], teamMembers: { 'acme/ml': [] } }).figure).toBe('no approving review');
  });
});

describe('a pull request cannot loosen the policy it is judged by', () => {
  it("judges by the stricter of the base's and the head's policy", () => {
    const base = baseFiles('promotion:\n  production:\n    gates:\n      accuracy: {min: 0.99}\n');
    const head = { ...toProduction('1.1.0'), 'registry.yaml': registryYaml('') };
    const evaluation = only({ base, head });
    expect(requirement(evaluation, 'promotion-gate')).toMatchObject({ verdict: 'fail' });
    expect(evaluation.allowed).toBe(false);
  });

  it("applies a policy the pull request adds (the head's is stricter)", () => {
    const base = baseFiles('');
    const head = { ...toProduction('1.1.0'), 'registry.yaml': registryYaml('promotion:\n  production:\n    gates:\n      accuracy: {min: 0.99}\n') };
    expect(requirement(only({ base, head }), 'promotion-gate')).toMatchObject({ verdict: 'fail' });
  });
});

describe('deprecated versions and demotions', () => {
  it('a deprecated version can never be put in a stage, even where no policy is declared', () => {
    const base = { ...baseFiles(''), 'models/m/model.yaml': modelYaml('deprecated_versions:\n  1.2.0: Data leak, use 1.1.0.\n') };
    const e = only({ base, head: toProduction('1.2.0') });
    expect(e.policy).toBeUndefined();
    expect(e.requirements).toEqual([
      {
        rule: 'promotion-deprecated',
        requirement: 'not deprecated',
        figure: 'deprecated: Data leak, use 1.1.0.',
        verdict: 'fail',
        message: 'm@1.2.0 is deprecated in model.yaml (Data leak, use 1.1.0.) and can never be put in production: keep 1.0.0 or promote another version',
      },
    ]);
  });

  it('a demotion has no requirements and is allowed', () => {
    const e = only({ head: { 'models/m/stages.yaml': 'staging: 1.1.0\n' } });
    expect(e).toMatchObject({ change: { kind: 'demotion', from: '1.0.0' }, requirements: [], allowed: true });
  });

  it('without a policy, a promotion has only the deprecation requirement', () => {
    const e = only({ base: baseFiles(''), head: toProduction('1.2.0') });
    expect(e.requirements.map((r) => [r.rule, r.verdict])).toEqual([['promotion-deprecated', 'pass']]);
  });
});

describe('promotionProblems and judgePromotions', () => {
  it("one problem per failed requirement, on the stage's line of stages.yaml, sorted", () => {
    const ctx = context({ head: toProduction('1.2.0'), released: false, approvals: { approvers: [], teamMembers: { 'acme/ml': [] } } });
    const text = 'staging: 1.1.0\nproduction: 1.2.0\n';
    const problems = promotionProblems(evaluateStageChanges(ctx), ctx.head, (path) => (path === 'models/m/stages.yaml' ? Buffer.from(text) : undefined));
    expect(problems.map((p) => `${p.rule} ${p.file}:${p.line}:${p.column} ${p.severity}`)).toEqual([
      'promotion-approval models/m/stages.yaml:2:13 error',
      'promotion-order models/m/stages.yaml:2:13 error',
      'promotion-unreleased models/m/stages.yaml:2:13 error',
    ]);
  });

  it('fails the report, and a deprecated version newly in a stage is one problem (not also deprecated-in-stage)', () => {
    const files: Files = { ...baseFiles(''), 'models/m/model.yaml': modelYaml('deprecated_versions:\n  1.2.0: Data leak.\n'), ...toProduction('1.2.0') };
    const validated = validateSnapshot(snapshot(files));
    expect(validated.report.problems.map((p) => p.rule)).toEqual(['deprecated-in-stage']);
    expect(validated.report.ok).toBe(true);
    const judged = judgePromotions(
      validated.report,
      { head: validated.registry, base: load(baseFiles('')), stageHistory: {}, isReleased: () => true },
      (path) => {
        const text = files[path];
        return text ? Buffer.from(text) : undefined;
      },
    );
    expect(judged.report.problems.map((p) => `${p.rule}:${p.line}`)).toEqual(['promotion-deprecated:2']);
    expect(judged.report.ok).toBe(false);
    expect(judged.promotions).toHaveLength(1);
  });

  it('a promotion passes through evaluatePromotion alone, as the promote command asks it', () => {
    const ctx = context({ head: toProduction('1.1.0'), approvals: OWNER_APPROVED });
    const e = evaluatePromotion({ model: 'm', stage: 'production', from: '1.0.0', to: '1.1.0', kind: 'promotion' }, ctx);
    expect(e.allowed).toBe(true);
  });
});
