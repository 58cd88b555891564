/**
 * Observations (models/<model>/monitoring/*.jsonl) against the rest of the
 * registry: each names a version the model has, a metric the catalogue knows
 * (when it polices names, as metrics files are checked) within its bounds, and
 * an environment registry.yaml declares (when it declares any). What a file
 * shows alone (syntax, schema, month, duplicates) is monitoring/observations.ts's.
 */
import { environmentSettings } from '../environments/environments.js';
import { observationAt } from '../monitoring/observation-positions.js';
import type { PendingProblem } from '../problems.js';
import { didYouMean } from '../text/suggest.js';
import type { RuleContext } from './context.js';

/** Past this many versions a message lists the newest only. */
const LISTED_VERSIONS = 5;

export function observationRules({ registry }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  // Most registries, and most models, hold no observations: nothing to set up.
  if (![...registry.models.values()].some((m) => m.monitoring.length > 0)) return problems;
  const { metrics: catalogue, trusted } = registry.settings;
  const policeNames = trusted.metrics && Object.keys(catalogue).length > 0;
  const declared = environmentSettings(registry).environments.map((e) => e.name);
  const environments = new Set(declared);
  for (const model of registry.models.values()) {
    if (model.monitoring.length === 0) continue;
    const versions = [...model.versions.keys()];
    const listed = versions.length > LISTED_VERSIONS ? `…, ${versions.slice(-LISTED_VERSIONS).join(', ')}` : versions.join(', ') || 'none yet';
    for (const file of model.monitoring) {
      const unknownMetrics = new Set<string>();
      for (const o of file.observations) {
        if (!model.versions.has(o.version)) {
          problems.push({
            file: file.path,
            rule: 'observation-version',
            severity: 'error',
            message: `\`${model.name}\` has no version ${o.version} (it has ${listed}): observe a version that has a folder in versions/`,
            at: observationAt(o.line, 'version'),
          });
        }
        const definition = trusted.metrics ? catalogue[o.metric] : undefined;
        if (policeNames && !definition && !unknownMetrics.has(o.metric)) {
          // Once per metric and file: a year of daily values of one unknown metric is one mistake.
          unknownMetrics.add(o.metric);
          problems.push({
            file: file.path,
            rule: 'unknown-metric',
            severity: 'warning',
            message: `metric \`${o.metric}\` is not in registry.yaml's metrics catalogue${didYouMean(o.metric, Object.keys(catalogue))}: add it there (with direction higher or lower) so monitors can judge it`,
            at: observationAt(o.line, 'metric'),
          });
        }
        if (definition?.min !== undefined && o.value < definition.min) {
          problems.push(range(file.path, o.line, `\`${o.metric}\` is ${o.value}, below its catalogue minimum of ${definition.min}`));
        } else if (definition?.max !== undefined && o.value > definition.max) {
          problems.push(range(file.path, o.line, `\`${o.metric}\` is ${o.value}, above its catalogue maximum of ${definition.max}`));
        }
        if (o.environment !== undefined && environments.size > 0 && !environments.has(o.environment)) {
          problems.push({
            file: file.path,
            rule: 'observation-environment',
            severity: 'error',
            message: `environment \`${o.environment}\` is not one of registry.yaml's environments (${declared.join(', ')})${didYouMean(o.environment, declared)}: fix it, or declare it there`,
            at: observationAt(o.line, 'environment'),
          });
        }
      }
    }
  }
  return problems;
}

function range(file: string, line: number, what: string): PendingProblem {
  return {
    file,
    rule: 'metric-range',
    severity: 'error',
    message: `${what}: check the value (is it a percentage written as a fraction, or the other way round?)`,
    at: observationAt(line, 'value'),
  };
}
