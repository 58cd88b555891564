/**
 * GTO's tag grammar (iterative/gto, gto/constants.py `tag_re` and gto/tag.py
 * `name_tag`), so that `gto show` and `gto history` read what the registry
 * records: versions `m@vX.Y.Z`, stage assignments `m#stage#N`, unassignments
 * `m#stage!#N`, deregistrations `m@vX.Y.Z!#N`, deprecations `m@deprecated#N`.
 * N is one counter per model over every tag that carries one.
 *
 * The message of a tag the registry writes starts with GTO's own sentence and
 * ends in trailers (`Key: value` lines, as git's commit trailers) that
 * `history` reads back: the pull request and who approved it.
 */

export type GtoAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate';

export interface GtoTag {
  /** The artifact as the tag spells it: `name`, or `path/to=name` in a monorepo (GTO's artifact `path/to:name`). */
  model: string;
  action: GtoAction;
  version?: string;
  stage?: string;
  counter?: number;
}

// GTO's tag_re with its `name` and `semver` parts; our model names are a subset of GTO's (no dots, no ':').
const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
// GTO's `dirname` (constants.py `[a-zA-Z0-9-_./]+`: `-` there is a literal after the range 0-9), then `=`:
// a monorepo artifact `path/to:name` is tagged `path/to=name` (name_to_tag). Never a registry model name.
const DIRNAME = '[a-zA-Z0-9\\-_./]+=';
const SEMVER =
  '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+(?:[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
/** GTO's tag_re, group for group (dirname=name artifacts are read by `import gto`, and never match a model folder). */
export const GTO_TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME})?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?:(?<deprecated>deprecated)|(?<created>created)))(?:#(?<counter>[0-9]+))?$`,
);

/** A tag name as GTO reads it, or undefined when GTO ignores it. */
export function parseGtoTag(name: string): GtoTag | undefined {
  const match = GTO_TAG_RE.exec(name);
  const groups = match?.groups;
  if (!groups) return undefined;
  const counter = groups.counter === undefined ? undefined : Number(groups.counter);
  const base = { model: groups.artifact, ...(counter === undefined ? {} : { counter }) };
  if (groups.stage !== undefined) return { ...base, action: groups.cancel ? 'unassign' : 'assign', stage: groups.stage };
  if (groups.version !== undefined) return { ...base, action: groups.cancel ? 'deregister' : 'register', version: groups.version };
  if (groups.deprecated !== undefined) return { ...base, action: 'deprecate' };
  return undefined; // `@created` is GTO's, never written here.
}

/** The next counter for `model`: one more than the highest any of its tags carries (GTO's name_tag). */
export function nextCounter(model: string, tagNames: Iterable<string>): number {
  let highest = 0;
  for (const name of tagNames) {
    const tag = parseGtoTag(name);
    if (tag?.model === model && tag.counter !== undefined && tag.counter > highest) highest = tag.counter;
  }
  return highest + 1;
}

export function stageTagName(model: string, stage: string, counter: number): string {
  return `${model}#${stage}#${counter}`;
}

export function unassignTagName(model: string, stage: string, counter: number): string {
  return `${model}#${stage}!#${counter}`;
}

export function deregisterTagName(model: string, version: string, counter: number): string {
  return `${model}@v${version}!#${counter}`;
}

export function deprecateTagName(model: string, counter: number): string {
  return `${model}@deprecated#${counter}`;
}

/** What the registry writes after GTO's sentence, and reads back for `history`. */
export interface TagTrailers {
  /** Pull request number that made the change, when known. */
  pullRequest?: number;
  /** GitHub logins whose approving review the change had. */
  approvers?: string[];
  /** The commit on the default branch that made the change (the tag itself points at the version's commit). */
  changedIn?: string;
  /** Why (a deprecation's reason). */
  reason?: string;
}

const TRAILER_KEYS: [keyof TagTrailers, string][] = [
  ['pullRequest', 'Pull-Request'],
  ['approvers', 'Approved-By'],
  ['changedIn', 'Changed-In'],
  ['reason', 'Reason'],
];

/** GTO's own first line (gto/registry.py), a blank line, then the trailers. One line each: newlines in values become spaces. */
export function stageTagMessage(tag: GtoTag & { version: string }, trailers: TagTrailers): string {
  let first: string;
  if (tag.action === 'assign') first = `Assigning stage ${tag.stage} to artifact ${tag.model} version ${tag.version}`;
  else if (tag.action === 'unassign') first = `Unassigning stage '${tag.stage}' to artifact '${tag.model}' version '${tag.version}'`;
  else if (tag.action === 'deregister') first = `Deregistering artifact ${tag.model} version ${tag.version}`;
  else if (tag.action === 'deprecate') first = `Deprecating artifact '${tag.model}'`;
  else first = `Registering artifact ${tag.model} version ${tag.version}`;
  const lines: string[] = [];
  for (const [key, label] of TRAILER_KEYS) {
    const value = trailers[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    lines.push(`${label}: ${text.replace(/[\r\n]+/g, ' ')}`);
  }
  return lines.length ? `${first}\n\n${lines.join('\n')}\n` : `${first}\n`;
}

/** The trailers of a tag message written by stageTagMessage (unknown lines ignored). */
export function parseTagTrailers(message: string): TagTrailers {
  const out: TagTrailers = {};
  for (const line of message.split('\n')) {
    const match = /^([A-Za-z-]+): (.*)$/.exec(line.trimEnd());
    if (!match) continue;
    const [, label, value] = match;
    if (label === 'Pull-Request' && /^[1-9]\d{0,9}$/.test(value)) out.pullRequest = Number(value);
    else if (label === 'Approved-By')
      out.approvers = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (label === 'Changed-In' && /^[0-9a-f]{40,64}$/.test(value)) out.changedIn = value;
    else if (label === 'Reason') out.reason = value;
  }
  return out;
}
