import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_DOCUMENT_BYTES,
  MODELS_DIR,
  REGISTRY_FILE,
  classifyPath,
  isDocumentPath
} from "./chunk-42CJQNK5.js";
import {
  UnreadableRootError
} from "./chunk-IRJELCYE.js";

// src/adapters/fs/fs-snapshot.ts
import { closeSync, fstatSync, lstatSync as lstatSync2, openSync as openSync2, readdirSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

// src/core/format/lfs-pointer.ts
var LFS_POINTER_MAX_BYTES = 1024;
var VERSIONS = /* @__PURE__ */ new Set(["https://git-lfs.github.com/spec/v1", "https://hawser.github.com/spec/v1"]);
var KEY = /^[a-z0-9.-]+$/;
var OID = /^sha256:([0-9a-f]{64})$/;
var SIZE = /^(?:0|[1-9][0-9]{0,15})$/;
function parseLfsPointer(bytes) {
  if (bytes.length >= LFS_POINTER_MAX_BYTES || bytes[0] !== 118 || bytes[bytes.length - 1] !== 10) return void 0;
  for (const byte of bytes) if (byte > 126 || byte < 32 && byte !== 10) return void 0;
  const lines = new TextDecoder().decode(bytes).slice(0, -1).split("\n");
  const values = /* @__PURE__ */ new Map();
  let previous = "";
  for (const [index, line] of lines.entries()) {
    const space = line.indexOf(" ");
    if (space <= 0) return void 0;
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (!KEY.test(key) || value === "" || value.startsWith(" ")) return void 0;
    if (index === 0 ? key !== "version" || !VERSIONS.has(value) : key === "version" || key <= previous) return void 0;
    if (key.startsWith("ext-")) return void 0;
    if (index > 0) previous = key;
    values.set(key, value);
  }
  const oid = OID.exec(values.get("oid") ?? "")?.[1];
  const sizeText = values.get("size") ?? "";
  if (oid === void 0 || !SIZE.test(sizeText)) return void 0;
  const size = Number(sizeText);
  return Number.isSafeInteger(size) ? { oid, size } : void 0;
}

// src/adapters/fs/registry-file.ts
import { constants, lstatSync, openSync } from "node:fs";
var FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function openRegistryFile(absolute) {
  if (constants.O_NOFOLLOW === void 0 && lstatSync(absolute).isSymbolicLink()) {
    throw Object.assign(new Error(`${absolute} is a symbolic link: the registry never follows links`), { code: "ELOOP" });
  }
  return openSync(absolute, FLAGS);
}
function errorCode(error) {
  return error?.code;
}

// src/adapters/fs/fs-snapshot.ts
function assertReadableRoot(root) {
  let stat;
  try {
    stat = lstatSync2(root);
  } catch {
    throw new UnreadableRootError(`registry root ${root} does not exist`);
  }
  if (!stat.isDirectory()) throw new UnreadableRootError(`registry root ${root} is not a folder`);
}
function readSnapshot(root) {
  const { entries, modelFolders } = readTopLevel(root);
  for (const model of modelFolders) entries.push(...readModelFolder(root, model));
  return { entries };
}
function readTopLevel(root) {
  assertReadableRoot(root);
  const entries = [];
  const registry = fileEntry(root, REGISTRY_FILE, void 0);
  if (registry) entries.push(registry);
  const modelFolders = [];
  const models = fileEntry(root, MODELS_DIR, void 0);
  if (models) entries.push(models);
  else
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
  const base = join(root, ".");
  const walk = (relative) => {
    for (const dirent of listDir(`${base}/${relative}`)) {
      const path = `${relative}/${dirent.name}`;
      if (dirent.isDirectory() && isDocumentPath(path)) entries.push({ path, type: "directory", size: 0 });
      else if (dirent.isDirectory()) walk(path);
      else {
        const entry = fileEntry(base, path, dirent);
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
  const absolute = `${root}/${path}`;
  try {
    if (dirent?.isFile() && isDocumentPath(path)) return documentEntry(path, absolute);
    const stat = lstatSync2(absolute);
    const type = stat.isSymbolicLink() ? "symlink" : stat.isFile() ? "file" : stat.isDirectory() ? "directory" : "other";
    if (type === "directory" && path === MODELS_DIR) return void 0;
    if (type === "file" && isDocumentPath(path)) return documentEntry(path, absolute);
    const entry = { path, type, size: type === "file" ? stat.size : 0 };
    if (type === "file" && classifyPath(path).kind === "version-file") {
      const { sha256, lfs } = hashRegistryArtifact(absolute);
      entry.sha256 = sha256;
      if (lfs) entry.lfs = lfs;
    }
    return entry;
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP") return { path, type: "symlink", size: 0 };
    if (code === "EISDIR") return { path, type: "directory", size: 0 };
    return void 0;
  }
}
function documentEntry(path, absolute) {
  const { bytes, size } = readDocumentFrom(openRegistryFile(absolute));
  return { path, type: "file", size, bytes };
}
function readRegistryDocument(root, path) {
  try {
    return readDocumentFrom(openRegistryFile(join(root, path))).bytes;
  } catch {
    return void 0;
  }
}
var scratch;
function readDocumentBytes(absolute) {
  return readDocumentFrom(openSync2(absolute, "r"));
}
function readDocumentFrom(fd) {
  scratch ??= Buffer.allocUnsafe(MAX_DOCUMENT_BYTES + 1);
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
function hashRegistryArtifact(absolute) {
  const head = Buffer.allocUnsafe(LFS_POINTER_MAX_BYTES);
  const facts = hashFrom(openRegistryFile(absolute), head);
  const lfs = facts.size < LFS_POINTER_MAX_BYTES ? parseLfsPointer(head.subarray(0, facts.size)) : void 0;
  return lfs ? { ...facts, lfs } : facts;
}
function hashFile(path) {
  return hashFrom(openSync2(path, "r"));
}
function hashFrom(fd, head) {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let size = 0;
  try {
    let read;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
      hash.update(buffer.subarray(0, read));
      if (head && size < head.length) buffer.copy(head, size, 0, Math.min(read, head.length - size));
      size += read;
    }
  } finally {
    closeSync(fd);
  }
  return { size, sha256: hash.digest("hex") };
}

export {
  openRegistryFile,
  errorCode,
  assertReadableRoot,
  readSnapshot,
  readTopLevel,
  readModelFolder,
  readRegistryDocument,
  readDocumentBytes,
  hashRegistryArtifact,
  hashFile
};
