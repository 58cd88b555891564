/**
 * stages.yaml says what runs where; deployment tools act on it, so it must name
 * known stages and existing versions.
 */
import { atKey, atValue, type PendingProblem } from '../problems.js';
import { didYouMean } from '../text/suggest.js';
import { isValidStageName } from '../registry/registry.js';
import type { RuleContext } from './context.js';
import { isRecord, own } from '../values.js';
import { meantVersions } from './layout-rules.js';

export function stageRules({ registry }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  const stages = registry.settings.stages;
  for (const model of registry.models.values()) {
    // A stage naming a folder spelt `v1.1.0` as `1.1.0` is right: the folder's name is invalid-version's one problem.
    const { valid: versions, meant } = meantVersions(model.versions.keys());
    const deprecated = isRecord(model.card?.value) && isRecord(model.card.value.deprecated_versions) ? model.card.value.deprecated_versions : {};
    if (model.card) {
      for (const version of Object.keys(deprecated)) {
        if (model.versions.has(version) || meant.has(version)) continue;
        problems.push({
          file: model.card.path,
          rule: 'stage-version-missing',
          severity: 'error',
          message: `deprecated_versions names version ${version}, which \`${model.name}\` does not have${didYouMean(version, versions)}`,
          at: atKey('deprecated_versions', version),
        });
      }
    }
    const file = model.stages;
    if (!file || !isRecord(file.value)) continue;
    for (const [stage, version] of Object.entries(file.value)) {
      // A key that is no stage name at all is the schema's problem (one cause, one problem).
      if (registry.settings.trusted.stages && !stages.includes(stage) && isValidStageName(stage)) {
        problems.push({
          file: file.path,
          rule: 'unknown-stage',
          severity: 'error',
          message: `stage \`${stage}\` is not one of registry.yaml's stages (${stages.join(', ')})${didYouMean(stage, stages)}: fix it, or add it to \`stages\` in registry.yaml`,
          at: atKey(stage),
        });
      }
      if (typeof version !== 'string') continue;
      if (!model.versions.has(version) && !meant.has(version)) {
        problems.push({
          file: file.path,
          rule: 'stage-version-missing',
          severity: 'error',
          message: `${stage} names version ${version}, but \`${model.name}\` has no such version folder${didYouMean(version, versions)}; it has ${versions.join(', ') || 'none yet'}`,
          at: atValue(stage),
        });
      } else if (own(deprecated, version) !== undefined) {
        problems.push({
          file: file.path,
          rule: 'deprecated-in-stage',
          severity: 'warning',
          message: `${stage} runs ${version}, which model.yaml deprecates (${String(own(deprecated, version))}): promote another version`,
          at: atValue(stage),
        });
      }
    }
  }
  return problems;
}
