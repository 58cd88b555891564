/**
 * `model-registry init [DIR]`: an empty registry of one's own (not a copy of
 * the Acme demo). Asks nothing: every setting has a flag and a default, so it
 * runs the same in a terminal and in a script. Never overwrites a file.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { initRegistry } from '../../app/init-registry.js';
import { repositoryFromRemote } from '../../adapters/git/code-origin.js';
import { runGit } from '../../adapters/git/run-git.js';
import { isValidStageName } from '../../core/registry/registry.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';

export function initCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'init');
  if (positionals.length > 1) throw new UsageError(`init takes one folder; got ${positionals.length}: ${positionals.join(' ')}`);
  const dir = resolve(positionals[0] ?? '.');
  const stages = (values.stages ?? 'staging,production').split(/[\s,]+/).filter(Boolean);
  const badStage = stages.find((s) => !isValidStageName(s));
  if (badStage !== undefined || stages.length === 0) {
    throw new UsageError(
      `--stages must be stage names separated by commas (lowercase letters, digits, _ or -, e.g. staging,production); got ${JSON.stringify(values.stages)}`,
    );
  }
  const repository = gitHubRepository(dir) ?? (values.url ? pagesRepository(values.url) : undefined);
  const url = values.url ?? (repository ? pagesUrl(repository) : undefined);
  const result = initRegistry(dir, {
    name: values.name ?? basename(dir),
    url,
    stages,
    owner: values.owner,
    repository,
  });
  const lines = [...result.created.map((p) => `created ${p}`), ...result.kept.map((p) => `kept    ${p} (already there; not overwritten)`)];
  if (result.created.length === 0) lines.push('nothing to do: every file of a new registry is already there');
  else {
    const cd = positionals[0] ? `cd ${positionals[0]} && ` : '';
    lines.push(
      '',
      'Next: add a model version and check it:',
      `  ${cd}model-registry add <model> --metrics <metrics file> --artifact "<files>" --owner @<you> --description "<what it does>"`,
      '  model-registry validate',
    );
  }
  io.out(terminalLines(lines.join('\n')));
  return Promise.resolve(0);
}

/** owner/name of the folder's git `origin` on GitHub, if it has one. */
function gitHubRepository(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const run = runGit(['remote', 'get-url', 'origin'], { cwd: dir });
  return run.status === 0 ? repositoryFromRemote(run.stdout.toString('utf8')) : undefined;
}

/** owner/name from a GitHub Pages address: https://acme.github.io/models/. */
function pagesRepository(url: string): string | undefined {
  const m = /^https:\/\/([A-Za-z0-9-]+)\.github\.io\/([A-Za-z0-9_.-]+)\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

function pagesUrl(repository: string): string {
  const [owner, name] = repository.split('/');
  return `https://${owner.toLowerCase()}.github.io/${name}/`;
}
