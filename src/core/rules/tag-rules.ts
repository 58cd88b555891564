/**
 * Every tag a release would create must be one git accepts: GitHub answers an
 * invalid tag with a 422 that no re-run of the release can fix. A tag_format
 * that breaks every tag is one problem, at registry.yaml; a version whose own
 * tag breaks (`1.0.0-rc.lock` ends in `.lock`) is one at its card.
 */
import { REGISTRY_FILE } from '../format/layout.js';
import { tagNameProblem } from '../format/ref-name.js';
import { atFileStart, atValue, type PendingProblem } from '../problems.js';
import { isValidModelName, isValidVersion, tagName, type Registry } from '../registry/registry.js';
import type { RuleContext } from './context.js';

/** A model and version no tag_format can blame for a broken tag (plain name, plain version). */
const SAMPLE = { model: 'm', version: '1.0.0' };

/** Why tag_format itself makes invalid tags, with an example tag; undefined when it does not. */
function templateProblem(registry: Registry): { tag: string; why: string } | undefined {
  const tag = tagName(registry.settings, SAMPLE.model, SAMPLE.version);
  const why = tagNameProblem(tag);
  if (!why) return undefined;
  // Show the problem on a tag of this registry when it has one.
  for (const model of registry.models.values()) {
    if (!isValidModelName(model.name)) continue;
    for (const version of model.versions.keys()) {
      if (!isValidVersion(version)) continue;
      const real = tagName(registry.settings, model.name, version);
      const realWhy = tagNameProblem(real);
      if (realWhy) return { tag: real, why: realWhy };
    }
  }
  return { tag, why };
}

/** registry.yaml's tag_format, once for the whole registry. */
export function tagFormatRule({ registry }: RuleContext): PendingProblem[] {
  const problem = templateProblem(registry);
  if (!problem) return [];
  return [
    {
      file: registry.settingsFile?.path ?? REGISTRY_FILE,
      rule: 'invalid-tag',
      severity: 'error',
      message: `tag_format \`${registry.settings.tag_format}\` makes release tags that git refuses, such as \`${problem.tag}\` (${problem.why}): change tag_format, for example to the default \`{model}@v{version}\``,
      at: registry.settingsFile ? atValue('tag_format') : atFileStart(),
    },
  ];
}

/** Each version's own tag, when tag_format is fine but the version number breaks it. */
export function versionTagRule({ registry }: RuleContext): PendingProblem[] {
  if (tagNameProblem(tagName(registry.settings, SAMPLE.model, SAMPLE.version))) return [];
  const problems: PendingProblem[] = [];
  for (const model of registry.models.values()) {
    if (!isValidModelName(model.name)) continue;
    for (const version of model.versions.values()) {
      if (!isValidVersion(version.version)) continue;
      const tag = tagName(registry.settings, model.name, version.version);
      const why = tagNameProblem(tag);
      if (!why) continue;
      problems.push({
        file: version.card?.path ?? `${version.dir}/card.yaml`,
        rule: 'invalid-tag',
        severity: 'error',
        message: `releasing this version would create the tag \`${tag}\`, which git refuses (${why}): choose another version number`,
        at: version.card ? atValue('version') : atFileStart(),
      });
    }
  }
  return problems;
}
