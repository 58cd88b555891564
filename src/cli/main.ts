/**
 * The command-line front end: parse the command, run it, map failures to exit
 * statuses (0 ok, 1 problems found, 2 usage error or unreadable input).
 */
import { httpStatus } from '../adapters/github/http-status.js';
import { processIo, type Io } from './io.js';
import { HELP, UsageError } from './usage.js';
import { terminalLines } from '../core/text/terminal-text.js';

interface LoadedCommand {
  run: (argv: string[], io: Io) => Promise<number>;
  /** 2: could not run, 1: ran and was refused, undefined: a bug. */
  failureStatus: (error: unknown) => 1 | 2 | undefined;
}

// A command's code is loaded when it runs: `validate`, `list`, `diff` and
// `site` never load Octokit and its HTTP stack, which was half of every start-up.
const local = (name: 'validateCommand' | 'listCommand' | 'diffCommand' | 'siteCommand') => async (): Promise<LoadedCommand> => {
  const m = await import('./local-commands.js');
  return { run: m[name], failureStatus: m.failureStatus };
};
const github = (name: 'releaseCommand' | 'registerCommand') => async (): Promise<LoadedCommand> => {
  const m = await import('./github-commands.js');
  return { run: m[name], failureStatus: m.failureStatus };
};

const COMMANDS: Record<string, () => Promise<LoadedCommand>> = {
  validate: local('validateCommand'),
  list: local('listCommand'),
  diff: local('diffCommand'),
  site: local('siteCommand'),
  release: github('releaseCommand'),
  register: github('registerCommand'),
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
  const loaded = await load();
  try {
    return await loaded.run(rest, io);
  } catch (error) {
    const status = error instanceof UsageError ? 2 : loaded.failureStatus(error);
    if (status !== undefined) {
      // Messages quote registry text (problems, names): escaped for the terminal.
      io.err(terminalLines(`model-registry ${command}: ${(error as Error).message}`));
      return status;
    }
    // GitHub still failing after the retries: not a bug, and nothing half-done was published.
    const http = httpStatus(error);
    if (http !== undefined) {
      const request = (error as { request?: { method?: string; url?: string } }).request;
      // A dry run wrote nothing: there is nothing to resume.
      const next = rest.includes('--dry-run') ? 'nothing was written (a dry run): run it again later' : 'nothing half-done was published: run it again to resume';
      io.err(`model-registry ${command}: GitHub answered HTTP ${http} to ${request?.method ?? ''} ${request?.url ?? ''} (${(error as Error).message.split('\n')[0]}) after retrying; ${next}`);
      return 1;
    }
    throw error;
  }
}
