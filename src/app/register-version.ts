/**
 * `register`: propose a new model version to a registry repository from a
 * training run. Read the inputs (the metrics file, the card input, the
 * artifacts, hashed as they are read), read what the registry repository has,
 * plan, and only when the plan is clean carry it out. When another run takes
 * the chosen version first (the branch lock), plan again: the next free
 * version, a bounded number of times.
 */
import type { InputFile, ModelFields, RunFacts } from '../core/register/build-card.js';
import { readInputDocument } from '../core/register/build-card.js';
import { planRegistration, type RegisterInput, type RegisterPlan } from '../core/register/plan.js';
import { parseRepository } from '../core/release/urls.js';
import type { MetricsFormat } from '../core/register/metrics-input.js';
import { isRecord, asArray } from '../core/values.js';
import { isValidModelName } from '../core/registry/registry.js';
import { createGitHubClient } from '../adapters/github/client.js';
import { gitHubRequestError } from '../adapters/github/request-error.js';
import { executeRegisterPlan, type AutoMergeState, type PullRequestRef } from '../adapters/github/register-executor.js';
import { readRegisterState } from '../adapters/github/register-state.js';
import { GitHubUnreachableError, RegisterBlockedError, RegisterInputError } from '../errors/index.js';
import { conversionLines, describeBlocked, readVersionFiles } from './version-files.js';

/** Re-exported for the tests that know it here. */
export { metricsName } from './version-files.js';

export interface RegisterOptions {
  /** owner/name of the registry repository. */
  registry: string;
  serverUrl: string;
  token: string;
  model: string;
  version?: string;
  /** Paths are relative to `cwd`. */
  metrics: string;
  /** `auto` (default) converts what training scripts write; `raw` commits the file byte for byte. */
  metricsFormat?: MetricsFormat;
  card?: string;
  modelCard?: string;
  modelFields?: ModelFields;
  artifacts: readonly string[];
  cwd: string;
  run: RunFacts;
  now: () => Date;
  autoMerge: boolean;
  dryRun: boolean;
  log: (message: string) => void;
}

export interface RegisterResult {
  plan: RegisterPlan;
  version?: string;
  pullRequest?: PullRequestRef;
  autoMerge: AutoMergeState;
  /** Why auto-merge could not be enabled (the pull request is open all the same). */
  autoMergeError?: string;
}

/** How many times a run plans again after another run took its version. */
export const MAX_ATTEMPTS = 5;

export async function registerVersion(options: RegisterOptions): Promise<RegisterResult> {
  try {
    return await register(options);
  } catch (error) {
    // A dry run wrote nothing, so it has nothing to resume.
    const resume =
      'Nothing was lost: run register again (re-run the job) and it resumes where this run stopped, without duplicating branches, pull requests or uploads.';
    if (error instanceof GitHubUnreachableError) throw options.dryRun ? error : error.withAdvice(resume);
    // GitHub failed a request even after retrying. What was done stays done: a re-run resumes.
    throw gitHubRequestError(error, `, after retrying. ${options.dryRun ? 'Nothing was written (a dry run): run it again later.' : resume}`) ?? error;
  }
}

async function register(options: RegisterOptions): Promise<RegisterResult> {
  const repository = parseRepository(options.registry, options.serverUrl);
  if (!repository) throw new RegisterInputError(`the registry must be a GitHub repository as owner/name; got ${JSON.stringify(options.registry)}`);
  const input = readInputs(options, repository);
  const repo = { owner: repository.owner, repo: repository.repo };
  const octokit = createGitHubClient(options.token, options.log);

  for (let attempt = 1; ; attempt++) {
    const remote = await readRegisterState(octokit, repo, options.model, parentModels(input.card));
    const plan = planRegistration(input, remote.state);
    if (attempt === 1) for (const line of conversionLines(plan.metricsConversion, options.metrics)) options.log(line);
    for (const warning of plan.warnings) options.log(`warning: ${warning}`);
    if (plan.action === 'blocked') throw new RegisterBlockedError(describeBlocked(plan, input), plan);
    if (options.dryRun) return { plan, version: plan.version, autoMerge: 'off' };
    options.log(
      `${plan.action === 'create' ? 'registering' : plan.action === 'resume' ? 'resuming' : 'found'} ${plan.model} ${plan.version} in ${options.registry}`,
    );
    const outcome = await executeRegisterPlan(octokit, repo, plan, { log: options.log, mergeMethod: remote.mergeMethod });
    if (outcome.kind === 'done')
      return { plan, version: plan.version, pullRequest: outcome.pullRequest, autoMerge: outcome.autoMerge, autoMergeError: outcome.autoMergeError };
    if (attempt >= MAX_ATTEMPTS) {
      throw new RegisterBlockedError(
        `other runs took every version tried (${outcome.branch} last) ${MAX_ATTEMPTS} times in a row; nothing of this registration was published: run it again`,
        plan,
      );
    }
    options.log(`another run took ${plan.model} ${plan.version} first; planning again (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
  }
}

/** The local files, read and measured once. */
export function readInputs(options: RegisterOptions, repository: RegisterInput['repository']): RegisterInput {
  const { metrics, card, modelCard, artifacts } = readVersionFiles(options);
  return {
    repository,
    model: options.model,
    version: options.version,
    metrics,
    metricsFormat: options.metricsFormat,
    card,
    modelCard,
    modelFields: options.modelFields,
    artifacts,
    run: options.run,
    now: options.now(),
    autoMerge: options.autoMerge,
  };
}

/** Models the card input names as parents: their cards are read too, so lineage is checked. */
function parentModels(card: InputFile | undefined): string[] {
  if (!card) return [];
  const { value } = readInputDocument(card);
  const lineage = isRecord(value) && isRecord(value.lineage) ? value.lineage : undefined;
  return asArray(lineage?.parents)
    .map((p) => (isRecord(p) && typeof p.model === 'string' ? p.model : undefined))
    .filter((m): m is string => m !== undefined && isValidModelName(m));
}
