import { describe, expect, it } from 'vitest';
import { convertMetrics, describeConversion, metricsShape } from '../../../../src/core/metrics/convert.js';

// What run_glue.py (Trainer) writes for DistilBERT fine-tuned on SST-2.
const EVAL_RESULTS = {
  epoch: 3.0,
  eval_accuracy: 0.9105504587155964,
  eval_loss: 0.3874627351760864,
  eval_runtime: 2.8341,
  eval_samples: 872,
  eval_samples_per_second: 307.682,
  eval_steps_per_second: 38.46,
};
const ALL_RESULTS = {
  ...EVAL_RESULTS,
  total_flos: 8.79938591772672e15,
  train_loss: 0.1960391425064258,
  train_runtime: 1620.9542,
  train_samples: 67349,
  train_samples_per_second: 124.646,
  train_steps_per_second: 15.581,
};
// sklearn.metrics.classification_report(y_true, y_pred, target_names=["negative", "positive"], output_dict=True), dumped with json.
const REPORT = {
  negative: { precision: 0.9183673469387755, recall: 0.8995327102803738, 'f1-score': 0.9088507265521796, support: 428 },
  positive: { precision: 0.9030837004405287, recall: 0.9211711711711712, 'f1-score': 0.9120410346017792, support: 444 },
  accuracy: 0.9105504587155964,
  'macro avg': { precision: 0.9107255236896521, recall: 0.9103519407257725, 'f1-score': 0.9104458805769794, support: 872 },
  'weighted avg': { precision: 0.9105841117062412, recall: 0.9105504587155964, 'f1-score': 0.9104746424622311, support: 872 },
};

describe('metricsShape', () => {
  it('recognises what training scripts write, and leaves the registry format alone', () => {
    expect(metricsShape(EVAL_RESULTS)).toBe('hugging-face');
    expect(metricsShape(ALL_RESULTS)).toBe('hugging-face');
    expect(metricsShape(REPORT)).toBe('classification-report');
    expect(metricsShape({ train: { loss: 0.2 }, eval: { accuracy: 0.91 } })).toBe('nested-splits');
    expect(metricsShape({ accuracy: 0.93, f1_macro: { value: 0.9, split: 'test' } })).toBe('registry');
    // A metric named like a split, in the registry's own form, is a metric.
    expect(metricsShape({ test: { value: 0.9 } })).toBe('registry');
    // A name with a split prefix alone is not enough: no run statistics, no Trainer.
    expect(metricsShape({ eval_accuracy: 0.9 })).toBe('registry');
  });
});

describe('convertMetrics', () => {
  it("turns Trainer's eval_results.json into metrics with their split and example count, and its run statistics into training stats", () => {
    const c = convertMetrics(EVAL_RESULTS);
    expect(c.metrics).toEqual({
      accuracy: { value: 0.9105504587155964, split: 'eval', n: 872 },
      loss: { value: 0.3874627351760864, split: 'eval', n: 872 },
    });
    expect(c.stats).toEqual({ epoch: 3, eval_runtime: 2.8341, eval_samples_per_second: 307.682, eval_steps_per_second: 38.46 });
    expect(describeConversion(c)).toEqual([
      'moved epoch to card.yaml training.stats.epoch (a statistic of the run, not a metric)',
      'moved eval_runtime to card.yaml training.stats.eval_runtime (a statistic of the run, not a metric)',
      'moved eval_samples to `n` of the eval metrics (the number of examples)',
      'moved eval_samples_per_second to card.yaml training.stats.eval_samples_per_second (a statistic of the run, not a metric)',
      'moved eval_steps_per_second to card.yaml training.stats.eval_steps_per_second (a statistic of the run, not a metric)',
      'renamed eval_accuracy to `accuracy` (split eval)',
      'renamed eval_loss to `loss` (split eval)',
    ]);
  });

  it("moves all_results.json's training figures to training stats, not metrics", () => {
    const c = convertMetrics(ALL_RESULTS);
    expect(Object.keys(c.metrics)).toEqual(['accuracy', 'loss']);
    expect(c.stats).toMatchObject({ train_loss: 0.1960391425064258, train_runtime: 1620.9542, train_samples: 67349, total_flos: 8.79938591772672e15 });
  });

  it('flattens a nested split map the same way', () => {
    const c = convertMetrics({ train: { loss: 0.19, runtime: 1620.9 }, eval: { accuracy: 0.91, loss: 0.39 }, test: { accuracy: 0.905 } });
    // The test split keeps the plain name; eval's accuracy keeps its own.
    expect(c.metrics).toEqual({
      eval_accuracy: { value: 0.91, split: 'eval' },
      loss: { value: 0.39, split: 'eval' },
      accuracy: { value: 0.905, split: 'test' },
    });
    expect(c.stats).toEqual({ train_loss: 0.19, train_runtime: 1620.9 });
    expect(describeConversion(c)).toContain('kept eval.accuracy to `eval_accuracy` (split eval), as `accuracy` is given by another split');
  });

  it('flattens a classification report to precision_macro, recall_weighted, f1_<label> with n from support', () => {
    const c = convertMetrics(REPORT);
    expect(c.metrics).toEqual({
      precision_negative: { value: 0.9183673469387755, n: 428 },
      recall_negative: { value: 0.8995327102803738, n: 428 },
      f1_negative: { value: 0.9088507265521796, n: 428 },
      precision_positive: { value: 0.9030837004405287, n: 444 },
      recall_positive: { value: 0.9211711711711712, n: 444 },
      f1_positive: { value: 0.9120410346017792, n: 444 },
      accuracy: { value: 0.9105504587155964, n: 872 },
      precision_macro: { value: 0.9107255236896521, n: 872 },
      recall_macro: { value: 0.9103519407257725, n: 872 },
      f1_macro: { value: 0.9104458805769794, n: 872 },
      precision_weighted: { value: 0.9105841117062412, n: 872 },
      recall_weighted: { value: 0.9105504587155964, n: 872 },
      f1_weighted: { value: 0.9104746424622311, n: 872 },
    });
    expect(describeConversion(c)).toContain('renamed macro avg.f1-score to `f1_macro`');
  });

  it('makes metric names of labels that are numbers or hold spaces', () => {
    const c = convertMetrics({
      '0': { precision: 0.5, recall: 1, 'f1-score': 0.67, support: 1 },
      'class 1': { precision: 1, recall: 0.5, 'f1-score': 0.67, support: 2 },
      accuracy: 0.67,
      'macro avg': { precision: 0.75, recall: 0.75, 'f1-score': 0.67, support: 3 },
    });
    expect(Object.keys(c.metrics)).toEqual(expect.arrayContaining(['f1_0', 'f1_class_1', 'f1_macro']));
  });

  it("renames by registry.yaml's metric_names, by the name as written or without its split", () => {
    const { eval_accuracy: _written, ...rest } = EVAL_RESULTS;
    const c = convertMetrics({ ...rest, eval_acc: 0.91 }, { eval_acc: 'accuracy', loss: 'log_loss' });
    expect(c.metrics.accuracy).toEqual({ value: 0.91, split: 'eval', n: 872 });
    expect(c.metrics.log_loss).toEqual({ value: 0.3874627351760864, split: 'eval', n: 872 });
    expect(convertMetrics({ acc: 0.9 }, { acc: 'accuracy' })).toMatchObject({ shape: 'registry', metrics: { accuracy: 0.9 } });
  });

  it('drops what is not a number, and says so', () => {
    const c = convertMetrics({ ...EVAL_RESULTS, eval_model_name: 'distilbert-base-uncased' });
    expect(c.metrics).not.toHaveProperty('model_name');
    expect(describeConversion(c)).toContain('dropped eval_model_name not a number');
  });

  it("changes nothing in a file already in the registry's format", () => {
    const value = { accuracy: 0.931, f1_macro: { value: 0.902, split: 'test', ci: [0.894, 0.91], n: 4812 }, latency_p95_ms: 41.5 };
    const c = convertMetrics(value);
    expect(c).toEqual({ shape: 'registry', metrics: value, stats: {}, changes: [] });
  });
});
