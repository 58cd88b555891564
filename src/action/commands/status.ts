/**
 * `command: status`, for a scheduled check: what each stage declares and what
 * each environment reports running (this repository's deployments, or the
 * `registry` input's), as a table in the job summary; with `fail-on: drift`
 * the step fails when an environment drifted from its stage for longer than
 * registry.yaml's max_drift.
 */
import * as core from '@actions/core';
import { reportStageStatus } from '../../app/stage-status.js';
import { isDrift } from '../../core/environments/status.js';
import { ENVIRONMENT_COLUMNS, environmentCells } from '../../core/environments/status-table.js';
import { mdCode, mdText } from '../../core/text/markdown-escape.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';
import { plural } from '../../core/text/plural.js';

export async function statusAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const own = context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined;
  const report = await reportStageStatus({
    root: settings.root,
    repository: settings.register.registry ?? own,
    token: settings.token,
    serverUrl: context.serverUrl,
    log: (m) => core.info(terminalLines(m)),
  });
  const environments = report.environments;
  const rows = environments?.rows ?? [];
  const exceeded = rows.filter((r) => isDrift(r) && r.exceeded);
  const drifted = rows.filter((r) => isDrift(r) && !r.matches);
  core.setOutput('drifted', JSON.stringify(drifted.map((r) => `${r.model}@${r.environment}`)));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const stageRows = report.models.flatMap((m) => m.stages.map((s) => row([mdCode(m.name), mdCode(s.stage), mdCode(s.version), mdText(s.since ?? '–')])));
  const lines = [row(['model', 'stage', 'version', 'since']), row(['---', '---', '---', '---']), ...stageRows];
  if (environments) {
    const cells = environmentCells(environments.rows, environments.maxDrift);
    lines.push(
      '',
      environments.read
        ? `Environments as their deployments in ${mdCode(environments.repository)} report (max drift ${mdCode(environments.maxDrift)}):`
        : `Environments were not read (${mdText(environments.note ?? '')}): the declared side only.`,
      '',
      row(ENVIRONMENT_COLUMNS),
      row(ENVIRONMENT_COLUMNS.map(() => '---')),
      ...cells.map((c) => row(c.map((cell, i) => (i === 6 || cell === '-' ? mdText(cell) : mdCode(cell))))),
    );
  }
  await writeJobSummary((summary) => summary.addHeading('What runs where', 3).addRaw(lines.join('\n'), true));
  if (!settings.failOnDrift || !environments) return;
  if (!environments.read) {
    core.setFailed(terminalLines(`fail-on: drift needs what the environments run, which was not read: ${environments.note ?? ''}`));
    return;
  }
  for (const r of exceeded)
    core.error(terminalLines(`${r.model} in ${r.environment}: drifted from ${r.stage} for longer than max_drift ${environments.maxDrift}`));
  if (exceeded.length) core.setFailed(`${plural(exceeded.length, 'environment')} drifted from their stage for longer than ${environments.maxDrift}`);
}
