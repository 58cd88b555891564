/**
 * The working tree's changes against the index, and its untracked files, from
 * one `git status` on a private copy of the index that keeps git's untracked
 * cache: later runs stat each folder instead of reading it, half the time of
 * listing untracked files at 100,000 versions (docs/performance.md). The
 * user's index is only read; the copy lives in the git folder and is renewed
 * whenever the user's index changes.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { runGitAsync } from './run-git.js';

/**
 * Paths relative to the registry root (`root`), or undefined when the cached
 * way is not open here (no index yet, a git folder that cannot be written):
 * the caller then asks git the plain way. Files git ignores are not listed: a
 * pull request cannot hold them, and a changed model's folder is read whole.
 */
export async function cachedStatusChanges(root: string): Promise<string[] | undefined> {
  const where = await runGitAsync(['rev-parse', '--show-prefix', '--git-path', 'index', '--git-path', 'model-registry/review-index'], { cwd: root });
  if (where.status !== 0) return undefined;
  const [prefix, index, copy] = where.stdout.toString('utf8').split('\n');
  const absolute = (path: string) => (isAbsolute(path) ? path : join(root, path));
  if (!index || !copy || !renewCopy(absolute(index), absolute(copy))) return undefined;
  const status = await runGitAsync(
    ['-c', 'core.untrackedCache=true', '-c', 'status.showUntrackedFiles=all', 'status', '--porcelain', '-z', '-uall', '--no-renames', '--ignore-submodules'],
    { cwd: root, env: { ...process.env, GIT_INDEX_FILE: absolute(copy) } },
  );
  if (status.status !== 0) return undefined;
  const paths: string[] = [];
  // "XY path": Y is the working tree against the index ('?' untracked); X against HEAD, which the diff from the base covers.
  for (const record of status.stdout.toString('utf8').split('\0'))
    if (record.length > 3 && record[1] !== ' ' && record.startsWith(prefix, 3)) paths.push(record.slice(3 + prefix.length));
  return paths;
}

/** Copies the user's index when it changed since the last copy (same size and checksum: the same index). False when it cannot. */
function renewCopy(index: string, copy: string): boolean {
  try {
    const before = statSync(index);
    const identity = indexIdentity(index);
    let copied = '';
    try {
      copied = readFileSync(`${copy}.source`, 'utf8');
    } catch {
      // Never copied.
    }
    if (copied === identity && existsSync(copy)) return true;
    mkdirSync(dirname(copy), { recursive: true });
    const temporary = `${copy}.${process.pid}`;
    copyFileSync(index, temporary);
    const after = statSync(index);
    if (after.mtimeMs !== before.mtimeMs || after.size !== before.size) {
      // Rewritten by git meanwhile: which one was copied is unknown, so this run asks git the plain way.
      rmSync(temporary, { force: true });
      return false;
    }
    // The index's own time is what git's racy check compares files with (a file changed in the tick the index was
    // written is compared by content): the copy keeps it, rounded down, never later, so no such change is missed.
    utimesSync(temporary, new Date(), new Date(Math.floor(before.mtimeMs)));
    // Renamed into place: a review running beside this one reads a whole index, old or new.
    renameSync(temporary, copy);
    writeFileSync(`${copy}.source`, identity);
    return true;
  } catch {
    return false;
  }
}

/** An index's size and trailing checksum (the hash of all it holds). */
function indexIdentity(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(32, size));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    return `${size} ${tail.toString('hex')}`;
  } finally {
    closeSync(fd);
  }
}
