/**
 * Metrics are only comparable when everyone means the same thing by a name:
 * the catalogue in registry.yaml says which metrics exist, which way is
 * better, and which values are possible.
 */
import { atFileStart, atKey, atValue, type PendingProblem } from '../problems.js';
import { metricNumber, type MetricDefinition } from '../registry/registry.js';
import { didYouMean } from '../text/suggest.js';
import type { RuleContext } from './context.js';
import { isRecord } from '../values.js';
import { isNonFinite } from '../format/schema-errors.js';
import metricsSchema from '../../../schemas/metrics.schema.json' with { type: 'json' };

const METRIC_NAME = new RegExp(metricsSchema.definitions.metricName.pattern);

export function metricRules({ registry }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  const catalogue = registry.settings.metrics;
  const names = Object.keys(catalogue);
  // A registry without a catalogue has chosen not to police names; warning on
  // every metric would bury the real problems.
  const policeNames = names.length > 0 && registry.settings.trusted.metrics;
  const suggest = boundedSuggestions(names);
  const open = registry.settingsFile?.valid === true && isRecord(registry.settingsFile.value) && registry.settingsFile.value.metrics_catalogue === 'open';
  // strict (the default): the catalogue is the whole list, and a name it lacks is an error; open: only a near miss is worth a warning.
  const notCatalogued = (file: string, what: string, name: string, at: PendingProblem['at']): PendingProblem | undefined => {
    const hint = suggest(name);
    if (open) {
      if (!hint) return undefined;
      return {
        file,
        rule: 'unknown-metric',
        severity: 'warning',
        message: `${what} \`${name}\` is not in registry.yaml's metrics catalogue${hint}: fix its spelling, or add it to the catalogue`,
        at,
      };
    }
    return {
      file,
      rule: 'uncatalogued-metric',
      severity: 'error',
      message: `${what} \`${name}\` is not in registry.yaml's metrics catalogue${hint}: ${hint ? 'fix its spelling, or ' : ''}add it to \`metrics\` there (with direction higher or lower, so it can be compared), or set \`metrics_catalogue: open\` there to accept metrics the catalogue does not define`,
      at,
    };
  };

  for (const model of registry.models.values()) {
    const card = model.card;
    if (policeNames && card && isRecord(card.value) && typeof card.value.primary_metric === 'string' && !(card.value.primary_metric in catalogue)) {
      const problem = notCatalogued(card.path, 'primary metric', card.value.primary_metric, atValue('primary_metric'));
      if (problem) problems.push(problem);
    }
    for (const version of model.versions.values()) {
      const metrics = version.metrics;
      if (!metrics || !isRecord(metrics.value)) continue;
      if (metrics.valid && Object.keys(metrics.value).length === 0) {
        problems.push({
          file: metrics.path,
          rule: 'no-metrics',
          severity: 'warning',
          message: `${model.name} ${version.version} has no metrics: it cannot be compared with other versions or pass a metric gate; add its evaluation when there is one`,
          at: atFileStart(),
        });
        continue;
      }
      for (const [name, entry] of Object.entries(metrics.value)) {
        const definition: MetricDefinition | undefined = registry.settings.trusted.metrics ? catalogue[name] : undefined;
        // A name the format forbids is the schema's problem, not a missing catalogue entry.
        if (policeNames && !definition && METRIC_NAME.test(name)) {
          const problem = notCatalogued(metrics.path, 'metric', name, atKey(name));
          if (problem) problems.push(problem);
        }
        const found = valueProblems(metrics.path, name, entry, definition);
        if (found.length) problems.push(...found);
      }
    }
  }
  return problems;
}

/**
 * Did-you-mean against the catalogue, for as many unknown names as a budget of
 * comparisons allows: a pull request could otherwise pair a catalogue of
 * 30,000 names with a metrics file of 30,000 unknown ones and cost their
 * product. Past the budget the warnings come without a suggestion.
 */
export const SUGGESTION_BUDGET = 500_000;

function boundedSuggestions(names: readonly string[]): (name: string) => string {
  let left = SUGGESTION_BUDGET;
  return (name) => {
    if (left < names.length) return '';
    left -= names.length;
    return didYouMean(name, names);
  };
}

const NONE: PendingProblem[] = [];

function valueProblems(file: string, name: string, entry: unknown, definition: MetricDefinition | undefined): PendingProblem[] {
  // Python's json.dump writes NaN and Infinity, which JSON (and YAML) read as text.
  const raw = isRecord(entry) ? entry.value : entry;
  const value = isNonFinite(raw) && typeof raw === 'string' ? Number(raw.replace(/^\+/, '').replace(/^(-?)\.inf$/i, '$1Infinity')) : metricNumber(entry);
  if (value === undefined) return [];
  const problem = (message: string, path: (string | number)[] = isRecord(entry) ? [name, 'value'] : [name]): PendingProblem => ({
    file,
    rule: 'metric-range',
    severity: 'error',
    message,
    at: atValue(...path),
  });
  if (!Number.isFinite(value)) {
    return [problem(`\`${name}\` is ${value}, which is not a finite number: a failed evaluation should not be registered; fix the value`)];
  }
  const bounded = definition && (definition.min !== undefined || definition.max !== undefined);
  if (!bounded && !(isRecord(entry) && Array.isArray(entry.ci))) return NONE;
  const out: PendingProblem[] = [];
  const unit = definition?.unit ? ` ${definition.unit}` : '';
  if (definition?.min !== undefined && value < definition.min) {
    out.push(
      problem(
        `\`${name}\` is ${value}${unit}, below its catalogue minimum of ${definition.min}: check the value (is it a percentage written as a fraction, or the other way round?)`,
      ),
    );
  } else if (definition?.max !== undefined && value > definition.max) {
    out.push(
      problem(
        `\`${name}\` is ${value}${unit}, above its catalogue maximum of ${definition.max}: check the value (is it a percentage written as a fraction, or the other way round?)`,
      ),
    );
  }
  if (isRecord(entry) && Array.isArray(entry.ci) && entry.ci.length === 2) {
    const [low, high] = entry.ci as unknown[];
    if (typeof low === 'number' && typeof high === 'number') {
      if (!Number.isFinite(low) || !Number.isFinite(high)) out.push(problem(`the confidence interval of \`${name}\` must hold finite numbers`, [name, 'ci']));
      else if (low > high) out.push(problem(`the confidence interval of \`${name}\` is [${low}, ${high}]: write the lower bound first`, [name, 'ci']));
      else if (value < low || value > high)
        out.push(problem(`\`${name}\` is ${value}, outside its own confidence interval [${low}, ${high}]: check both`, [name, 'ci']));
    }
  }
  return out;
}
