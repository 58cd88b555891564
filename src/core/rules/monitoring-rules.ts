/**
 * Monitors (`monitoring` in registry.yaml and model.yaml) must name catalogued
 * metrics and bounds that some value can keep, and a model's consumers must be
 * told apart by name: a monitor that can never pass, or one on a metric whose
 * direction is unknown, would only ever raise false alarms. A value the schema
 * refuses (a bad duration, a negative max_drop) is the schema's problem.
 */
import { atKey, atValue, type PendingProblem } from '../problems.js';
import type { Registry } from '../registry/registry.js';
import { modelMonitoring } from '../monitoring/monitoring-settings.js';
import { didYouMean } from '../text/suggest.js';
import { isRecord, own } from '../values.js';
import type { RuleContext } from './context.js';

/** registry.yaml's `monitoring`. */
export function registryMonitoringRule({ registry }: RuleContext): PendingProblem[] {
  const file = registry.settingsFile;
  if (!file) return [];
  const monitoring = isRecord(file.value) ? own(file.value, 'monitoring') : undefined;
  return monitorProblems(registry, file.path, monitoring, modelMonitoring(file.value, undefined).metrics);
}

/** model.yaml's `monitoring` (judged merged with registry.yaml's) and `consumers`. */
export function modelMonitoringRule({ registry }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  for (const model of registry.models.values()) {
    const card = model.card;
    if (!card || !isRecord(card.value)) continue;
    const monitoring = own(card.value, 'monitoring');
    // Most cards declare no monitoring: no defaults to merge.
    if (monitoring !== undefined)
      problems.push(...monitorProblems(registry, card.path, monitoring, modelMonitoring(registry.settingsFile?.value, card.value).metrics));
    problems.push(...consumerProblems(card.path, own(card.value, 'consumers')));
  }
  return problems;
}

function monitorProblems(registry: Registry, file: string, monitoring: unknown, merged: ReadonlyMap<string, { min?: number; max?: number }>): PendingProblem[] {
  const written = isRecord(monitoring) ? own(monitoring, 'metrics') : undefined;
  if (!isRecord(written)) return [];
  const problems: PendingProblem[] = [];
  const { metrics, trusted } = registry.settings;
  const catalogue = Object.keys(metrics);
  for (const [name, raw] of Object.entries(written)) {
    if (trusted.metrics && !metrics[name]) {
      problems.push({
        file,
        rule: 'unknown-metric',
        severity: 'warning',
        message: `metric \`${name}\` in monitoring.metrics is not in registry.yaml's metrics catalogue${didYouMean(name, catalogue)}: add it there (its direction says which way max_drop is a drop), or fix the name`,
        at: atKey('monitoring', 'metrics', name),
      });
    }
    const bounds = merged.get(name);
    if (!isRecord(raw) || bounds?.min === undefined || bounds.max === undefined || bounds.min <= bounds.max) continue;
    // Point at the bound this file wrote (with registry.yaml's other bound, the model's one is the cause).
    const key = typeof own(raw, 'min') === 'number' ? 'min' : 'max';
    problems.push({
      file,
      rule: 'monitor-bounds',
      severity: 'error',
      message: `monitoring.metrics.${name}: min ${bounds.min} is greater than max ${bounds.max}, so every observation would breach it: fix the bounds${file === registry.settingsFile?.path ? '' : " (registry.yaml's apply where this file sets none)"}`,
      at: atValue('monitoring', 'metrics', name, key),
    });
  }
  return problems;
}

function consumerProblems(file: string, consumers: unknown): PendingProblem[] {
  if (!Array.isArray(consumers)) return [];
  const problems: PendingProblem[] = [];
  const seen = new Map<string, number>();
  consumers.forEach((consumer, i) => {
    const name = isRecord(consumer) ? own(consumer, 'name') : undefined;
    if (typeof name !== 'string') return;
    const first = seen.get(name);
    if (first === undefined) {
      seen.set(name, i);
      return;
    }
    problems.push({
      file,
      rule: 'duplicate-consumer',
      severity: 'error',
      message: `consumer \`${name}\` is listed twice (also consumers[${first}]): merge the two entries, or give each its own name`,
      at: atValue('consumers', i, 'name'),
    });
  });
  return problems;
}
