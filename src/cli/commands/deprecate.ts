/** `model-registry deprecate <model>@<version> --reason TEXT`: recorded in model.yaml's deprecated_versions. */
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { UsageError } from '../../errors/index.js';
import { oneTarget, parseTarget, runStageChange } from './stage-change.js';

const USAGE = 'usage: model-registry deprecate <model>@<version> --reason TEXT';

export async function deprecateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'deprecate');
  const target = parseTarget(oneTarget(positionals, USAGE), USAGE);
  if (target.version === undefined) throw new UsageError(`say which version: ${USAGE}`);
  if (!values.reason?.trim()) throw new UsageError(`--reason TEXT is required (why, and what to use instead): ${USAGE}`);
  return runStageChange({ verb: 'deprecate', model: target.model, version: target.version, reason: values.reason }, values, io);
}
