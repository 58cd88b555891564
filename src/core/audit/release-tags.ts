/**
 * The release tags the audit checks stages against (`stage-unreleased`), or
 * why there are none to check with: a shallow clone has no tags
 * (actions/checkout without fetch-depth: 0), nor has a clone made without
 * them, and there every stage would look unreleased. Shared by `audit` and
 * the catalogue's health marks so both judge alike.
 */
import { versionTagParser } from '../stages/history.js';

export type ReleaseTags = { tags: ReadonlySet<string> } | { tags?: undefined; missing: 'no-git' | 'shallow' | 'no-release' };

export function releaseTagsFor(
  git: { available: boolean; shallow: boolean; tags: readonly string[] },
  tagFormat: string,
  isModel: (name: string) => boolean,
): ReleaseTags {
  if (!git.available) return { missing: 'no-git' };
  if (git.shallow) return { missing: 'shallow' };
  const parseTag = versionTagParser(tagFormat);
  const anyRelease = git.tags.some((name) => {
    const model = parseTag(name)?.model;
    return model !== undefined && isModel(model);
  });
  return anyRelease ? { tags: new Set(git.tags) } : { missing: 'no-release' };
}
