/**
 * The catalogue must not be written over the registry itself. Compared as real
 * paths (links resolved), and the output folder may not be a link: a link made
 * to look like an outside folder could lead into models/.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UsageError } from '../errors/index.js';

/** Throws a UsageError naming the folder by `option` (`--out`, or the Action's input `out`). */
export function checkOutputFolder(root: string, out: string, option: string): void {
  if (isSymbolicLink(out)) throw new UsageError(`${option} ${out} is a symbolic link: give the real folder to write the site to`);
  const r = realPath(resolve(root));
  const o = realPath(resolve(out));
  const models = join(r, 'models');
  if (o === r) throw new UsageError(`${option} ${out} is the registry folder: choose another folder for the site (e.g. _site)`);
  if (o === models || o.startsWith(models + sep))
    throw new UsageError(`${option} ${out} is inside the registry's models/ folder: choose another folder for the site`);
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor's, resolved, and the rest. */
function realPath(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}
