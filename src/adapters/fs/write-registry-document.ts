/**
 * Writing one registry document in a working tree (promote, demote and
 * deprecate edit stages.yaml or model.yaml), never through a symbolic link:
 * every folder on the way must be a real folder inside the registry, and the
 * file is opened with O_NOFOLLOW, so a link at its place is refused too.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { RegistryWriteError } from '../../errors/index.js';
import { errorCode } from './registry-file.js';
import { writeOne } from './write-file.js';

export function writeRegistryDocument(root: string, path: string, content: string): void {
  const folder = registryFolderOf(root, path);
  const parts = path.split('/');
  try {
    writeOne(join(folder, parts[parts.length - 1]), new TextEncoder().encode(content));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') throw new RegistryWriteError(`refusing to write ${path}: it is a symbolic link; the registry never writes through a link`);
    throw new RegistryWriteError(`${path} could not be written: ${code ?? (error as Error).message}`);
  }
}

/** The absolute folder of a registry path, once every folder on the way is known to be a real folder inside the registry. */
export function registryFolderOf(root: string, path: string): string {
  const parts = path.split('/');
  let folder = root;
  for (const part of parts.slice(0, -1)) {
    folder = join(folder, part);
    let isFolder: boolean;
    try {
      isFolder = lstatSync(folder).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder)
      throw new RegistryWriteError(`refusing to write ${path}: ${folder} is not a folder (a link, or missing); the registry never writes through a link`);
  }
  // Checked again once resolved: nothing on the way was swapped for a link.
  if (realpathSync(folder) !== join(realpathSync(root), ...parts.slice(0, -1))) {
    throw new RegistryWriteError(`refusing to write ${path}: its folder leads outside the registry`);
  }
  return folder;
}
