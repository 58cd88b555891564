/**
 * Every registration, promotion, demotion, rollback and deprecation of each
 * model, newest first, from git alone: the repository's annotated tags (the
 * release's version tags, the GTO stage tags the recording writes, with their
 * trailers) and, for what no tag records yet (before the first recording, or a
 * clone without tags), the history of stages.yaml, model.yaml and the cards.
 * A tag and the commit it records are one event, never two.
 */
import semver from 'semver';
import { isValidVersion } from '../registry/registry.js';
import { preciseParse } from '../parse/precise-parse.js';
import { isRecord } from '../values.js';
import { parseGtoTag, parseTagTrailers, type TagTrailers } from './gto-tags.js';

export type HistoryEventKind = 'registration' | 'promotion' | 'demotion' | 'rollback' | 'deprecation';

export interface HistoryEvent {
  kind: HistoryEventKind;
  /** When it happened, ISO 8601 in UTC (`2026-01-02T03:04:05Z`). */
  date: string;
  model: string;
  /** The version registered, put in or taken out of the stage, or deprecated. */
  version: string;
  stage?: string;
  /** What the stage held before a promotion or rollback. */
  from?: string;
  /** The commit that made the change (a tag's Changed-In), or a version tag's commit. */
  commit: string;
  pullRequest?: number;
  approvers?: string[];
  /** The tag that records it, when one does. */
  tag?: string;
  /** A deprecation's reason. */
  reason?: string;
}

/** An annotated tag (GTO, and so the history, ignores lightweight ones). */
export interface TagRecord {
  name: string;
  /** The tagger's date, ISO 8601. */
  date: string;
  /** The commit the tag points at. */
  target: string;
  message: string;
}

/** One stage of one model changed by one commit (from stages.yaml's history). */
export interface StageChangeRecord {
  model: string;
  stage: string;
  /** What the stage holds after; absent: the stage was removed (a demotion). */
  version?: string;
  /** What it held before, when the commit's diff shows it. */
  from?: string;
  commit: string;
  date: string;
}

/** A version newly deprecated in model.yaml by one commit, or first added by one (registration). */
export interface VersionChangeRecord {
  model: string;
  version: string;
  commit: string;
  date: string;
  reason?: string;
}

export interface HistoryFacts {
  tags: TagRecord[];
  /** Newest first, as git log gives them. */
  stageChanges: StageChangeRecord[];
  /** Newest first. */
  deprecations: VersionChangeRecord[];
  /** The commits that added each version's card, newest first. */
  registrations: VersionChangeRecord[];
}

export interface HistorySettings {
  tag_format: string;
  /** The registry's stages in promotion order (ties on one date list later stages as newer). */
  stages: string[];
}

type Op = 'register' | 'assign' | 'unassign' | 'deprecate';

interface RawChange extends TagTrailers {
  op: Op;
  model: string;
  version: string;
  stage?: string;
  from?: string;
  date: string;
  commit: string;
  tag?: string;
  /** Order among changes of one date: a tag's counter, or the place in git log counted from the oldest. */
  seq: number;
}

const SEMVER_SOURCE = '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?';
const MODEL_SOURCE = '[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?';

/** A tag name read back through registry.yaml's tag_format (`{model}@v{version}` by default). */
export function versionTagParser(format: string): (name: string) => { model: string; version: string } | undefined {
  let source = '';
  let modelGroup = 0;
  let versionGroup = 0;
  let groups = 0;
  for (const part of format.split(/(\{model\}|\{version\})/)) {
    if (part === '{model}') source += modelGroup ? `\\${modelGroup}` : `(${MODEL_SOURCE})`;
    else if (part === '{version}') source += versionGroup ? `\\${versionGroup}` : `(${SEMVER_SOURCE})`;
    else source += part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (part === '{model}' && !modelGroup) modelGroup = ++groups;
    if (part === '{version}' && !versionGroup) versionGroup = ++groups;
  }
  if (!modelGroup || !versionGroup) return () => undefined;
  const re = new RegExp(`^${source}$`);
  return (name) => {
    const match = re.exec(name);
    return match && isValidVersion(match[versionGroup]) ? { model: match[modelGroup], version: match[versionGroup] } : undefined;
  };
}

/** The version a GTO stage tag's message names (`… version 1.2.0`, quoted or not). */
function versionInMessage(message: string): string | undefined {
  const first = message.split('\n', 1)[0];
  const match = new RegExp(`\\bversion '?v?(${SEMVER_SOURCE})'?\\s*$`).exec(first.trimEnd());
  return match?.[1];
}

/** ISO 8601 in UTC to the second; undefined for a date that is none. */
export function utcDate(date: string): string | undefined {
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The changes the tags record, each with its trailers. */
function tagChanges(tags: TagRecord[], settings: HistorySettings): RawChange[] {
  const versionTag = versionTagParser(settings.tag_format);
  const out: RawChange[] = [];
  // GTO reads a stage tag's version from the version tag on the commit it points at; the message names it too.
  const versionAt = new Map<string, string>();
  const parsed = tags.map((tag) => ({ tag, date: utcDate(tag.date), gto: parseGtoTag(tag.name), version: versionTag(tag.name) }));
  for (const { tag, version, gto } of parsed) {
    const registered = version ?? (gto?.action === 'register' && gto.version ? { model: gto.model, version: gto.version } : undefined);
    if (registered) versionAt.set(`${registered.model}\n${tag.target}`, registered.version);
  }
  for (const { tag, date, gto, version } of parsed) {
    if (!date) continue;
    const trailers = parseTagTrailers(tag.message);
    const base = { date, tag: tag.name, commit: trailers.changedIn ?? tag.target, seq: gto?.counter ?? 0, ...trailers };
    if (version) {
      out.push({ ...base, op: 'register', model: version.model, version: version.version, commit: tag.target });
      continue;
    }
    if (!gto) continue;
    if (gto.action === 'register' && gto.version) out.push({ ...base, op: 'register', model: gto.model, version: gto.version, commit: tag.target });
    else if (gto.action === 'deregister' && gto.version) out.push({ ...base, op: 'deprecate', model: gto.model, version: gto.version });
    else if ((gto.action === 'assign' || gto.action === 'unassign') && gto.stage) {
      const named = versionInMessage(tag.message) ?? versionAt.get(`${gto.model}\n${tag.target}`);
      if (named) out.push({ ...base, op: gto.action, model: gto.model, stage: gto.stage, version: named });
    }
    // `m@deprecated#N` repeats its versions' deregistrations: not an event of its own.
  }
  return out;
}

const keyOf = (c: { op: Op; model: string; stage?: string; version: string }) => `${c.op}\n${c.model}\n${c.stage ?? ''}\n${c.version}`;

/** What git's history shows, for what no tag records: each log record claimed by the tag that records it is dropped. */
function logChanges(facts: HistoryFacts, fromTags: RawChange[]): RawChange[] {
  const records: (RawChange & { claimed?: boolean })[] = [];
  facts.registrations.forEach((r, i, all) => {
    const date = utcDate(r.date);
    if (date) records.push({ op: 'register', model: r.model, version: r.version, date, commit: r.commit, seq: all.length - i });
  });
  facts.deprecations.forEach((r, i, all) => {
    const date = utcDate(r.date);
    if (date) records.push({ op: 'deprecate', model: r.model, version: r.version, date, commit: r.commit, reason: r.reason, seq: all.length - i });
  });
  facts.stageChanges.forEach((r, i, all) => {
    const date = utcDate(r.date);
    const version = r.version ?? r.from;
    if (!date || !version) return;
    const op = r.version ? 'assign' : 'unassign';
    records.push({ op, model: r.model, stage: r.stage, version, from: r.version ? r.from : undefined, date, commit: r.commit, seq: all.length - i });
  });
  // A folder name that is no version (refused by validate) never had a version's life.
  const valid = records.filter((r) => isValidVersion(r.version));
  const byKey = new Map<string, typeof records>();
  for (const r of valid) {
    const list = byKey.get(keyOf(r)) ?? [];
    list.push(r);
    byKey.set(keyOf(r), list);
  }
  const unmatched: RawChange[] = [];
  // First the tags that name their commit (Changed-In), then the rest by date.
  for (const tag of fromTags) {
    const candidates = byKey.get(keyOf(tag)) ?? [];
    const same = candidates.find((r) => !r.claimed && r.commit === tag.commit);
    if (same) claim(tag, same);
    else unmatched.push(tag);
  }
  for (const tag of unmatched) {
    const candidates = (byKey.get(keyOf(tag)) ?? []).filter((r) => !r.claimed && Date.parse(r.date) <= Date.parse(tag.date));
    // A registration is one per version; a recording claims the newest change it can have recorded.
    const newest = candidates.sort((a, b) => Date.parse(b.date) - Date.parse(a.date))[0];
    if (newest) claim(tag, newest);
  }
  return valid.filter((r) => !r.claimed);
}

/** The tag records the log's change: the change's own date (a first recording is made long after) and commit. */
function claim(tag: RawChange, record: RawChange & { claimed?: boolean }): void {
  record.claimed = true;
  if (tag.op !== 'register') {
    tag.date = record.date;
    tag.commit = record.commit;
  }
  tag.from ??= record.from;
  tag.reason ??= record.reason;
}

const RANK: Record<HistoryEventKind, number> = { registration: 0, demotion: 1, promotion: 2, rollback: 2, deprecation: 3 };

/** Per model, newest first. */
export function buildHistory(facts: HistoryFacts, settings: HistorySettings): Map<string, HistoryEvent[]> {
  const fromTags = tagChanges(facts.tags, settings);
  const changes = [...fromTags, ...logChanges(facts, fromTags)];
  const events: HistoryEvent[] = [];
  // Registrations: one per version, the earliest (a version tag beats the commit that added the card).
  const registered = new Map<string, RawChange>();
  for (const c of changes) {
    if (c.op !== 'register') continue;
    const key = `${c.model}\n${c.version}`;
    const seen = registered.get(key);
    if (!seen || (c.tag && !seen.tag) || (Boolean(c.tag) === Boolean(seen.tag) && c.date < seen.date)) registered.set(key, c);
  }
  for (const c of registered.values()) events.push(eventOf('registration', c));
  const deprecated = new Map<string, RawChange>();
  for (const c of changes) {
    if (c.op !== 'deprecate') continue;
    const key = `${c.model}\n${c.version}`;
    const seen = deprecated.get(key);
    if (!seen || c.date < seen.date) deprecated.set(key, c);
  }
  for (const c of deprecated.values()) events.push(eventOf('deprecation', c));

  // Stage changes, walked oldest first per model and stage: what the stage held decides promotion or rollback.
  const byStage = new Map<string, RawChange[]>();
  for (const c of changes) {
    if (c.op !== 'assign' && c.op !== 'unassign') continue;
    const key = `${c.model}\n${c.stage}`;
    const list = byStage.get(key) ?? [];
    list.push(c);
    byStage.set(key, list);
  }
  for (const list of byStage.values()) {
    // Equal dates: the tags' counter order, git log's order (oldest first).
    list.sort((a, b) => cmp(a.date, b.date) || a.seq - b.seq);
    let held: string | undefined;
    for (const c of list) {
      if (c.op === 'unassign') {
        events.push(eventOf('demotion', { ...c, from: undefined }));
        held = undefined;
        continue;
      }
      const before = held ?? c.from;
      held = c.version;
      if (before === c.version) continue; // the stage already held it: nothing changed
      const lower = before !== undefined && isValidVersion(before) && isValidVersion(c.version) && semver.lt(c.version, before);
      events.push(eventOf(lower ? 'rollback' : 'promotion', { ...c, from: before }));
    }
  }
  const stageIndex = (stage: string | undefined) => (stage === undefined ? -1 : settings.stages.indexOf(stage));
  events.sort(
    (a, b) =>
      cmp(b.date, a.date) ||
      cmp(a.model, b.model) ||
      RANK[b.kind] - RANK[a.kind] ||
      stageIndex(b.stage) - stageIndex(a.stage) ||
      cmp(a.stage ?? '', b.stage ?? '') ||
      versionCmp(b.version, a.version) ||
      cmp(a.tag ?? '', b.tag ?? ''),
  );
  const byModel = new Map<string, HistoryEvent[]>();
  for (const e of events) {
    const list = byModel.get(e.model) ?? [];
    list.push(e);
    byModel.set(e.model, list);
  }
  return byModel;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const versionCmp = (a: string, b: string) => (isValidVersion(a) && isValidVersion(b) ? semver.compare(a, b) : cmp(a, b));

function eventOf(kind: HistoryEventKind, c: RawChange): HistoryEvent {
  const event: HistoryEvent = { kind, date: c.date, model: c.model, version: c.version, commit: c.commit };
  if (c.stage !== undefined) event.stage = c.stage;
  if (c.from !== undefined && (kind === 'promotion' || kind === 'rollback')) event.from = c.from;
  if (c.pullRequest !== undefined) event.pullRequest = c.pullRequest;
  if (c.approvers?.length) event.approvers = c.approvers;
  if (c.tag !== undefined) event.tag = c.tag;
  if (c.reason !== undefined && kind === 'deprecation') event.reason = c.reason;
  return event;
}

/**
 * The versions model.yaml deprecates (`deprecated_versions: {version: reason}`),
 * read from one revision of the file's text; nothing when it does not parse.
 */
export function deprecatedVersionsIn(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (text === undefined) return out;
  const parsed = preciseParse(text);
  if (!parsed.ok || !isRecord(parsed.value) || !isRecord(parsed.value.deprecated_versions)) return out;
  for (const [version, reason] of Object.entries(parsed.value.deprecated_versions)) {
    if (isValidVersion(version)) out.set(version, typeof reason === 'string' ? reason : '');
  }
  return out;
}

/** The versions one commit's change of model.yaml newly deprecates. */
export function newlyDeprecated(before: string | undefined, after: string | undefined): [string, string][] {
  const was = deprecatedVersionsIn(before);
  return [...deprecatedVersionsIn(after)].filter(([version]) => !was.has(version));
}
