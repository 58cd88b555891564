/**
 * The registry at a commit of its GitHub repository, read through the git
 * database API into the snapshot the core validates: one recursive tree
 * (walked folder by folder when GitHub truncates it), and the bytes of the
 * documents the caller asks for. Other documents are listed without bytes
 * (the rules then skip them), and committed artifacts by size only: checking
 * a registration needs the registered model's files, not the whole registry.
 */
import { isDocumentPath, MAX_DOCUMENT_BYTES, MODELS_DIR, REGISTRY_FILE } from '../../core/format/layout.js';
import { foldersAtFilePlaces, type FileEntry, type RegistrySnapshot } from '../../core/registry/snapshot.js';
import type { GitHubClient as GitClient } from './client.js';
import type { RepoRef } from './release-state.js';

export interface TreeItem {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}

/** How many blobs are fetched at once. */
const CONCURRENCY = 6;

export async function readRegistrySnapshot(
  octokit: GitClient,
  repo: RepoRef,
  treeSha: string,
  withBytes: (path: string) => boolean,
): Promise<RegistrySnapshot> {
  return snapshotFromTree(octokit, repo, await listRegistryTree(octokit, repo, treeSha), withBytes);
}

/** Tree items as the snapshot the core validates: links are links (never followed), documents asked for carry their bytes, artifacts their size. */
export async function snapshotFromTree(
  octokit: GitClient,
  repo: RepoRef,
  items: readonly TreeItem[],
  withBytes: (path: string) => boolean = () => true,
): Promise<RegistrySnapshot> {
  const entries: FileEntry[] = [];
  const fetches: { entry: FileEntry; sha: string }[] = [];
  for (const item of items) {
    if (!item.path) continue;
    // A folder named like a registry file is one entry of the wrong kind; other folders are implied by their files.
    if (item.type === 'tree') {
      if (isDocumentPath(item.path)) entries.push({ path: item.path, type: 'directory', size: 0 });
      continue;
    }
    const type = item.mode === '120000' ? 'symlink' : item.type === 'blob' ? 'file' : 'other';
    const entry: FileEntry = { path: item.path, type, size: item.size ?? 0 };
    entries.push(entry);
    if (type === 'file' && item.sha && isDocumentPath(item.path) && withBytes(item.path)) {
      // An oversized document is refused unread, as on disk: its size says enough.
      if (entry.size > MAX_DOCUMENT_BYTES) entry.bytes = new Uint8Array(0);
      else fetches.push({ entry, sha: item.sha });
    }
  }
  await inBatches(fetches, CONCURRENCY, async ({ entry, sha }) => {
    entry.bytes = await readBlob(octokit, repo, sha);
  });
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries: foldersAtFilePlaces(entries) };
}

export async function readBlob(octokit: GitClient, repo: RepoRef, sha: string): Promise<Uint8Array> {
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
  return data.encoding === 'base64' ? new Uint8Array(Buffer.from(data.content, 'base64')) : new TextEncoder().encode(data.content);
}

/** registry.yaml and everything under models/, with paths from the tree's root. */
async function listRegistryTree(octokit: GitClient, repo: RepoRef, treeSha: string): Promise<TreeItem[]> {
  const inRegistry = (path: string) => path === REGISTRY_FILE || path === MODELS_DIR || path.startsWith(`${MODELS_DIR}/`);
  const whole = (await octokit.rest.git.getTree({ ...repo, tree_sha: treeSha, recursive: 'true' })).data;
  if (!whole.truncated) return whole.tree.filter((item) => item.path && inRegistry(item.path));
  // Too big for one answer: walk the folders that matter, each as deep as GitHub allows.
  const out: TreeItem[] = [];
  const root = (await octokit.rest.git.getTree({ ...repo, tree_sha: treeSha })).data.tree;
  for (const item of root) {
    // Whatever their kind: a link or a folder at registry.yaml, or models/ as a file, is a problem to report, not to skip.
    if (item.path === REGISTRY_FILE) out.push(item);
    if (item.path === MODELS_DIR && item.type === 'tree' && item.sha) out.push(...(await walkTree(octokit, repo, item.sha, `${MODELS_DIR}/`)));
    else if (item.path === MODELS_DIR) out.push(item);
  }
  return out;
}

/** The files of a folder, recursively (folder by folder when GitHub truncates the answer), with paths under `prefix`. */
export async function walkTree(octokit: GitClient, repo: RepoRef, sha: string, prefix: string): Promise<TreeItem[]> {
  const recursive = (await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' })).data;
  if (!recursive.truncated) return recursive.tree.map((item) => ({ ...item, path: `${prefix}${item.path}` }));
  const out: TreeItem[] = [];
  const flat = (await octokit.rest.git.getTree({ ...repo, tree_sha: sha })).data.tree;
  for (const item of flat) {
    const path = `${prefix}${item.path}`;
    if (item.type === 'tree' && item.sha) out.push(...(await walkTree(octokit, repo, item.sha, `${path}/`)));
    else out.push({ ...item, path });
  }
  return out;
}

export async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
