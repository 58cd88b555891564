/**
 * registry.yaml's `environments` must name declared stages: an environment
 * serving a stage that does not exist could never be compared with anything.
 * A name or stage the schema refuses is the schema's problem (one cause, one
 * problem).
 */
import { atValue, type PendingProblem } from '../problems.js';
import { isValidStageName } from '../registry/registry.js';
import { didYouMean } from '../text/suggest.js';
import { isRecord } from '../values.js';
import type { RuleContext } from './context.js';

export function environmentStageRule({ registry }: RuleContext): PendingProblem[] {
  const file = registry.settingsFile;
  const { stages, trusted } = registry.settings;
  if (!file || !trusted.stages || !isRecord(file.value) || !isRecord(file.value.environments)) return [];
  const problems: PendingProblem[] = [];
  for (const [name, stage] of Object.entries(file.value.environments)) {
    if (typeof stage !== 'string' || !isValidStageName(stage) || stages.includes(stage)) continue;
    problems.push({
      file: file.path,
      rule: 'unknown-stage',
      severity: 'error',
      message: `environment \`${name}\` serves stage \`${stage}\`, which is not one of registry.yaml's stages (${stages.join(', ')})${didYouMean(stage, stages)}: fix it, or add it to \`stages\``,
      at: atValue('environments', name),
    });
  }
  return problems;
}
