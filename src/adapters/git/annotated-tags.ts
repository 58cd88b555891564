/**
 * A repository's annotated tags, as GTO reads them (iterative/gto gto/tag.py
 * `find`: a lightweight tag is skipped), and a file at a tag's commit. One
 * `git for-each-ref` and one `git cat-file --batch`, argument vectors only.
 */
import type { AnnotatedTag } from '../../core/stages/gto-state.js';
import { GitError } from '../../errors/index.js';
import { runGit } from './run-git.js';

function git(cwd: string, args: string[], input?: string): Buffer {
  const result = runGit(args, { cwd, input });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed in ${cwd}: ${result.stderr.trim().split('\n')[0]}`);
  return result.stdout;
}

// Fields NUL-separated, records ending in a NUL and a record separator: a message may hold anything else.
const FORMAT =
  [
    '%(objecttype)',
    '%(refname:strip=2)',
    '%(*objecttype)',
    '%(*objectname)',
    '%(taggername)',
    '%(taggeremail:trim)',
    '%(taggerdate:unix)',
    '%(taggerdate:iso-strict)',
    '%(contents)',
  ].join('%00') + '%00%1e';

export function readAnnotatedTags(repo: string): AnnotatedTag[] {
  const out = git(repo, ['for-each-ref', `--format=${FORMAT}`, 'refs/tags']).toString('utf8');
  const tags: AnnotatedTag[] = [];
  for (const record of out.split('\0\x1e')) {
    const fields = record.replace(/^\n/, '').split('\0');
    if (fields.length < 9) continue;
    const [type, name, peeled, commit, taggerName, taggerEmail, time, date, message] = fields;
    // A tag of a tag, or of a tree or blob, peels to no commit: GTO cannot read it either.
    if (type !== 'tag' || peeled !== 'commit' || !/^[0-9a-f]{40,64}$/.test(commit)) continue;
    tags.push({ name, commit, taggerName, taggerEmail, time: Number(time), date: date.replace(/\+00:00$/, 'Z'), message });
  }
  return tags;
}

/** The repository's top folder; a GitError when `dir` is not in a repository. */
export function repositoryTopOf(dir: string): string {
  return git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
}

/** Files at commits (`<commit>:<path>`, path from the repository's top): each one's bytes, or null where the commit has no such file. */
export function readFilesAtCommits(repo: string, specs: readonly string[]): Map<string, Buffer | null> {
  const result = new Map<string, Buffer | null>();
  if (specs.length === 0) return result;
  const out = git(repo, ['cat-file', '--batch'], `${specs.join('\n')}\n`);
  let offset = 0;
  for (const spec of specs) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    const [, type, sizeText] = header.split(' ');
    if (header.endsWith(' missing') || header.endsWith(' ambiguous') || sizeText === undefined) {
      result.set(spec, null);
      continue;
    }
    const size = Number(sizeText);
    result.set(spec, type === 'blob' ? out.subarray(offset, offset + size) : null);
    offset += size + 1;
  }
  return result;
}
