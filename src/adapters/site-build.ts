/**
 * Builds the site of a registry folder into a folder (the CLI's and the
 * Action's `site`): reads and validates the registry, reads the stage history
 * from git, and writes every page.
 *
 * Rendering stays on this thread while a helper thread creates the files
 * (site-writer.ts). Measured on two cores, splitting the rendering over two
 * threads or processes was slower: the data has to be copied across, and the
 * two then compete with the garbage collector's and the writer's threads.
 */
import type { ResolvedSettings } from '../core/registry/registry.js';
import { generateSiteFromData } from '../core/site/build-site.js';
import { buildSiteData } from '../core/site/site-model.js';
import type { ValidationReport } from '../core/validate.js';
import { writeSite, type WriteResult } from './site-writer.js';
import { readStageHistory, type StageHistory } from './stage-history.js';
import { validateDirectory } from './validate-directory.js';

export interface SiteBuildOptions {
  root: string;
  out: string;
  /** owner/name: release and artifact links are made only with it. */
  repository?: string;
  serverUrl: string;
  /** Where the site is served; registry.yaml's `url` when not given. */
  baseUrl?: string;
  generatedAt: string;
}

export interface SiteBuildResult {
  report: ValidationReport;
  settings: ResolvedSettings;
  written: WriteResult;
  /** The base URL used (the option or registry.yaml's url). */
  baseUrl?: string;
  history: Omit<StageHistory, 'history'>;
}

export async function buildSiteFromFolder(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const { report, registry } = await validateDirectory({ root: options.root });
  const { history, ...historyState } = readStageHistory(options.root);
  const baseUrl = options.baseUrl ?? registry.settings.url;
  const data = buildSiteData(registry, { repository: options.repository, serverUrl: options.serverUrl, baseUrl, stageHistory: history, generatedAt: options.generatedAt });
  const written = await writeSite(options.out, generateSiteFromData(data));
  return { report, settings: registry.settings, written, baseUrl, history: historyState };
}
