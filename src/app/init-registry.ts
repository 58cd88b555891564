/**
 * `init`: an empty registry in a folder, from the starter files. Idempotent:
 * a file already there is left as it is (never overwritten), so running it
 * twice writes nothing the second time. The settings are checked like any
 * registry.yaml before anything is written.
 */
import { mkdirSync } from 'node:fs';
import { checkDocument } from '../core/check/check-document.js';
import { starterFiles, type StarterOptions } from '../core/init/starter-files.js';
import { REGISTRY_FILE } from '../core/format/layout.js';
import { createNewFile } from '../adapters/fs/create-file.js';
import { UsageError } from '../errors/index.js';

export interface InitResult {
  /** Relative paths, in the order written. */
  created: string[];
  /** Files that were already there, left as they were. */
  kept: string[];
}

export function initRegistry(dir: string, options: StarterOptions): InitResult {
  const files = starterFiles(options);
  const settings = files.find((f) => f.path === REGISTRY_FILE)!;
  const checked = checkDocument(REGISTRY_FILE, new TextEncoder().encode(settings.content));
  if (checked.problems.length) {
    throw new UsageError(`these settings would make an invalid registry.yaml: ${checked.problems.map((p) => p.message).join('; ')}`);
  }
  mkdirSync(dir, { recursive: true });
  const result: InitResult = { created: [], kept: [] };
  for (const file of files) {
    if (createNewFile(dir, file.path, new TextEncoder().encode(file.content))) result.created.push(file.path);
    else result.kept.push(file.path);
  }
  return result;
}
