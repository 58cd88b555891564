/** `model-registry completion bash|zsh`: a shell completion script, to source from the shell's start-up file. */
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import { bashCompletion, zshCompletion } from '../completion-script.js';
import type { Io } from '../io.js';

export function completionCommand(argv: string[], io: Io): Promise<number> {
  const { positionals } = parseFlags(argv, 'completion');
  const [shell] = positionals;
  if (positionals.length !== 1 || (shell !== 'bash' && shell !== 'zsh'))
    throw new UsageError('name the shell: model-registry completion bash, or model-registry completion zsh');
  io.out((shell === 'bash' ? bashCompletion() : zshCompletion()).trimEnd());
  return Promise.resolve(0);
}
