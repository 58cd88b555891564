/**
 * `status`: what each model runs in each stage, since when, and its primary
 * metric (like `gto show`). The assignments and metrics are the files'; the
 * dates come from git's history when there is one.
 */
import { buildHistory } from '../core/stages/history.js';
import { stageStatus, type ModelStatus } from '../core/stages/status.js';
import { readRegistryHistory } from '../adapters/git/registry-history.js';
import { validateRegistry } from './validate-registry.js';

export interface StageStatusReport {
  registry: string;
  /** git's history was read (without it, no `since`). */
  history: boolean;
  /** A shallow clone: some `since` dates may be missing or too recent. */
  shallow: boolean;
  models: ModelStatus[];
}

export async function reportStageStatus(options: { root: string }): Promise<StageStatusReport> {
  const { registry } = await validateRegistry({ root: options.root });
  const git = readRegistryHistory(options.root);
  const history = git.available ? buildHistory(git.facts, registry.settings) : new Map();
  return { registry: registry.settings.name, history: git.available, shallow: git.shallow, models: stageStatus(registry, history) };
}
