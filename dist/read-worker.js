import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/adapters/fs-snapshot.ts
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

// src/core/format/layout.ts
var REGISTRY_FILE = "registry.yaml";
var MODELS_DIR = "models";
var MODEL_FILE = "model.yaml";
var STAGES_FILE = "stages.yaml";
var CARD_FILE = "card.yaml";
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

// src/adapters/fs-snapshot.ts
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

// src/adapters/read-worker.ts
function pack(index, entries) {
  let total = 0;
  for (const e of entries) total += e.bytes?.length ?? 0;
  const buffer = new ArrayBuffer(total);
  const view = new Uint8Array(buffer);
  let at = 0;
  const spans = entries.map((e) => {
    if (!e.bytes) return void 0;
    view.set(e.bytes, at);
    const span = [at, at + e.bytes.length];
    at += e.bytes.length;
    e.bytes = void 0;
    return span;
  });
  return { index, entries, spans, buffer };
}
if (parentPort && workerData) {
  const port = parentPort;
  const { root, models } = workerData;
  let next = 0;
  let credit = 0;
  port.on("message", (more) => {
    credit += more;
    for (; credit > 0 && next < models.length; credit--, next++) {
      try {
        const folder = pack(next, readModelFolder(root, models[next]));
        port.postMessage(folder, [folder.buffer]);
      } catch (error) {
        port.postMessage({ index: next, error: error instanceof Error ? error.message : String(error) });
      }
    }
    if (next >= models.length) port.close();
  });
}
