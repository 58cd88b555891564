import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errorCode
} from "./chunk-4X3IGKZ4.js";
import {
  RegistryWriteError
} from "./chunk-IRJELCYE.js";

// src/adapters/fs/create-file.ts
import { closeSync, constants, lstatSync, mkdirSync, openSync, readSync, realpathSync, writeSync } from "node:fs";
import { join } from "node:path";
var CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
function makeFolders(root, path) {
  let folder = root;
  for (const part of path.split("/").filter(Boolean)) {
    folder = join(folder, part);
    let stat;
    try {
      stat = lstatSync(folder);
    } catch {
      try {
        mkdirSync(folder);
      } catch (error) {
        throw new RegistryWriteError(`${folder} could not be made: ${errorCode(error) ?? error.message}`);
      }
      continue;
    }
    if (!stat.isDirectory())
      throw new RegistryWriteError(
        `refusing to write into ${folder}: it is ${stat.isSymbolicLink() ? "a symbolic link" : "not a folder"}; nothing is written through a link`
      );
  }
  if (realpathSync(folder) !== join(realpathSync(root), ...path.split("/").filter(Boolean))) {
    throw new RegistryWriteError(`refusing to write into ${path}: it leads outside ${root}`);
  }
  return folder;
}
function createNewFile(root, path, data) {
  const slash = path.lastIndexOf("/");
  const folder = makeFolders(root, slash === -1 ? "" : path.slice(0, slash));
  let fd;
  try {
    fd = openSync(join(folder, path.slice(slash + 1)), CREATE_FLAGS, 420);
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw new RegistryWriteError(`${path} could not be written: ${errorCode(error) ?? error.message}`);
  }
  try {
    if (data instanceof Uint8Array) writeAll(fd, data);
    else copyInto(fd, data.copyOf);
  } catch (error) {
    throw new RegistryWriteError(`${path} could not be written: ${errorCode(error) ?? error.message}`);
  } finally {
    closeSync(fd);
  }
  return true;
}
function writeAll(fd, data) {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}
function copyInto(fd, source) {
  const input = openSync(source, constants.O_RDONLY);
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (; ; ) {
      const n = readSync(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      writeAll(fd, buffer.subarray(0, n));
    }
  } finally {
    closeSync(input);
  }
}

export {
  createNewFile
};
