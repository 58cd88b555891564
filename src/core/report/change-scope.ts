/**
 * What a pull request's paths can affect, so that its review reads and checks
 * only that: the model folders it touches and their version folders. A change
 * to registry.yaml (stages, metrics, tag_format, policies) can affect every
 * model, so the whole registry is validated then.
 */
import { MODELS_DIR, REGISTRY_FILE } from '../format/layout.js';

export interface ChangeScope {
  /** registry.yaml (or models/ itself) changed: every model may be affected, validate them all. */
  global: boolean;
  /** Model folders with a changed path, sorted. */
  models: string[];
  /** models/<model>/versions/<version> folders with a changed path. */
  versionDirs: Set<string>;
}

/** `paths`: relative to the registry root; paths outside registry.yaml and models/ are not the registry's. */
export function changeScope(paths: Iterable<string>): ChangeScope {
  let global = false;
  const models = new Set<string>();
  const versionDirs = new Set<string>();
  for (const path of paths) {
    if (path === REGISTRY_FILE || path.startsWith(`${REGISTRY_FILE}/`) || path === MODELS_DIR) global = true;
    if (!path.startsWith(`${MODELS_DIR}/`)) continue;
    const parts = path.split('/');
    // A file directly in models/ is the top level's, which every review reads.
    if (parts.length < 3) continue;
    models.add(parts[1]);
    if (parts[2] === 'versions' && parts.length >= 4) versionDirs.add(parts.slice(0, 4).join('/'));
  }
  return { global, models: [...models].sort(), versionDirs };
}
