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
import { SiteIndex } from '../core/site/site-index.js';
import { siteModelOf, type SiteModel } from '../core/site/site-model.js';
import { releaseTagsFor } from '../core/audit/release-tags.js';
import { buildHistory, type HistoryEvent } from '../core/stages/history.js';
import { withMonitoring } from '../core/site/monitoring.js';
import type { GitHubLinks } from '../core/site/urls.js';
import type { ValidationReport } from '../core/validate.js';
import { writeSite, type WriteResult } from '../adapters/fs/site-writer.js';
import { SpillFile } from '../adapters/fs/spill-file.js';
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
  /** A registry of more versions than this has its page data wait in a temporary file until its pages are made (KEEP_VERSIONS). */
  keepVersions?: number;
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

/**
 * A registry of up to this many versions keeps its page data (about 4 KB a
 * version) in memory until its pages are made; a larger one has each model's
 * wait in a temporary file instead, those kept so far included (a fifth of a
 * second per 20,000 versions to write and read back), so its memory stops
 * growing with the versions' cards. Keeping the first 20,000 of a larger
 * registry cost a quarter of a gigabyte more at its peak: the collector sizes
 * the heap from what is alive (docs/performance.md).
 */
const KEEP_VERSIONS = 20_000;

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const spill = new SpillFile<SiteModel>('model-registry-site-');
  try {
    const { report, data, held, history } = await loadSiteData(options, spill);
    // A large site starts its writing thread at once, not after its first files.
    const written = await writeSite(
      options.out,
      generateSiteFromData(data, heldModels(held, spill)),
      data.models.length >= LARGE_SITE_MODELS ? { thread: true } : {},
    );
    const read = data.options.environments;
    const environments = { declared: read?.declared.length ?? 0, read: read?.read ?? false, ...(read?.note ? { note: read.note } : {}) };
    return { report, settings: data.settings, written, baseUrl: data.options.baseUrl, history, environments };
  } finally {
    spill.close();
  }
}

/** A model kept, or the number of its record in the spill file. */
type Held = SiteModel | number | undefined;

/** The models in order, each let go once yielded (its pages made). */
function* heldModels(held: Held[], spill: SpillFile<SiteModel>): Generator<SiteModel> {
  for (let i = 0; i < held.length; i++) {
    const model = held[i]!;
    held[i] = undefined;
    yield typeof model === 'number' ? spill.read(model) : model;
  }
}

/**
 * The registry read, validated and turned into the pages' data, model folder
 * by model folder, so each folder's parsed files are garbage at once and the
 * collector never walks the whole registry's files while pages are made; of
 * each model, the index keeps what the registry's pages need.
 */
async function loadSiteData(options: SiteBuildOptions, spill: SpillFile<SiteModel>) {
  const held: Held[] = [];
  let budget = options.keepVersions ?? KEEP_VERSIONS;
  let spilling = false;
  let index: SiteIndex | undefined;
  const github: GitHubLinks = { serverUrl: options.serverUrl, repository: options.repository };
  // A fixed number of git calls, whatever the number of versions (tags, the files' log); without git, no history.
  // Read first: each model is audited as its folder is read (since when its stages run their versions, the release tags).
  const git = readRegistryHistory(options.root);
  let audited: { events: Map<string, HistoryEvent[]>; releaseTags?: ReadonlySet<string> } | undefined;
  const { report, registry } = await validateVisiting(options.root, (one, name) => {
    const entry = one.models.get(name);
    const model = entry && siteModelOf(one.settings, github, entry);
    if (!model) return;
    audited ??= {
      events: buildHistory(git.facts, one.settings),
      releaseTags: releaseTagsFor(
        { available: git.available, shallow: git.shallow, tags: git.facts.tags.map((t) => t.name) },
        one.settings.tag_format,
        () => true,
      ).tags,
    };
    withMonitoring(model, one, entry, { generatedAt: options.generatedAt, ...audited });
    (index ??= new SiteIndex(one.settings)).add(model);
    budget -= model.versions.length;
    if (budget < 0 && !spilling) {
      spilling = true;
      for (let i = 0; i < held.length; i++) held[i] = spill.append(held[i] as SiteModel);
    }
    held.push(spilling ? spill.append(model) : model);
  });
  const { stageEvents: history, facts, shallow, available } = git;
  const historyState = { shallow, available };
  const events = audited?.events ?? buildHistory(facts, registry.settings);
  const baseUrl = options.baseUrl ?? registry.settings.url;
  const readout = await readEnvironments(registry, index?.names() ?? [], {
    repository: options.repository ? parseRepository(options.repository, options.serverUrl) : undefined,
    token: options.token,
    log: options.log,
    onRefusal: 'note',
  });
  const data = (index ?? new SiteIndex(registry.settings)).finish(github, {
    ...github,
    baseUrl,
    stageHistory: history,
    events,
    historyComplete: available && !shallow,
    generatedAt: options.generatedAt,
    environments: { ...readout, declared: readout.environments },
    ...(audited?.releaseTags ? { releaseTags: audited.releaseTags } : {}),
  });
  return { report, data, held, history: historyState };
}
