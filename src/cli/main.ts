/**
 * The command-line front end: parse the command, run it, map failures to exit
 * statuses (0 ok, 1 problems found, 2 usage error or unreadable input).
 */
import { gitHubRequestError } from '../adapters/github/request-error.js';
import { RegistryError } from '../errors/index.js';
import { processIo, type Io } from './io.js';
import { commandUsage, globalUsage, unknownCommand } from './usage.js';
import { ANSI } from '../core/output/text-format.js';
import packageJson from '../../package.json' with { type: 'json' };
import { terminalLines } from '../core/text/terminal-text.js';

type Command = (argv: string[], io: Io) => Promise<number>;

// A command's code is loaded when it runs: `validate`, `list`, `diff` and
// `site` never load Octokit and its HTTP stack, which was half of every start-up.
const local =
  (
    name:
      | 'listCommand'
      | 'diffCommand'
      | 'siteCommand'
      | 'statusCommand'
      | 'historyCommand'
      | 'codeownersCommand'
      | 'resolveCommand'
      | 'downloadCommand'
      | 'initCommand'
      | 'addCommand'
      | 'convertMetricsCommand'
      | 'importCommand'
      | 'exportCommand'
      | 'showCommand'
      | 'completionCommand',
  ) =>
  async (): Promise<Command> =>
    (await import('./local-commands.js'))[name];
const github =
  (name: 'releaseCommand' | 'registerCommand' | 'recordCommand' | 'promoteCommand' | 'demoteCommand' | 'deprecateCommand' | 'deployedCommand') =>
  async (): Promise<Command> =>
    (await import('./github-commands.js'))[name];

export const COMMANDS: Record<string, () => Promise<Command>> = {
  // Alone, without the other commands' code (the catalogue's pages, Markdown): it starts sooner, and so does its helper thread.
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  list: local('listCommand'),
  diff: local('diffCommand'),
  site: local('siteCommand'),
  status: local('statusCommand'),
  // Alone too: the scheduled audit reads the whole registry, as validate does.
  audit: async () => (await import('./commands/audit.js')).auditCommand,
  history: local('historyCommand'),
  codeowners: local('codeownersCommand'),
  resolve: local('resolveCommand'),
  download: local('downloadCommand'),
  init: local('initCommand'),
  add: local('addCommand'),
  'convert-metrics': local('convertMetricsCommand'),
  import: local('importCommand'),
  export: local('exportCommand'),
  show: local('showCommand'),
  completion: local('completionCommand'),
  release: github('releaseCommand'),
  register: github('registerCommand'),
  promote: github('promoteCommand'),
  demote: github('demoteCommand'),
  deprecate: github('deprecateCommand'),
  record: github('recordCommand'),
  deployed: github('deployedCommand'),
  observe: async () => (await import('./commands/observe.js')).observeCommand,
};

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    io.out(packageJson.version);
    return 0;
  }
  if (!command || command === '--help' || command === '-h') {
    io.out(globalUsage());
    return command ? 0 : 2;
  }
  if (command === 'help') return help(rest, io);
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.err(paint(io, unknownCommand(command, Object.keys(COMMANDS))));
    return 2;
  }
  // A `--help` after `--` is an argument, not a request for help.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    io.out(commandUsage(command, rest) ?? globalUsage());
    return 0;
  }
  const run = await load();
  try {
    return await run(rest, io);
  } catch (error) {
    // GitHub still failing after the retries is not a bug either; a dry run wrote nothing, so there is nothing to resume.
    const next = rest.includes('--dry-run') ? 'nothing was written (a dry run): run it again later' : 'nothing half-done was published: run it again to resume';
    const failure = gitHubRequestError(error, ` after retrying; ${next}`) ?? error;
    if (!(failure instanceof RegistryError)) throw error;
    // Messages quote registry text (problems, names): escaped for the terminal.
    io.err(paint(io, terminalLines(`model-registry ${command}: ${failure.message}`)));
    return failure.exitStatus;
  }
}

/** `model-registry help [<command>]`. */
function help(rest: string[], io: Io): number {
  if (rest.length === 0) {
    io.out(globalUsage());
    return 0;
  }
  const usage = Object.hasOwn(COMMANDS, rest[0]) ? commandUsage(rest[0], rest.slice(1)) : undefined;
  if (usage === undefined) {
    io.err(paint(io, unknownCommand(rest[0], Object.keys(COMMANDS))));
    return 2;
  }
  io.out(usage);
  return 0;
}

/** An error message, red on a terminal's standard error. */
function paint(io: Io, message: string): string {
  return io.errColor ? ANSI.red(message) : message;
}
