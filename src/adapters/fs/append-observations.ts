/**
 * Appending lines to a model's month file of observations in a working tree:
 * the monitoring/ folder made when missing (never through a link: every
 * folder on the way is checked), and the file opened with O_APPEND and
 * O_NOFOLLOW, so what was there is never rewritten and a link at its place
 * is refused.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RegistryWriteError } from '../../errors/index.js';
import { errorCode } from './registry-file.js';
import { registryFolderOf } from './write-registry-document.js';

const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);

export function appendObservationLines(root: string, path: string, tail: string): void {
  const monitoring = dirname(path);
  try {
    lstatSync(join(root, monitoring));
  } catch (error) {
    // Made inside the model folder, once that is known to be a real folder inside the registry.
    if (errorCode(error) === 'ENOENT') mkdirSync(join(registryFolderOf(root, monitoring), monitoring.slice(monitoring.lastIndexOf('/') + 1)));
  }
  const folder = registryFolderOf(root, path);
  let fd: number;
  try {
    fd = openSync(join(folder, path.slice(path.lastIndexOf('/') + 1)), APPEND_FLAGS, 0o644);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') throw new RegistryWriteError(`refusing to write ${path}: it is a symbolic link; the registry never writes through a link`);
    throw new RegistryWriteError(`${path} could not be written: ${code ?? (error as Error).message}`);
  }
  try {
    const data = new TextEncoder().encode(tail);
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}
