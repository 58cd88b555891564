/**
 * What MLflow's REST API answers, as far as `import mlflow` reads it: the
 * fields of model_registry.proto's RegisteredModel and ModelVersion,
 * service.proto's Run, and mlflow_artifacts.proto's FileInfo, as MLflow
 * serialises them (snake_case, int64 as numbers, enums as their names).
 * Every field is optional: MLflow leaves unset fields out.
 */

export interface MlflowTag {
  key?: string;
  value?: string;
}

export interface MlflowRegisteredModel {
  name?: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  description?: string;
  tags?: MlflowTag[];
  /** RegisteredModelAlias: an alias and the version it points to. */
  aliases?: { alias?: string; version?: string }[];
}

export interface MlflowModelVersion {
  name?: string;
  version?: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  user_id?: string;
  /** Legacy stages: None, Staging, Production, Archived. */
  current_stage?: string;
  description?: string;
  source?: string;
  run_id?: string;
  /** PENDING_REGISTRATION, FAILED_REGISTRATION or READY. */
  status?: string;
  status_message?: string;
  tags?: MlflowTag[];
  run_link?: string;
  aliases?: string[];
}

export interface MlflowMetric {
  key?: string;
  /** A double; MLflow writes NaN and the infinities as strings. */
  value?: number | string;
  timestamp?: number;
  step?: number;
}

export interface MlflowRun {
  info?: { run_id?: string; run_name?: string; experiment_id?: string; artifact_uri?: string; start_time?: number; status?: string };
  data?: { metrics?: MlflowMetric[]; params?: MlflowTag[]; tags?: MlflowTag[] };
  inputs?: {
    dataset_inputs?: {
      tags?: MlflowTag[];
      dataset?: { name?: string; digest?: string; source_type?: string; source?: string };
    }[];
  };
}

/** One file of a version's model folder, as the artifact API listed it (and, once downloaded, measured). */
export interface MlflowArtifactFile {
  /** Relative to the version's artifact folder, with `/`. */
  path: string;
  size: number;
  /** Set once downloaded; a dry run only lists. */
  sha256?: string;
  /** Where the download is on disk. */
  localPath?: string;
  /** Where MLflow serves it (its artifact API address). */
  url: string;
}

/** One model version with what was read about it. */
export interface MlflowVersionData {
  version: MlflowModelVersion;
  run?: MlflowRun;
  /** Why the run could not be read (deleted, another server's run). */
  runNote?: string;
  /** model-versions/get-download-uri's answer. */
  downloadUri?: string;
  files?: MlflowArtifactFile[];
  /** Why the files could not be listed or fetched. */
  filesNote?: string;
}

export interface MlflowModelData {
  model: MlflowRegisteredModel;
  versions: MlflowVersionData[];
  /** Aliases asked for one by one (registered-models/alias) because registered-models/get did not list them. */
  askedAliases?: { alias: string; version?: string }[];
}
