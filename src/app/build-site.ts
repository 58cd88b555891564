/**
 * Builds the site of a registry folder into a folder (the CLI's and the
 * Action's `site`): reads and validates the registry, reads the stage history
 * from git, and writes every page.
 *
 * Rendering stays on this thread while a helper thread creates the files
 * (site-writer.ts): splitting the rendering too was slower (docs/performance.md).
 */
import type { ResolvedSettings } from '../core/registry/registry.js';
import { generateSiteFromData } from '../core/site/build-site.js';
import { indexSiteData, siteModelOf, type SiteModel } from '../core/site/site-model.js';
import { buildHistory } from '../core/stages/history.js';
import type { GitHubLinks } from '../core/site/urls.js';
import type { ValidationReport } from '../core/validate.js';
import { writeSite, type WriteResult } from '../adapters/fs/site-writer.js';
import { readRegistryHistory, type RegistryHistory } from '../adapters/git/registry-history.js';
import { validateVisiting } from '../adapters/workers/parallel-check.js';
import { parseRepository } from '../core/release/urls.js';
import { readEnvironments } from './read-environments.js';

export interface SiteBuildOptions {
  root: string;
  out: string;
  /** owner/name: release and artifact links are made only with it. */
  repository?: string;
  serverUrl: string;
  /** Where the site is served; registry.yaml's `url` when not given. */
  baseUrl?: string;
  generatedAt: string;
  /** With `repository`: read what the declared environments run from its deployments (deployments: read). */
  token?: string;
  log?: (message: string) => void;
}

export interface SiteBuildResult {
  report: ValidationReport;
  settings: ResolvedSettings;
  written: WriteResult;
  /** The base URL used (the option or registry.yaml's url). */
  baseUrl?: string;
  history: Pick<RegistryHistory, 'shallow' | 'available'>;
  /** Whether the environments' deployments were read, and why not. */
  environments: { declared: number; read: boolean; note?: string };
}

/** From this many models a site has thousands of files: a writing thread pays from the first. */
const LARGE_SITE_MODELS = 100;

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const { report, data, history } = await loadSiteData(options);
  // A large site starts its writing thread at once, not after its first files.
  const written = await writeSite(options.out, generateSiteFromData(data), data.models.length >= LARGE_SITE_MODELS ? { thread: true } : {});
  const read = data.options.environments;
  const environments = { declared: read?.declared.length ?? 0, read: read?.read ?? false, ...(read?.note ? { note: read.note } : {}) };
  return { report, settings: data.settings, written, baseUrl: data.options.baseUrl, history, environments };
}

/**
 * The registry read, validated and turned into the pages' data, model folder
 * by model folder, so each folder's parsed files are garbage at once and the
 * collector never walks the whole registry's files while pages are made.
 */
async function loadSiteData(options: SiteBuildOptions) {
  const models: SiteModel[] = [];
  const github: GitHubLinks = { serverUrl: options.serverUrl, repository: options.repository };
  const { report, registry } = await validateVisiting(options.root, (one, name) => {
    const entry = one.models.get(name);
    const model = entry && siteModelOf(one.settings, github, entry);
    if (model) models.push(model);
  });
  // A fixed number of git calls, whatever the number of versions (tags, the files' log); without git, no history.
  const { stageEvents: history, facts, shallow, available } = readRegistryHistory(options.root);
  const historyState = { shallow, available };
  const events = buildHistory(facts, registry.settings);
  const baseUrl = options.baseUrl ?? registry.settings.url;
  const readout = await readEnvironments(
    registry,
    models.map((m) => m.name),
    {
      repository: options.repository ? parseRepository(options.repository, options.serverUrl) : undefined,
      token: options.token,
      log: options.log,
      onRefusal: 'note',
    },
  );
  const data = indexSiteData(registry.settings, models, github, {
    ...github,
    baseUrl,
    stageHistory: history,
    events,
    historyComplete: available && !shallow,
    generatedAt: options.generatedAt,
    environments: { ...readout, declared: readout.environments },
  });
  return { report, data, history: historyState };
}
