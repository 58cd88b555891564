/**
 * `command: release` after a merge: every version without a release gets its
 * annotated tag and a published release with its assets and SHA256SUMS.
 */
import * as core from '@actions/core';
import { publishReleases } from '../../app/publish-releases.js';
import { releasePlanJson } from '../../app/plan-json.js';
import { parseRepository } from '../../core/release/urls.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import type { RunContext } from '../context.js';
import { UsageError } from '../../errors/index.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';
import { DEFAULT_MAX_RELEASES } from '../../core/release/github-limits.js';
import { plural } from '../../core/text/plural.js';

export async function releaseAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const repository = context.repository && parseRepository(`${context.repository.owner}/${context.repository.repo}`, context.serverUrl);
  if (!repository) throw new UsageError('GITHUB_REPOSITORY is not set: release runs in a workflow of the registry repository');
  if (!context.sha) throw new UsageError('GITHUB_SHA is not set: the commit to release is unknown');
  const result = await publishReleases({
    root: settings.root,
    repository,
    commit: context.sha,
    token: settings.token,
    dryRun: settings.dryRun,
    maxReleases: settings.maxReleases,
    log: (m) => core.info(terminalLines(m)),
  });
  if (settings.dryRun) {
    core.info(releasePlanJson(result.plan));
  }
  const pending = result.plan.versions.filter((v) => v.status === 'pending').length;
  core.setOutput('released', JSON.stringify(result.released));
  core.setOutput('releases', JSON.stringify(result.urls));
  core.setOutput('remaining', String(result.remaining));
  await writeJobSummary((summary) =>
    summary
      .addHeading(settings.dryRun ? 'Release plan (dry run)' : 'Releases', 2)
      .addRaw(
        settings.dryRun
          ? `${plural(pending, 'version')} would be released.`
          : result.released.length
            ? result.released.map((r, i) => `- [${r}](${result.urls[i]})`).join('\n')
            : 'Every version already has its release.',
        true,
      )
      .addRaw(
        result.remaining
          ? `${plural(result.remaining, 'more version')} ${result.remaining === 1 ? 'waits' : 'wait'} for the next run (at most ${settings.maxReleases ?? DEFAULT_MAX_RELEASES} a run): run the workflow again to go on.`
          : '',
        true,
      ),
  );
}
