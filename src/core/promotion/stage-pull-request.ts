/**
 * The pull request a stage change opens through the API: one branch per
 * request (so a re-run finds its own branch, and two different requests
 * never share one), a title that says what changes, and a body with the
 * policy's evaluation. Registry text in the body is escaped (mdText, mdCode).
 */
import { mdCode, mdText } from '../text/markdown-escape.js';
import { evaluationsMarkdown } from '../output/promotion-table.js';
import type { StageEditPlan } from './stage-edit-plan.js';

/** registry/promote/<model>-<stage>-<version>, registry/demote/<model>-<stage>, registry/deprecate/<model>-<version>. */
export function stageBranch(plan: Pick<StageEditPlan, 'verb' | 'model' | 'stage' | 'version'>): string {
  if (plan.verb === 'promote') return `registry/promote/${plan.model}-${plan.stage}-${plan.version}`;
  if (plan.verb === 'demote') return `registry/demote/${plan.model}-${plan.stage}`;
  return `registry/deprecate/${plan.model}-${plan.version}`;
}

export function stageTitle(plan: StageEditPlan): string {
  if (plan.verb === 'promote') return `Promote ${plan.model} ${plan.version} to ${plan.stage}`;
  if (plan.verb === 'demote') return `Demote ${plan.model} ${plan.version} from ${plan.stage}`;
  return `Deprecate ${plan.model} ${plan.version}`;
}

export function stageCommitMessage(plan: StageEditPlan): string {
  const lines = [stageTitle(plan), ''];
  if (plan.verb === 'promote' && plan.previous) lines.push(`${plan.stage} ran ${plan.previous} before.`);
  if (plan.verb === 'deprecate' && plan.reason) lines.push(`Reason: ${plan.reason.replace(/[\r\n]+/g, ' ')}`);
  lines.push(`Proposed by model-registry ${plan.verb}.`);
  return lines.join('\n');
}

export function stageBody(plan: StageEditPlan, branch: string): string {
  const out: string[] = [];
  const model = mdCode(plan.model);
  const version = mdText(plan.version);
  if (plan.verb === 'promote') {
    out.push(
      `Puts ${model} ${version} in ${mdCode(plan.stage)}${plan.previous ? `, which runs ${mdText(plan.previous)} now` : ', which runs no version of it now'}.`,
    );
  } else if (plan.verb === 'demote') {
    out.push(`Takes ${model} ${version} out of ${mdCode(plan.stage)}: the stage then runs no version of ${model}.`);
  } else {
    out.push(`Deprecates ${model} ${version}: it can never be put in a stage again.`, '', `**Reason:** ${mdText(plan.reason)}`);
    if (plan.previousReason !== undefined) out.push('', `(The reason was: ${mdText(plan.previousReason)})`);
  }
  if (plan.file) out.push('', `Changes ${mdCode(plan.file.path)}${plan.file.created ? ' (a new file)' : ''}.`);
  if (plan.verb !== 'deprecate') out.push('', '### Stage policy', '', evaluationsMarkdown(plan.evaluations));
  out.push(
    '',
    '---',
    '',
    `Opened by \`model-registry ${plan.verb}\` on the branch ${mdCode(branch)}. The registry's checks evaluate this change again on the pull request; an owner's approving review decides \`approval\`.`,
  );
  return out.join('\n');
}
