import { recordStages } from '../../app/record-stages.js';
import { parseRepository } from '../../core/release/urls.js';
import { parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';

export async function recordCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'record');
  const root = registryRoot('record', values.root, positionals);
  const repository = values.registry ? parseRepository(values.registry, process.env.GITHUB_SERVER_URL || 'https://github.com') : undefined;
  if (!repository) throw new UsageError('--registry owner/name is required (the registry repository on GitHub)');
  for (const flag of ['before', 'after'] as const) {
    const value = values[flag];
    if (value !== undefined && (value.startsWith('-') || !/^[0-9A-Za-z._/@^~-]+$/.test(value)))
      throw new UsageError(`--${flag} must be a commit: got ${JSON.stringify(value)}`);
  }
  const token = values.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
  if (!token)
    throw new UsageError('a token is required, even for --dry-run (GitHub is read through the API): --token, or GITHUB_TOKEN / GH_TOKEN in the environment');
  const dryRun = Boolean(values['dry-run']);
  const result = await recordStages({
    root,
    repository,
    token,
    before: values.before,
    after: values.after,
    dryRun,
    log: (m) => io.err(terminalLines(m)),
  });
  io.out(
    terminalJson(dryRun ? { firstRun: result.firstRun, plan: result.plan } : { firstRun: result.firstRun, ...result.recorded, skipped: result.plan.skipped }),
  );
  return 0;
}
