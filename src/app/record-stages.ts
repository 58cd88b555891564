/**
 * `record`: after a push to the default branch, every stage change and new
 * deprecation of the pushed commits becomes a GTO tag and a GitHub Deployment,
 * once. git (the clone) says what changed; GitHub says what is recorded
 * already, read only for the models concerned, so a push changing one model
 * costs the same requests in a registry of ten models or ten thousand. A tag
 * counter taken by a concurrent run is planned again from the fresh tags.
 */
import { parse } from 'yaml';
import { planRecording, type ExistingTag, type LatestDeployment, type PullRequestFact, type RecordInput, type RecordPlan } from '../core/stages/record-plan.js';
import { parseGtoTag } from '../core/stages/gto-tags.js';
import { DEFAULT_TAG_FORMAT, tagName } from '../core/registry/registry.js';
import { TAG_FORMAT_RE } from '../core/format/layout.js';
import { isRecord } from '../core/values.js';
import type { Repository } from '../core/release/urls.js';
import { repositoryPrefix, resolveCommit } from '../adapters/git/git.js';
import { runGit } from '../adapters/git/run-git.js';
import { isFirstPush, modelsWithLocalStageTags, modelsWithState, readPushFacts, readSnapshots } from '../adapters/git/record-facts.js';
import { createGitHubClient, type Sleep } from '../adapters/github/client.js';
import { latestDeployment, pullRequestOf, readModelTags, versionTagCommit, type ModelTags } from '../adapters/github/record-state.js';
import { executeRecordPlan, TagTakenError, type Recorded } from '../adapters/github/record-executor.js';
import { GitHubUnreachableError, RecordConflictError } from '../errors/index.js';

export interface RecordOptions {
  /** The registry folder inside a clone of the registry repository. */
  root: string;
  repository: Repository;
  token: string;
  /** The push's `before` (all zeros, or absent: a first run). */
  before?: string;
  /** The pushed commit (default HEAD). */
  after?: string;
  dryRun: boolean;
  /** This workflow run, for the deployments' log_url. */
  runUrl?: string;
  log: (message: string) => void;
  sleep?: Sleep;
}

export interface RecordResult {
  plan: RecordPlan;
  recorded: Recorded;
  /** The push had nothing to compare with: every model's current state was recorded. */
  firstRun: boolean;
}

/** Plans made again after a concurrent run took a counter. */
const ATTEMPTS = 3;

export async function recordStages(options: RecordOptions): Promise<RecordResult> {
  try {
    return await record(options);
  } catch (error) {
    if (error instanceof GitHubUnreachableError && !options.dryRun)
      throw error.withAdvice('What was recorded stays recorded: run record again when GitHub can be reached, and it records the rest.');
    throw error;
  }
}

async function record(options: RecordOptions): Promise<RecordResult> {
  const { root } = options;
  const after = resolveCommit(root, options.after ?? 'HEAD');
  const before = options.before === undefined || /^0+$/.test(options.before) ? undefined : commitOrUndefined(root, options.before);
  if (options.before !== undefined && !/^0+$/.test(options.before) && !before)
    options.log(`${options.before} is not a commit of this clone (a force push, or a shallow clone): recording what every stage holds now`);
  const firstRun = before === undefined || isFirstPush(root, before);
  const push = firstRun ? { changes: [], deprecations: [], models: new Set<string>() } : readPushFacts(root, before, after);
  // Models that may never have been recorded: all on a first run, else those this clone has no stage tag of.
  const recordedLocally = firstRun ? new Set<string>() : modelsWithLocalStageTags(root);
  const candidates = modelsWithState(root, after).filter((m) => !recordedLocally.has(m));
  const snapshots = Object.fromEntries(
    Object.entries(readSnapshots(root, after, candidates)).filter(([, s]) => Object.keys(s.stages).length > 0 || Object.keys(s.deprecated).length > 0),
  );
  const settings = registrySettings(root, after);
  const octokit = createGitHubClient(options.token, options.log, options.sleep);
  const repo = { owner: options.repository.owner, repo: options.repository.repo };

  const models = new Set<string>([...push.changes.map((c) => c.model), ...push.deprecations.map((d) => d.model), ...Object.keys(snapshots)]);
  const pullRequests: Record<string, PullRequestFact | undefined> = {};
  const commits = new Set([...push.changes.map((c) => c.commit), ...push.deprecations.map((d) => d.commit)]);
  for (const commit of commits) pullRequests[commit] = await pullRequestOf(octokit, repo, commit);

  const plan = async (): Promise<RecordInput> => {
    const modelTags = new Map<string, ModelTags>();
    for (const model of [...models].sort()) modelTags.set(model, await readModelTags(octokit, repo, model));
    const existingTags: Record<string, ExistingTag[]> = {};
    for (const [model, read] of modelTags) existingTags[model] = read.tags;
    const base: RecordInput = {
      changes: push.changes,
      deprecations: push.deprecations,
      firstRun,
      snapshots,
      existingTags,
      versionTags: {},
      pullRequests,
      deployments: {},
      catalogueUrl: settings.url,
    };
    // The versions a change names, and those the tags show in a stage (a first run may unassign them).
    const versions = new Set<string>();
    // A promotion's tag points at the new version, a demotion's at the one the stage held.
    for (const c of push.changes) versions.add(`${c.model}@${c.to ?? c.from}`);
    for (const d of push.deprecations) versions.add(`${d.model}@${d.version}`);
    for (const [model, s] of Object.entries(snapshots)) {
      for (const { version } of Object.values(s.stages)) versions.add(`${model}@${version}`);
      for (const version of Object.keys(s.deprecated)) versions.add(`${model}@${version}`);
      for (const tag of existingTags[model] ?? []) if (tag.version && parseGtoTag(tag.name)?.stage) versions.add(`${model}@${tag.version}`);
    }
    for (const key of [...versions].sort()) {
      const at = key.indexOf('@');
      const [model, version] = [key.slice(0, at), key.slice(at + 1)];
      const tag = tagName(settings, model, version);
      const commit = await versionTagCommit(octokit, repo, model, tag, modelTags.get(model)!);
      if (commit) base.versionTags[key] = { tag, commit };
    }
    // Deployments are read only for the environments this run would touch.
    const draft = planRecording(base);
    const environments = new Set([...draft.deployments.map((d) => d.environment), ...push.changes.map((c) => `${c.model}/${c.stage}`)]);
    for (const [model, s] of Object.entries(snapshots)) for (const stage of Object.keys(s.stages)) environments.add(`${model}/${stage}`);
    const deployments: Record<string, LatestDeployment | undefined> = {};
    for (const environment of [...environments].sort()) deployments[environment] = await latestDeployment(octokit, repo, environment);
    return { ...base, deployments };
  };

  let input = await plan();
  let current = planRecording(input);
  const recorded: Recorded = { tags: [], deployments: [], inactive: [] };
  if (options.dryRun) return { plan: current, recorded, firstRun };
  for (let attempt = 1; ; attempt++) {
    try {
      const done = await executeRecordPlan(octokit, repo, current, { runUrl: options.runUrl, log: options.log });
      recorded.tags.push(...done.tags);
      recorded.deployments.push(...done.deployments);
      recorded.inactive.push(...done.inactive);
      break;
    } catch (error) {
      if (!(error instanceof TagTakenError)) throw error;
      // What this run made so far is in GitHub's tags now, so planning again skips it.
      recorded.tags.push(
        ...current.tags
          .slice(
            0,
            current.tags.findIndex((t) => t.name === error.tag),
          )
          .map((t) => t.name),
      );
      if (attempt >= ATTEMPTS) throw new RecordConflictError(`${error.message}, ${ATTEMPTS} times: run record again to record the rest`);
      options.log(`${error.message}: planning again with the fresh tags (attempt ${attempt + 1} of ${ATTEMPTS})`);
      input = await plan();
      current = planRecording(input);
    }
  }
  for (const skipped of current.skipped) options.log(`not recorded yet: ${skipped.reason} (run release, then record again)`);
  return { plan: current, recorded, firstRun };
}

function commitOrUndefined(root: string, ref: string): string | undefined {
  try {
    return resolveCommit(root, ref);
  } catch {
    return undefined;
  }
}

/** registry.yaml's tag_format and url as the pushed commit has them (defaults where absent or malformed). */
function registrySettings(root: string, commit: string): { tag_format: string; url?: string } {
  const prefix = repositoryPrefix(root);
  const shown = runGit(['cat-file', 'blob', `${commit}:${prefix}registry.yaml`], { cwd: root });
  let doc: unknown;
  try {
    doc = shown.status === 0 ? parse(shown.stdout.toString('utf8')) : undefined;
  } catch {
    doc = undefined;
  }
  const format = isRecord(doc) ? doc.tag_format : undefined;
  const url = isRecord(doc) && typeof doc.url === 'string' && /^https?:\/\//.test(doc.url) ? doc.url : undefined;
  return { tag_format: typeof format === 'string' && TAG_FORMAT_RE.test(format) ? format : DEFAULT_TAG_FORMAT, ...(url ? { url } : {}) };
}
