/**
 * What GTO makes of a repository's annotated tags, as `gto show` shows it:
 * which versions are registered (and which deregistered), which version each
 * stage holds, and whether the artifact is deprecated. It follows
 * iterative/gto gto/tag.py (`find`: annotated tags only, sorted by tag time;
 * `index_tag`: a stage tag names the version registered at the tag's commit)
 * and gto/base.py (`Version.is_active`, `VStage.is_active`,
 * `Artifact.get_vstages` with `gto show`'s defaults from gto/api.py and
 * gto/cli.py: `--sort timestamp`, one version per stage; `Artifact.is_active`).
 * `import gto` writes the registry from it, and the tests read the registry's
 * own release and record tags back through it.
 */
import semver from 'semver';
import { parseGtoTag } from './gto-tags.js';

/** One annotated tag as git gives it (a lightweight tag is never one: GTO skips them). */
export interface AnnotatedTag {
  name: string;
  /** The commit the tag points at (peeled). */
  commit: string;
  taggerName: string;
  taggerEmail: string;
  /** Tagger time, seconds since the epoch: GTO's order. */
  time: number;
  /** Tagger date with its offset (RFC 3339). */
  date: string;
  message: string;
}

export interface GtoVersion {
  /** SemVer without GTO's `v`. */
  version: string;
  commit: string;
  /** The first registration tag (GTO's authoring event). */
  registered: AnnotatedTag;
  /** The latest deregistration, when it is the version's latest own event (the version is then inactive). */
  deregistered?: AnnotatedTag;
}

export interface GtoArtifact {
  /** GTO's name: `name`, or `path/to:name` in a monorepo. */
  name: string;
  /** Every registered version, active or not, in SemVer order. */
  versions: GtoVersion[];
  /** Stage -> the version `gto show` shows in it (active versions only). */
  stages: Record<string, string>;
  /** The deprecation, when it is the artifact's latest event (GTO then hides it from `gto show`). */
  deprecated?: AnnotatedTag;
}

export interface GtoState {
  artifacts: Map<string, GtoArtifact>;
  /** What GTO reads but the registry cannot hold, one sentence each. */
  notes: string[];
}

type Kind = 'artifact' | 'version' | 'stage';
const KIND: Record<string, Kind> = { deprecate: 'artifact', register: 'version', deregister: 'version', assign: 'stage', unassign: 'stage' };

interface Work {
  name: string;
  versions: Map<string, { version: string; commit: string; events: { tag: AnnotatedTag; add: boolean }[] }>;
  /** `version/stage` -> its assignments and unassignments, in time order. */
  vstages: Map<string, { version: string; stage: string; events: { tag: AnnotatedTag; add: boolean }[] }>;
  deprecations: AnnotatedTag[];
  /** Every event's time, for whether a deprecation is the latest. */
  times: number[];
}

export function readGtoState(tags: readonly AnnotatedTag[]): GtoState {
  const notes: string[] = [];
  const works = new Map<string, Work>();
  const work = (name: string): Work => {
    let w = works.get(name);
    if (!w) works.set(name, (w = { name, versions: new Map(), vstages: new Map(), deprecations: [], times: [] }));
    return w;
  };
  // GTO's managers index deprecations, then versions, then stages, each sorted by tag time (ties: by name, a stable order).
  const parsed = tags
    .map((tag) => ({ tag, gto: parseGtoTag(tag.name) }))
    .filter((t): t is { tag: AnnotatedTag; gto: NonNullable<typeof t.gto> } => t.gto !== undefined)
    .sort((a, b) => a.tag.time - b.tag.time || (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0));
  for (const kind of ['artifact', 'version', 'stage'] as const) {
    for (const { tag, gto } of parsed) {
      if (KIND[gto.action] !== kind) continue;
      const w = work(gto.model.replace(/=/g, ':'));
      if (gto.action === 'deprecate') {
        w.deprecations.push(tag);
        w.times.push(tag.time);
      } else if (gto.action === 'register' || gto.action === 'deregister') {
        const version = gto.version!;
        let v = w.versions.get(version);
        if (!v) w.versions.set(version, (v = { version, commit: tag.commit, events: [] }));
        else if (v.commit !== tag.commit)
          notes.push(`${tag.name} points at ${tag.commit.slice(0, 7)}, not at ${version}'s commit ${v.commit.slice(0, 7)}: read as ${version}'s`);
        v.events.push({ tag, add: gto.action === 'register' });
        w.times.push(tag.time);
      } else {
        const at = [...w.versions.values()].filter((v) => v.commit === tag.commit);
        if (at.length !== 1) {
          notes.push(
            at.length === 0
              ? `${tag.name} assigns a commit (${tag.commit.slice(0, 7)}) where no version of ${w.name} is registered: the registry has no version to put in stage ${gto.stage}, skipped`
              : `${tag.name} points at a commit where ${at.map((v) => v.version).join(' and ')} are registered: GTO refuses such a repository (ManyVersions), skipped`,
          );
          continue;
        }
        const key = `${at[0].version}/${gto.stage!}`;
        let s = w.vstages.get(key);
        if (!s) w.vstages.set(key, (s = { version: at[0].version, stage: gto.stage!, events: [] }));
        s.events.push({ tag, add: gto.action === 'assign' });
        w.times.push(tag.time);
      }
    }
  }
  const artifacts = new Map<string, GtoArtifact>();
  for (const w of [...works.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) artifacts.set(w.name, artifactOf(w));
  return { artifacts, notes };
}

function latest<T extends { tag: AnnotatedTag }>(events: readonly T[]): T | undefined {
  // Events are in time order; the last of equal times is GTO's latest (its sort is stable, then reversed).
  return events.at(-1);
}

function artifactOf(w: Work): GtoArtifact {
  const versions: GtoVersion[] = [];
  const active = new Set<string>();
  for (const v of w.versions.values()) {
    const registered = v.events.find((e) => e.add);
    if (!registered) continue; // Only deregistered: never a version of its own here.
    const last = latest(v.events)!;
    versions.push({ version: v.version, commit: v.commit, registered: registered.tag, ...(last.add ? {} : { deregistered: last.tag }) });
    if (last.add) active.add(v.version);
  }
  versions.sort((a, b) => semver.compare(a.version, b.version));
  // gto show: per stage, of the active versions whose latest event in it is an assignment, the most recently assigned one.
  const best = new Map<string, { version: string; time: number }>();
  for (const s of w.vstages.values()) {
    if (!active.has(s.version)) continue;
    const last = latest(s.events)!;
    if (!last.add) continue;
    const held = best.get(s.stage);
    if (!held || last.tag.time > held.time || (last.tag.time === held.time && semver.gt(s.version, held.version)))
      best.set(s.stage, { version: s.version, time: last.tag.time });
  }
  const stages: Record<string, string> = {};
  for (const [stage, held] of [...best].sort(([a], [b]) => (a < b ? -1 : 1))) stages[stage] = held.version;
  const deprecation = latest(w.deprecations.map((tag) => ({ tag })))?.tag;
  // Deprecated while no later event (a registration, an assignment) made the artifact active again.
  const deprecated =
    deprecation && w.times.every((t) => t <= deprecation.time) && w.times.filter((t) => t === deprecation.time).length === 1 ? deprecation : undefined;
  return { name: w.name, versions, stages, ...(deprecated ? { deprecated } : {}) };
}
