/**
 * `command: record` after a push to the default branch (after `release`):
 * every stage change and new deprecation of the pushed commits becomes a GTO
 * tag and a GitHub Deployment, once. The push event says which commits; any
 * other event (workflow_dispatch) records what every stage holds now.
 */
import * as core from '@actions/core';
import { recordStages } from '../../app/record-stages.js';
import { parseRepository } from '../../core/release/urls.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { mdCode, mdText } from '../../core/text/markdown-escape.js';
import type { RunContext } from '../context.js';
import { UsageError } from '../../errors/index.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';

export async function recordAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const repository = context.repository && parseRepository(`${context.repository.owner}/${context.repository.repo}`, context.serverUrl);
  if (!repository) throw new UsageError('GITHUB_REPOSITORY is not set: record runs in a workflow of the registry repository');
  const after = context.push?.after ?? context.sha;
  if (!after) throw new UsageError('GITHUB_SHA is not set: the pushed commit is unknown');
  const result = await recordStages({
    root: settings.root,
    repository,
    token: settings.token,
    before: context.push?.before,
    after,
    dryRun: settings.dryRun,
    runUrl: context.runUrl,
    log: (m) => core.info(terminalLines(m)),
  });
  if (settings.dryRun) core.info(terminalJson(result.plan));
  const tags = settings.dryRun ? result.plan.tags.map((t) => t.name) : result.recorded.tags;
  core.setOutput('recorded', String(tags.length));
  core.setOutput('tags', JSON.stringify(tags));
  const lines = tags.map((t) => `- ${mdCode(t)}`);
  for (const s of result.plan.skipped) lines.push(`- not recorded yet: ${mdText(s.reason)}`);
  await writeJobSummary((summary) =>
    summary
      .addHeading(settings.dryRun ? 'Stage changes to record (dry run)' : 'Stage changes recorded', 2)
      .addRaw(lines.length ? lines.join('\n') : 'Nothing new to record.', true),
  );
}
