/**
 * The help pages, made from COMMAND_HELP (command-help.ts): the global page
 * lists the commands, `model-registry <command> --help` prints one command's
 * usage, options and example. A wrong option is a UsageError (src/errors):
 * exit status 2 and a pointer here, never a stack trace.
 */
import { didYouMean } from '../core/text/suggest.js';
import { COMMAND_HELP, commandHelpOf, type CommandHelp } from './command-help.js';

const WIDTH = 80;

export function globalUsage(): string {
  const names = Object.keys(COMMAND_HELP);
  const pad = Math.max(...names.map((n) => n.length)) + 2;
  const lines = [
    'model-registry: a GitHub-native registry for machine-learning models',
    '',
    'usage: model-registry <command> [options]',
    '',
    'Commands:',
    ...names.map((name) => wrap(commandHelpOf(name)!.summary, `  ${name.padEnd(pad)}`, ' '.repeat(pad + 2))),
    '',
    'Options:',
    '  -h, --help     this help; `model-registry <command> --help` (or `model-registry help <command>`) for a command',
    '  -V, --version  the version',
    '',
    'Exit status: 0 ok (warnings allowed), 1 problems found or refused, 2 usage error or unreadable input.',
    'Every command and option, with examples: docs/cli.md.',
  ];
  return lines.join('\n');
}

/**
 * One command's page: usage, what it does, its options, an example. A command
 * with subcommands (`import gto`, `import mlflow`) gives the subcommand's page
 * when `words` names one, else the pages of all of them. Undefined without help.
 */
export function commandUsage(name: string, words: readonly string[] = []): string | undefined {
  const sub = words[0] !== undefined && commandHelpOf(`${name} ${words[0]}`) ? `${name} ${words[0]}` : undefined;
  if (sub !== undefined || commandHelpOf(name)) return page(sub ?? name);
  const subs = Object.keys(COMMAND_HELP).filter((key) => key.startsWith(`${name} `));
  return subs.length ? subs.map(page).join(`\n\n${'-'.repeat(WIDTH)}\n\n`) : undefined;
}

function page(name: string): string {
  const help = commandHelpOf(name)!;
  const [first, ...more] = help.usage;
  const lines = [`usage: model-registry ${first}`, ...more.map((line) => `       model-registry ${line}`), '', wrap(help.about, '', ''), ''];
  const rows = optionRows(help);
  const pad = Math.min(28, Math.max(...rows.map(([flag]) => flag.length)) + 2);
  lines.push('Options:');
  for (const [flag, text] of rows) {
    const head = `  ${flag}`;
    lines.push(
      head.length + 1 > pad + 2 ? `${head}\n${wrap(text, ' '.repeat(pad + 2), ' '.repeat(pad + 2))}` : wrap(text, `  ${flag.padEnd(pad)}`, ' '.repeat(pad + 2)),
    );
  }
  lines.push('', help.examples.length > 1 ? 'Examples:' : 'Example:', ...help.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

function optionRows(help: CommandHelp): [string, string][] {
  const rows: [string, string][] = Object.entries(help.options).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : ''}--${name}${option.arg ? ` ${option.arg}` : ''}`,
    option.help,
  ]);
  return [...rows, ['-h, --help', 'this help']];
}

export function unknownCommand(command: string, commands: string[]): string {
  return `model-registry: unknown command ${JSON.stringify(command)}${didYouMean(command, commands)}; see \`model-registry --help\` for the commands`;
}

/** Words wrapped to the width, the first line after `first`, the others after `rest`. */
function wrap(text: string, first: string, rest: string): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}
