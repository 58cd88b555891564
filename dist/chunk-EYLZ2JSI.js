import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errorCode
} from "./chunk-4X3IGKZ4.js";
import {
  writeOne
} from "./chunk-SPVUGOZM.js";
import {
  RegistryWriteError
} from "./chunk-IRJELCYE.js";

// src/adapters/fs/write-registry-document.ts
import { lstatSync, realpathSync } from "node:fs";
import { join } from "node:path";
function writeRegistryDocument(root, path, content) {
  const folder = registryFolderOf(root, path);
  const parts = path.split("/");
  try {
    writeOne(join(folder, parts[parts.length - 1]), new TextEncoder().encode(content));
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP") throw new RegistryWriteError(`refusing to write ${path}: it is a symbolic link; the registry never writes through a link`);
    throw new RegistryWriteError(`${path} could not be written: ${code ?? error.message}`);
  }
}
function registryFolderOf(root, path) {
  const parts = path.split("/");
  let folder = root;
  for (const part of parts.slice(0, -1)) {
    folder = join(folder, part);
    let isFolder;
    try {
      isFolder = lstatSync(folder).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder)
      throw new RegistryWriteError(`refusing to write ${path}: ${folder} is not a folder (a link, or missing); the registry never writes through a link`);
  }
  if (realpathSync(folder) !== join(realpathSync(root), ...parts.slice(0, -1))) {
    throw new RegistryWriteError(`refusing to write ${path}: its folder leads outside the registry`);
  }
  return folder;
}

export {
  writeRegistryDocument,
  registryFolderOf
};
