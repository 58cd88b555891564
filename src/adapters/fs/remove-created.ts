/**
 * Undoing a write that failed halfway (`add`, `import`): only the files this
 * run created, newest first, then each folder they leave empty, up to the
 * registry's top folder. Anything that was there before stays.
 */
import { rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function removeCreated(root: string, paths: readonly string[]): void {
  for (const path of [...paths].reverse()) {
    rmSync(join(root, path), { force: true });
    for (let folder = dirname(path); folder.split('/').length > 1; folder = dirname(folder)) {
      try {
        rmdirSync(join(root, folder));
      } catch {
        break; // not empty: something else lives there
      }
    }
  }
}
