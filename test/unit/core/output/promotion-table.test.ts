/**
 * Promotions in the review: per stage change a heading saying what moves
 * where and a table of requirement, figure and verdict, in the review's
 * Markdown (summary and comment) and as text; card-controlled text escaped.
 * The evaluations are the real ones (evaluateStageChanges) on a small registry.
 */
import { describe, expect, it } from 'vitest';
import { promotionsMarkdown, promotionsText } from '../../../../src/core/output/promotion-table.js';
import { COMMENT_OPTIONS, renderReviewMarkdown, SUMMARY_OPTIONS } from '../../../../src/core/output/review-markdown.js';
import { evaluateStageChanges } from '../../../../src/core/promotion/evaluate.js';
import type { ApprovalFacts, PromotionEvaluation } from '../../../../src/core/promotion/types.js';
import { loadRegistry } from '../../../../src/core/registry/load.js';
import { buildReview } from '../../../../src/core/report/review.js';
import { baseFiles, newVersion, REGISTRY_YAML, snapshot, type Files } from '../../../support/review-registry.js';

const POLICY = `promotion:
  production:
    approval: owners
    gates:
      accuracy: {min: 0.9}
    no_regression:
      metrics: [accuracy]
`;

function evaluations(head: Files, approvals?: ApprovalFacts, base: Files = baseFiles()): PromotionEvaluation[] {
  const withPolicy = (files: Files): Files => ({ ...files, 'registry.yaml': REGISTRY_YAML + POLICY });
  return evaluateStageChanges({
    base: loadRegistry(snapshot(withPolicy(base))),
    head: loadRegistry(snapshot(withPolicy({ ...base, ...head }))),
    stageHistory: {},
    isReleased: () => true,
    approvals,
  });
}

const PROMOTE_1_2 = { ...newVersion('1.2.0', 'accuracy: 0.95\nf1: 0.8\nlatency_ms: 10\n'), 'models/m/stages.yaml': 'production: 1.2.0\nstaging: 1.1.0\n' };

describe('the promotions section of the review', () => {
  it('heads each change with what moves where and tables every requirement with its figure and verdict', () => {
    const md = promotionsMarkdown(evaluations(PROMOTE_1_2, { approvers: ['carol'], teamMembers: { 'acme/ml': ['carol'] } }));
    expect(md).toContain('#### m: production 1.0.0 → 1.2.0 (promotion)');
    expect(md).toContain('| Requirement | Figure | Verdict |\n|---|---|---|');
    expect(md).toMatch(/\| accuracy &gt;= 0\.9 \| 0\.95 \| ✅ pass \|/);
    expect(md).toMatch(/\| approved by an owner \| approved by @\u200Bcarol &#40;@\u200Bacme\/ml&#41; \| ✅ pass \|/);
    expect(md).toContain('Every stage change meets its stage');
  });

  it('a missing owner approval fails (❌), and the intro says how many changes fail', () => {
    const md = promotionsMarkdown(evaluations(PROMOTE_1_2, { approvers: [], teamMembers: { 'acme/ml': [] } }));
    expect(md).toMatch(/\| approved by an owner \| no approving review \| ❌ fail \|/);
    expect(md).toContain('1 of 1 stage change(s) fail');
  });

  it('approval is ⏳ pending where no review is known (the CLI), or team membership cannot be read', () => {
    expect(promotionsMarkdown(evaluations(PROMOTE_1_2))).toMatch(/\| approved by an owner \| [^|]+ \| ⏳ pending \|/);
    const unknown = promotionsMarkdown(
      evaluations(PROMOTE_1_2, { approvers: ['carol'], teamMembers: {}, teamsUnknownReason: 'the token cannot read team membership' }),
    );
    expect(unknown).toMatch(/\| approved by an owner \| [^|]*CODEOWNERS and branch protection[^|]* \| ⏳ pending \|/);
  });

  it('a rollback says so, and no-regression is ℹ️ reported, not enforced', () => {
    const md = promotionsMarkdown(
      evaluations({ 'models/m/stages.yaml': 'production: 1.0.0\nstaging: 1.0.0\n' }, undefined, {
        ...baseFiles(),
        'models/m/stages.yaml': 'production: 1.1.0\nstaging: 1.1.0\n',
      }).filter((e) => e.change.stage === 'production'),
    );
    expect(md).toContain('#### m: production 1.1.0 → 1.0.0 (rollback)');
    expect(md).toContain('_A rollback to an older version: no-regression is reported, not enforced._');
    expect(md).toMatch(/\| accuracy no worse than 1\.1\.0 \| 0\.9 vs 0\.92 in 1\.1\.0 [^|]+ \| ℹ️ reported \|/);
  });

  it('a demotion is listed, with nothing required', () => {
    const md = promotionsMarkdown(evaluations({ 'models/m/stages.yaml': 'production: 1.0.0\n' }));
    expect(md).toContain('#### m: staging 1.1.0 → _nothing_ (demotion)');
    expect(md).toContain('_A demotion: staging runs no version of m after the merge; nothing is required._');
    expect(md).not.toContain('| Requirement |');
  });

  it('escapes what the files control: a deprecation reason cannot become a link, a mention or a table cell', () => {
    const head: Files = {
      ...PROMOTE_1_2,
      'models/m/model.yaml':
        'name: m\ndescription: The m model.\nowners: ["@acme/ml"]\ndeprecated_versions:\n  "1.2.0": "see [here](https://evil.example) @admin | <img src=x>"\n',
    };
    const md = promotionsMarkdown(evaluations(head, { approvers: [], teamMembers: {} }));
    expect(md).toContain('deprecated');
    expect(md).not.toContain('[here](');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/@admin/);
    expect(md).toContain('&#91;here&#93;&#40;https:\u200B//evil.example&#41; @\u200Badmin &#124; &lt;img src=x&gt;');
  });

  it('is part of the review in the summary and the comment, right after what runs where', () => {
    const base = loadRegistry(snapshot({ ...baseFiles(), 'registry.yaml': REGISTRY_YAML + POLICY }));
    const head = loadRegistry(snapshot({ ...baseFiles(), ...PROMOTE_1_2, 'registry.yaml': REGISTRY_YAML + POLICY }));
    const report = buildReview(base, head, [], evaluations(PROMOTE_1_2, { approvers: [], teamMembers: { 'acme/ml': [] } }));
    for (const options of [SUMMARY_OPTIONS, COMMENT_OPTIONS]) {
      const md = renderReviewMarkdown(report, options);
      expect(md.indexOf('### Stage changes')).toBeGreaterThan(0);
      expect(md.indexOf('### Promotions')).toBeGreaterThan(md.indexOf('### Stage changes'));
      expect(md).toContain('#### m: production 1.0.0 → 1.2.0 (promotion)');
    }
    // Without stage changes there is no section.
    expect(renderReviewMarkdown(buildReview(base, base, []), SUMMARY_OPTIONS)).not.toContain('### Promotions');
  });
});

describe('the promotions as text (the CLI)', () => {
  it('the same heading and table, in aligned columns', () => {
    const text = promotionsText(evaluations(PROMOTE_1_2, { approvers: [], teamMembers: { 'acme/ml': [] } }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('m: production 1.0.0 → 1.2.0 (promotion)');
    expect(lines[1]).toMatch(/^ {2}requirement +figure +verdict$/);
    expect(text).toMatch(/\n {2}accuracy >= 0\.9 +0\.95 +pass\n/);
    expect(text).toMatch(/\n {2}approved by an owner +no approving review +FAIL(\n|$)/);
    // Columns line up: every row's figure starts where the header's does.
    const figureAt = lines[1].indexOf('figure');
    for (const line of lines.slice(2)) expect(line.slice(figureAt - 2, figureAt)).toBe('  ');
  });
});
