/**
 * A committed metrics file in a training script's shape (Hugging Face Trainer
 * results, a map of splits, a scikit-learn classification report) is one
 * mistake, whatever its number of keys: one problem for the file, naming the
 * command that converts it.
 */
import { metricsShape, SHAPE_LABELS } from '../metrics/convert.js';
import type { Problem } from '../problems.js';

export function unconvertedMetrics(path: string, value: unknown): Problem | undefined {
  const shape = metricsShape(value);
  if (shape === 'registry') return undefined;
  return {
    file: path,
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'unconverted-metrics',
    message:
      `this is ${SHAPE_LABELS[shape]}, not the registry's metrics format: convert it with \`model-registry convert-metrics ${path}\` ` +
      "(a split prefix becomes the value's split, run statistics go to card.yaml's training.stats); `add` and `register` convert such files as they add them",
  };
}
