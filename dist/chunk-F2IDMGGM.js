import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/fs-snapshot.ts
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

// src/core/format/layout.ts
var REGISTRY_FILE = "registry.yaml";
var MODELS_DIR = "models";
var MODEL_FILE = "model.yaml";
var STAGES_FILE = "stages.yaml";
var VERSIONS_DIR = "versions";
var CARD_FILE = "card.yaml";
var MODEL_NAME_RE = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;
var MAX_DOCUMENT_BYTES = 1024 * 1024;
function classifyPath(path) {
  if (path === REGISTRY_FILE) return { kind: "registry" };
  if (!path.startsWith("models/")) return { kind: "other" };
  const modelEnd = path.indexOf("/", 7);
  if (modelEnd === -1) return { kind: "other" };
  const model = path.slice(7, modelEnd);
  const rest = path.slice(modelEnd + 1);
  if (rest === MODEL_FILE) return { kind: "model", model };
  if (rest === STAGES_FILE) return { kind: "stages", model };
  const versionEnd = rest.startsWith("versions/") ? rest.indexOf("/", 9) : -1;
  if (versionEnd === -1) return { kind: "model-file", model, inner: rest };
  const version = rest.slice(9, versionEnd);
  const inner = rest.slice(versionEnd + 1);
  if (inner === CARD_FILE) return { kind: "card", model, version };
  if (inner === "metrics.yaml" || inner === "metrics.json") return { kind: "metrics", model, version };
  return { kind: "version-file", model, version, inner };
}
function isDocumentPath(path) {
  const kind = classifyPath(path).kind;
  return kind === "registry" || kind === "model" || kind === "stages" || kind === "card" || kind === "metrics";
}
var modelDir = (model) => `${MODELS_DIR}/${model}`;
var modelFile = (model) => `${MODELS_DIR}/${model}/${MODEL_FILE}`;
var versionDir = (model, version) => `${MODELS_DIR}/${model}/${VERSIONS_DIR}/${version}`;

// src/adapters/fs-snapshot.ts
var UnreadableRootError = class extends Error {
};
function assertReadableRoot(root) {
  let stat;
  try {
    stat = lstatSync(root);
  } catch {
    throw new UnreadableRootError(`registry root ${root} does not exist`);
  }
  if (!stat.isDirectory()) throw new UnreadableRootError(`registry root ${root} is not a folder`);
}
function readTopLevel(root) {
  assertReadableRoot(root);
  const entries = [];
  const registry = fileEntry(root, REGISTRY_FILE, void 0);
  if (registry) entries.push(registry);
  const modelFolders = [];
  for (const dirent of listDir(join(root, MODELS_DIR))) {
    if (dirent.isDirectory()) modelFolders.push(dirent.name);
    else {
      const entry = fileEntry(root, `${MODELS_DIR}/${dirent.name}`, dirent);
      if (entry) entries.push(entry);
    }
  }
  modelFolders.sort();
  return { entries, modelFolders };
}
function readModelFolder(root, model) {
  const entries = [];
  const walk = (relative) => {
    for (const dirent of listDir(join(root, relative))) {
      const path = `${relative}/${dirent.name}`;
      if (dirent.isDirectory()) walk(path);
      else {
        const entry = fileEntry(root, path, dirent);
        if (entry) entries.push(entry);
      }
    }
  };
  walk(`${MODELS_DIR}/${model}`);
  return entries;
}
function listDir(absolute) {
  try {
    return readdirSync(absolute, { withFileTypes: true });
  } catch {
    return [];
  }
}
function fileEntry(root, path, dirent) {
  const absolute = join(root, path);
  try {
    if (dirent?.isFile() && isDocumentPath(path)) return documentEntry(path, absolute);
    const stat = lstatSync(absolute);
    const type = stat.isSymbolicLink() ? "symlink" : stat.isFile() ? "file" : "other";
    if (type === "file" && isDocumentPath(path)) return documentEntry(path, absolute);
    const entry = { path, type, size: stat.size };
    if (type === "file" && classifyPath(path).kind === "version-file") entry.sha256 = sha256File(absolute);
    return entry;
  } catch {
    return void 0;
  }
}
function documentEntry(path, absolute) {
  const { bytes, size } = readDocumentBytes(absolute);
  return { path, type: "file", size, bytes };
}
var scratch;
function readDocumentBytes(absolute) {
  scratch ??= Buffer.allocUnsafe(MAX_DOCUMENT_BYTES + 1);
  const fd = openSync(absolute, "r");
  try {
    let length = 0;
    let read;
    while (length < scratch.length && (read = readSync(fd, scratch, length, scratch.length - length, null)) > 0) length += read;
    const bytes = Uint8Array.prototype.slice.call(scratch, 0, length);
    return { bytes, size: length > MAX_DOCUMENT_BYTES ? fstatSync(fd).size : length };
  } finally {
    closeSync(fd);
  }
}
function sha256File(path) {
  return hashFile(path).sha256;
}
function hashFile(path) {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  const fd = openSync(path, "r");
  let size = 0;
  try {
    let read;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      hash.update(buffer.subarray(0, read));
      size += read;
    }
  } finally {
    closeSync(fd);
  }
  return { size, sha256: hash.digest("hex") };
}

export {
  REGISTRY_FILE,
  MODELS_DIR,
  MODEL_FILE,
  CARD_FILE,
  MODEL_NAME_RE,
  MAX_DOCUMENT_BYTES,
  classifyPath,
  isDocumentPath,
  modelDir,
  modelFile,
  versionDir,
  UnreadableRootError,
  readTopLevel,
  readModelFolder,
  readDocumentBytes,
  sha256File,
  hashFile
};
