/**
 * The command-line front end: parse the command, run it, map failures to exit
 * statuses (0 ok, 1 problems found, 2 usage error or unreadable input).
 */
import { gitHubRequestError } from '../adapters/github/request-error.js';
import { RegistryError } from '../errors/index.js';
import { processIo, type Io } from './io.js';
import { HELP } from './usage.js';
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
      | 'convertMetricsCommand',
  ) =>
  async (): Promise<Command> =>
    (await import('./local-commands.js'))[name];
const github =
  (name: 'releaseCommand' | 'registerCommand' | 'recordCommand' | 'promoteCommand' | 'demoteCommand' | 'deprecateCommand' | 'deployedCommand') =>
  async (): Promise<Command> =>
    (await import('./github-commands.js'))[name];

const COMMANDS: Record<string, () => Promise<Command>> = {
  // Alone, without the other commands' code (the catalogue's pages, Markdown): it starts sooner, and so does its helper thread.
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  list: local('listCommand'),
  diff: local('diffCommand'),
  site: local('siteCommand'),
  status: local('statusCommand'),
  history: local('historyCommand'),
  codeowners: local('codeownersCommand'),
  resolve: local('resolveCommand'),
  download: local('downloadCommand'),
  init: local('initCommand'),
  add: local('addCommand'),
  'convert-metrics': local('convertMetricsCommand'),
  release: github('releaseCommand'),
  register: github('registerCommand'),
  promote: github('promoteCommand'),
  demote: github('demoteCommand'),
  deprecate: github('deprecateCommand'),
  record: github('recordCommand'),
  deployed: github('deployedCommand'),
};

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(`model-registry: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP);
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
    io.err(terminalLines(`model-registry ${command}: ${failure.message}`));
    return failure.exitStatus;
  }
}
