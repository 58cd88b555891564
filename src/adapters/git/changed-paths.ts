/**
 * What a pull request changes, from git rather than from reading the
 * registry: the paths that differ between a base commit and the working tree
 * (a tree-to-tree diff, index-assisted), and the files git does not track
 * (new, or ignored: the validator reads what is on disk, whatever .gitignore
 * says). The listings run at once, on several cores.
 */
import { GitError } from '../../errors/index.js';
import { cachedStatusChanges } from './cached-status.js';
import { runGitAsync } from './run-git.js';

/**
 * Paths relative to the registry root, each once, sorted. With `head` (the
 * commit checked out: the Action's pull-request review), what differs between
 * the two commits' trees, in milliseconds where the whole working tree costs
 * a pass over every file; and, since what the review reads comes from disk,
 * the working tree's own changes in the folders it reads in full (the changed
 * models, registry.yaml) are added, at the cost of those folders alone.
 */
export async function changedPaths(root: string, commit: string, head?: string): Promise<string[]> {
  if (![commit, head ?? commit].every((c) => /^[0-9a-f]{40,64}$/.test(c))) throw new GitError(`not a commit id: ${commit}`);
  let where = ['.'];
  const outputs: Buffer[] = [];
  if (head) {
    const committed = await gitOutput(root, ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--relative', commit, head, '--', '.']);
    outputs.push(committed);
    const models = new Set(listed([committed]).flatMap((path) => (/^models\/[^/]+\//.test(path) ? [path.split('/')[1]] : [])));
    // Not a pattern for the files directly in models/: ls-files would walk every folder to match it (they are read whatever the scope).
    where = [':(literal)registry.yaml', ...[...models].map((m) => `:(literal)models/${m}`)];
  }
  outputs.push(...(await workingTreeChanges(root, commit, where)));
  return listed(outputs);
}

/**
 * What differs between `commit` and the working tree, as two diffs whose union
 * holds it: the base against the index (the index's cache of tree ids skips
 * every folder the change leaves alone: milliseconds where comparing the base's
 * trees with the working tree walks all of them, about a second at 100,000
 * versions), and the index against the working tree (one stat a file). A path
 * changed and changed back is named, harmlessly. Untracked files besides. For
 * the whole working tree, the second half from git's untracked cache when it
 * can (cached-status.ts).
 */
async function workingTreeChanges(root: string, commit: string, where: string[]): Promise<Buffer[]> {
  const diff = ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--relative'];
  const whole = where.length === 1 && where[0] === '.';
  const [staged, cached] = await Promise.all([gitOutput(root, [...diff, '--cached', commit, '--', ...where]), whole ? cachedStatusChanges(root) : undefined]);
  if (cached) return [staged, Buffer.from(cached.join('\0'))];
  return [staged, ...(await Promise.all([gitOutput(root, [...diff, '--', ...where]), gitOutput(root, ['ls-files', '--others', '-z', '--', ...where])]))];
}

function listed(outputs: Buffer[]): string[] {
  const paths = new Set<string>();
  for (const out of outputs) for (const path of out.toString('utf8').split('\0')) if (path) paths.add(path);
  return [...paths].sort();
}

async function gitOutput(cwd: string, args: string[]): Promise<Buffer> {
  const result = await runGitAsync(args, { cwd });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0]}`);
  return result.stdout;
}

/**
 * Every model's version folders at a commit, by model: one listing of the
 * trees, no file read. The models a pull request leaves alone are exactly as
 * the base has them. Paths relative to the registry root.
 */
export async function versionFoldersAtCommit(root: string, commit: string): Promise<Map<string, string[]>> {
  const out = (await gitOutput(root, ['ls-tree', '-r', '-d', '-z', '--name-only', commit, '--', ':(literal)models'])).toString('utf8');
  const models = new Map<string, string[]>();
  for (const record of out.split('\0')) {
    const parts = record.split('/');
    if (parts[0] !== 'models' || parts.length < 2) continue;
    let versions = models.get(parts[1]);
    if (!versions) models.set(parts[1], (versions = []));
    if (parts.length === 4 && parts[2] === 'versions') versions.push(parts[3]);
  }
  return models;
}
