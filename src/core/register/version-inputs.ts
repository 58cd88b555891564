/**
 * What `register` and `add` both make of their inputs before a version
 * number is chosen: the card input (a mapping of card.yaml fields), the
 * metrics file converted from what the training script wrote (its run
 * statistics added to the card's training), and a new model's model.yaml.
 */
import type { Registry } from '../registry/registry.js';
import type { Problem } from '../problems.js';
import { isRecord } from '../values.js';
import { buildModelCard, readInputDocument, type InputFile, type ModelFields } from './build-card.js';
import { buildMetricsFile, metricNames, withStats, type MetricsFileBuild, type MetricsFormat } from './metrics-input.js';

export interface VersionInputs {
  card?: InputFile;
  metrics: InputFile & { fileName: 'metrics.json' | 'metrics.yaml' };
  metricsFormat?: MetricsFormat;
  modelCard?: InputFile;
  modelFields?: ModelFields;
}

export interface PreparedInputs {
  cardInput?: Record<string, unknown>;
  metricsFile: MetricsFileBuild;
  /** A new model's model.yaml. */
  modelYaml?: Uint8Array;
  /** When model.yaml is the user's own file: its path, where its lines are. */
  modelYamlSource?: string;
  problems: Problem[];
  warnings: string[];
  /** Why nothing can be made of these inputs. */
  error?: string;
}

export function prepareInputs(
  input: VersionInputs,
  registry: Registry,
  model: string,
  newModel: boolean,
  /** What to say when a new model has no model card: which flags or inputs give it. */
  missingModelCard: string,
): PreparedInputs {
  const out: PreparedInputs = { metricsFile: { bytes: input.metrics.bytes, stats: {}, changes: [] }, problems: [], warnings: [] };
  if (input.card) {
    const read = readInputDocument(input.card);
    out.problems.push(...read.problems);
    if (read.problems.length) return { ...out, error: `the card input ${input.card.source} cannot be read` };
    if (read.value !== undefined && !isRecord(read.value)) {
      return { ...out, error: `the card input ${input.card.source} must be a mapping of card.yaml fields (summary, description, lineage, training, …)` };
    }
    out.cardInput = read.value;
  }

  // The metrics file, converted from what the training script wrote; its run statistics go to the card's training.
  out.metricsFile = buildMetricsFile(input.metrics, input.metrics.fileName, metricNames(registry), input.metricsFormat);
  out.cardInput = withStats(out.cardInput, out.metricsFile.stats);

  const fields = input.modelFields;
  const fieldsGiven = fields && Object.values(fields).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== ''));
  if (newModel) {
    if (input.modelCard) {
      out.modelYaml = input.modelCard.bytes;
      out.modelYamlSource = input.modelCard.source;
      if (fieldsGiven)
        out.warnings.push(`the model card file ${input.modelCard.source} is used as written; the model card fields given besides it are ignored`);
    } else if (fields?.description && fields.owners?.length) {
      out.modelYaml = new TextEncoder().encode(buildModelCard(model, fields));
    } else {
      return { ...out, error: `model \`${model}\` is not in the registry yet, so this adds it: ${missingModelCard}` };
    }
  } else if (input.modelCard || fieldsGiven) {
    out.warnings.push(
      `model \`${model}\` is already in the registry: its model.yaml there is kept (change it by pull request), and the model card inputs are ignored`,
    );
  }
  return out;
}
