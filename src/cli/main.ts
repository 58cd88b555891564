/**
 * The command-line front end: parse the command, run it, map failures to exit
 * statuses (0 ok, 1 problems found, 2 usage error or unreadable input).
 */
import { UnreadableRootError } from '../adapters/fs-snapshot.js';
import { httpStatus } from '../adapters/github/client.js';
import { GitError } from '../adapters/git.js';
import { SiteWriteError } from '../adapters/site-writer.js';
import { validateCommand } from './commands/validate.js';
import { listCommand } from './commands/list.js';
import { diffCommand } from './commands/diff.js';
import { siteCommand } from './commands/site.js';
import { releaseCommand } from './commands/release.js';
import { registerCommand } from './commands/register.js';
import { RegisterBlockedError, RegisterInputError, RegisterInterruptedError } from '../adapters/register.js';
import { AutoMergeError, RegisterConflictError } from '../adapters/github/register-executor.js';
import { RegistryUnreachableError } from '../adapters/github/register-state.js';
import { ReleaseBlockedError } from '../adapters/release-directory.js';
import { ReleaseConflictError } from '../adapters/github/release-executor.js';
import { processIo, type Io } from './io.js';
import { HELP, UsageError } from './usage.js';

const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  validate: validateCommand,
  list: listCommand,
  diff: diffCommand,
  site: siteCommand,
  release: releaseCommand,
  register: registerCommand,
};

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`model-registry: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnreadableRootError || error instanceof GitError || error instanceof SiteWriteError || error instanceof RegisterInputError || error instanceof RegistryUnreachableError) {
      io.err(`model-registry ${command}: ${error.message}`);
      return 2;
    }
    if (error instanceof ReleaseBlockedError || error instanceof ReleaseConflictError || error instanceof RegisterBlockedError || error instanceof RegisterConflictError || error instanceof AutoMergeError || error instanceof RegisterInterruptedError) {
      io.err(`model-registry ${command}: ${error.message}`);
      return 1;
    }
    // GitHub still failing after the retries: not a bug, and nothing half-done was published.
    const status = httpStatus(error);
    if (status !== undefined) {
      const request = (error as { request?: { method?: string; url?: string } }).request;
      io.err(`model-registry ${command}: GitHub answered HTTP ${status} to ${request?.method ?? ''} ${request?.url ?? ''} (${(error as Error).message}) after retrying; nothing half-done was published: run it again to resume`);
      return 1;
    }
    throw error;
  }
}
