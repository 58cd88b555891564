/**
 * Promotions in the review: per stage change a heading that says what moves
 * where ("churn-gbm: production 1.2.0 → 1.3.0 (promotion)") and a table of
 * requirement, figure and verdict, as Markdown (summary, comment) and as plain
 * text (the CLI). Model names, versions, metric names and figures come from
 * the pull request's files: in Markdown every one goes through mdText.
 */
import type { PromotionEvaluation, RequirementVerdict, StageChange } from '../promotion/types.js';
import { mdText } from '../text/markdown-escape.js';

const VERDICT: Record<RequirementVerdict, { icon: string; word: string }> = {
  pass: { icon: '✅', word: 'pass' },
  fail: { icon: '❌', word: 'fail' },
  pending: { icon: '⏳', word: 'pending' },
  reported: { icon: 'ℹ️', word: 'reported' },
};

const PENDING_NOTE = 'pending: decided outside the files (an owner approves the pull request; the release tag exists when the check runs)';

/** "churn-gbm: production 1.2.0 → 1.3.0 (promotion)"; `nothing` shows an empty side, already in the target's form. */
function heading(change: StageChange, escape: (text: string) => string, nothing: string): string {
  const side = (version: string | undefined) => (version === undefined ? nothing : escape(version));
  return `${escape(change.model)}: ${escape(change.stage)} ${side(change.from)} → ${side(change.to)} (${change.kind})`;
}

function note(evaluation: PromotionEvaluation): string | undefined {
  const { change } = evaluation;
  if (change.kind === 'rollback') return `A rollback to an older version: no-regression is reported, not enforced.`;
  if (change.kind === 'demotion') return `A demotion: ${change.stage} runs no version of ${change.model} after the merge; nothing is required.`;
  return undefined;
}

/** The Markdown of one promotion: `####` heading, a note for a rollback or demotion, the requirements table. */
export function promotionMarkdown(evaluation: PromotionEvaluation): string {
  const lines = [`#### ${heading(evaluation.change, (t) => mdText(t), '_nothing_')}`];
  const said = note(evaluation);
  if (said) lines.push('', `_${mdText(said)}_`);
  if (evaluation.requirements.length) {
    lines.push('', '| Requirement | Figure | Verdict |', '|---|---|---|');
    for (const r of evaluation.requirements) {
      const v = VERDICT[r.verdict];
      lines.push(`| ${mdText(r.requirement, 200)} | ${mdText(r.figure, 400)} | ${v.icon} ${v.word} |`);
    }
  }
  return lines.join('\n');
}

/** Each change's heading and table, without the review's section heading (a pull request's body, a job summary). */
export function evaluationsMarkdown(evaluations: readonly PromotionEvaluation[]): string {
  if (!evaluations.length) return 'No stage changes: no stage policy applies.';
  const pending = evaluations.some((e) => e.requirements.some((r) => r.verdict === 'pending'));
  return [...evaluations.map(promotionMarkdown), ...(pending ? [`_${mdText(PENDING_NOTE)}_`] : [])].join('\n\n');
}

/** The promotions section of the review; empty when the pull request changes no stage. */
export function promotionsMarkdown(evaluations: readonly PromotionEvaluation[]): string {
  if (!evaluations.length) return '';
  const blocked = evaluations.filter((e) => !e.allowed).length;
  const intro = blocked
    ? `${blocked} of ${evaluations.length} stage change(s) fail their stage's policy (the problems above say what to do).`
    : `Every stage change meets its stage's policy${evaluations.some((e) => e.requirements.some((r) => r.verdict === 'pending')) ? ' so far (⏳: decided outside the files)' : ''}.`;
  return [`### Promotions`, '', intro, ...evaluations.map((e) => `\n${promotionMarkdown(e)}`)].join('\n');
}

/** The same, as plain text for a terminal: a heading per change and aligned columns (a failure in capitals, to be seen). */
export function promotionsText(evaluations: readonly PromotionEvaluation[]): string {
  if (!evaluations.length) return 'No stage changes: no stage policy applies.';
  const blocks: string[] = [];
  for (const evaluation of evaluations) {
    const lines = [heading(evaluation.change, (t) => t, '(nothing)')];
    const said = note(evaluation);
    if (said) lines.push(`  ${said}`);
    const rows = [
      ['requirement', 'figure', 'verdict'],
      ...evaluation.requirements.map((r) => [r.requirement, r.figure, r.verdict === 'fail' ? 'FAIL' : VERDICT[r.verdict].word]),
    ];
    if (rows.length > 1) {
      const widths = [0, 1].map((i) => Math.max(...rows.map((row) => [...row[i]].length)));
      for (const row of rows) lines.push(`  ${pad(row[0], widths[0])}  ${pad(row[1], widths[1])}  ${row[2]}`.trimEnd());
    }
    blocks.push(lines.join('\n'));
  }
  if (evaluations.some((e) => e.requirements.some((r) => r.verdict === 'pending'))) blocks.push(PENDING_NOTE);
  return blocks.join('\n\n');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}
