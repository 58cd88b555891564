/**
 * Monitors against observations: for each version a stage runs (every
 * observed version when no stage runs one), each metric, segment and
 * environment is one series, and its newest observation is judged. A series
 * that drifted below a threshold and recovered is judged by its recovery: the
 * audit says what is wrong now, not what once was.
 */
import { formatNumber } from '../output/number-format.js';
import type { ModelMonitoring } from '../monitoring/monitoring-settings.js';
import type { Observation } from '../monitoring/observation.js';
import { metricNumber, type ModelEntry, type Registry } from '../registry/registry.js';
import { isRecord, own } from '../values.js';
import { finding, type AuditFinding } from './finding.js';

export interface MonitorInput {
  registry: Registry;
  model: ModelEntry;
  monitoring: ModelMonitoring;
  /** stage -> version. */
  stages: ReadonlyMap<string, string>;
  observations: readonly Observation[];
}

export function monitorFindings({ registry, model, monitoring, stages, observations }: MonitorInput): AuditFinding[] {
  if (monitoring.metrics.size === 0 || observations.length === 0) return [];
  const running = new Set(stages.values());
  const newest = new Map<string, Observation>();
  for (const o of observations) {
    if (!monitoring.metrics.has(o.metric) || (running.size > 0 && !running.has(o.version))) continue;
    const key = JSON.stringify([o.version, o.metric, o.segment ?? null, o.environment ?? null]);
    const seen = newest.get(key);
    if (!seen || Date.parse(o.time) >= Date.parse(seen.time)) newest.set(key, o);
  }
  const findings: AuditFinding[] = [];
  for (const o of newest.values()) {
    const bounds = monitoring.metrics.get(o.metric)!;
    const breaches: string[] = [];
    if (bounds.min !== undefined && o.value < bounds.min) breaches.push(`below min ${formatNumber(bounds.min)} by ${formatNumber(bounds.min - o.value)}`);
    if (bounds.max !== undefined && o.value > bounds.max) breaches.push(`above max ${formatNumber(bounds.max)} by ${formatNumber(o.value - bounds.max)}`);
    const direction = registry.settings.metrics[o.metric]?.direction;
    const registered = registeredValue(model, o.version, o.metric);
    if (bounds.max_drop !== undefined && direction && registered !== undefined) {
      const drop = direction === 'higher' ? registered - o.value : o.value - registered;
      if (drop > bounds.max_drop)
        breaches.push(
          `${formatNumber(drop)} worse than the registered ${formatNumber(registered)}, more than max_drop ${formatNumber(bounds.max_drop)} (by ${formatNumber(drop - bounds.max_drop)})`,
        );
    }
    if (!breaches.length) continue;
    const where = [o.segment !== undefined ? `segment ${o.segment}` : '', o.environment !== undefined ? `environment ${o.environment}` : '']
      .filter(Boolean)
      .join(', ');
    findings.push(
      finding(
        'monitor-breached',
        model.name,
        o.file,
        `${o.metric} of ${o.version} was ${formatNumber(o.value)}${where ? ` (${where})` : ''} at ${o.time}: ${breaches.join('; ')}`,
        [o.version, o.metric, o.segment ?? '', o.environment ?? ''],
        { line: o.line, version: o.version, metric: o.metric },
      ),
    );
  }
  return findings;
}

/** The value the version was registered with, in its metrics file. */
function registeredValue(model: ModelEntry, version: string, metric: string): number | undefined {
  const metrics: unknown = model.versions.get(version)?.metrics?.value;
  return isRecord(metrics) ? metricNumber(own(metrics, metric)) : undefined;
}
