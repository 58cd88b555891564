/**
 * `observe`: append observations to a model, in the working tree or in a
 * registry repository through the API. The plan (core/monitoring/observe-plan.ts)
 * says which lines go into which month file and refuses what the registry's
 * rules refuse; nothing is written on a refusal, and a record already there
 * is never appended again.
 *
 * Through the API (`registry`), as `monitoring.observe` configures: one
 * commit on the default branch's head, which the branch moves to only as a
 * fast forward; when another job moved it first, the head is read again and
 * only what is still missing is planned again (after an injectable wait).
 * Or, with `pull-request`, a pull request (observe-pull-request.ts).
 */
import { createGitHubClient } from '../adapters/github/client.js';
import { fastForward, readObserveHead } from '../adapters/github/observation-commit.js';
import { createFilesCommit } from '../adapters/github/propose-files.js';
import { appendObservationLines } from '../adapters/fs/append-observations.js';
import { readModelFolder, readTopLevel } from '../adapters/fs/fs-snapshot.js';
import { MODEL_NAME_RE, NAME_RULE_TEXT } from '../core/format/layout.js';
import { planObservations } from '../core/monitoring/observe-plan.js';
import { parseRepository } from '../core/release/urls.js';
import { ObserveConflictError, UsageError } from '../errors/index.js';
import { backoff } from '../adapters/github/client.js';
import { proposeObservations } from './observe-pull-request.js';
import { MAX_ATTEMPTS, commitMessage, refuseOn, type ObserveOptions, type ObserveResult } from './observe-result.js';

export type { ObserveOptions, ObserveResult } from './observe-result.js';

export async function observe(options: ObserveOptions): Promise<ObserveResult> {
  if (!MODEL_NAME_RE.test(options.model)) throw new UsageError(`${JSON.stringify(options.model)} is not a model name: ${NAME_RULE_TEXT}`);
  return options.registry ? observeThroughApi(options, options.registry) : observeLocally(options);
}

function observeLocally(options: ObserveOptions): ObserveResult {
  const top = readTopLevel(options.root).entries;
  const plan = planObservations({ model: options.model, records: options.records, now: options.now() }, top, readModelFolder(options.root, options.model));
  refuseOn(plan);
  if (options.dryRun) return { plan, action: 'dry-run', retries: 0 };
  for (const file of plan.files) appendObservationLines(options.root, file.path, file.tail);
  return { plan, action: plan.files.length ? 'appended' : 'nothing-to-do', retries: 0 };
}

async function observeThroughApi(options: ObserveOptions, registry: string): Promise<ObserveResult> {
  const repository = parseRepository(registry, options.serverUrl);
  if (!repository) throw new UsageError(`the registry must be a GitHub repository as owner/name; got ${JSON.stringify(registry)}`);
  if (!options.token) throw new UsageError('a token that can write to the registry repository is required with --registry');
  const repo = { owner: repository.owner, repo: repository.repo };
  const octokit = createGitHubClient(options.token, options.log);
  // 2 s, 4 s, then 8 s at most: the other job's commit has long landed by then.
  const wait = options.wait ?? ((attempt: number) => backoff(Math.min(attempt, 3)));
  for (let attempt = 1; ; attempt++) {
    const head = await readObserveHead(octokit, repo, options.model);
    const plan = planObservations({ model: options.model, records: options.records, now: options.now() }, head.top, head.model);
    refuseOn(plan);
    const retries = attempt - 1;
    if (options.dryRun) return { plan, action: 'dry-run', retries };
    if (!plan.files.length) return { plan, action: 'nothing-to-do', retries };
    const spec = {
      files: plan.files.map((f) => ({ path: f.path, content: f.content })),
      message: commitMessage(plan),
      baseSha: head.commit,
      baseTreeSha: head.tree,
    };
    if (plan.mode === 'pull-request') {
      const proposed = await proposeObservations(octokit, repo, options, { head, plan, spec, retries }, wait);
      if (proposed !== 'read-again') return proposed;
      if (attempt >= MAX_ATTEMPTS) throw new ObserveConflictError(`observation pull requests kept closing under ${MAX_ATTEMPTS} attempts: run this again`);
      continue;
    }
    const commit = await createFilesCommit(octokit, repo, spec);
    if ((await fastForward(octokit, repo, head.branch, commit)) === 'moved') return { plan, action: 'committed', commit, retries };
    if (attempt >= MAX_ATTEMPTS)
      throw new ObserveConflictError(
        `${head.branch} moved under each of ${MAX_ATTEMPTS} attempts (other jobs committing): nothing was written; run this again`,
      );
    options.log(`${head.branch} moved since it was read (another job committed); reading it again to append only what is missing`);
    await wait(attempt);
  }
}
