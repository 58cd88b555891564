/**
 * `model-registry add <model> --metrics FILE`: a new version in the registry's
 * working tree, the local twin of `register` (no GitHub, no token): the
 * version folder with card.yaml, the converted metrics file and the artifacts,
 * validated with the registry's rules first; nothing is written on a problem.
 */
import { addVersion } from '../../app/add-version.js';
import { clock } from '../../app/clock.js';
import { METRICS_FORMATS } from '../../core/register/metrics-input.js';
import { ANSI, PLAIN } from '../../core/output/text-format.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { oneOf, parseFlags } from '../args.js';
import type { Io } from '../io.js';

const USAGE = 'usage: model-registry add <model> --metrics FILE [--artifact GLOB ...] [--card FILE] [--version patch|minor|major|X.Y.Z]';

export function addCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'add');
  const list = (value: string | boolean | (string | boolean)[] | undefined): string[] =>
    Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  if (positionals.length !== 1) throw new UsageError(`say which model, once: ${USAGE}`);
  if (!values.metrics) throw new UsageError(`--metrics FILE is required (the metrics the training wrote, JSON or YAML): ${USAGE}`);
  const result = addVersion({
    root: values.root ?? '.',
    model: positionals[0],
    version: values.version,
    metrics: values.metrics,
    metricsFormat: oneOf('metrics-format', values['metrics-format'], METRICS_FORMATS, 'auto'),
    card: values.card,
    modelCard: values['model-card'],
    modelFields: {
      title: values.title,
      description: values.description,
      owners: list(values.owner)
        .flatMap((o) => o.split(/[\s,]+/))
        .filter(Boolean),
      task: values.task,
      license: values.license,
      tags: list(values.tag),
    },
    artifacts: list(values.artifact),
    cwd: process.cwd(),
    code: values.code,
    now: clock,
    log: (m) => io.err(terminalLines(m)),
    style: io.color ? ANSI : PLAIN,
  });
  const { plan, folder } = result;
  const lines = [`added ${plan.model} ${plan.version}${plan.newModel ? ' (a new model)' : ''}:`, ...result.written.map((p) => `  ${p}`)];
  lines.push('', `Next: model-registry validate, then commit ${folder}/ and open a pull request.`);
  const [head, ...rest] = terminalLines(lines.join('\n')).split('\n');
  io.out([io.color ? ANSI.green(head) : head, ...rest].join('\n'));
  return Promise.resolve(0);
}
