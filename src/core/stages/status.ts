/**
 * What runs where (like `gto show`): every model, each stage with its
 * version, since when (the newest event that put it there), and the version's
 * primary metric with the catalogue's unit.
 */
import { isRecord } from '../values.js';
import { metricNumber, type Registry } from '../registry/registry.js';
import type { HistoryEvent } from './history.js';

export interface StageStatus {
  stage: string;
  version: string;
  /** When it got there (ISO 8601, UTC), when git's history tells. */
  since?: string;
  /** The commit that put it there. */
  commit?: string;
  pullRequest?: number;
  approvers?: string[];
  /** The model's primary metric for this version. */
  metric?: { name: string; value: number; unit?: string; title?: string };
}

export interface ModelStatus {
  name: string;
  primaryMetric?: string;
  /** In the registry's stage order; stages it does not declare last, by name. */
  stages: StageStatus[];
}

export function stageStatus(registry: Registry, history: ReadonlyMap<string, HistoryEvent[]>): ModelStatus[] {
  const order = registry.settings.stages;
  const rank = (stage: string) => (order.includes(stage) ? order.indexOf(stage) : order.length);
  const models: ModelStatus[] = [];
  for (const entry of registry.models.values()) {
    const card: Record<string, unknown> = isRecord(entry.card?.value) ? entry.card.value : {};
    const primary = typeof card.primary_metric === 'string' ? card.primary_metric : undefined;
    const assigned = isRecord(entry.stages?.value) ? Object.entries(entry.stages.value) : [];
    const events = history.get(entry.name) ?? [];
    const stages: StageStatus[] = [];
    for (const [stage, version] of assigned) {
      if (typeof version !== 'string') continue;
      const status: StageStatus = { stage, version };
      const since = events.find((e) => e.stage === stage && e.version === version && (e.kind === 'promotion' || e.kind === 'rollback'));
      if (since) {
        status.since = since.date;
        status.commit = since.commit;
        if (since.pullRequest !== undefined) status.pullRequest = since.pullRequest;
        if (since.approvers) status.approvers = since.approvers;
      }
      const metrics = entry.versions.get(version)?.metrics?.value;
      const value = primary && isRecord(metrics) ? metricNumber(metrics[primary]) : undefined;
      if (primary && value !== undefined) {
        const { unit, title } = registry.settings.metrics[primary] ?? {};
        status.metric = { name: primary, value, ...(unit ? { unit } : {}), ...(title ? { title } : {}) };
      }
      stages.push(status);
    }
    stages.sort((a, b) => rank(a.stage) - rank(b.stage) || (a.stage < b.stage ? -1 : 1));
    models.push({ name: entry.name, ...(primary ? { primaryMetric: primary } : {}), stages });
  }
  return models;
}
