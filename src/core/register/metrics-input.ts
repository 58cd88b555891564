/**
 * The metrics file a registration commits: converted into the registry's
 * format from what a training script wrote (see core/metrics/convert.ts),
 * or, with the `raw` format, byte for byte. A file already in the registry's
 * format, with nothing to rename, keeps its bytes too.
 */
import { Document, parseDocument } from 'yaml';
import { convertMetrics, describeConversion, type MetricsShape } from '../metrics/convert.js';
import type { Registry } from '../registry/registry.js';
import { isRecord } from '../values.js';
import { readInputDocument, type InputFile } from './build-card.js';

export const METRICS_FORMATS = ['auto', 'raw'] as const;
export type MetricsFormat = (typeof METRICS_FORMATS)[number];

export interface MetricsFileBuild {
  /** What is committed. */
  bytes: Uint8Array;
  /** Run statistics, for card.yaml's `training.stats`. */
  stats: Record<string, number>;
  /** The shape the file had, when it was converted. */
  shape?: Exclude<MetricsShape, 'registry'> | 'renamed';
  /** What was renamed, moved or dropped, one line each. */
  changes: string[];
}

/** registry.yaml's `metric_names`, read defensively (validation reports a bad one). */
export function metricNames(registry: Registry): Record<string, string> {
  const raw = registry.settingsFile?.value as unknown;
  const names = isRecord(raw) && isRecord(raw.metric_names) ? raw.metric_names : {};
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [from, to] of Object.entries(names)) if (typeof to === 'string') out[from] = to;
  return out;
}

export function buildMetricsFile(
  file: InputFile,
  fileName: 'metrics.json' | 'metrics.yaml',
  names: Record<string, string>,
  format: MetricsFormat = 'auto',
): MetricsFileBuild {
  const kept: MetricsFileBuild = { bytes: file.bytes, stats: {}, changes: [] };
  if (format === 'raw') return kept;
  // A file that cannot be read is committed as given: validation then shows its problems at its own lines.
  const read = readInputDocument(file);
  if (read.problems.length || !isRecord(read.value)) return kept;
  const conversion = convertMetrics(read.value, names);
  if (conversion.changes.length === 0) return kept;
  const text =
    fileName === 'metrics.json'
      ? `${JSON.stringify(conversion.metrics, null, 2)}\n`
      : new Document(conversion.metrics, { version: '1.2' }).toString({ lineWidth: 0, minContentWidth: 0 });
  return {
    bytes: new TextEncoder().encode(text),
    stats: conversion.stats,
    shape: conversion.shape === 'registry' ? 'renamed' : conversion.shape,
    changes: describeConversion(conversion),
  };
}

/** The card input with the run statistics added to `training.stats` (a statistic the input gives itself wins). */
export function withStats(card: Record<string, unknown> | undefined, stats: Record<string, number>): Record<string, unknown> | undefined {
  if (Object.keys(stats).length === 0) return card;
  const input = card ?? {};
  const training = input.training === undefined ? {} : input.training;
  // A training that is not a mapping is the card's own problem, which validation reports; it is left as written.
  if (!isRecord(training)) return input;
  const given = isRecord(training.stats) ? training.stats : {};
  return { ...input, training: { ...training, stats: { ...stats, ...given } } };
}

/**
 * card.yaml's text with run statistics added under `training.stats`, its
 * comments and layout kept (a statistic the card already has is left as it is).
 */
export function addStatsToCardText(text: string, stats: Record<string, number>): string {
  const doc = parseDocument(text, { version: '1.2' });
  for (const [name, value] of Object.entries(stats)) {
    if (!doc.hasIn(['training', 'stats', name])) doc.setIn(['training', 'stats', name], value);
  }
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
