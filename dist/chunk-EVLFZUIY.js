import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  REGISTRY_FILE,
  classifyPath,
  isDocumentPath
} from "./chunk-42CJQNK5.js";

// src/core/registry/snapshot.ts
function foldersAtFilePlaces(entries) {
  const out = [];
  const folders = new Set(entries.filter((e) => e.type === "directory").map((e) => e.path));
  for (const entry of entries) {
    const folder = documentFolderOf(entry.path);
    if (folder === void 0) out.push(entry);
    else if (!folders.has(folder)) {
      folders.add(folder);
      out.push({ path: folder, type: "directory", size: 0 });
    }
  }
  return out;
}
function documentFolderOf(path) {
  if (path.startsWith(`${REGISTRY_FILE}/`)) return REGISTRY_FILE;
  const info = classifyPath(path);
  const inner = info.kind === "model-file" || info.kind === "version-file" ? info.inner : void 0;
  const slash = inner?.indexOf("/") ?? -1;
  if (inner === void 0 || slash === -1) return void 0;
  const folder = path.slice(0, path.length - inner.length + slash);
  return isDocumentPath(folder) ? folder : void 0;
}

export {
  foldersAtFilePlaces
};
