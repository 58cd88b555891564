/**
 * What a site build keeps of the whole registry, collected model by model:
 * each model's summary (the catalogue, lineage, search index, feed and API
 * index), every version's page (links across models), who descends from whom,
 * and the feed's newest versions. A model's own page data can be let go once
 * it is added and its pages are made: at 250,000 versions the page data of
 * every version (about 4 KB each) would not fit the build's memory target.
 */
import type { Registry, ResolvedSettings } from '../registry/registry.js';
import { FEED_ENTRIES } from './feed.js';
import { timeOf } from './format.js';
import {
  headlineVersion,
  productionStage,
  siteModelOf,
  type ChildRef,
  type LineageStep,
  type ModelSummary,
  type SiteData,
  type SiteModel,
  type SiteMetric,
  type SiteOptions,
  type SiteVersion,
} from './site-model.js';
import type { GitHubLinks } from './urls.js';
import { hasMonitoringFile } from './api-monitoring.js';
import { withMonitoring } from './monitoring.js';

/** The feed's order: newest first, then by model, then as read (the order of a stable sort of every version). */
function newerFirst(a: { v: SiteVersion; seq: number }, b: { v: SiteVersion; seq: number }): number {
  return timeOf(b.v.created) - timeOf(a.v.created) || (a.v.model < b.v.model ? -1 : a.v.model > b.v.model ? 1 : 0) || a.seq - b.seq;
}

export class SiteIndex {
  private readonly models: ModelSummary[] = [];
  private readonly pages = new Map<string, number>();
  private readonly children = new Map<string, ChildRef[]>();
  private newest: { v: SiteVersion; seq: number }[] = [];
  /** Once the feed is full, the time of its oldest entry: an older version cannot enter it. */
  private cutoff = -Infinity;
  /** Per model with a primary metric and a production version, that metric of each version: its catalogue card's trend needs the one production ran before. */
  private readonly primaries = new Map<string, Map<string, SiteMetric>>();
  private seq = 0;

  constructor(private readonly settings: ResolvedSettings) {}

  /** Adds a model (in the registry's order): only its summary and its versions' references are kept. */
  add(m: SiteModel): void {
    const keys: string[] = new Array<string>(m.versions.length);
    const datasets = new Set<string>();
    const lineage: LineageStep[] = [];
    const seen = new Set<string>();
    const step = (id: string, s: LineageStep) => {
      if (seen.has(id)) return;
      seen.add(id);
      lineage.push(s);
    };
    for (let i = 0; i < m.versions.length; i++) {
      const v = m.versions[i];
      keys[i] = v.key;
      this.pages.set(v.key, v.page);
      const seq = this.seq++;
      if (timeOf(v.created) >= this.cutoff) this.newest.push({ v, seq });
      for (const p of v.parents) {
        if (p.kind === 'external') {
          step(`e\u0000${p.uri}\u0000${p.relation}`, { kind: 'external', uri: p.uri, revision: p.revision, relation: p.relation });
          continue;
        }
        if (p.model !== m.name) step(`r\u0000${p.model}\u0000${p.relation}`, { kind: 'registry', model: p.model, relation: p.relation });
        const first = (same: (q: { model: string; version: string }) => boolean) => v.parents.find((q) => q.kind === 'registry' && same(q))?.relation ?? '';
        const child: ChildRef = {
          model: v.model,
          version: v.version,
          key: v.key,
          page: v.page,
          relation: first((q) => q.model === p.model && q.version === p.version),
          modelRelation: first((q) => q.model === p.model),
        };
        const list = this.children.get(p.key);
        if (list) list.push(child);
        else this.children.set(p.key, [child]);
      }
      for (const d of v.datasets) {
        datasets.add(d.name);
        step(`d\u0000${d.name}\u0000${d.role ?? ''}`, { kind: 'dataset', name: d.name, role: d.role });
      }
    }
    if (this.newest.length > 4 * FEED_ENTRIES) this.trimNewest();
    const production = productionStage(this.settings);
    if (m.primaryMetric && m.stages.some(([stage]) => stage === production)) {
      const values = new Map<string, SiteMetric>();
      for (const v of m.versions) {
        const metric = v.metrics.find((x) => x.name === m.primaryMetric);
        if (metric) values.set(v.version, metric);
      }
      this.primaries.set(m.name, values);
    }
    // The few versions a summary names, without what only their own pages show (a whole version is about 4 KB: 12,500 models' worth was 100 MB at 250,000 versions).
    const slims = new Map<SiteVersion, SiteVersion>();
    const slim = (v: SiteVersion | undefined) => v && (slims.get(v) ?? slims.set(v, slimVersion(v, m.primaryMetric)).get(v)!);
    const staged = new Map<string, SiteVersion>();
    for (const [, version] of m.stages) {
      const v = m.versions.find((x) => x.version === version);
      if (v) staged.set(version, slim(v)!);
    }
    this.models.push({
      name: m.name,
      title: m.title,
      description: m.description,
      task: m.task,
      owners: m.owners,
      tags: m.tags,
      primaryMetric: m.primaryMetric,
      stages: m.stages,
      deprecated: m.deprecated,
      latest: slim(m.latest),
      headline: slim(headlineVersion(this.settings, m)),
      staged,
      versionCount: m.versions.length,
      keys,
      datasets: [...datasets],
      lineage,
      events: [],
      audit: m.audit,
      monitoringFile: hasMonitoringFile(this.settings, m),
    });
  }

  /** The models' names, in the order added. */
  names(): string[] {
    return this.models.map((m) => m.name);
  }

  private trimNewest(): void {
    this.newest.sort(newerFirst);
    this.newest.length = Math.min(this.newest.length, FEED_ENTRIES);
    if (this.newest.length === FEED_ENTRIES) this.cutoff = timeOf(this.newest[FEED_ENTRIES - 1].v.created);
  }

  /** The registry's site data, once every model is added. */
  finish(github: GitHubLinks, options: SiteOptions): SiteData {
    this.trimNewest();
    for (const m of this.models) {
      m.events = options.events?.get(m.name) ?? [];
      m.trend = productionTrend(m, this.primaries.get(m.name), productionStage(this.settings), options);
    }
    return {
      settings: this.settings,
      models: this.models,
      byName: new Map(this.models.map((m) => [m.name, m])),
      pages: this.pages,
      children: this.children,
      newest: this.newest.map((n) => n.v),
      github,
      options,
    };
  }
}

/** The production version's primary metric and the one production ran before it, from the stage history (newest first). */
function productionTrend(m: ModelSummary, values: Map<string, SiteMetric> | undefined, production: string, options: SiteOptions): ModelSummary['trend'] {
  const current = m.stages.find(([stage]) => stage === production)?.[1];
  const history = options.stageHistory && Object.hasOwn(options.stageHistory, m.name) ? options.stageHistory[m.name] : undefined;
  if (!values || current === undefined || !Array.isArray(history)) return undefined;
  const before = history.find((e) => e.stage === production && e.version !== current)?.version;
  const now = values.get(current);
  const then = before === undefined ? undefined : values.get(before);
  return now && then && before !== undefined ? { previous: before, now, before: then } : undefined;
}

/** A version as the registry's pages show it (catalogue, API index): no lineage, artifacts, parameters or text, of its metrics the primary one. */
function slimVersion(v: SiteVersion, primaryMetric: string | undefined): SiteVersion {
  return {
    ...v,
    summary: '',
    description: undefined,
    parents: [],
    datasets: [],
    code: undefined,
    params: [],
    environment: [],
    runUrl: undefined,
    artifacts: [],
    metrics: v.metrics.filter((x) => x.name === primaryMetric),
  };
}

/** The site data of a whole registry at once (small registries, tests). */
export function buildSiteData(registry: Registry, options: SiteOptions): SiteData {
  const github: GitHubLinks = { serverUrl: options.serverUrl, repository: options.repository };
  const index = new SiteIndex(registry.settings);
  for (const entry of registry.models.values()) {
    const model = siteModelOf(registry.settings, github, entry);
    if (model) index.add(withMonitoring(model, registry, entry, options));
  }
  return index.finish(github, options);
}
