/** Command-line flags, parsed once into a typed settings object per command, from the command's options in command-help.ts. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { didYouMean } from '../core/text/suggest.js';
import { UsageError } from '../errors/index.js';
import { COMMAND_HELP, type CommandName, type OptionHelp } from './command-help.js';

type Options<C extends CommandName> = (typeof COMMAND_HELP)[C]['options'];
type Spec = Readonly<Record<string, Pick<OptionHelp, 'type' | 'short' | 'multiple'>>>;
type Values<S> = { [K in keyof S]?: S[K] extends { type: 'boolean' } ? boolean : S[K] extends { multiple: true } ? string[] : string };

/** A command's flags by its name in COMMAND_HELP (its help then lists exactly what it accepts); a bare spec is for a command not yet in the table. */
export function parseFlags<C extends CommandName>(argv: string[], command: C): { values: Values<Options<C>>; positionals: string[] };
export function parseFlags<S extends Spec>(argv: string[], spec: S, command?: string): { values: Values<S>; positionals: string[] };
export function parseFlags(argv: string[], which: string | Spec, name?: string): { values: Record<string, unknown>; positionals: string[] } {
  const command = typeof which === 'string' ? which : name;
  const spec: Spec = typeof which === 'string' ? (COMMAND_HELP as Record<string, { options: Spec }>)[which].options : which;
  const options = Object.fromEntries(
    Object.entries(spec).map(([key, { type, short, multiple }]) => [key, { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) }]),
  );
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(`${optionProblem(error as Error & { code?: string }, spec)}; see \`model-registry ${command ? `${command} ` : ''}--help\``);
  }
}

/** node:util's message, said for this CLI: the option named, a did-you-mean among the command's own options. */
function optionProblem(error: Error & { code?: string }, spec: Spec): string {
  const message = error.message.replace(/^TypeError \[[A-Z_]+\]: /, '');
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '([^']*)'/.exec(message)?.[1] : undefined;
  if (unknown === undefined) return message.replace(/^Option '([^' ]+)(?: <value>)?' argument missing/, '$1 needs a value');
  const known = [...Object.keys(spec).map((name) => `--${name}`), '--help'];
  const name = unknown.split('=')[0];
  return `unknown option ${name}${didYouMean(name, known)}`;
}

/**
 * The registry folder of a command that takes it as its one positional DIR
 * (`model-registry validate registry-template`) or as --root: the same folder
 * given both ways is fine, two different ones a usage error.
 */
export function registryRoot(command: CommandName, root: string | undefined, positionals: string[]): string {
  if (positionals.length > 1)
    throw new UsageError(`${command} takes one registry folder, got ${positionals.length}: ${positionals.join(' ')}; see \`model-registry ${command} --help\``);
  const [dir] = positionals;
  if (dir !== undefined && root !== undefined && resolve(dir) !== resolve(root))
    throw new UsageError(`the registry folder is given twice, as ${JSON.stringify(dir)} and --root ${JSON.stringify(root)}: give one of them`);
  return dir ?? root ?? '.';
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
}
