/**
 * `status`: what each model runs in each stage, since when, and its primary
 * metric (like `gto show`). The assignments and metrics are the files'; the
 * dates come from git's history when there is one. With the registry
 * repository and a token, also what each declared environment reports
 * running (its GitHub Deployments) and whether it drifted from its stage.
 */
import { buildHistory } from '../core/stages/history.js';
import { stageStatus, type ModelStatus } from '../core/stages/status.js';
import type { DeclaredEnvironment } from '../core/environments/environments.js';
import { environmentRows, type EnvironmentRow } from '../core/environments/status.js';
import { parseRepository } from '../core/release/urls.js';
import { readRegistryHistory } from '../adapters/git/registry-history.js';
import { UsageError } from '../errors/index.js';
import { clock } from './clock.js';
import { readEnvironments, type EnvironmentsReadout } from './read-environments.js';
import { validateRegistry } from './validate-registry.js';

export interface StageStatusReport {
  registry: string;
  /** git's history was read (without it, no `since`). */
  history: boolean;
  /** A shallow clone: some `since` dates may be missing or too recent. */
  shallow: boolean;
  models: ModelStatus[];
  /** When registry.yaml declares environments. */
  environments?: EnvironmentsStatus;
}

export interface EnvironmentsStatus {
  declared: DeclaredEnvironment[];
  maxDrift: string;
  /** What the environments run was read from GitHub (`repository`). */
  read: boolean;
  repository?: string;
  /** Why not, when not. */
  note?: string;
  /** When drift was judged (ISO 8601). */
  now: string;
  rows: EnvironmentRow[];
}

export interface StageStatusOptions {
  root: string;
  /** owner/name of the registry repository, whose deployments say what the environments run. */
  repository?: string;
  token?: string;
  serverUrl?: string;
  log?: (message: string) => void;
}

/** `--repository` as given, parsed; a usage error when it is not OWNER/NAME. */
export function repositoryOption(options: Pick<StageStatusOptions, 'repository' | 'serverUrl'>): ReturnType<typeof parseRepository> | undefined {
  if (options.repository === undefined) return undefined;
  const repository = parseRepository(options.repository, options.serverUrl);
  if (!repository) throw new UsageError(`--repository must be OWNER/NAME, not ${JSON.stringify(options.repository)}`);
  return repository;
}

export async function reportStageStatus(options: StageStatusOptions): Promise<StageStatusReport> {
  const repository = repositoryOption(options);
  const { registry } = await validateRegistry({ root: options.root });
  const git = readRegistryHistory(options.root);
  const history = git.available ? buildHistory(git.facts, registry.settings) : new Map();
  const models = stageStatus(registry, history);
  const readout = await readEnvironments(
    registry,
    models.map((m) => m.name),
    { repository, token: options.token, log: options.log, onRefusal: 'throw' },
  );
  const now = clock().toISOString();
  const rows = environmentRowsOf(models, readout, now);
  const environments: EnvironmentsStatus = {
    declared: readout.environments,
    maxDrift: readout.maxDrift,
    read: readout.read,
    ...(readout.repository ? { repository: readout.repository } : {}),
    ...(readout.note ? { note: readout.note } : {}),
    now,
    rows,
  };
  return { registry: registry.settings.name, history: git.available, shallow: git.shallow, models, ...(environments.declared.length ? { environments } : {}) };
}

/** Each declared environment against its stage (`status`, and the audit's drift): what the stages declare since when, what the deployments say runs. */
export function environmentRowsOf(models: readonly ModelStatus[], readout: EnvironmentsReadout, now: string): EnvironmentRow[] {
  return environmentRows({
    models: models.map((m) => ({
      name: m.name,
      stages: new Map(m.stages.map((s) => [s.stage, { version: s.version, ...(s.since ? { since: s.since } : {}) }])),
    })),
    environments: readout.environments,
    running: readout.running,
    now,
    maxDriftMs: readout.maxDriftMs,
  });
}
