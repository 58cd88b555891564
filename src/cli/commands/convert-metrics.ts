/** `model-registry convert-metrics <file>`: a committed metrics file in a training script's shape, converted in place. */
import { convertMetricsFile } from '../../app/convert-metrics-file.js';
import { conversionLines } from '../../app/version-files.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';

export function convertMetricsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'convert-metrics');
  if (positionals.length !== 1) throw new UsageError('usage: model-registry convert-metrics <metrics file> [--root DIR]');
  const result = convertMetricsFile(values.root ?? '.', positionals[0], process.cwd());
  const { build } = result;
  if (!build.shape) {
    io.out(terminalLines(`${result.path} is already in the registry's format: nothing to convert`));
    return Promise.resolve(0);
  }
  const lines = conversionLines({ shape: build.shape, changes: build.changes }, result.path, false);
  lines.push(`converted ${result.path}${result.card ? `; run statistics added to ${result.card} (training.stats)` : ''}`);
  io.out(terminalLines(lines.join('\n')));
  return Promise.resolve(0);
}
