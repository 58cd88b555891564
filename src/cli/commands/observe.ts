/**
 * `model-registry observe <model> --metric NAME --value X [...]` or
 * `--from FILE`: appends observations (app/observe.ts). Prints what was
 * appended; with --dry-run, the plan as JSON.
 */
import { readFileSync } from 'node:fs';
import { observe } from '../../app/observe.js';
import { parseObservationInput, type RequestedRecord } from '../../core/monitoring/observe-input.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';

const USAGE = 'usage: model-registry observe <model> --metric NAME --value X [--version V | --environment E] (or --from FILE)';

export async function observeCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'observe');
  if (positionals.length !== 1) throw new UsageError(`name one model: ${USAGE}`);
  if (values.registry !== undefined && values.root !== undefined)
    throw new UsageError('--root appends in a folder, --registry through the API: give one of them');
  const records = requestedRecords(values);
  const token = values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '';
  if (values.registry && !token) throw new UsageError('--registry needs a token that can write to it: --token, or GITHUB_TOKEN / GH_TOKEN in the environment');
  const result = await observe({
    model: positionals[0],
    records,
    root: values.root ?? '.',
    registry: values.registry,
    token,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    dryRun: Boolean(values['dry-run']),
    now: () => Date.now(),
    log: (m) => io.err(terminalLines(m)),
  });
  const { plan } = result;
  for (const w of plan.warnings) io.err(terminalLines(`warning: ${w.file}:${w.line}:${w.column} ${w.message} [${w.rule}]`));
  if (result.action === 'dry-run') {
    io.out(
      terminalJson({
        model: plan.model,
        mode: plan.mode,
        appended: plan.appended,
        present: plan.present,
        files: plan.files.map((f) => ({ path: f.path, lines: f.lines })),
      }),
    );
    return 0;
  }
  const present = plan.present ? ` (${plan.present} already there)` : '';
  if (result.action === 'nothing-to-do') io.out(terminalLines(`nothing to append: every record is there already${present}`));
  else {
    const where =
      result.action === 'committed' ? ` in commit ${result.commit}` : result.action === 'pull-request' ? ` in pull request ${result.pullRequest?.url}` : '';
    io.out(terminalLines(`appended ${plan.appended} record${plan.appended === 1 ? '' : 's'} to ${plan.files.map((f) => f.path).join(', ')}${where}${present}`));
  }
  return 0;
}

interface ObserveFlags {
  metric?: string;
  value?: string;
  version?: string;
  environment?: string;
  n?: string;
  segment?: string;
  time?: string;
  from?: string;
}

/** The records asked for: from --from, or one from the flags (which then are all there is). */
function requestedRecords(values: ObserveFlags): RequestedRecord[] {
  const single = ['metric', 'value', 'version', 'environment', 'n', 'segment', 'time'] as const;
  if (values.from !== undefined) {
    const given = single.filter((k) => values[k] !== undefined);
    if (given.length) throw new UsageError(`--from gives every field of every record; drop --${given.join(', --')}`);
    let text: string;
    try {
      text = readFileSync(values.from, 'utf8');
    } catch (error) {
      throw new UsageError(`--from ${values.from} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const parsed = parseObservationInput(values.from, text);
    if ('problem' in parsed) throw new UsageError(parsed.problem);
    return parsed.records;
  }
  if (values.metric === undefined || values.value === undefined) throw new UsageError(`--metric and --value are required (or --from FILE): ${USAGE}`);
  if (values.version === undefined && values.environment === undefined)
    throw new UsageError(`say which version was observed: --version V, or --environment E (its stage's version)`);
  const number = (flag: string, text: string, integer = false): number => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)))
      throw new UsageError(`--${flag} must be a ${integer ? 'whole' : 'finite'} number, got ${JSON.stringify(text)}`);
    return n;
  };
  const fields: Record<string, unknown> = { metric: values.metric, value: number('value', values.value) };
  if (values.time !== undefined) fields.time = values.time;
  if (values.version !== undefined) fields.version = values.version;
  if (values.n !== undefined) fields.n = number('n', values.n, true);
  if (values.segment !== undefined) fields.segment = values.segment;
  if (values.environment !== undefined) fields.environment = values.environment;
  return [{ fields, source: 'the command line' }];
}
