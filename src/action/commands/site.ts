/**
 * `command: site`: writes the static catalogue into `out` (default _site, what
 * actions/upload-pages-artifact uploads), with release links to this
 * repository and absolute URLs from the `base-url` input or registry.yaml's url.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { buildSite } from '../../app/build-site.js';
import { buildTime } from '../../app/clock.js';
import { checkOutputFolder } from '../../app/output-folder.js';
import { countBySeverity } from '../../core/problems.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { plural } from '../../core/text/plural.js';

export async function siteAction(settings: ActionSettings, context: RunContext): Promise<void> {
  checkOutputFolder(settings.root, settings.out, 'input `out`');
  const repository = context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined;
  const { report, written, baseUrl, history, environments } = await buildSite({
    root: settings.root,
    out: settings.out,
    repository,
    serverUrl: context.serverUrl,
    baseUrl: settings.baseUrl,
    generatedAt: buildTime(),
    // What the declared environments run, from this repository's deployments (the workflow needs deployments: read).
    token: settings.token || undefined,
    log: (m) => core.info(terminalLines(m)),
  });
  if (environments.declared && !environments.read)
    core.warning(terminalLines(`Environments were not read (${environments.note ?? ''}): give the workflow \`deployments: read\`; the pages say so.`));
  if (!history.available) core.info('No git history here, so the stages table has no "since" dates.');
  if (history.shallow) core.warning('This is a shallow clone, so the "since" dates of stages may be too recent: give actions/checkout `fetch-depth: 0`.');
  const { errors } = countBySeverity(report.problems);
  if (errors) core.warning(`The registry has ${plural(errors, 'error')}; the catalogue shows what could be read. Run \`model-registry validate\` for details.`);
  const path = resolve(settings.out);
  core.setOutput('site', path);
  core.info(
    `Wrote the catalogue: ${plural(report.models, 'model')}, ${plural(report.versions, 'version')}, ${plural(written.files, 'file')} (${(written.bytes / 1e6).toFixed(1)} MB) in ${path}${baseUrl ? `, to be served at ${baseUrl}` : ''}.`,
  );
  await writeJobSummary((summary) =>
    summary
      .addHeading('Model catalogue built', 3)
      .addRaw(
        `${plural(report.models, 'model')} and ${plural(report.versions, 'version')}, ${plural(written.files, 'file')} in \`${settings.out}\`.${baseUrl ? ` Served at ${baseUrl}.` : ''}`,
        true,
      ),
  );
}
