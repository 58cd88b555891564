/**
 * Which version a registration gets. `major`, `minor` and `patch` bump the
 * highest version that is taken: registered on the default branch, or
 * reserved by an open `register/<model>-<version>` branch, a draft release or
 * a release tag (so two pipelines that ask at once are told apart by the
 * branch lock, and never handed a version someone else is already uploading
 * to). A model with no version at all starts at 1.0.0.
 */
import semver from 'semver';
import { isValidVersion } from '../registry/registry.js';

export const BUMPS = ['major', 'minor', 'patch'] as const;
export type Bump = (typeof BUMPS)[number];

export type VersionRequest = { kind: 'bump'; level: Bump } | { kind: 'exact'; version: string };

export const FIRST_VERSION = '1.0.0';

/** `patch` (the default), `minor`, `major`, or a SemVer 2.0.0 version without a `v`. */
export function parseVersionRequest(raw: string | undefined): VersionRequest | { error: string } {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'bump', level: 'patch' };
  if ((BUMPS as readonly string[]).includes(text)) return { kind: 'bump', level: text as Bump };
  if (isValidVersion(text)) return { kind: 'exact', version: text };
  const bare = text.replace(/^v(?=\d)/, '');
  const hint = bare !== text && isValidVersion(bare) ? ` (without the v: \`${bare}\`)` : '';
  return { error: `version must be major, minor, patch or a SemVer 2.0.0 version such as 1.4.0${hint}; got ${JSON.stringify(text)}` };
}

/** The version without build metadata: two versions with the same precedence are the same version. */
export function precedenceKey(version: string): string {
  const plus = version.indexOf('+');
  return plus === -1 ? version : version.slice(0, plus);
}

/** Whether `version` has the precedence of one of `taken` (1.0.0 and 1.0.0+build.5 are one version). */
export function isTaken(version: string, taken: Iterable<string>): boolean {
  const key = precedenceKey(version);
  for (const t of taken) if (precedenceKey(t) === key) return true;
  return false;
}

/** The highest valid version of `taken`, if any. */
export function latestVersion(taken: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const v of taken) {
    if (!isValidVersion(v)) continue;
    if (latest === undefined || semver.compare(v, latest) > 0) latest = v;
  }
  return latest;
}

/**
 * The next version after the highest taken one, at the given level; 1.0.0
 * when nothing is taken. A pre-release is finished by a patch bump
 * (1.1.0-rc.1 → 1.1.0), as `semver.inc` does; if that is taken too, bump on.
 */
export function nextVersion(taken: Iterable<string>, level: Bump): string {
  const all = [...taken];
  const latest = latestVersion(all);
  if (latest === undefined) return FIRST_VERSION;
  let next = semver.inc(latest, level);
  while (next && isTaken(next, all)) next = semver.inc(next, level);
  if (!next) throw new Error(`cannot bump ${latest} by ${level}`);
  return next;
}

/** The branch a registration is proposed on; its creation is the lock on the version. */
export function registerBranch(model: string, version: string): string {
  return `register/${model}-${version}`;
}

/** The version a `register/<model>-<version>` branch reserves, or undefined when the name is not one. */
export function versionFromBranch(model: string, branch: string): string | undefined {
  const prefix = `register/${model}-`;
  if (!branch.startsWith(prefix)) return undefined;
  const version = branch.slice(prefix.length);
  return isValidVersion(version) ? version : undefined;
}

/** What every tag of `model` under the registry's tag_format starts with (for one matching-refs request). */
export function tagPrefix(tagFormat: string, model: string): string {
  return tagFormat.split('{version}')[0].replaceAll('{model}', model);
}

/** The version a release tag names for `model` under the registry's tag_format, or undefined. */
export function versionFromTag(tagFormat: string, model: string, tag: string): string | undefined {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = tagFormat
    .split(/(\{model\}|\{version\})/)
    .map((part) => (part === '{model}' ? escape(model) : part === '{version}' ? '(.+)' : escape(part)))
    .join('');
  const match = new RegExp(`^${pattern}$`).exec(tag);
  if (!match) return undefined;
  const versions = match.slice(1);
  // {version} may appear more than once; every occurrence must agree.
  if (versions.length === 0 || versions.some((v) => v !== versions[0])) return undefined;
  return isValidVersion(versions[0]) ? versions[0] : undefined;
}
