/**
 * The static catalogue as a pure function: the registry and plain options in,
 * every file of the site out (path relative to the site root -> content).
 * Writing them is an adapter's job (src/adapters/fs/site-writer.ts).
 *
 *   index.html                          catalogue (search, filters, sort)
 *   lineage.html                        registry-wide lineage graph
 *   models/<m>/index.html               model page
 *   models/<m>/compare.html             compare two versions (?a=…&b=…)
 *   models/<m>/versions.html#<v>        every version's card (one page per model;
 *   models/<m>/versions-<n>.html#<v>    numbered pages of 50 for a long history)
 *   api/index.json, api/models/<m>.json, api/models/<m>/<stage>.json
 *   api/models/<m>/history.json         registrations, promotions, demotions, rollbacks, deprecations
 *   api/models/<m>/environments.json    what each declared environment runs, against its stage
 *   api/models/<m>/monitoring.json      its observations aggregated into series, its monitors (monitoring.ts)
 *   api/audit.json                      the audit's findings at the build's time, each model's health
 *   models/<m>/<stage>.svg              README badges (production.svg, staging.svg, …)
 *   feed.xml                            Atom feed of new versions
 *   search-index.json, assets/*
 */
import type { Registry } from '../registry/registry.js';
import { apiHistory, apiIndex, apiModel, apiStages } from './api.js';
import { API_AUDIT_PATH, apiAudit, apiMonitoring, apiMonitoringPath } from './api-monitoring.js';
import { withMonitoring } from './monitoring.js';
import { ICON_SVG, SITE_CSS, SITE_JS } from './assets.js';
import { stageBadge } from './badge.js';
import { renderFeed } from './feed.js';
import { apiEnvironments, apiEnvironmentsPath, environmentsFileTaken } from './environments.js';
import { renderCatalogue } from './pages/catalogue.js';
import { renderComparePage } from './pages/compare.js';
import { renderLineagePage } from './pages/lineage.js';
import { renderModelPage } from './pages/model.js';
import { renderVersionsPages } from './pages/versions.js';
import { buildSearchIndex } from './search-index.js';
import { SiteIndex } from './site-index.js';
import { productionStage, siteModelOf, versionIn, withHistory, type SiteData, type SiteModel, type SiteOptions } from './site-model.js';
import { paths } from './urls.js';

/** A file's content: text, bytes, or text in consecutive pieces (a long page; see PagePieces). */
export type SiteContent = string | Uint8Array | readonly string[];
export type SiteFiles = Map<string, string | Uint8Array>;
export type SiteEntry = [path: string, content: SiteContent];

/** Every file of the site, in a Map, each page as one string (for tests and small registries). */
export function renderSite(registry: Registry, options: SiteOptions): SiteFiles {
  const files: SiteFiles = new Map();
  for (const [path, content] of generateSite(registry, options)) files.set(path, Array.isArray(content) ? content.join('') : (content as string | Uint8Array));
  return files;
}

/**
 * The same files one at a time, so a writer can put each on disk as soon as it
 * is made: a large registry's site never has to be held in memory at once.
 */
export function* generateSite(registry: Registry, options: SiteOptions): Generator<SiteEntry> {
  const github = { serverUrl: options.serverUrl, repository: options.repository };
  const index = new SiteIndex(registry.settings);
  const models: SiteModel[] = [];
  for (const entry of registry.models.values()) {
    const model = siteModelOf(registry.settings, github, entry);
    if (!model) continue;
    index.add(withMonitoring(model, registry, entry, options));
    models.push(model);
  }
  yield* generateSiteFromData(index.finish(github, options), models);
}

/**
 * The registry's pages from its index, then each model's pages from `models`
 * (the models added to the index, in the same order), one model at a time: a
 * caller that makes each model as it is asked for holds one model's page data
 * at a time.
 */
export function* generateSiteFromData(data: SiteData, models: Iterable<SiteModel>): Generator<SiteEntry> {
  yield* registryFiles(data);
  const production = productionStage(data.settings);
  for (const m of models) yield* modelFiles(data, withHistory(m, data.options), production);
}

function* registryFiles(data: SiteData): Generator<SiteEntry> {
  yield [paths.css, SITE_CSS];
  yield [paths.js, SITE_JS];
  yield [paths.icon, ICON_SVG];
  yield [paths.catalogue, renderCatalogue(data)];
  yield [paths.lineage, renderLineagePage(data)];
  yield [paths.feed, renderFeed(data)];
  yield [paths.searchIndex, JSON.stringify(buildSearchIndex(data))];
  yield [paths.apiIndex, JSON.stringify(apiIndex(data))];
  yield [API_AUDIT_PATH, JSON.stringify(apiAudit(data))];
}

function* modelFiles(data: SiteData, m: SiteModel, production: string): Generator<SiteEntry> {
  yield [paths.model(m.name), renderModelPage(data, m)];
  if (m.versions.length) yield [paths.compare(m.name), renderComparePage(data, m)];
  if (m.versions.length) yield* renderVersionsPages(data, m);
  const model = apiModel(data, m);
  yield [paths.apiModel(m.name), JSON.stringify(model)];
  const stageFiles = apiStages(data, m, model);
  for (const [stage, version] of stageFiles) yield [paths.apiStage(m.name, stage), JSON.stringify(version)];
  // A stage named `history` keeps its file: deployment tools rely on it.
  if (!stageFiles.has('history')) yield [paths.apiHistory(m.name), JSON.stringify(apiHistory(data, m))];
  const environments = environmentsFileTaken(data, m) ? undefined : apiEnvironments(data, m);
  if (environments) yield [apiEnvironmentsPath(m.name), JSON.stringify(environments)];
  if (m.monitoring && data.byName.get(m.name)?.monitoringFile) yield [apiMonitoringPath(m.name), JSON.stringify(apiMonitoring(data, m, m.monitoring))];
  const stages = new Set([...data.settings.stages, ...m.stages.map(([s]) => s)]);
  for (const stage of stages) {
    const version = m.stages.find(([s]) => s === stage)?.[1];
    const deprecated = version !== undefined && versionIn(m, version)?.deprecated !== undefined;
    yield [paths.badge(m.name, stage), stageBadge(stage, version, deprecated, stage === production)];
  }
}
