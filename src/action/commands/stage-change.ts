/**
 * `command: promote`, `demote`, `deprecate`: the CLI's commands as steps of a
 * workflow (e.g. on workflow_dispatch). With `registry`, the change is
 * proposed to that repository as a pull request (a GitHub App token, as for
 * register); without, the file is edited in the checkout at `root` for a
 * later step to commit. The evaluation goes to the log and the job summary;
 * a refusal fails the step with every reason.
 */
import * as core from '@actions/core';
import { describeRefusal, proposeStageChange, type StageChangeResult } from '../../app/propose-stage-change.js';
import { evaluationsMarkdown, promotionsText } from '../../core/output/promotion-table.js';
import type { StageRequest } from '../../core/promotion/stage-edit-plan.js';
import { mdText } from '../../core/text/markdown-escape.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { StageChangeRefusedError, UsageError } from '../../errors/index.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';

export function promoteAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const { model, version } = settings.register;
  const { to, from } = settings.stageChange;
  if (!model || !to || (!version && !from))
    throw new UsageError('command: promote needs the inputs model, to, and version (or from: the stage whose version to promote)');
  if (version && from) throw new UsageError('command: promote takes version or from, not both');
  return run({ verb: 'promote', model, version, fromStage: from, to }, settings, context);
}

export function demoteAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const { model } = settings.register;
  const { from } = settings.stageChange;
  if (!model || !from) throw new UsageError('command: demote needs the inputs model and from (the stage)');
  return run({ verb: 'demote', model, from }, settings, context);
}

export function deprecateAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const { model, version } = settings.register;
  const { reason } = settings.stageChange;
  if (!model || !version || !reason) throw new UsageError('command: deprecate needs the inputs model, version and reason');
  return run({ verb: 'deprecate', model, version, reason }, settings, context);
}

async function run(request: StageRequest, settings: ActionSettings, context: RunContext): Promise<void> {
  const registry = settings.register.registry;
  if (registry && !settings.token)
    throw new UsageError(`command: ${request.verb} with registry needs a token that can write to it (a GitHub App token; see the README)`);
  const result = await proposeStageChange({
    request,
    root: settings.root,
    registry,
    serverUrl: context.serverUrl,
    token: settings.token,
    dryRun: settings.dryRun,
    log: (m) => core.info(terminalLines(m)),
  });
  const { plan } = result;
  core.info(terminalLines(plan.summary));
  if (plan.verb !== 'deprecate') core.info(terminalLines(promotionsText(plan.evaluations)));
  if (settings.dryRun) core.info(terminalJson({ action: result.action, ...plan, branch: result.branch, pullRequest: result.pullRequestSpec }));
  const changed = result.action === 'write' || result.action === 'create' || result.action === 'resume';
  core.setOutput('changed', JSON.stringify(changed && plan.version ? [`${plan.model}@${plan.version}`] : []));
  core.setOutput('pull-request-number', result.pullRequest ? String(result.pullRequest.number) : '');
  core.setOutput('pull-request-url', result.pullRequest?.url ?? '');
  await writeJobSummary((summary) => summary.addHeading(mdText(plan.summary), 2).addRaw(summaryBody(result, settings.dryRun), true));
  if (result.action === 'refused')
    throw new StageChangeRefusedError(`refused, nothing was written:\n${describeRefusal(plan, registry ? undefined : settings.root)}`);
}

function summaryBody(result: StageChangeResult, dryRun: boolean): string {
  const lines: string[] = [];
  if (result.plan.verb !== 'deprecate') lines.push(evaluationsMarkdown(result.plan.evaluations), '');
  if (result.action === 'refused') lines.push(`Refused: ${mdText(result.plan.errors.join('; '))}`);
  else if (result.pullRequest) lines.push(`Pull request: ${result.pullRequest.url}`);
  else if (result.written) lines.push(`Wrote \`${result.written}\` in the checkout.`);
  else if (dryRun && result.action !== 'nothing-to-do')
    lines.push(`Dry run: would ${result.action === 'write' ? 'write the file' : `propose it on the branch \`${result.branch ?? ''}\``}.`);
  return lines.join('\n');
}
