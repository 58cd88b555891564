/**
 * What recording a push means, as plain data: every stage change of the pushed
 * commits becomes one GTO tag (`gto assign`'s or `gto unassign`'s), every newly
 * deprecated version a deregistration, and each environment whose stage
 * changed gets its Deployment (or has its deployment marked inactive). The
 * existing tags decide what is already recorded: a change is recorded when a
 * tag of that model and stage (or version) names its commit in `Changed-In`,
 * so a re-run, or a concurrent run planned again, writes nothing twice.
 * Nothing is ever deleted.
 */
import semver from 'semver';
import {
  deprecateTagName,
  deregisterTagName,
  nextCounter,
  parseGtoTag,
  stageTagMessage,
  stageTagName,
  unassignTagName,
  type GtoAction,
  type TagTrailers,
} from './gto-tags.js';

/** One stage of one model changed by one pushed commit. */
export interface StageFact {
  model: string;
  stage: string;
  /** What the stage held before the commit (absent: nothing). */
  from?: string;
  /** What it holds after (absent: the stage was removed, a demotion). */
  to?: string;
  /** The default-branch commit that made the change. */
  commit: string;
  /** That commit's date (ISO 8601): the tag's date, so GTO orders events as they happened. */
  date: string;
}

/** A version that model.yaml's deprecated_versions newly lists. */
export interface DeprecationFact {
  model: string;
  version: string;
  reason: string;
  commit: string;
  date: string;
  /** After this commit every version of the model is deprecated. */
  allDeprecated: boolean;
}

/** What a model looks like now: used when nothing of it was recorded yet (a first run). */
export interface ModelSnapshot {
  /** stage -> the version it runs, and the commit that put it there (with its date). */
  stages: Record<string, { version: string; commit: string; date: string }>;
  /** Deprecated versions, with the commit to name as where it happened. */
  deprecated: Record<string, { reason: string; commit: string; date: string }>;
  allDeprecated: boolean;
  /** The commit the snapshot was read at (`after`): where a stage the tags still show but the files no longer hold was removed. */
  at: { commit: string; date: string };
}

export interface PullRequestFact {
  number: number;
  approvers: string[];
}

/** A tag of the repository that GTO reads, with what its message says. */
export interface ExistingTag {
  name: string;
  /** The tagger date (ISO 8601), when read. */
  date?: string;
  trailers: TagTrailers;
  /** The version its message names (GTO's first line), when it names one. */
  version?: string;
}

/** The environment's latest deployment. */
export interface LatestDeployment {
  id: number;
  /** The `changed_in` of its payload: the commit whose change it deployed. */
  changedIn?: string;
  /** Its latest status is `inactive` already. */
  inactive: boolean;
}

export interface RecordInput {
  /** The pushed commits' stage changes, oldest first. */
  changes: StageFact[];
  deprecations: DeprecationFact[];
  /** The push's `before` was all zeros (a new branch, or the first run asked for): record every model's current state. */
  firstRun: boolean;
  /** Current state of the models that may need a first recording (every model on a first run). */
  snapshots: Record<string, ModelSnapshot>;
  /** Per model concerned: every tag GTO reads of it (names for counters, trailers for what is recorded). */
  existingTags: Record<string, ExistingTag[]>;
  /** `model@version` -> its version tag (name, and the commit it points at). Missing: not released yet. */
  versionTags: Record<string, { tag: string; commit: string }>;
  /** Per pushed commit that changed something: its pull request and approvers (absent: unknown). */
  pullRequests: Record<string, PullRequestFact | undefined>;
  /** `<model>/<stage>` -> its latest deployment (absent: none, or not read). */
  deployments: Record<string, LatestDeployment | undefined>;
  /** The catalogue's base URL (registry.yaml `url`), for each deployment's environment_url. */
  catalogueUrl?: string;
}

export interface PlannedTag {
  name: string;
  model: string;
  action: GtoAction;
  stage?: string;
  version: string;
  /** The commit the tag points at: the version's tagged commit. */
  target: string;
  message: string;
  /** Tagger date: the change's commit date, or just after the stage's previous tag. */
  date: string;
  changedIn: string;
}

export interface PlannedDeployment {
  environment: string;
  model: string;
  stage: string;
  version: string;
  /** The version's tag. */
  ref: string;
  changedIn: string;
  pullRequest?: number;
  approvers: string[];
  productionEnvironment: boolean;
  environmentUrl?: string;
}

export interface PlannedInactive {
  environment: string;
  deploymentId: number;
}

export interface SkippedChange {
  model: string;
  stage?: string;
  version?: string;
  reason: string;
}

export interface RecordPlan {
  tags: PlannedTag[];
  deployments: PlannedDeployment[];
  inactive: PlannedInactive[];
  /** Changes that cannot be recorded yet (their version has no release tag): a re-run after the release records them. */
  skipped: SkippedChange[];
}

const STAGE_ACTIONS = new Set<GtoAction>(['assign', 'unassign']);

/** The models whose every change comes from their snapshot: all on a first run, else those with no stage tag yet. */
export function snapshotModels(input: Pick<RecordInput, 'firstRun' | 'snapshots' | 'existingTags'>): Set<string> {
  const out = new Set<string>();
  for (const model of Object.keys(input.snapshots)) {
    const stageTags = (input.existingTags[model] ?? []).filter((t) => {
      const parsed = parseGtoTag(t.name);
      return parsed?.model === model && STAGE_ACTIONS.has(parsed.action);
    });
    if (input.firstRun || stageTags.length === 0) out.add(model);
  }
  return out;
}

export function planRecording(input: RecordInput): RecordPlan {
  const plan: RecordPlan = { tags: [], deployments: [], inactive: [], skipped: [] };
  const fromSnapshot = snapshotModels(input);
  const changes: (StageFact & { shown?: boolean })[] = input.changes.filter((c) => !fromSnapshot.has(c.model));
  const deprecations = input.deprecations.filter((d) => !fromSnapshot.has(d.model));
  for (const model of [...fromSnapshot].sort()) {
    const snapshot = input.snapshots[model];
    const tags = input.existingTags[model] ?? [];
    const shown = shownStages(tags, model);
    for (const [stage, held] of Object.entries(snapshot.stages).sort(([a], [b]) => a.localeCompare(b))) {
      // What GTO already shows needs no new tag (its deployment is still checked).
      changes.push({ model, stage, from: shown.get(stage), to: held.version, commit: held.commit, date: held.date, shown: shown.get(stage) === held.version });
    }
    for (const [stage, version] of [...shown].sort(([a], [b]) => a.localeCompare(b))) {
      if (version !== undefined && !(stage in snapshot.stages)) changes.push({ model, stage, from: version, ...snapshot.at });
    }
    const versions = Object.keys(snapshot.deprecated).sort(semver.compare);
    versions.forEach((version, index) => {
      const d = snapshot.deprecated[version];
      deprecations.push({ model, version, ...d, allDeprecated: snapshot.allDeprecated && index === versions.length - 1 });
    });
  }

  const counters = new Map<string, number>();
  const counter = (model: string): number => {
    const next =
      counters.get(model) ??
      nextCounter(
        model,
        (input.existingTags[model] ?? []).map((t) => t.name),
      );
    counters.set(model, next + 1);
    return next;
  };
  /** Per model/stage, the latest tag date so far: each new tag comes strictly after (GTO orders by tagger date, in seconds). */
  const floors = new Map<string, number>();
  for (const [model, tags] of Object.entries(input.existingTags)) {
    for (const tag of tags) {
      const parsed = parseGtoTag(tag.name);
      if (!parsed?.stage || !tag.date) continue;
      const key = `${model}#${parsed.stage}`;
      floors.set(key, Math.max(floors.get(key) ?? 0, Date.parse(tag.date)));
    }
  }
  const dateAfter = (key: string, date: string): string => {
    const floor = floors.get(key);
    let time = Math.floor(Date.parse(date) / 1000) * 1000;
    if (floor !== undefined && time <= floor) time = Math.floor(floor / 1000) * 1000 + 1000;
    floors.set(key, time);
    return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
  };

  const recorded = (model: string, match: (t: ReturnType<typeof parseGtoTag>, trailers: TagTrailers) => boolean): boolean =>
    (input.existingTags[model] ?? []).some((t) => {
      const parsed = parseGtoTag(t.name);
      return parsed?.model === model && match(parsed, t.trailers);
    });

  /** Per environment, the last change of this run: what its deployment shows. */
  const lastPerEnvironment = new Map<string, StageFact>();
  for (const change of changes) {
    const action: GtoAction = change.to === undefined ? 'unassign' : 'assign';
    const version = change.to ?? change.from;
    if (version === undefined) continue;
    lastPerEnvironment.set(`${change.model}/${change.stage}`, change);
    if (change.shown) continue;
    if (recorded(change.model, (t, trailers) => t?.action === action && t.stage === change.stage && trailers.changedIn === change.commit)) continue;
    const tagged = input.versionTags[`${change.model}@${version}`];
    if (!tagged) {
      plan.skipped.push({ model: change.model, stage: change.stage, version, reason: `${change.model} ${version} has no release tag yet` });
      continue;
    }
    const pr = input.pullRequests[change.commit];
    const n = counter(change.model);
    const name = action === 'assign' ? stageTagName(change.model, change.stage, n) : unassignTagName(change.model, change.stage, n);
    plan.tags.push({
      name,
      model: change.model,
      action,
      stage: change.stage,
      version,
      target: tagged.commit,
      message: stageTagMessage({ model: change.model, action, stage: change.stage, version: `v${version}` }, trailers(change.commit, pr)),
      date: dateAfter(`${change.model}#${change.stage}`, change.date),
      changedIn: change.commit,
    });
  }

  for (const d of deprecations) {
    const tagged = input.versionTags[`${d.model}@${d.version}`];
    const deregistered = recorded(d.model, (t) => t?.action === 'deregister' && t.version === d.version);
    if (!deregistered) {
      if (!tagged) {
        plan.skipped.push({ model: d.model, version: d.version, reason: `${d.model} ${d.version} has no release tag yet` });
        continue;
      }
      plan.tags.push({
        name: deregisterTagName(d.model, d.version, counter(d.model)),
        model: d.model,
        action: 'deregister',
        version: d.version,
        target: tagged.commit,
        message: stageTagMessage(
          { model: d.model, action: 'deregister', version: `v${d.version}` },
          { ...trailers(d.commit, input.pullRequests[d.commit]), reason: d.reason },
        ),
        date: dateAfter(`${d.model}@v${d.version}`, d.date),
        changedIn: d.commit,
      });
    }
    if (d.allDeprecated && tagged && !recorded(d.model, (t) => t?.action === 'deprecate')) {
      plan.tags.push({
        name: deprecateTagName(d.model, counter(d.model)),
        model: d.model,
        action: 'deprecate',
        version: d.version,
        target: tagged.commit,
        message: stageTagMessage({ model: d.model, action: 'deprecate', version: `v${d.version}` }, trailers(d.commit, input.pullRequests[d.commit])),
        date: dateAfter(`${d.model}@deprecated`, d.date),
        changedIn: d.commit,
      });
    }
  }

  for (const [environment, change] of lastPerEnvironment) {
    const latest = input.deployments[environment];
    if (change.to === undefined) {
      if (latest && !latest.inactive) plan.inactive.push({ environment, deploymentId: latest.id });
      continue;
    }
    const tagged = input.versionTags[`${change.model}@${change.to}`];
    if (!tagged || latest?.changedIn === change.commit) continue;
    const pr = input.pullRequests[change.commit];
    plan.deployments.push({
      environment,
      model: change.model,
      stage: change.stage,
      version: change.to,
      ref: tagged.tag,
      changedIn: change.commit,
      ...(pr ? { pullRequest: pr.number } : {}),
      approvers: pr?.approvers ?? [],
      productionEnvironment: change.stage === 'production',
      environmentUrl: modelPageUrl(input.catalogueUrl, change.model),
    });
  }
  return plan;
}

function trailers(commit: string, pr: PullRequestFact | undefined): TagTrailers {
  return { ...(pr ? { pullRequest: pr.number, approvers: pr.approvers } : {}), changedIn: commit };
}

/** Per stage, the version GTO shows from these tags: the highest counter's, when it assigns (undefined: unassigned). */
function shownStages(tags: ExistingTag[], model: string): Map<string, string | undefined> {
  const best = new Map<string, { counter: number; version?: string }>();
  for (const tag of tags) {
    const parsed = parseGtoTag(tag.name);
    if (parsed?.model !== model || !parsed.stage || !STAGE_ACTIONS.has(parsed.action)) continue;
    const counter = parsed.counter ?? 0;
    const current = best.get(parsed.stage);
    if (!current || counter > current.counter) best.set(parsed.stage, { counter, version: parsed.action === 'assign' ? tag.version : undefined });
  }
  return new Map([...best].map(([stage, { version }]) => [stage, version]));
}

/** The model's catalogue page (registry.yaml `url` + models/<m>/), when the registry says where the catalogue is. */
export function modelPageUrl(base: string | undefined, model: string): string | undefined {
  if (!base || !/^https?:\/\//i.test(base)) return undefined;
  return `${base.replace(/\/+$/, '')}/models/${encodeURIComponent(model)}/`;
}

/** GTO's first line names the version as `version v1.2.0` or `version 'v1.2.0'`. */
export function messageVersion(message: string): string | undefined {
  const first = message.split('\n', 1)[0];
  return /\bversion '?v?([0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]*)?)'?/.exec(first)?.[1];
}
