/**
 * The files of a new, empty registry (`model-registry init`): registry.yaml
 * with a starter metrics catalogue, the template's five workflows (the very
 * files in registry-template/, embedded when the bundle is built, so the two
 * never diverge), a short README with badges, and .gitattributes that keeps
 * weights in Git LFS. Plain data: writing them is the caller's.
 */
import pagesWorkflow from '../../../registry-template/.github/workflows/pages.yml?raw';
import pullRequestWorkflow from '../../../registry-template/.github/workflows/pull-request.yml?raw';
import pullRequestCommentWorkflow from '../../../registry-template/.github/workflows/pull-request-comment.yml?raw';
import releaseWorkflow from '../../../registry-template/.github/workflows/release.yml?raw';
import auditWorkflow from '../../../registry-template/.github/workflows/audit.yml?raw';
import { REGISTRY_FILE } from '../format/layout.js';

const SCHEMA_BASE = 'https://raw.githubusercontent.com/model-registry/model-registry/main/schemas';

export interface StarterOptions {
  /** The registry's display name. */
  name: string;
  /** Where the catalogue is served. */
  url?: string;
  stages: readonly string[];
  /** A maintainer: @user or @org/team. */
  owner?: string;
  /** owner/name on GitHub, for the README's badges, when known. */
  repository?: string;
}

export interface StarterFile {
  /** Relative to the registry folder. */
  path: string;
  content: string;
}

/** The workflows, by the path they take in a registry: the template's own files. */
export const STARTER_WORKFLOWS: Readonly<Record<string, string>> = {
  '.github/workflows/pages.yml': pagesWorkflow,
  '.github/workflows/pull-request.yml': pullRequestWorkflow,
  '.github/workflows/pull-request-comment.yml': pullRequestCommentWorkflow,
  '.github/workflows/release.yml': releaseWorkflow,
  '.github/workflows/audit.yml': auditWorkflow,
};

export function starterFiles(options: StarterOptions): StarterFile[] {
  return [
    { path: REGISTRY_FILE, content: registryYaml(options) },
    { path: 'README.md', content: readme(options) },
    { path: '.gitattributes', content: GITATTRIBUTES },
    ...Object.entries(STARTER_WORKFLOWS).map(([path, content]) => ({ path, content })),
  ];
}

/** A YAML double-quoted scalar (JSON's string syntax is one). */
const quoted = (text: string) => JSON.stringify(text);

function registryYaml(o: StarterOptions): string {
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/registry.schema.json`,
    '# Settings of this model registry; the format is docs/format.md of model-registry.',
    'format: 1',
    `name: ${quoted(o.name)}`,
  ];
  if (o.url) lines.push('# Where the catalogue is served (GitHub Pages): links in release notes and reviews.', `url: ${quoted(o.url)}`);
  lines.push(
    '# Release tags: sentiment@v1.2.0. Fixed once a version is released.',
    'tag_format: "{model}@v{version}"',
    '# Deployment stages, in promotion order.',
    `stages: [${o.stages.join(', ')}]`,
  );
  if (o.owner) {
    lines.push(
      '# Code owners of registry.yaml, of new model folders and of .github/: `model-registry codeowners` writes CODEOWNERS.',
      'maintainers:',
      `  - ${quoted(o.owner)}`,
    );
  }
  lines.push(STARTER_CATALOGUE);
  return `${lines.join('\n')}\n`;
}

/**
 * Common metrics with the direction that is better and the range of possible
 * values: comparisons, gates and range checks need both. Ratios are fractions
 * in [0, 1], not percentages.
 */
const STARTER_CATALOGUE = `
# The metrics catalogue: every metric a version reports is declared here, with
# the direction that is better (higher or lower) and its possible range, so
# versions compare and a percentage written as a fraction is caught. Ratios are
# fractions in [0, 1], not percentages. Delete what you do not use; add yours.
metrics:
  # Classification
  accuracy: {direction: higher, min: 0, max: 1, description: "Share of examples whose top prediction is the label."}
  f1: {direction: higher, min: 0, max: 1, description: "F1 of the positive class (binary)."}
  f1_macro: {direction: higher, min: 0, max: 1, description: "F1 averaged over classes with equal weight."}
  f1_weighted: {direction: higher, min: 0, max: 1, description: "F1 averaged over classes weighted by their support."}
  precision: {direction: higher, min: 0, max: 1}
  precision_macro: {direction: higher, min: 0, max: 1}
  recall: {direction: higher, min: 0, max: 1}
  recall_macro: {direction: higher, min: 0, max: 1}
  roc_auc: {direction: higher, min: 0, max: 1, description: "Area under the ROC curve."}
  pr_auc: {direction: higher, min: 0, max: 1, description: "Average precision (area under the precision-recall curve)."}
  log_loss: {direction: lower, min: 0, description: "Mean negative log-likelihood of the label (cross-entropy)."}
  loss: {direction: lower, min: 0, description: "The training objective on held-out data, as the trainer reports it (eval_loss)."}
  # Regression
  mae: {direction: lower, min: 0, description: "Mean absolute error, in the target's unit."}

  rmse: {direction: lower, min: 0, description: "Root mean squared error, in the target's unit."}

  r2: {direction: higher, max: 1, description: "Coefficient of determination."}
  # Serving
  latency_p95_ms: {direction: lower, min: 0, unit: ms, description: "95th-percentile latency of one request."}
  model_size_mb: {direction: lower, min: 0, unit: MB, description: "Size of the serving artifacts (10^6 bytes)."}

# Names training scripts use for catalogue metrics: \`add\` and \`register\`
# rename them when they convert a metrics file (an eval_/test_ prefix becomes
# the value's split either way).
# metric_names:
#   eval_acc: accuracy
#   roc-auc: roc_auc`;

const GITATTRIBUTES = `# Model weights in version folders go to Git LFS (run \`git lfs install\` once per machine):
# git keeps a small pointer, the card keeps the real file's sha256 and size.
models/*/versions/**/*.safetensors filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.onnx filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.bin filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.pt filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.pth filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.ckpt filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.h5 filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.keras filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.gguf filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.tflite filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.pkl filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.joblib filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.zip filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.tar.gz filter=lfs diff=lfs merge=lfs -text
`;

function readme(o: StarterOptions): string {
  const lines = [`# ${o.name.replace(/[\\`*_[\]<>#|]/g, '\\$&')}`, ''];
  if (o.repository) {
    const actions = `https://github.com/${o.repository}/actions/workflows`;
    const badge = (label: string, file: string) => `[![${label}](${actions}/${file}/badge.svg)](${actions}/${file})`;
    lines.push([badge('Registry review', 'pull-request.yml'), badge('Registry release', 'release.yml'), badge('Catalogue', 'pages.yml')].join(' '), '');
  }
  lines.push('The models this team deploys: every version with its lineage, metrics and artifacts, reviewed by pull request.', '');
  if (o.url) lines.push(`Catalogue: **<${o.url}>**`, '');
  lines.push(
    '## Add a model version',
    '',
    '```sh',
    'model-registry add sentiment --metrics out/eval_results.json --artifact "out/*.safetensors" \\',
    '  --owner @you --description "Sentiment of product reviews"   # owner and description: a new model only',
    'model-registry validate',
    'git add . && git commit -m "Add sentiment 1.0.0" && git push   # then open a pull request',
    '```',
    '',
    '`add` converts metrics as training scripts write them (Hugging Face Trainer results, scikit-learn classification reports) and prints what it changed.',
    'The pull request is reviewed by the `Registry review` workflow; merging it releases the version.',
    '',
    '```',
    'registry.yaml                              settings and the metrics catalogue',
    'models/<model>/model.yaml                  what the model is, who owns it',
    'models/<model>/stages.yaml                 which version runs in each stage',
    'models/<model>/versions/<x.y.z>/card.yaml  lineage, training, artifacts',
    'models/<model>/versions/<x.y.z>/metrics.*  evaluation results',
    '```',
    '',
  );
  return lines.join('\n');
}
