import { publishReleases } from '../../app/publish-releases.js';
import { parseMaxReleases } from '../../core/release/github-limits.js';
import { releasePlanJson } from '../../app/plan-json.js';
import { resolveCommit } from '../../adapters/git/git.js';
import { parseRepository } from '../../core/release/urls.js';
import { parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';

export async function releaseCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'release');
  const root = registryRoot('release', values.root, positionals);
  const repository = values.repository ? parseRepository(values.repository, process.env.GITHUB_SERVER_URL || 'https://github.com') : undefined;
  if (!repository) throw new UsageError('--repository owner/name is required (the registry repository on GitHub)');
  const token = values.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
  if (!token)
    throw new UsageError('a token is required, even for --dry-run (GitHub is read through the API): --token, or GITHUB_TOKEN / GH_TOKEN in the environment');
  const maxReleases = values['max-releases'] === undefined ? undefined : parseMaxReleases(values['max-releases']);
  if (maxReleases === null) throw new UsageError(`--max-releases must be a whole number of at least 1; got ${JSON.stringify(values['max-releases'])}`);
  const commit = resolveCommit(root, values.commit ?? 'HEAD');
  const result = await publishReleases({
    root,
    repository,
    commit,
    token,
    dryRun: Boolean(values['dry-run']),
    maxReleases,
    log: (m) => io.err(terminalLines(m)),
  });
  if (values['dry-run']) {
    io.out(releasePlanJson(result.plan));
  } else {
    io.out(terminalJson({ released: result.released, releases: result.urls, remaining: result.remaining }));
  }
  return 0;
}
