/**
 * `model-registry export huggingface <model>[@version|#stage] --out DIR
 * [--namespace ORG] [--all-versions] [--eval-results] [--root DIR]`: Hugging
 * Face model cards of a registry model, ready to push to the Hub.
 */
import { exportHuggingFace } from '../../app/export-huggingface.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';

const USAGE = 'usage: model-registry export huggingface <model>[@version|#stage] --out DIR [--namespace ORG] [--all-versions] [--eval-results] [--root DIR]';

export function exportCommand(argv: string[], io: Io): Promise<number> {
  const [format, ...rest] = argv;
  if (format !== 'huggingface') throw new UsageError(`${format === undefined ? 'say which format' : `unknown format ${JSON.stringify(format)}`}: ${USAGE}`);
  const { values, positionals } = parseFlags(rest, 'export huggingface');
  if (positionals.length !== 1) throw new UsageError(`say which model, once: ${USAGE}`);
  if (!values.out) throw new UsageError(`--out DIR is required: ${USAGE}`);
  const { written } = exportHuggingFace({
    root: values.root ?? '.',
    ref: positionals[0],
    out: values.out,
    namespace: values.namespace,
    allVersions: values['all-versions'] === true,
    evalResults: values['eval-results'] === true,
    cwd: process.cwd(),
  });
  io.out(terminalLines([`wrote ${written.length} file${written.length === 1 ? '' : 's'} in ${values.out}:`, ...written.map((p) => `  ${p}`)].join('\n')));
  return Promise.resolve(0);
}
