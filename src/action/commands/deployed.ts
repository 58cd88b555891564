/**
 * `command: deployed`, the last step of a deployment job: reports that
 * `environment` runs `version` of `model` (or, with `undeployed`, no longer
 * runs it) as a GitHub Deployment in the `registry` repository (default: this
 * repository, read from the checkout at `root`), environment
 * `<model>@<environment>`, with this run as its log.
 */
import * as core from '@actions/core';
import { reportDeployment } from '../../app/report-deployment.js';
import { parseRepository } from '../../core/release/urls.js';
import { mdCode } from '../../core/text/markdown-escape.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';

const HEADINGS = { deployed: 'Deployment reported', undeployed: 'Deployment marked inactive', unchanged: 'Deployment already reported' } as const;

export async function deployedAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const { model, version, registry } = settings.register;
  const { environment, url, undeployed } = settings.deployed;
  if (!model || !version || !environment) throw new UsageError('command: deployed needs the inputs model, version and environment');
  const own = context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined;
  const fullName = registry ?? own;
  if (!fullName) throw new UsageError('command: deployed needs the input registry (owner/name), or to run in the registry repository');
  const repository = parseRepository(fullName, context.serverUrl);
  if (!repository) throw new UsageError(`input \`registry\` must be owner/name; got ${JSON.stringify(fullName)}`);
  const result = await reportDeployment({
    ref: `${model}@${version}`,
    environment,
    url,
    undeployed,
    repository,
    fromGitHub: registry !== undefined,
    root: settings.root,
    token: settings.token,
    runUrl: context.runUrl,
    log: (m) => core.info(terminalLines(m)),
  });
  core.setOutput('deployment-environment', result.deploymentEnvironment);
  core.setOutput('deployment-id', result.deploymentId === undefined ? '' : String(result.deploymentId));
  await writeJobSummary((summary) =>
    summary
      .addHeading(HEADINGS[result.outcome], 3)
      .addRaw(
        `${mdCode(`${result.model}@${result.version}`)} in ${mdCode(result.environment)} (stage ${mdCode(result.stage)}), GitHub environment ${mdCode(result.deploymentEnvironment)}.`,
        true,
      ),
  );
}
