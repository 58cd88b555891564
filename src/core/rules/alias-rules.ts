/**
 * registry.yaml's `aliases` (MLflow aliases, as `import mlflow` records them)
 * must map to declared stages: `models:/m@champion` resolves through the
 * stage, and an undeclared one could never run anything. A name or stage the
 * schema refuses is the schema's problem (one cause, one problem).
 */
import { atValue, type PendingProblem } from '../problems.js';
import { isValidStageName } from '../registry/registry.js';
import { didYouMean } from '../text/suggest.js';
import { isRecord } from '../values.js';
import type { RuleContext } from './context.js';

export function aliasStageRule({ registry }: RuleContext): PendingProblem[] {
  const file = registry.settingsFile;
  const { stages, trusted } = registry.settings;
  if (!file || !trusted.stages || !isRecord(file.value) || !isRecord(file.value.aliases)) return [];
  const problems: PendingProblem[] = [];
  for (const [alias, stage] of Object.entries(file.value.aliases)) {
    if (typeof stage !== 'string' || !isValidStageName(stage) || stages.includes(stage)) continue;
    problems.push({
      file: file.path,
      rule: 'unknown-stage',
      severity: 'error',
      message: `alias \`${alias}\` stands for stage \`${stage}\`, which is not one of registry.yaml's stages (${stages.join(', ')})${didYouMean(stage, stages)}: fix it, or add it to \`stages\``,
      at: atValue('aliases', alias),
    });
  }
  return problems;
}
