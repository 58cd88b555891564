/**
 * The monitoring a model is audited by: registry.yaml's `monitoring` as every
 * model's defaults, overridden key by key by its model.yaml's (each bound of
 * each metric, `max_silence`, `retrain_after`). Read defensively: a value the
 * schema refuses is its file's problem, and is left out here, never half-read.
 */
import { parseDuration } from '../environments/duration.js';
import { isRecord, own } from '../values.js';

export interface MonitorBounds {
  min?: number;
  max?: number;
  max_drop?: number;
}

/** A duration as written, and in milliseconds. */
export interface MonitoringDuration {
  text: string;
  ms: number;
}

export interface ModelMonitoring {
  /** Metric name -> its bounds, in name order. */
  metrics: Map<string, MonitorBounds>;
  maxSilence?: MonitoringDuration;
  retrainAfter?: MonitoringDuration;
}

/** From registry.yaml's value and model.yaml's value (either may be anything). */
export function modelMonitoring(settings: unknown, card: unknown): ModelMonitoring {
  const defaults = isRecord(settings) ? own(settings, 'monitoring') : undefined;
  const specific = isRecord(card) ? own(card, 'monitoring') : undefined;
  const metrics = new Map<string, MonitorBounds>();
  for (const source of [defaults, specific]) {
    const written = isRecord(source) ? own(source, 'metrics') : undefined;
    if (!isRecord(written)) continue;
    for (const [metric, raw] of Object.entries(written)) {
      if (!isRecord(raw)) continue;
      const bounds = { ...(metrics.get(metric) ?? {}) };
      for (const key of ['min', 'max', 'max_drop'] as const) {
        const value = own(raw, key);
        if (typeof value === 'number' && Number.isFinite(value) && (key !== 'max_drop' || value >= 0)) bounds[key] = value;
      }
      if (Object.keys(bounds).length) metrics.set(metric, bounds);
    }
  }
  const sorted = new Map([...metrics.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const duration = (key: string): MonitoringDuration | undefined => {
    for (const source of [specific, defaults]) {
      const text = isRecord(source) ? own(source, key) : undefined;
      const ms = parseDuration(text);
      if (ms !== undefined) return { text: text as string, ms };
    }
    return undefined;
  };
  const maxSilence = duration('max_silence');
  const retrainAfter = duration('retrain_after');
  return { metrics: sorted, ...(maxSilence ? { maxSilence } : {}), ...(retrainAfter ? { retrainAfter } : {}) };
}
