/**
 * The monitoring part of the JSON API (issue 17):
 * api/models/<model>/monitoring.json, a model's observations aggregated into
 * series with its monitors and registered values (schemas/api-monitoring.schema.json),
 * and api/audit.json, the audit's findings at the build's time (environment
 * drift included when the deployments were read) and each model's health
 * (schemas/api-audit.schema.json).
 */
import { compareFindings, type AuditFinding } from '../audit/finding.js';
import { driftFindings } from '../audit/drift-findings.js';
import { isDrift } from '../environments/status.js';
import { modelEnvironmentRows } from './environments.js';
import type { ResolvedSettings } from '../registry/registry.js';
import { HEALTH_ORDER, type Health, type ModelMonitoringData } from './monitoring.js';
import { POINT_COLUMNS, type MonitoringPeriod, type SeriesPoint } from './monitoring-series.js';
import { sortMetricNames, stageHistoryOf, type ModelSummary, type SiteData, type SiteModel } from './site-model.js';
import { absoluteUrl, paths, segment } from './urls.js';

/** Beside the stage files; a stage named `monitoring` keeps its file, and this one is then left out. */
export const apiMonitoringPath = (model: string) => `api/models/${segment(model)}/monitoring.json`;
export const API_AUDIT_PATH = 'api/audit.json';
/** The monitoring section of the model page. */
export const modelMonitoringPath = (model: string) => `${paths.model(model)}#monitoring`;

interface ApiSeries {
  version: string;
  segment: string | null;
  environment: string | null;
  count: number;
  first: string;
  last: { time: string; value: number; n: number | null };
  points: SeriesPoint[];
}

interface ApiMonitoredMetric {
  name: string;
  title: string | null;
  unit: string | null;
  direction: 'higher' | 'lower' | null;
  range: { min: number | null; max: number | null };
  monitor: { min: number | null; max: number | null; max_drop: number | null } | null;
  registered: Record<string, number>;
  series: ApiSeries[];
}

interface ApiMonitoring {
  model: string;
  generated_at: string;
  period: MonitoringPeriod;
  columns: typeof POINT_COLUMNS;
  max_silence: string | null;
  retrain_after: string | null;
  observations: number;
  versions: { version: string; first: string; last: string }[];
  metrics: ApiMonitoredMetric[];
  html_url: string;
  api_url: string;
}

interface ApiAuditFinding {
  rule: string;
  severity: 'error' | 'warning';
  model: string;
  file: string;
  line: number | null;
  message: string;
  version: string | null;
  stage: string | null;
  metric: string | null;
}

interface ApiAudit {
  registry: string;
  generated_at: string;
  counts: { errors: number; warnings: number; models: Record<Health | 'unmonitored', number> };
  models: { name: string; health: Health | null; states: Health[]; findings: number; html_url: string; monitoring_url: string | null }[];
  findings: ApiAuditFinding[];
  html_url: string;
  api_url: string;
}

const link = (data: SiteData, path: string) => absoluteUrl(data.options.baseUrl, path) ?? path;

/** A model's environment-drift findings: none unless the deployments were read. */
function environmentDriftFindings(data: SiteData, m: ModelSummary): AuditFinding[] {
  const environments = data.options.environments;
  const rows = environments?.read
    ? modelEnvironmentRows(data, { name: m.name, stages: m.stages, events: m.events, history: stageHistoryOf(data.options, m.name) })
    : undefined;
  if (!rows) return [];
  return driftFindings(rows.filter(isDrift), () => `models/${m.name}/stages.yaml`, environments!.maxDrift);
}

/**
 * Whether the model has a monitoring file: it declares monitoring or has
 * observations, and no stage is named `monitoring` (that stage has the file:
 * deployment tools rely on stage files).
 */
export function hasMonitoringFile(settings: ResolvedSettings, m: Pick<SiteModel, 'monitoring' | 'audit' | 'stages'>): boolean {
  const some = m.monitoring !== undefined && ((m.audit?.health.length ?? 0) > 0 || m.monitoring.aggregated.observations > 0);
  return some && !settings.stages.includes('monitoring') && !m.stages.some(([s]) => s === 'monitoring');
}

/** The metrics a model page charts: every monitored one, then every other one observed, in the catalogue's order. */
export function monitoredMetricNames(data: SiteData, monitoring: ModelMonitoringData): string[] {
  return sortMetricNames([...monitoring.monitoring.metrics.keys(), ...monitoring.aggregated.series.map((s) => s.metric)], data.settings.metrics);
}

export function apiMonitoring(data: SiteData, m: SiteModel, monitoring: ModelMonitoringData): ApiMonitoring {
  const { aggregated } = monitoring;
  const metrics = monitoredMetricNames(data, monitoring).map((name): ApiMonitoredMetric => {
    const def = Object.hasOwn(data.settings.metrics, name) ? data.settings.metrics[name] : undefined;
    const bounds = monitoring.monitoring.metrics.get(name);
    return {
      name,
      title: def?.title ?? null,
      unit: def?.unit ?? null,
      direction: def?.direction ?? null,
      range: { min: def?.min ?? null, max: def?.max ?? null },
      monitor: bounds ? { min: bounds.min ?? null, max: bounds.max ?? null, max_drop: bounds.max_drop ?? null } : null,
      registered: Object.fromEntries(monitoring.registered.get(name) ?? []),
      series: aggregated.series
        .filter((s) => s.metric === name)
        .map((s) => ({
          version: s.version,
          segment: s.segment ?? null,
          environment: s.environment ?? null,
          count: s.count,
          first: s.first,
          last: { time: s.last.time, value: s.last.value, n: s.last.n ?? null },
          points: s.points,
        })),
    };
  });
  return {
    model: m.name,
    generated_at: data.options.generatedAt,
    period: aggregated.period,
    columns: POINT_COLUMNS,
    max_silence: monitoring.monitoring.maxSilence?.text ?? null,
    retrain_after: monitoring.monitoring.retrainAfter?.text ?? null,
    observations: aggregated.observations,
    versions: aggregated.versions,
    metrics,
    html_url: link(data, modelMonitoringPath(m.name)),
    api_url: link(data, apiMonitoringPath(m.name)),
  };
}

export function apiAudit(data: SiteData): ApiAudit {
  // Each model's own findings, and, when the deployments were read, its environments drifted past max_drift (as `audit` says).
  const drifted = new Map(data.models.map((m) => [m.name, environmentDriftFindings(data, m)]));
  const findings: AuditFinding[] = data.models.flatMap((m) => [...(m.audit?.findings ?? []), ...drifted.get(m.name)!]).sort(compareFindings);
  const counts: Record<Health | 'unmonitored', number> = { breached: 0, silent: 0, 'retrain-overdue': 0, ok: 0, unmonitored: 0 };
  const models = data.models.map((m) => {
    const states = m.audit?.health ?? [];
    counts[states[0] ?? 'unmonitored']++;
    return {
      name: m.name,
      health: states[0] ?? null,
      states: HEALTH_ORDER.filter((h) => states.includes(h)),
      findings: (m.audit?.findings.length ?? 0) + drifted.get(m.name)!.length,
      html_url: link(data, paths.model(m.name)),
      monitoring_url: m.monitoringFile ? link(data, apiMonitoringPath(m.name)) : null,
    };
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    registry: data.settings.name,
    generated_at: data.options.generatedAt,
    counts: { errors, warnings: findings.length - errors, models: counts },
    models,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      model: f.model,
      file: f.file,
      line: f.line ?? null,
      message: f.message,
      version: f.version ?? null,
      stage: f.stage ?? null,
      metric: f.metric ?? null,
    })),
    html_url: link(data, paths.catalogue),
    api_url: link(data, API_AUDIT_PATH),
  };
}
