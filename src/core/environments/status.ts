/**
 * The environments' side of `status` and of the catalogue: for every model
 * and declared environment, what the environment's stage declares and, when
 * the deployments were read, what it runs and whether it drifted. Rows where
 * the stage declares nothing and nothing runs are left out.
 */
import type { DeclaredEnvironment } from './environments.js';
import { environmentDrift, type EnvironmentDrift, type Running } from './drift.js';

/** A model's environment, when what it runs was not read. */
export interface DeclaredRow {
  model: string;
  environment: string;
  stage: string;
  declared?: string;
  declaredSince?: string;
}

export type EnvironmentRow = DeclaredRow | EnvironmentDrift;

export interface EnvironmentModel {
  name: string;
  /** stage -> what it declares, and since when. */
  stages: ReadonlyMap<string, { version: string; since?: string }>;
}

export interface EnvironmentRowsInput {
  models: readonly EnvironmentModel[];
  environments: readonly DeclaredEnvironment[];
  /** `model` -> environment name -> what it runs; undefined: not read. */
  running?: ReadonlyMap<string, ReadonlyMap<string, Running>>;
  now: string;
  maxDriftMs: number;
  /** Every model's every environment, even where nothing is declared and nothing runs (the catalogue's table). */
  all?: boolean;
}

export function environmentRows(input: EnvironmentRowsInput): EnvironmentRow[] {
  const rows: EnvironmentRow[] = [];
  for (const model of input.models) {
    for (const env of input.environments) {
      const declared = model.stages.get(env.stage);
      if (!input.running) {
        if (declared || input.all)
          rows.push({
            model: model.name,
            environment: env.name,
            stage: env.stage,
            ...(declared ? { declared: declared.version, ...(declared.since ? { declaredSince: declared.since } : {}) } : {}),
          });
        continue;
      }
      const running = input.running.get(model.name)?.get(env.name) ?? {};
      if (!declared && running.version === undefined && !input.all) continue;
      rows.push(
        environmentDrift({ model: model.name, environment: env.name, stage: env.stage, declared, running, now: input.now, maxDriftMs: input.maxDriftMs }),
      );
    }
  }
  return rows;
}

export function isDrift(row: EnvironmentRow): row is EnvironmentDrift {
  return 'matches' in row;
}

/** The environments registry.yaml declares and, when the deployments were read, what each model's run (the catalogue's input). */
export interface EnvironmentReadings {
  declared: DeclaredEnvironment[];
  maxDrift: string;
  maxDriftMs: number;
  /** The deployments were read from GitHub. */
  read: boolean;
  /** Why not, for people. */
  note?: string;
  /** `model` -> environment -> what it runs, when read. */
  running?: ReadonlyMap<string, ReadonlyMap<string, Running>>;
}
