/**
 * What an environment reports it runs: the GitHub Deployments of
 * `<model>@<environment>` in the registry repository. Read newest first, one
 * deployment and its newest status a request (per_page=1), and never further
 * than a few deployments back: `deployed` leaves its newest deployment with a
 * success or inactive status, so the first answer is nearly always the last.
 * Written by `deployed`: a deployment of the version's tag with a success
 * status, or an inactive status on the one that runs.
 */
import { runningAt, type DeploymentFact, type Running } from '../../core/environments/drift.js';
import { deploymentEnvironment } from '../../core/environments/environments.js';
import { isValidVersion } from '../../core/registry/registry.js';
import { isRecord } from '../../core/values.js';
import type { GitHubClient } from './client.js';
import { inBatches } from './registry-snapshot.js';
import type { RepoRef } from './release-state.js';

/** Deployments read back at most, when the newest ones ended in neither success nor inactive (a failed rollout). */
const MAX_DEPLOYMENTS_READ = 3;

export interface ReadDeployment extends DeploymentFact {
  id: number;
}

/** The environment's newest deployments (newest first), each with its newest status; those whose payload names no version are left out. */
export async function readEnvironmentDeployments(octokit: GitHubClient, repo: RepoRef, environment: string): Promise<ReadDeployment[]> {
  const out: ReadDeployment[] = [];
  for (let page = 1; page <= MAX_DEPLOYMENTS_READ; page++) {
    const { data } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 1, page });
    const deployment = data[0];
    if (!deployment) break;
    const version = payloadVersion(deployment.payload);
    if (version === undefined) continue;
    const status = (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 1 })).data[0];
    out.push({
      id: deployment.id,
      version,
      createdAt: deployment.created_at,
      statuses: status ? [{ state: status.state, createdAt: status.created_at }] : [],
      ...(status?.environment_url ? { environmentUrl: status.environment_url } : {}),
    });
    if (status?.state === 'success' || status?.state === 'inactive') break;
  }
  return out;
}

function payloadVersion(payload: unknown): string | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  return isRecord(value) && typeof value.version === 'string' && isValidVersion(value.version) ? value.version : undefined;
}

export interface NewDeployment {
  environment: string;
  /** The version's tag. */
  ref: string;
  /** What the registry reads back: at least the model and version. */
  payload: { model: string; version: string } & Record<string, unknown>;
  productionEnvironment: boolean;
  description: string;
  environmentUrl?: string;
  logUrl?: string;
}

/** A deployment with its success status (which marks the environment's earlier ones inactive); its id. */
export async function createSuccessfulDeployment(octokit: GitHubClient, repo: RepoRef, d: NewDeployment): Promise<number> {
  const created = await octokit.rest.repos.createDeployment({
    ...repo,
    ref: d.ref,
    environment: d.environment,
    task: 'deploy',
    auto_merge: false,
    required_contexts: [],
    production_environment: d.productionEnvironment,
    transient_environment: false,
    description: d.description.slice(0, 140),
    payload: d.payload,
  });
  // 202 is GitHub's answer when it merged the default branch first (auto_merge), which is never asked for.
  if (created.status !== 201 || !('id' in created.data)) throw new Error(`${d.environment}: GitHub made no deployment (${created.status})`);
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: created.data.id,
    state: 'success',
    description: d.description.slice(0, 140),
    ...(d.environmentUrl ? { environment_url: d.environmentUrl } : {}),
    ...(d.logUrl ? { log_url: d.logUrl } : {}),
    auto_inactive: true,
  });
  return created.data.id;
}

export async function markDeploymentInactive(octokit: GitHubClient, repo: RepoRef, id: number, description: string, logUrl?: string): Promise<void> {
  await octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: id,
    state: 'inactive',
    description: description.slice(0, 140),
    ...(logUrl ? { log_url: logUrl } : {}),
  });
}

/** What each model's declared environments run: O(models × environments) small requests, a few at a time. */
export async function readEnvironmentsRunning(
  octokit: GitHubClient,
  repo: RepoRef,
  models: readonly string[],
  environments: readonly string[],
): Promise<Map<string, Map<string, Running>>> {
  const out = new Map<string, Map<string, Running>>(models.map((m) => [m, new Map<string, Running>()]));
  const pairs = models.flatMap((model) => environments.map((environment) => ({ model, environment })));
  await inBatches(pairs, 6, async ({ model, environment }) => {
    out.get(model)!.set(environment, runningAt(await readEnvironmentDeployments(octokit, repo, deploymentEnvironment(model, environment))));
  });
  return out;
}
