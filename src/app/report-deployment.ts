/**
 * `deployed`: a deployment job reports, at the end of a rollout, that an
 * environment runs a version (or, with `undeployed`, no longer runs it), as a
 * GitHub Deployment of the version's tag in environment
 * `<model>@<environment>` of the registry repository. Everything is checked
 * before anything is written: the version must exist in the registry (its
 * default branch through the API, or the local folder), the environment must
 * be declared in registry.yaml, and a report already made is not made again.
 */
import { deploymentEnvironment, environmentSettings } from '../core/environments/environments.js';
import { runningAt } from '../core/environments/drift.js';
import { loadRegistry } from '../core/registry/load.js';
import { tagName, type Registry } from '../core/registry/registry.js';
import type { Repository } from '../core/release/urls.js';
import { parseModelRef } from '../core/serving/model-ref.js';
import { didYouMean } from '../core/text/suggest.js';
import { createGitHubClient, httpStatus, type Sleep } from '../adapters/github/client.js';
import { createSuccessfulDeployment, markDeploymentInactive, readEnvironmentDeployments } from '../adapters/github/environment-deployments.js';
import { readRemoteModel } from '../adapters/github/model-folder.js';
import { DeploymentRefusedError, RegistryUnreachableError, UsageError } from '../errors/index.js';
import { validateRegistry } from './validate-registry.js';

export interface DeployedOptions {
  /** `<model>@<version>`. */
  ref: string;
  /** As registry.yaml's `environments` names it. */
  environment: string;
  /** The serving address, as the deployment's environment_url. */
  url?: string;
  undeployed: boolean;
  /** The registry repository, written to; with `fromGitHub`, also read (its default branch) instead of `root`. */
  repository: Repository;
  fromGitHub: boolean;
  root: string;
  token: string;
  /** This workflow run, as the status's log_url. */
  runUrl?: string;
  log: (message: string) => void;
  sleep?: Sleep;
}

export interface DeployedResult {
  model: string;
  version: string;
  environment: string;
  stage: string;
  /** The GitHub Deployment environment: `<model>@<environment>`. */
  deploymentEnvironment: string;
  /** What this run wrote: a deployment, an inactive status, or nothing (already so). */
  outcome: 'deployed' | 'undeployed' | 'unchanged';
  /** The deployment created or marked inactive. */
  deploymentId?: number;
}

export async function reportDeployment(options: DeployedOptions): Promise<DeployedResult> {
  const parsed = parseModelRef(options.ref);
  if ('problem' in parsed) throw new UsageError(parsed.problem);
  if (parsed.ref.kind !== 'version') throw new UsageError(`${options.ref}: name the exact version that was deployed, e.g. ${parsed.ref.model}@1.2.0`);
  const { model, version } = parsed.ref;
  const octokit = createGitHubClient(options.token, options.log, options.sleep);
  const repo = { owner: options.repository.owner, repo: options.repository.repo };
  const registry = options.fromGitHub ? await remoteRegistry(octokit, repo, model) : (await validateRegistry({ root: options.root })).registry;

  const { environments } = environmentSettings(registry);
  const declared = environments.find((e) => e.name === options.environment);
  if (!declared) {
    const names = environments.map((e) => e.name);
    throw new DeploymentRefusedError(
      `environment \`${options.environment}\` is not declared in registry.yaml's environments (${names.join(', ') || 'none declared'})${didYouMean(options.environment, names)}: add \`${options.environment}: <stage>\` under \`environments\` there first. Nothing was written.`,
    );
  }
  const entry = registry.models.get(model);
  if (!entry) throw new DeploymentRefusedError(`the registry has no model \`${model}\`${didYouMean(model, registry.models.keys())}. Nothing was written.`);
  if (!entry.versions.has(version)) {
    const versions = [...entry.versions.keys()];
    throw new DeploymentRefusedError(
      `\`${model}\` has no version ${version}${didYouMean(version, versions)} (it has ${versions.join(', ') || 'none'}): report the version that was deployed. Nothing was written.`,
    );
  }

  const environment = deploymentEnvironment(model, declared.name);
  const base = { model, version, environment: declared.name, stage: declared.stage, deploymentEnvironment: environment };
  const deployments = await readEnvironmentDeployments(octokit, repo, environment);
  const running = runningAt(deployments);
  if (options.undeployed) {
    if (running.version === undefined) {
      options.log(`${environment}: nothing is reported running there; nothing to mark`);
      return { ...base, outcome: 'unchanged' };
    }
    if (running.version !== version)
      throw new DeploymentRefusedError(
        `${declared.name} runs ${model} ${running.version}, not ${version}: nothing was marked inactive. Name the version it runs.`,
      );
    const current = deployments.find((d) => d.version === version && d.statuses.at(-1)?.state === 'success')!;
    await markDeploymentInactive(octokit, repo, current.id, `${model} ${version} no longer runs in ${declared.name}`, options.runUrl);
    options.log(`${environment}: deployment ${current.id} of ${version} marked inactive`);
    return { ...base, outcome: 'undeployed', deploymentId: current.id };
  }
  if (running.version === version) {
    options.log(`${environment}: ${version} is already reported running there (since ${running.since}); nothing written`);
    return { ...base, outcome: 'unchanged' };
  }
  const tag = tagName(registry.settings, model, version);
  let id: number;
  try {
    id = await createSuccessfulDeployment(octokit, repo, {
      environment,
      ref: tag,
      payload: { model, version, environment: declared.name, stage: declared.stage },
      productionEnvironment: declared.stage === registry.settings.stages.at(-1),
      description: `${model} ${version} runs in ${declared.name} (${declared.stage})`,
      ...(options.url ? { environmentUrl: options.url } : {}),
      ...(options.runUrl ? { logUrl: options.runUrl } : {}),
    });
  } catch (error) {
    // GitHub refuses a ref it cannot find before it creates anything.
    if (httpStatus(error) === 422)
      throw new DeploymentRefusedError(
        `${model} ${version} has no tag ${tag} in ${repo.owner}/${repo.repo} yet: release it first (command: release), then report the deployment. Nothing was written.`,
      );
    throw error;
  }
  options.log(`${environment}: ${version} reported running (deployment ${id})`);
  return { ...base, outcome: 'deployed', deploymentId: id };
}

async function remoteRegistry(octokit: ReturnType<typeof createGitHubClient>, repo: { owner: string; repo: string }, model: string): Promise<Registry> {
  const remote = await readRemoteModel(octokit, repo, model);
  if (!remote.snapshot)
    throw new DeploymentRefusedError(
      `the registry ${repo.owner}/${repo.repo} has no model \`${model}\` on its default branch${didYouMean(model, remote.models)}. Nothing was written.`,
    );
  const registry = loadRegistry(remote.snapshot);
  if (!registry.settingsFile)
    throw new RegistryUnreachableError(`${repo.owner}/${repo.repo} has no registry.yaml on its default branch: is it the registry repository?`);
  return registry;
}
