/* eslint-disable */
/**
 * GENERATED FILE - DO NOT EDIT.
 *
 * Generated from the JSON Schemas in schemas/ by `npm run gen:types` (scripts/gen-types.mjs).
 * Edit the schemas and run `npm run gen:types` again; CI runs `node scripts/gen-types.mjs --check`.
 */

/**
 * A deployment stage name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.
 */
export type StageName = string;

/**
 * A metric name: a letter followed by up to 127 letters, digits or any of _ . : / @ -.
 */
export type MetricName = string;

/**
 * A duration: a whole number of minutes (m), hours (h) or days (d).
 */
export type Duration = string;

/**
 * Settings of a model registry repository, stored as registry.yaml at the repository root: its name, where the catalogue is served, how release tags are named, the deployment stages and the catalogue of known metrics.
 */
export interface RegistrySettings {
  /**
   * Version of the registry file format. Must be 1.
   */
  format: 1;
  /**
   * Display name of the registry, shown in the catalogue and in release notes.
   */
  name: string;
  /**
   * Description of the registry (Markdown), shown on the catalogue home page.
   */
  description?: string;
  /**
   * GitHub users or teams who maintain the registry (@user or @org/team). The command model-registry codeowners makes them the code owners of registry.yaml, of new model folders, of the CODEOWNERS file and (when the registry is the whole repository) of .github/, the workflows.
   *
   * @minItems 1
   *
   * Items: A GitHub user (@user) or team (@org/team) handle.
   */
  maintainers?: [string, ...string[]];
  /**
   * The http(s) URL where the static catalogue of this registry is served, used for links in release notes and pull request comments.
   */
  url?: string;
  /**
   * Template of the Git tag (and GitHub Release) created for each model version. Must contain the placeholders {model} and {version}, and otherwise only letters, digits and . _ + @ / -. Cannot change once a version is released.
   */
  tag_format?: string;
  /**
   * The deployment stages a model version can be promoted to, in promotion order. Names must be unique.
   *
   * @minItems 1
   */
  stages?: [StageName, ...StageName[]];
  /**
   * Catalogue of the metrics used by the models of this registry, keyed by metric name. Declares whether higher or lower values are better and the valid range.
   */
  metrics?: {
    /**
     * Definition of the metric with this name.
     */
    [k: string]: MetricDefinition;
  };
  /**
   * Whether the metrics catalogue is the whole list of metrics (strict, the default: a metric or primary_metric the catalogue lacks is an error) or a list of the metrics it knows (open: other metrics are accepted unchecked; a near miss of a catalogue name is still a warning). Without a metrics catalogue, no metric name is checked.
   */
  metrics_catalogue?: "strict" | "open";
  /**
   * Renames metrics as training scripts name them to the catalogue's names when register and add convert a metrics file: a name as written (eval_acc) or without its split prefix (acc), mapped to a metric name.
   */
  metric_names?: {
    /**
     * The catalogue's name for this metric.
     */
    [k: string]: MetricName;
  };
  /**
   * What a promotion into each stage requires, keyed by stage (a stage declared in stages): after (an earlier stage first), released, approval: owners, metric gates and no_regression. Checked on pull requests that change a stages.yaml; a model.yaml may tighten it. Without it, any version may be put in any stage (except a deprecated one).
   */
  promotion?: {
    /**
     * What a promotion into this stage requires.
     */
    [k: string]: StagePolicy;
  };
  /**
   * The environments (clusters, regions, serving deployments) that serve each stage, keyed by environment name, each mapped to a stage declared in stages. A deployment job reports what an environment runs with model-registry deployed; model-registry status compares it with what the stage declares (drift).
   */
  environments?: {
    /**
     * The stage this environment serves.
     */
    [k: string]: StageName;
  };
  /**
   * How long an environment may run another version than its stage declares before model-registry status --fail-on drift fails: a whole number of minutes (m), hours (h) or days (d). Default 24h.
   */
  max_drift?: string;
  /**
   * Every model's monitoring defaults, checked by model-registry audit against the observations in models/<model>/monitoring/: bounds per metric, max_silence and retrain_after. A model.yaml's monitoring overrides them key by key.
   */
  monitoring?: Monitoring;
  /**
   * MLflow model aliases, each mapped to the stage it stands for, so that models:/<model>@<alias> resolves to the version that runs in that stage. model-registry import mlflow --alias-stage ALIAS=STAGE adds them.
   */
  aliases?: {
    /**
     * The stage this alias stands for.
     */
    [k: string]: StageName;
  };
  /**
   * This interface was referenced by `RegistrySettings`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * Definition of a metric in the registry catalogue: whether higher or lower values are better, and optionally its valid range, unit and meaning.
 */
export interface MetricDefinition {
  /**
   * Whether higher or lower values of the metric are better. Used to compare versions and flag regressions.
   */
  direction: "higher" | "lower";
  /**
   * Smallest valid value of the metric, if bounded.
   */
  min?: number;
  /**
   * Largest valid value of the metric, if bounded.
   */
  max?: number;
  /**
   * Unit of the metric values, shown next to them in the catalogue.
   */
  unit?: string;
  /**
   * The metric's name as people read it, used in the review, release notes, catalogue and CLI text; the metric's key stays its id in files and JSON.
   */
  title?: string;
  /**
   * The smallest difference between two versions that means something: a smaller change is reported as within noise, neither better nor worse.
   */
  min_delta?: number;
  /**
   * What the metric measures (Markdown), shown in the catalogue.
   */
  description?: string;
  /**
   * This interface was referenced by `MetricDefinition`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * What a promotion into a stage requires: an earlier stage first, a release, metric gates, no regression against the version the stage runs, and an owner's approval. Checked on every pull request that changes the stage in a stages.yaml.
 */
export interface StagePolicy {
  /**
   * The stage the version must have been in on the default branch before (enforced stage order). Must be another declared stage.
   */
  after?: StageName;
  /**
   * Whether the version must have its release (its git tag) before it can enter this stage.
   */
  released?: boolean;
  /**
   * owners: the pull request needs an approving review from one of the model's owners (a listed user, or a member of a listed team).
   */
  approval?: "owners";
  /**
   * Metric thresholds the version's metrics file must meet, keyed by metric name: min (at least) and/or max (at most).
   */
  gates?: {
    /**
     * The bounds this metric must meet.
     */
    [k: string]: MetricGate;
  };
  /**
   * Metrics that must not get worse than in the version the stage runs now (by each metric's direction in the catalogue), beyond an absolute tolerance. Where both values have a confidence interval and the intervals overlap, a worse value is noise, not a regression. A rollback (an older version) is reported, not refused.
   */
  no_regression?: {
    /**
     * The metrics compared; each must be in registry.yaml's metrics catalogue (its direction says which way is worse).
     *
     * @minItems 1
     */
    metrics: [MetricName, ...MetricName[]];
    /**
     * How much worse a metric may be, in the metric's own units (absolute). Default 0.
     */
    tolerance?: number;
    /**
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: string]: unknown;
  };
  /**
   * This interface was referenced by `StagePolicy`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * Bounds a metric must meet: min (the value must be at least this) and/or max (at most this).
 */
export interface MetricGate {
  /**
   * The metric must be at least this.
   */
  min?: number;
  /**
   * The metric must be at most this.
   */
  max?: number;
  /**
   * This interface was referenced by `MetricGate`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * What model-registry audit checks of the production observations in models/<model>/monitoring/: bounds per metric, the longest a stage may go without an observation (max_silence), and how old the newest version may get before it is overdue for retraining (retrain_after). registry.yaml's are every model's defaults; a model.yaml's override them key by key.
 */
export interface Monitoring {
  /**
   * Bounds per metric, keyed by metric name (a metric of registry.yaml's catalogue).
   */
  metrics?: {
    /**
     * The bounds this metric's observations must keep.
     */
    [k: string]: Monitor;
  };
  /**
   * The longest a stage may run a version without a new observation of it, e.g. 7d. No silence check without it.
   */
  max_silence?: Duration;
  /**
   * How old the newest version (its card's created) may get before the model is overdue for retraining, e.g. 90d.
   */
  retrain_after?: Duration;
  /**
   * How model-registry observe --registry (and command: observe) writes observations to the registry repository: commit (the default: one commit to the default branch, no review) or pull-request (a pull request to review and merge). A model.yaml's setting overrides registry.yaml's for that model.
   */
  observe?: "commit" | "pull-request";
  /**
   * This interface was referenced by `Monitoring`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * Bounds a metric's production observations must keep: min (at least), max (at most) and max_drop (at most this much worse than the value the version was registered with in its metrics file, in the metric's own units, by its direction in the catalogue).
 */
export interface Monitor {
  /**
   * An observation must be at least this.
   */
  min?: number;
  /**
   * An observation must be at most this.
   */
  max?: number;
  /**
   * How much worse than the version's registered value an observation may be, in the metric's own units (absolute), by the metric's direction in the catalogue.
   */
  max_drop?: number;
  /**
   * This interface was referenced by `Monitor`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * A model name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots: the name is part of git tags, URLs and file names, and GTO ignores names with dots).
 */
export type ModelName = string;

/**
 * Describes a model independently of its versions: its name, owners, task, license and intended use. Stored as models/<name>/model.yaml; each version lives in a sub-folder with its own card.yaml.
 */
export interface ModelCard {
  /**
   * Name of the model. Must be equal to the name of the folder that contains this model.yaml.
   */
  name: ModelName;
  /**
   * Human-readable display name of the model, shown in the catalogue instead of the name.
   */
  title?: string;
  /**
   * What the model does (Markdown). Shown on the model page of the catalogue.
   */
  description: string;
  /**
   * GitHub users or teams responsible for the model (@user or @org/team). They are asked to review changes to the model.
   *
   * @minItems 1
   *
   * Items: A GitHub user (@user) or team (@org/team) handle.
   */
  owners: [string, ...string[]];
  /**
   * The task the model performs, preferably a Hugging Face pipeline tag such as text-classification or tabular-classification.
   */
  task?: string;
  /**
   * License of the model: an SPDX license identifier or expression (for example MIT, Apache-2.0, or MIT OR Apache-2.0), or other.
   */
  license?: string;
  /**
   * Free keywords used to filter models in the catalogue. Must be unique.
   *
   * Items: A keyword of 1 to 64 characters: letters, digits, spaces or any of . _ : / + -, starting with a letter or digit.
   */
  tags?: string[];
  /**
   * The metric used to compare versions of this model and to rank it in the catalogue. Should be declared in the metrics catalogue of registry.yaml.
   */
  primary_metric?: MetricName;
  /**
   * Intended uses and users of the model, and uses that are out of scope (Markdown).
   */
  intended_use?: string;
  /**
   * Known limitations, biases and failure modes of the model (Markdown).
   */
  limitations?: string;
  /**
   * Ethical considerations and risks of using the model (Markdown).
   */
  ethical_considerations?: string;
  /**
   * Versions of this model that must no longer be used, mapped to the reason (and what to use instead).
   */
  deprecated_versions?: {
    /**
     * Why this version is deprecated and what to use instead.
     */
    [k: string]: string;
  };
  /**
   * Stage policies for this model only, keyed by stage: the same shape as registry.yaml's promotion. They may only add requirements (a higher min, a lower max, more metrics, a smaller tolerance); asking less than registry.yaml is an error.
   */
  promotion?: {
    /**
     * What a promotion into this stage requires.
     */
    [k: string]: StagePolicy;
  };
  /**
   * This model's monitoring, overriding registry.yaml's key by key (each bound of each metric, max_silence, retrain_after).
   */
  monitoring?: Monitoring;
  /**
   * The services, jobs and teams that use this model, each with an owner and a contact: shown in the catalogue and listed (their owners mentioned) by the audit when the model has a finding.
   */
  consumers?: Consumer[];
  /**
   * This interface was referenced by `ModelCard`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * A service, job or team that uses the model: its name, the GitHub user or team that owns it, how to reach them, and what kind of consumer it is.
 */
export interface Consumer {
  /**
   * The consumer's name: one line, unique among the model's consumers.
   */
  name: string;
  /**
   * The GitHub user (@user) or team (@org/team) that owns the consumer.
   */
  owner: string;
  /**
   * How to reach the consumer's owners: an e-mail address, a chat channel, an on-call page (one line).
   */
  contact: string;
  /**
   * What kind of consumer: service, job, team or other.
   */
  kind?: "service" | "job" | "team" | "other";
  /**
   * This interface was referenced by `Consumer`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * A Semantic Versioning 2.0.0 version without a 'v' prefix: MAJOR.MINOR.PATCH with optional pre-release and build metadata.
 */
export type SemVer = string;

/**
 * A parent model: either a version in this registry (model, version, relation) or an external model (uri, revision, relation). Entries with a uri are external parents.
 */
export type Parent = ExternalParent | RegistryParent;

/**
 * How this version was derived from the parent: fine-tune, retrain, distill, quantize, merge, adapter or other.
 */
export type ParentRelation =
  "fine-tune" | "retrain" | "distill" | "quantize" | "merge" | "adapter" | "other";

/**
 * A SHA-256 digest: exactly 64 lowercase hexadecimal characters, without a 'sha256:' prefix.
 */
export type Sha256 = string;

/**
 * Describes one version of a model: its version number, creation date, summary, lineage (parent models, datasets, training code), training setup and the artifact files that make up the release. Stored as models/<model>/<version>/card.yaml; the evaluation results go into metrics.yaml next to it.
 */
export interface VersionCard {
  /**
   * Version of the model described by this card, in Semantic Versioning 2.0.0 without a 'v' prefix. Must be equal to the name of the folder that contains this card.yaml.
   */
  version: SemVer;
  /**
   * Date and time when this version was created (trained or exported), as an RFC 3339 date-time with a time zone.
   */
  created: string;
  /**
   * One-line summary of what changed in this version (at most 300 characters). Used as the title of the release notes.
   */
  summary: string;
  /**
   * Longer description of this version (Markdown), included in the release notes.
   */
  description?: string;
  /**
   * Where this version comes from: parent models, datasets and training code.
   */
  lineage?: Lineage;
  /**
   * How this version was trained: hyper-parameters, software environment and a link to the training run.
   */
  training?: Training;
  /**
   * The files that make up this version (weights, tokenizer, configuration, ...). Each is either committed inside this version folder (path) or stored externally (uri), and is verified by its SHA-256 digest and size.
   */
  artifacts?: Artifact[];
  /**
   * This interface was referenced by `VersionCard`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * Where this version comes from: parent models, datasets and training code.
 */
export interface Lineage {
  /**
   * Models this version was derived from: versions in this registry (model, version, relation) or external models (uri, revision, relation).
   */
  parents?: Parent[];
  /**
   * Datasets used to train, validate or test this version.
   */
  datasets?: Dataset[];
  /**
   * The training code: GitHub repository, commit and path.
   */
  code?: CodeRef;
  /**
   * This interface was referenced by `Lineage`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * A parent model stored outside this registry, identified by a URI (hf://, s3://, gs://, https://, ...).
 */
export interface ExternalParent {
  /**
   * URI of the parent model, with any scheme (hf://, s3://, gs://, https://, ...).
   */
  uri: string;
  /**
   * Revision of the external parent (commit, tag or version), so that the exact weights can be retrieved.
   */
  revision?: string;
  /**
   * How this version was derived from the parent.
   */
  relation: ParentRelation;
  /**
   * This interface was referenced by `ExternalParent`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * A parent model that is a version of a model in this registry.
 */
export interface RegistryParent {
  /**
   * Name of the parent model in this registry.
   */
  model: ModelName;
  /**
   * Version of the parent model.
   */
  version: SemVer;
  /**
   * How this version was derived from the parent.
   */
  relation: ParentRelation;
  /**
   * This interface was referenced by `RegistryParent`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * A dataset used to train, validate or test this version.
 */
export interface Dataset {
  /**
   * Name of the dataset.
   */
  name: string;
  /**
   * Version, snapshot or revision of the dataset.
   */
  version?: string;
  /**
   * Where the dataset is stored, with any scheme (s3://, gs://, hf://, https://, ...).
   */
  uri?: string;
  /**
   * SHA-256 digest of the dataset (file or archive), to detect changes.
   */
  sha256?: Sha256;
  /**
   * What the dataset was used for: train, validation, test or other.
   */
  role?: "train" | "validation" | "test" | "other";
  /**
   * This interface was referenced by `Dataset`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * The training code: a GitHub repository, the exact commit and optionally the path of the entry point.
 */
export interface CodeRef {
  /**
   * GitHub repository of the training code, as owner/name.
   */
  repo: string;
  /**
   * Full 40-character commit SHA (lowercase hexadecimal) of the training code.
   */
  commit: string;
  /**
   * Path of the training entry point or folder inside the repository.
   */
  path?: string;
  /**
   * This interface was referenced by `CodeRef`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * How this version was trained: hyper-parameters, software environment and a link to the training run.
 */
export interface Training {
  /**
   * Hyper-parameters of the training, mapped to scalar values (string, number, boolean or null). Nested objects and lists are not allowed: flatten them with dotted names.
   */
  params?: {
    /**
     * Value of the hyper-parameter: a string, number, boolean or null.
     */
    [k: string]: string | number | boolean | null;
  };
  /**
   * Software environment of the training: package or tool name mapped to its version, as a string. Quote versions in YAML (python: "3.10"), otherwise 3.10 is read as the number 3.1.
   */
  environment?: {
    /**
     * Version of the package or tool, as a string (quote it in YAML).
     */
    [k: string]: string;
  };
  /**
   * Statistics of the training run as the training script reported them (epoch, runtimes, samples per second, total FLOPs), mapped to numbers. add, register and convert-metrics move them here from a metrics file.
   */
  stats?: {
    /**
     * The statistic's value.
     */
    [k: string]: number;
  };
  /**
   * http(s) URL of the training run in the experiment tracker or CI system.
   */
  run_url?: string;
  /**
   * This interface was referenced by `Training`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * A file of this version, verified by its SHA-256 digest and size. Give exactly one of path (a file committed inside this version folder) or uri (a file stored elsewhere).
 */
export interface Artifact {
  /**
   * File name of the artifact (no slashes), as attached to the release. Must be unique within the version.
   */
  name: string;
  /**
   * SHA-256 digest of the file.
   */
  sha256: Sha256;
  /**
   * Size of the file in bytes.
   */
  size: number;
  /**
   * Media (MIME) type of the file, used as the content type of the release asset.
   */
  media_type?: string;
  /**
   * Relative path of the file committed inside this version folder, with / separators (checked by the artifact-path rule: not absolute, no .., no symlinks). Give either path or uri, not both.
   */
  path?: string;
  /**
   * URI of the file stored outside the repository, with any scheme (s3://, gs://, hf://, https://, ...). Give either path or uri, not both.
   */
  uri?: string;
  /**
   * This interface was referenced by `Artifact`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * A metric value: either a plain number, or an object with the value and details about how it was measured.
 */
export type MetricValue = MetricMeasurement | number;

/**
 * The evaluation metrics of one model version, stored next to its card as metrics.yaml or metrics.json. Maps each metric name to either a plain number or an object with the value and details about how it was measured. Metric names should be declared in the metrics catalogue of registry.yaml so that their direction (higher or lower is better) is known. An empty file (or {}) says the version has no metrics yet: it is accepted with the no-metrics warning.
 */
export interface MetricsFile {
  /**
   * The measured value of this metric: a number, or an object with the value and details about how it was measured.
   */
  [k: string]: MetricValue;
}

/**
 * A metric value with details about how it was measured.
 */
export interface MetricMeasurement {
  /**
   * The measured value.
   */
  value: number;
  /**
   * Name of the dataset the metric was measured on.
   */
  dataset?: string;
  /**
   * The dataset split the metric was measured on, such as test or validation.
   */
  split?: string;
  /**
   * The subset (slice) of the data the metric was restricted to, if any.
   */
  slice?: string;
  /**
   * Confidence interval of the value as a list of exactly two numbers: [low, high].
   *
   * @minItems 2
   * @maxItems 2
   *
   * Items: A bound of the confidence interval (first the low bound, then the high bound).
   */
  ci?: [number, number];
  /**
   * Number of examples the metric was computed on (an integer of at least 1).
   */
  n?: number;
  /**
   * This interface was referenced by `MetricMeasurement`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}

/**
 * Maps each deployment stage of a model to the version currently promoted to it. Stored as models/<model>/stages.yaml and changed by a pull request like any other registry file. Stage names must be declared in the stages list of registry.yaml.
 */
export interface StagesFile {
  /**
   * The version of this model that is currently promoted to the stage. It must be an existing version folder of the model.
   */
  [k: string]: SemVer;
}

/**
 * An environment name: 1 to 64 lowercase letters, digits, underscores or hyphens, starting and ending with a letter or digit (no dots), like a model name.
 */
export type EnvironmentName = string;

/**
 * One production observation of a model: a metric's value for one version at one time, appended by a scheduled evaluation or an export of production metrics (model-registry observe). Each line of a monitoring file is one such JSON object; the file's name is the month (UTC) of its records' times.
 */
export interface ObservationRecord {
  /**
   * When the value was observed: an RFC 3339 date-time with a time zone (Z or an offset). It must fall in the file's month (UTC).
   */
  time: string;
  /**
   * The version of the model the value was observed on: an existing version folder of the model.
   */
  version: SemVer;
  /**
   * The metric observed, named as in registry.yaml's metrics catalogue.
   */
  metric: MetricName;
  /**
   * The metric's value: a finite number.
   */
  value: number;
  /**
   * How many examples (requests, labelled samples) the value was computed on.
   */
  n?: number;
  /**
   * The slice of traffic observed (a country, a customer tier), when the value is not over all of it.
   */
  segment?: string;
  /**
   * The environment (registry.yaml's environments) the value was observed in.
   */
  environment?: EnvironmentName;
  /**
   * This interface was referenced by `ObservationRecord`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]: unknown;
}
