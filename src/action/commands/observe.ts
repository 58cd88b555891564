/**
 * `command: observe`, from a scheduled evaluation or a metrics export:
 * appends observations of `model` (one record from `metric`, `value`,
 * `version` or `environment`, `n`, `segment`, `time`; or the file
 * `observations`) to the `registry` repository through the API (one commit
 * to its default branch, or a pull request, as registry.yaml's
 * monitoring.observe says), or without `registry` to the checkout at `root`.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { observe } from '../../app/observe.js';
import { parseObservationInput, type RequestedRecord } from '../../core/monitoring/observe-input.js';
import { mdCode } from '../../core/text/markdown-escape.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { writeJobSummary } from '../job-summary.js';

export async function observeAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const { model, version, registry } = settings.register;
  if (!model) throw new UsageError('command: observe needs the input model');
  const result = await observe({
    model,
    records: requested(settings, version),
    root: settings.root,
    registry,
    token: settings.token,
    serverUrl: context.serverUrl,
    dryRun: settings.dryRun,
    now: () => Date.now(),
    log: (m) => core.info(terminalLines(m)),
  });
  const { plan } = result;
  for (const w of plan.warnings) core.warning(terminalLines(w.message), { file: w.file, startLine: w.line, startColumn: w.column, title: w.rule });
  core.setOutput('observed', String(plan.appended));
  core.setOutput('commit', result.commit ?? '');
  core.setOutput('pull-request-url', result.pullRequest?.url ?? '');
  const where = result.commit ? `, commit ${mdCode(result.commit)}` : result.pullRequest ? `, pull request #${result.pullRequest.number}` : '';
  await writeJobSummary((summary) =>
    summary
      .addHeading(result.action === 'dry-run' ? 'Observations planned (dry run)' : 'Observations', 3)
      .addRaw(`${plan.appended} appended to ${mdCode(model)}, ${plan.present} already there${where}.\n\n`, true)
      .addRaw(plan.files.map((f) => `- ${mdCode(f.path)}: ${f.lines.length}\n`).join(''), true),
  );
}

function requested(settings: ActionSettings, version: string | undefined): RequestedRecord[] {
  const { metric, value, n, segment, time, observations } = settings.observe;
  const environment = settings.deployed.environment;
  if (observations) {
    if (metric || value) throw new UsageError('command: observe takes either the file `observations` or one record (`metric`, `value`), not both');
    let text: string;
    try {
      text = readFileSync(observations, 'utf8');
    } catch (error) {
      throw new UsageError(`input \`observations\`: ${observations} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const parsed = parseObservationInput(observations, text);
    if ('problem' in parsed) throw new UsageError(parsed.problem);
    return parsed.records;
  }
  if (!metric || value === undefined) throw new UsageError('command: observe needs the inputs metric and value (or a file of records in `observations`)');
  if (!version && !environment) throw new UsageError('command: observe needs the input version, or environment (its stage runs the version)');
  const numeric = (name: string, text: string) => {
    const number = Number(text);
    if (!Number.isFinite(number)) throw new UsageError(`input \`${name}\` must be a number, got ${JSON.stringify(text)}`);
    return number;
  };
  const fields: Record<string, unknown> = { metric, value: numeric('value', value) };
  if (time) fields.time = time;
  if (version) fields.version = version;
  if (n) fields.n = numeric('n', n);
  if (segment) fields.segment = segment;
  if (environment) fields.environment = environment;
  return [{ fields, source: 'the inputs' }];
}
