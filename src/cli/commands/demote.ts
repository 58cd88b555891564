/** `model-registry demote <model> --from <stage>`: the stage then runs no version of the model. */
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { UsageError } from '../../errors/index.js';
import { oneTarget, parseTarget, runStageChange } from './stage-change.js';

const USAGE = 'usage: model-registry demote <model> --from <stage>';

export async function demoteCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'demote');
  const target = parseTarget(oneTarget(positionals, USAGE), USAGE);
  if (target.version !== undefined || target.stage !== undefined) throw new UsageError(`demote takes the model's name alone: ${USAGE}`);
  if (!values.from) throw new UsageError(`--from <stage> is required: ${USAGE}`);
  return runStageChange({ verb: 'demote', model: target.model, from: values.from }, values, io);
}
