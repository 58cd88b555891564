import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  foldersAtFilePlaces
} from "./chunk-EVLFZUIY.js";
import {
  MAX_DOCUMENT_BYTES,
  MODELS_DIR,
  REGISTRY_FILE,
  isDocumentPath
} from "./chunk-42CJQNK5.js";

// src/adapters/github/registry-snapshot.ts
var CONCURRENCY = 6;
async function readRegistrySnapshot(octokit, repo, treeSha, withBytes) {
  return snapshotFromTree(octokit, repo, await listRegistryTree(octokit, repo, treeSha), withBytes);
}
async function snapshotFromTree(octokit, repo, items, withBytes = () => true) {
  const entries = [];
  const fetches = [];
  for (const item of items) {
    if (!item.path) continue;
    if (item.type === "tree") {
      if (isDocumentPath(item.path)) entries.push({ path: item.path, type: "directory", size: 0 });
      continue;
    }
    const type = item.mode === "120000" ? "symlink" : item.type === "blob" ? "file" : "other";
    const entry = { path: item.path, type, size: item.size ?? 0 };
    entries.push(entry);
    if (type === "file" && item.sha && isDocumentPath(item.path) && withBytes(item.path)) {
      if (entry.size > MAX_DOCUMENT_BYTES) entry.bytes = new Uint8Array(0);
      else fetches.push({ entry, sha: item.sha });
    }
  }
  await inBatches(fetches, CONCURRENCY, async ({ entry, sha }) => {
    entry.bytes = await readBlob(octokit, repo, sha);
  });
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { entries: foldersAtFilePlaces(entries) };
}
async function readBlob(octokit, repo, sha) {
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
  return data.encoding === "base64" ? new Uint8Array(Buffer.from(data.content, "base64")) : new TextEncoder().encode(data.content);
}
async function listRegistryTree(octokit, repo, treeSha) {
  const inRegistry = (path) => path === REGISTRY_FILE || path === MODELS_DIR || path.startsWith(`${MODELS_DIR}/`);
  const whole = (await octokit.rest.git.getTree({ ...repo, tree_sha: treeSha, recursive: "true" })).data;
  if (!whole.truncated) return whole.tree.filter((item) => item.path && inRegistry(item.path));
  const out = [];
  const root = (await octokit.rest.git.getTree({ ...repo, tree_sha: treeSha })).data.tree;
  for (const item of root) {
    if (item.path === REGISTRY_FILE) out.push(item);
    if (item.path === MODELS_DIR && item.type === "tree" && item.sha) out.push(...await walkTree(octokit, repo, item.sha, `${MODELS_DIR}/`));
    else if (item.path === MODELS_DIR) out.push(item);
  }
  return out;
}
async function walkTree(octokit, repo, sha, prefix) {
  const recursive = (await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: "true" })).data;
  if (!recursive.truncated) return recursive.tree.map((item) => ({ ...item, path: `${prefix}${item.path}` }));
  const out = [];
  const flat = (await octokit.rest.git.getTree({ ...repo, tree_sha: sha })).data.tree;
  for (const item of flat) {
    const path = `${prefix}${item.path}`;
    if (item.type === "tree" && item.sha) out.push(...await walkTree(octokit, repo, item.sha, `${path}/`));
    else out.push({ ...item, path });
  }
  return out;
}
async function inBatches(items, size, run) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

export {
  readRegistrySnapshot,
  snapshotFromTree,
  readBlob,
  walkTree,
  inBatches
};
