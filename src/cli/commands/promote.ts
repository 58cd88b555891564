/** `model-registry promote <model>@<version> --to <stage>` (or `<model>#<stage> --to <stage>`: whatever that stage holds). */
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { UsageError } from '../../errors/index.js';
import { oneTarget, parseTarget, runStageChange } from './stage-change.js';

const USAGE = 'usage: model-registry promote <model>@<version> --to <stage> (or <model>#<stage> --to <stage>)';

export async function promoteCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'promote');
  const target = parseTarget(oneTarget(positionals, USAGE), USAGE);
  if (target.version === undefined && target.stage === undefined) throw new UsageError(`say which version: ${USAGE}`);
  if (!values.to) throw new UsageError(`--to <stage> is required: ${USAGE}`);
  return runStageChange({ verb: 'promote', model: target.model, version: target.version, fromStage: target.stage, to: values.to }, values, io);
}
