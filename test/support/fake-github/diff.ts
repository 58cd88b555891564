/** File-level diffs between trees (for PR files / commit files). */
import { HTML } from './representations.js';
import type { DiffFileInput, FlatTree, RepoState } from './state.js';

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  sha: string | null;
  additions: number;
  deletions: number;
  patch?: string;
  previous_filename?: string;
}

function lines(buf: Buffer | undefined): string[] | null {
  if (!buf) return [];
  if (buf.includes(0)) return null; // binary
  const s = buf.toString('utf8');
  if (s === '') return [];
  const out = s.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

function blob(repo: RepoState, sha: string | undefined): Buffer | undefined {
  if (!sha) return undefined;
  const o = repo.getObject(sha);
  return o?.type === 'blob' ? o.content : undefined;
}

export function diffFlat(repo: RepoState, before: FlatTree, after: FlatTree): FileChange[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: FileChange[] = [];
  for (const filename of names) {
    const a = before.get(filename);
    const b = after.get(filename);
    if (a && b && a.sha === b.sha && a.mode === b.mode) continue;
    const la = lines(blob(repo, a?.sha));
    const lb = lines(blob(repo, b?.sha));
    let additions = 0;
    let deletions = 0;
    if (la && lb) {
      const counts = new Map<string, number>();
      for (const l of la) counts.set(l, (counts.get(l) ?? 0) + 1);
      for (const l of lb) {
        const n = counts.get(l) ?? 0;
        if (n > 0) counts.set(l, n - 1);
        else additions++;
      }
      for (const n of counts.values()) deletions += n;
    }
    out.push({
      filename,
      status: !a ? 'added' : !b ? 'removed' : 'modified',
      sha: (b ?? a)!.sha,
      additions,
      deletions,
    });
  }
  return out;
}

export function diffCommits(repo: RepoState, fromCommit: string | undefined, toCommit: string): FileChange[] {
  const to = repo.getCommit(toCommit);
  if (!to) return [];
  const from = fromCommit ? repo.getCommit(fromCommit) : undefined;
  return diffFlat(repo, from ? repo.flatten(from.tree) : new Map(), repo.flatten(to.tree));
}

export function fromInput(f: DiffFileInput): FileChange {
  return {
    filename: f.filename,
    status: f.status ?? 'modified',
    sha: f.sha ?? null,
    additions: f.additions ?? 0,
    deletions: f.deletions ?? 0,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
  };
}

export function diffEntryJson(api: string, repo: RepoState, ref: string, f: FileChange): Record<string, unknown> {
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${HTML}/${repo.fullName}/blob/${ref}/${path}`,
    raw_url: `${HTML}/${repo.fullName}/raw/${ref}/${path}`,
    contents_url: `${api}/repos/${repo.fullName}/contents/${path}?ref=${ref}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
  };
}
