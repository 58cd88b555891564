/**
 * `register`: propose a new model version to a registry repository from a
 * training run. Read the inputs (the metrics file, the card input, the
 * artifacts, hashed as they are read), read what the registry repository has,
 * plan, and only when the plan is clean carry it out. When another run takes
 * the chosen version first (the branch lock), plan again: the next free
 * version, a bounded number of times.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { formatProblemText, PLAIN, type TextStyle } from '../core/output/text-format.js';
import { compareProblems, type Problem } from '../core/problems.js';
import type { ArtifactFact, InputFile, ModelFields, RunFacts } from '../core/register/build-card.js';
import { readInputDocument } from '../core/register/build-card.js';
import { planRegistration, type MetricsInput, type RegisterInput, type RegisterPlan } from '../core/register/plan.js';
import { parseRepository } from '../core/release/urls.js';
import { isRecord, asArray } from '../core/values.js';
import { isValidModelName } from '../core/registry/registry.js';
import { createGitHubClient } from '../adapters/github/client.js';
import { gitHubRequestError } from '../adapters/github/request-error.js';
import { executeRegisterPlan, type AutoMergeState, type PullRequestRef } from '../adapters/github/register-executor.js';
import { readRegisterState } from '../adapters/github/register-state.js';
import { hashFile, readDocumentBytes } from '../adapters/fs/fs-snapshot.js';
import { expandGlob } from '../adapters/fs/glob.js';
import { GitHubUnreachableError, RegisterBlockedError, RegisterInputError } from '../errors/index.js';

export interface RegisterOptions {
  /** owner/name of the registry repository. */
  registry: string;
  serverUrl: string;
  token: string;
  model: string;
  version?: string;
  /** Paths are relative to `cwd`. */
  metrics: string;
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
  const metricsPath = resolve(options.cwd, options.metrics);
  const metrics: MetricsInput = { ...readSmallFile(metricsPath, 'metrics', options.cwd), fileName: metricsName(metricsPath) };
  const card = options.card ? readSmallFile(resolve(options.cwd, options.card), 'card', options.cwd) : undefined;
  const modelCard = options.modelCard ? readSmallFile(resolve(options.cwd, options.modelCard), 'model card', options.cwd) : undefined;
  const artifacts = resolveArtifacts(options.artifacts, options.cwd).map((path) => measure(path, options.cwd));
  return {
    repository,
    model: options.model,
    version: options.version,
    metrics,
    card,
    modelCard,
    modelFields: options.modelFields,
    artifacts,
    run: options.run,
    now: options.now(),
    autoMerge: options.autoMerge,
  };
}

/** JSON stays metrics.json, YAML stays metrics.yaml; by extension, else by the first character. */
export function metricsName(path: string): MetricsInput['fileName'] {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'metrics.json';
  if (ext === '.yaml' || ext === '.yml') return 'metrics.yaml';
  let first: string;
  try {
    const fd = openSync(path, 'r');
    const buffer = Buffer.alloc(256);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    first = buffer.subarray(0, n).toString('utf8').trimStart().charAt(0);
  } catch {
    first = '';
  }
  return first === '{' ? 'metrics.json' : 'metrics.yaml';
}

function readSmallFile(path: string, what: string, cwd: string): InputFile {
  const unreadable = (error: unknown) =>
    new RegisterInputError(`the ${what} file ${display(path, cwd)} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw unreadable(error);
  }
  if (!isFile) throw new RegisterInputError(`the ${what} file ${display(path, cwd)} is not a file`);
  try {
    // Over the limit, one byte more than allowed is read, so validation refuses it as too large without loading it.
    return { source: display(path, cwd), bytes: readDocumentBytes(path).bytes };
  } catch (error) {
    throw unreadable(error);
  }
}

function resolveArtifacts(patterns: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const pattern of patterns.map((p) => p.trim()).filter(Boolean)) {
    const matched = expandGlob(pattern, cwd);
    if (!matched.length) throw new RegisterInputError(`the artifact pattern ${JSON.stringify(pattern)} matches no file (relative to ${cwd})`);
    for (const path of matched) if (!out.includes(path)) out.push(path);
  }
  return out;
}

/** Size and sha256 of an artifact (hashed in chunks: memory stays flat whatever its size). */
function measure(path: string, cwd: string): ArtifactFact {
  let fact: { size: number; sha256: string };
  try {
    fact = hashFile(path);
  } catch (error) {
    throw new RegisterInputError(`the artifact ${display(path, cwd)} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const name = basename(path);
  return { name, localPath: path, ...fact, mediaType: MEDIA_TYPES[extname(name).toLowerCase()] };
}

/** Media types of common artifact files; anything else is application/octet-stream. */
const MEDIA_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.onnx': 'application/onnx',
  '.gz': 'application/gzip',
  '.zip': 'application/zip',
  '.tar': 'application/x-tar',
};

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
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

/** Every reason a plan is blocked, with the offending lines shown. */
export function describeBlocked(plan: RegisterPlan, input: RegisterInput, style: TextStyle = PLAIN): string {
  const texts = new Map<string, string>();
  for (const file of plan.files) texts.set(file.path, file.content);
  for (const file of [input.card, input.modelCard, input.metrics]) if (file) texts.set(file.source, new TextDecoder().decode(file.bytes));
  const lines: string[] = [];
  const problems = [...plan.problems].sort(compareProblems);
  for (const problem of problems) lines.push(formatProblem(problem, texts, plan, style));
  for (const error of plan.errors) lines.push(`error: ${error}`);
  return lines.join('\n');
}

function formatProblem(problem: Problem, texts: Map<string, string>, plan: RegisterPlan, style: TextStyle): string {
  const source = texts.get(problem.file)?.split(/\r?\n/)[problem.line - 1];
  return formatProblemText(problem, source, style, plan.fileLabels[problem.file] ?? problem.file);
}
