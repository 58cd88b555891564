/**
 * `command: register`, the last step of a training workflow: propose what it
 * trained as a new version of a registry repository (draft release with the
 * artifacts, a branch, a pull request), with lineage from the run itself.
 */
import * as core from '@actions/core';
import { clock } from '../../app/clock.js';
import { registerVersion } from '../../app/register-version.js';
import { AutoMergeError, RegisterBlockedError, UsageError } from '../../errors/index.js';
import { problemCommand } from '../../core/output/workflow-commands.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';
import { plural } from '../../core/text/plural.js';

export async function registerAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const inputs = settings.register;
  const missing = (['registry', 'model', 'metrics'] as const).filter((name) => !inputs[name]);
  if (missing.length) throw new UsageError(`command: register needs the input${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (!settings.token) throw new UsageError('command: register needs a token that can write to the registry repository (a GitHub App token; see the README)');
  const codeRepo = context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined;

  let result;
  try {
    result = await registerVersion({
      registry: inputs.registry!,
      serverUrl: context.serverUrl,
      token: settings.token,
      model: inputs.model!,
      version: inputs.version,
      metrics: inputs.metrics!,
      metricsFormat: inputs.metricsFormat,
      card: inputs.card,
      modelCard: inputs.modelCard,
      modelFields: inputs.modelFields,
      artifacts: inputs.artifacts,
      cwd: process.cwd(),
      run: { codeRepo, commit: context.sha, runUrl: context.runUrl },
      now: clock,
      autoMerge: inputs.autoMerge,
      dryRun: settings.dryRun,
      log: (m) => core.info(terminalLines(m)),
    });
  } catch (error) {
    if (error instanceof RegisterBlockedError && error.plan) {
      // Files the user wrote (the metrics file, a model.yaml) get annotations at their own lines.
      for (const problem of error.plan.problems) {
        const local = error.plan.fileLabels[problem.file];
        if (local) process.stdout.write(`${problemCommand({ ...problem, file: local })}\n`);
      }
    }
    throw error;
  }
  const { plan } = result;
  if (settings.dryRun) core.info(terminalJson(plan));
  core.setOutput('version', result.version ?? '');
  core.setOutput('pull-request-number', result.pullRequest ? String(result.pullRequest.number) : '');
  core.setOutput('pull-request-url', result.pullRequest?.url ?? '');
  await writeJobSummary((summary) =>
    summary
      .addHeading(settings.dryRun ? `Register ${plan.model} ${plan.version} (dry run)` : `Registered ${plan.model} ${plan.version}`, 2)
      .addRaw(
        settings.dryRun
          ? `Would ${plan.action === 'resume' ? 'resume' : plan.action === 'registered' ? 'find it already registered as' : 'propose'} version ${plan.version} on the branch \`${plan.branch}\`, with ${plural(plan.assets.length, 'artifact')}.`
          : result.pullRequest
            ? `Pull request: ${result.pullRequest.url}${result.autoMerge === 'enabled' || result.autoMerge === 'already' ? ' (auto-merge on)' : ''}`
            : 'Already in the registry.',
        true,
      ),
  );
  if (result.autoMergeError) throw new AutoMergeError(result.autoMergeError);
}
