/**
 * Carries out a recording plan: annotated GTO tags through the git data API
 * (a tag object, then its ref), Deployments with a `success` status, and
 * `inactive` statuses for demotions. A tag name already taken (422 "Reference
 * already exists") means another run took that counter: the caller plans
 * again from the fresh tags. Nothing is ever deleted.
 */
import type { PlannedDeployment, PlannedInactive, PlannedTag, RecordPlan } from '../../core/stages/record-plan.js';
import { httpStatus, type GitHubClient } from './client.js';
import { createSuccessfulDeployment, markDeploymentInactive } from './environment-deployments.js';
import type { RepoRef } from './release-state.js';

/** Who the registry writes tags and commits as. */
export const REGISTRY_IDENTITY = { name: 'model-registry', email: 'model-registry@users.noreply.github.com' };

/** A counter was taken by a concurrent run: plan again. */
export class TagTakenError extends Error {
  constructor(readonly tag: string) {
    super(`tag ${tag} was created meanwhile by another run`);
  }
}

export interface RecordExecuteOptions {
  /** The workflow run, as each deployment status's log_url. */
  runUrl?: string;
  log: (message: string) => void;
}

export interface Recorded {
  tags: string[];
  deployments: string[];
  inactive: string[];
}

export async function executeRecordPlan(octokit: GitHubClient, repo: RepoRef, plan: RecordPlan, options: RecordExecuteOptions): Promise<Recorded> {
  const done: Recorded = { tags: [], deployments: [], inactive: [] };
  for (const tag of plan.tags) {
    await createAnnotatedTag(octokit, repo, tag);
    options.log(`${tag.name}: recorded (${tag.version} at ${tag.target.slice(0, 12)})`);
    done.tags.push(tag.name);
  }
  for (const deployment of plan.deployments) {
    await createDeployment(octokit, repo, deployment, options.runUrl);
    options.log(`${deployment.environment}: deployed ${deployment.ref}`);
    done.deployments.push(deployment.environment);
  }
  for (const inactive of plan.inactive) {
    await markInactive(octokit, repo, inactive, options.runUrl);
    options.log(`${inactive.environment}: deployment ${inactive.deploymentId} marked inactive`);
    done.inactive.push(inactive.environment);
  }
  return done;
}

async function createAnnotatedTag(octokit: GitHubClient, repo: RepoRef, tag: PlannedTag): Promise<void> {
  const object = (
    await octokit.rest.git.createTag({
      ...repo,
      tag: tag.name,
      message: tag.message,
      object: tag.target,
      type: 'commit',
      tagger: { ...REGISTRY_IDENTITY, date: tag.date },
    })
  ).data;
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${tag.name}`, sha: object.sha });
  } catch (error) {
    // The unreferenced tag object is left to git's garbage collection; the counter goes to whoever made the ref first.
    if (httpStatus(error) === 422) throw new TagTakenError(tag.name);
    throw error;
  }
}

async function createDeployment(octokit: GitHubClient, repo: RepoRef, d: PlannedDeployment, runUrl: string | undefined): Promise<void> {
  await createSuccessfulDeployment(octokit, repo, {
    ref: d.ref,
    environment: d.environment,
    productionEnvironment: d.productionEnvironment,
    description: `${d.model} ${d.version} runs in ${d.stage}`,
    payload: { model: d.model, version: d.version, stage: d.stage, pull_request: d.pullRequest ?? null, approvers: d.approvers, changed_in: d.changedIn },
    ...(d.environmentUrl ? { environmentUrl: d.environmentUrl } : {}),
    ...(runUrl ? { logUrl: runUrl } : {}),
  });
}

async function markInactive(octokit: GitHubClient, repo: RepoRef, d: PlannedInactive, runUrl: string | undefined): Promise<void> {
  const where = d.environment.split('/').slice(1).join('/');
  await markDeploymentInactive(octokit, repo, d.deploymentId, `nothing of this model runs in ${where} any more`, runUrl);
}
