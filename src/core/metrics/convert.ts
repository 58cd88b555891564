/**
 * Metrics as training scripts write them, turned into the registry's format:
 * Hugging Face Trainer results (`eval_accuracy`, `eval_runtime`, `epoch`),
 * nested split maps (`{"train": {...}, "eval": {...}}`) and scikit-learn's
 * `classification_report(output_dict=True)`. A split prefix becomes the
 * value's `split`, run statistics go to the card's `training.stats`, reports
 * flatten to `precision_macro`, `f1_<label>`…; registry.yaml's `metric_names`
 * renames. Every change is listed, so nothing moves silently.
 */
import { isRecord } from '../values.js';

export type MetricsShape = 'registry' | 'hugging-face' | 'nested-splits' | 'classification-report';

export interface MetricMeasurement {
  value: number | string;
  split?: string;
  n?: number;
  [key: string]: unknown;
}

export interface MetricsChange {
  kind: 'renamed' | 'moved' | 'dropped' | 'kept';
  /** The name as the file wrote it (a nested one as `eval.accuracy`). */
  from: string;
  /** One line: where it went, or why. */
  detail: string;
}

export interface MetricsConversion {
  shape: MetricsShape;
  metrics: Record<string, number | string | MetricMeasurement>;
  /** Run statistics, for card.yaml's `training.stats`. */
  stats: Record<string, number>;
  changes: MetricsChange[];
}

/** Dataset splits a prefix (`eval_`) or a nested key (`"eval": {...}`) may name. */
const SPLITS = ['test', 'validation', 'valid', 'val', 'eval', 'dev'];
/** Which split keeps the plain name when several give the same metric: the most final evaluation first. */
const SPLIT_RANK = (split: string | undefined): number => {
  if (split === undefined) return SPLITS.length + 1;
  const index = SPLITS.indexOf(split.toLowerCase());
  return index === -1 ? 0 : SPLITS.length - index;
};
const PREFIX = new RegExp(`^(${SPLITS.join('|')})_(.+)$`);
/** Run statistics, not measurements of the model. */
const STAT = /^(?:epoch|step|global_step|total_flos|.*_runtime|.*_samples_per_second|.*_steps_per_second|.*_flos)$/;
const TRAIN = /^train_(.+)$/;
const METRIC_NAME = /^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity|\.inf|\.nan)$/i;
const AVERAGES: Record<string, string> = { 'macro avg': 'macro', 'weighted avg': 'weighted', 'micro avg': 'micro', 'samples avg': 'samples' };
const REPORT_FIELDS: Record<string, string> = { precision: 'precision', recall: 'recall', 'f1-score': 'f1' };

const isSplit = (key: string) => SPLITS.includes(key.toLowerCase()) || key.toLowerCase() === 'train';
const isMeasurement = (value: unknown): value is Record<string, unknown> => isRecord(value) && Object.hasOwn(value, 'value');
const isReportEntry = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && ('f1-score' in value || ('precision' in value && 'recall' in value && 'support' in value));

function isReport(value: Record<string, unknown>): boolean {
  return Object.keys(AVERAGES).some((k) => isReportEntry(value[k])) || Object.values(value).filter(isReportEntry).length >= 2;
}

function isHuggingFace(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.some((k) => PREFIX.test(k) || TRAIN.test(k)) && keys.some((k) => STAT.test(k));
}

function isNested(value: Record<string, unknown>): boolean {
  return Object.entries(value).some(([k, v]) => isSplit(k) && isRecord(v) && !isMeasurement(v));
}

/** Which shape a parsed metrics file has; `registry` for the registry's own (or anything unrecognised). */
export function metricsShape(value: unknown): MetricsShape {
  if (!isRecord(value)) return 'registry';
  if (isReport(value)) return 'classification-report';
  if (isNested(value)) return 'nested-splits';
  if (isHuggingFace(value)) return 'hugging-face';
  return 'registry';
}

/** What a shape is called in messages. */
export const SHAPE_LABELS: Record<Exclude<MetricsShape, 'registry'>, string> = {
  'hugging-face': 'a Hugging Face Trainer results file (eval_results.json, all_results.json)',
  'nested-splits': 'a map of splits ({"train": {...}, "eval": {...}})',
  'classification-report': "scikit-learn's classification_report(output_dict=True)",
};

interface Pending {
  name: string;
  from: string;
  split?: string;
  value: unknown;
  /** The name to fall back to when another split takes `name`. */
  fallback: string;
  n?: number;
}

/**
 * The registry's form of a parsed metrics file. `names` is registry.yaml's
 * `metric_names` (a name as the file writes it, or without its split prefix,
 * to the catalogue's name).
 */
export function convertMetrics(value: unknown, names: Readonly<Record<string, string>> = {}): MetricsConversion {
  const shape = metricsShape(value);
  const out: MetricsConversion = { shape, metrics: {}, stats: {}, changes: [] };
  if (!isRecord(value)) return out;
  const pending: Pending[] = [];
  const counts = new Map<string | undefined, number>();
  const rename = (full: string, bare: string): string | undefined => own(names, full) ?? own(names, bare);

  const flat = (key: string, entry: unknown, from: string, split: string | undefined): void => {
    const full = split === undefined ? key : `${split}_${key}`;
    if (STAT.test(key) || (split === undefined && STAT.test(full))) {
      stat(full, entry, from);
      return;
    }
    if (split === undefined && shape !== 'registry') {
      if (TRAIN.test(key)) return stat(key, entry, from);
      const prefixed = shape === 'hugging-face' ? PREFIX.exec(key) : null;
      if (prefixed) return flat(prefixed[2], entry, from, prefixed[1]);
    }
    if (/^samples$/.test(key) && split !== undefined) {
      if (!isCount(entry)) return drop(from, 'not a count of examples');
      counts.set(split, entry);
      out.changes.push({ kind: 'moved', from, detail: `to \`n\` of the ${split} metrics (the number of examples)` });
      return;
    }
    if (split !== undefined && split.toLowerCase() === 'train') return stat(full, entry, from);
    const mapped = rename(full, key);
    const name = mapped ?? key;
    pending.push({ name, from, split, value: entry, fallback: full });
  };
  const stat = (name: string, entry: unknown, from: string): void => {
    if (typeof entry === 'number' && Number.isFinite(entry)) {
      out.stats[name] = entry;
      out.changes.push({ kind: 'moved', from, detail: `to card.yaml training.stats.${name} (a statistic of the run, not a metric)` });
    } else drop(from, 'a run statistic that is not a number');
  };
  const drop = (from: string, why: string): void => void out.changes.push({ kind: 'dropped', from, detail: why });

  const report = (entries: Record<string, unknown>, split: string | undefined, prefix: string) => {
    const total = Object.entries(entries).find(([k, v]) => k in AVERAGES && isRecord(v) && isCount(v.support))?.[1] as Record<string, unknown> | undefined;
    for (const [key, entry] of Object.entries(entries)) {
      const from = `${prefix}${key}`;
      if (key === 'accuracy') {
        const name = rename(split ? `${split}_accuracy` : 'accuracy', 'accuracy') ?? 'accuracy';
        pending.push({ name, from, split, value: entry, fallback: name, n: total ? Number(total.support) : undefined });
        continue;
      }
      if (!isRecord(entry)) {
        flat(key, entry, from, split);
        continue;
      }
      const suffix = AVERAGES[key] ?? labelName(key);
      const n = isCount(entry.support) && entry.support > 0 ? entry.support : undefined;
      for (const [field, v] of Object.entries(entry)) {
        const base = REPORT_FIELDS[field];
        if (field === 'support') {
          out.changes.push({ kind: 'moved', from: `${from}.support`, detail: `to \`n\` of ${key}'s metrics (the number of examples)` });
          continue;
        }
        if (!base) {
          drop(`${from}.${field}`, 'not a field of a classification report');
          continue;
        }
        const derived = `${base}_${suffix}`;
        const name = rename(split ? `${split}_${derived}` : derived, derived) ?? derived;
        pending.push({ name, from: `${from}.${field}`, split, value: v, fallback: name, n });
      }
    }
  };

  if (shape === 'classification-report') report(value, undefined, '');
  else {
    for (const [key, entry] of Object.entries(value)) {
      if (shape === 'nested-splits' && isSplit(key) && isRecord(entry) && !isMeasurement(entry)) {
        const split = key;
        if (isReport(entry)) report(entry, split, `${key}.`);
        else for (const [inner, v] of Object.entries(entry)) flat(inner, v, `${key}.${inner}`, split);
      } else flat(key, entry, key, undefined);
    }
  }

  // The most final split keeps the plain name; another split of the same metric keeps its own.
  const order = [...pending].sort((a, b) => SPLIT_RANK(b.split) - SPLIT_RANK(a.split));
  const taken = new Set<string>();
  const placed = new Map<Pending, string>();
  for (const p of order) {
    const name = !taken.has(p.name) ? p.name : !taken.has(p.fallback) ? p.fallback : undefined;
    if (name === undefined) {
      drop(p.from, `\`${p.name}\` is already given by another entry`);
      continue;
    }
    taken.add(name);
    placed.set(p, name);
  }
  for (const p of pending) {
    const name = placed.get(p);
    if (name === undefined) continue;
    const measured = measurement(p, counts.get(p.split));
    if (measured === undefined) {
      drop(p.from, 'not a number');
      continue;
    }
    if (!METRIC_NAME.test(name)) {
      drop(p.from, `\`${name}\` is not a metric name (a letter, then letters, digits or _ . : / @ -): map it in registry.yaml's metric_names`);
      continue;
    }
    out.metrics[name] = measured;
    const where = p.split !== undefined ? ` (split ${p.split})` : '';
    if (name !== p.from) {
      const why = name === p.fallback && name !== p.name ? `, as \`${p.name}\` is given by another split` : '';
      out.changes.push({ kind: name === p.fallback && name !== p.name ? 'kept' : 'renamed', from: p.from, detail: `to \`${name}\`${where}${why}` });
    }
  }
  return out;
}

function measurement(p: Pending, count: number | undefined): number | string | MetricMeasurement | undefined {
  const { value, split } = p;
  const n = p.n ?? count;
  if (isMeasurement(value)) {
    const given = value as MetricMeasurement;
    return split !== undefined && given.split === undefined ? { ...given, split } : given;
  }
  if (typeof value !== 'number' && !(typeof value === 'string' && NON_FINITE.test(value))) return undefined;
  if (split === undefined && n === undefined) return value;
  const out: MetricMeasurement = { value };
  if (split !== undefined) out.split = split;
  if (n !== undefined) out.n = n;
  return out;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** A class label as part of a metric name: characters a name may not hold become `_`. */
function labelName(label: string): string {
  return label.replace(/[^A-Za-z0-9_.:/@-]+/g, '_').replace(/^_+|_+$/g, '') || 'label';
}

function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The changes as lines for a terminal, one per entry. */
export function describeConversion(conversion: MetricsConversion): string[] {
  return conversion.changes.map((c) => `${c.kind} ${c.from} ${c.detail}`);
}
