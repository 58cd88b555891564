/**
 * A model's monitoring in the catalogue (issue 17): the audit's findings at
 * the build's time (core/audit, the same judgement as `model-registry audit`),
 * the health mark they give, who uses the model (model.yaml's `consumers`),
 * and its observations aggregated into series (monitoring-series.ts) for
 * api/models/<m>/monitoring.json and the model page's charts.
 *
 * Each model is judged alone, as its folder is read, so a build never holds
 * every model's observations at once. Environment drift is left to the model
 * page's Environments table (the site reads the deployments after the folders).
 */
import { audit } from '../audit/audit.js';
import type { AuditFinding } from '../audit/finding.js';
import { modelMonitoring, type ModelMonitoring } from '../monitoring/monitoring-settings.js';
import { metricNumber, type ModelEntry, type Registry } from '../registry/registry.js';
import type { HistoryEvent } from '../stages/history.js';
import { stageStatus } from '../stages/status.js';
import { detach } from '../text/detach.js';
import { isRecord, own } from '../values.js';
import { aggregateObservations, type AggregatedObservations } from './monitoring-series.js';

/** A model's health mark: the worst of its monitoring findings, `ok` without one. */
export type Health = 'breached' | 'silent' | 'retrain-overdue' | 'ok';

/** Worst first: the mark a model shows is the first of its states. */
export const HEALTH_ORDER: readonly Health[] = ['breached', 'silent', 'retrain-overdue', 'ok'];

export const HEALTH_LABELS: Record<Health, string> = { breached: 'breached', silent: 'silent', 'retrain-overdue': 'retraining overdue', ok: 'ok' };

const HEALTH_OF_RULE: Partial<Record<AuditFinding['rule'], Health>> = {
  'monitor-breached': 'breached',
  'monitor-silent': 'silent',
  'retrain-overdue': 'retrain-overdue',
};

export interface SiteConsumer {
  name: string;
  owner?: string;
  contact?: string;
  kind?: string;
}

/** What the catalogue, the model page and api/audit.json show of a model's audit. */
export interface ModelAudit {
  /** Every state that applies, worst first (`['ok']` when none does); empty when the model declares no monitoring. */
  health: Health[];
  /** The audit's findings about the model, as the audit orders them. */
  findings: AuditFinding[];
}

/** What api/models/<m>/monitoring.json and the model page's monitoring section show. */
export interface ModelMonitoringData {
  monitoring: ModelMonitoring;
  aggregated: AggregatedObservations;
  /** metric -> version -> the value the version was registered with, for the versions observed. */
  registered: Map<string, Map<string, number>>;
  consumers: SiteConsumer[];
}

export interface MonitoringContext {
  /** The instant judged (the build's time), ISO 8601. */
  now: string;
  /** Per model, its events from git, newest first: since when each stage runs its version. */
  events?: ReadonlyMap<string, HistoryEvent[]>;
  /** Every release tag, when known (no release check without). */
  releaseTags?: ReadonlySet<string>;
}

/** Whether registry.yaml or model.yaml gives the model anything to be judged by. */
export function declaresMonitoring(monitoring: ModelMonitoring): boolean {
  return monitoring.metrics.size > 0 || monitoring.maxSilence !== undefined || monitoring.retrainAfter !== undefined;
}

/** The model judged by the audit at `context.now`, with its monitoring's page data. */
export function modelMonitoringOf(registry: Registry, entry: ModelEntry, context: MonitoringContext): { audit: ModelAudit; data: ModelMonitoringData } {
  const one: Registry = { ...registry, models: new Map([[entry.name, entry]]) };
  const observations = entry.monitoring.flatMap((file) => file.observations);
  const status = stageStatus(one, context.events ?? new Map())[0];
  const since = new Map((status?.stages ?? []).flatMap((s) => (s.since ? [[s.stage, s.since] as const] : [])));
  const report = audit({
    registry: one,
    observations: new Map([[entry.name, observations]]),
    now: context.now,
    stageSince: new Map([[entry.name, since]]),
    ...(context.releaseTags ? { releaseTags: context.releaseTags } : {}),
  });
  const monitoring = modelMonitoring(registry.settingsFile?.value, entry.card?.value);
  const states = new Set(report.findings.flatMap((f) => HEALTH_OF_RULE[f.rule] ?? []));
  const health = declaresMonitoring(monitoring) ? HEALTH_ORDER.filter((h) => states.has(h) || (h === 'ok' && states.size === 0)) : [];
  const aggregated = aggregateObservations(observations);
  const registered = new Map<string, Map<string, number>>();
  for (const s of aggregated.series) {
    const value = metricNumber(own(entry.versions.get(s.version)?.metrics?.value, s.metric));
    if (value === undefined || !Number.isFinite(value)) continue;
    let byVersion = registered.get(s.metric);
    if (!byVersion) registered.set(s.metric, (byVersion = new Map<string, number>()));
    byVersion.set(s.version, value);
  }
  return {
    audit: { health, findings: report.findings.map(detachFinding) },
    data: { monitoring, aggregated, registered, consumers: consumersOf(entry.card?.value) },
  };
}

/** model.yaml's consumers, read defensively (a card that failed its schema is still shown as far as it can be). */
export function consumersOf(card: unknown): SiteConsumer[] {
  const raw = isRecord(card) ? own(card, 'consumers') : undefined;
  const out: SiteConsumer[] = [];
  for (const c of Array.isArray(raw) ? raw : []) {
    if (!isRecord(c) || typeof c.name !== 'string' || c.name === '') continue;
    const text = (key: string) => {
      const value = own(c, key);
      return typeof value === 'string' && value !== '' ? { [key]: detach(value) } : {};
    };
    out.push({ name: detach(c.name), ...text('owner'), ...text('contact'), ...text('kind') });
  }
  return out;
}

/** Page data lives as long as the build: its strings are let go of their files' text. */
function detachFinding(f: AuditFinding): AuditFinding {
  return { ...f, message: detach(f.message), file: detach(f.file) };
}

/** The model's monitoring and audit, set on its page data (a SiteModel) as a build makes it: the registry holds its folder's files then. */
export function withMonitoring<T extends { monitoring?: ModelMonitoringData; audit?: ModelAudit }>(
  model: T,
  registry: Registry,
  entry: ModelEntry,
  options: { generatedAt: string; events?: ReadonlyMap<string, HistoryEvent[]>; releaseTags?: ReadonlySet<string> },
): T {
  const { audit: judged, data } = modelMonitoringOf(registry, entry, { now: options.generatedAt, events: options.events, releaseTags: options.releaseTags });
  model.audit = judged;
  if (declaresMonitoring(data.monitoring) || data.aggregated.observations > 0 || data.consumers.length > 0) model.monitoring = data;
  return model;
}
