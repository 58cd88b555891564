/**
 * Runs the committed Action bundle (dist/index.js) in a child process the way
 * the GitHub Actions runner runs a `node` action, and collects what the runner
 * would see:
 *
 * - inputs as `INPUT_<NAME>` variables (upper-cased, spaces as `_`, hyphens
 *   kept: `INPUT_FAIL-ON`), with action.yml's defaults applied for the inputs
 *   a workflow leaves out (`${{ github.token }}` becomes the run's token);
 * - the event payload written to a file named by `GITHUB_EVENT_PATH`;
 * - `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `GITHUB_ENV`, `GITHUB_STATE`,
 *   `GITHUB_PATH` created empty first, and parsed back afterwards
 *   (`name<<DELIMITER` heredocs and `name=value` lines);
 * - stdout split into lines and workflow commands (`::error file=…::message`),
 *   decoded the way the runner decodes them;
 * - the exit status.
 *
 * The process gets a clean environment (PATH and a fresh HOME, nothing from the
 * test process's GITHUB_*, INPUT_* or RUNNER_* variables) and runs with the same
 * Node as the tests (`process.execPath`).
 *
 *   const run = await runAction({ workspace: repo.dir, repository: 'acme/models', apiUrl: gh.url,
 *     inputs: { root: 'registry' }, payload: pullRequestEvent({...}) });
 *   run.exitCode; run.outputs.ok; run.annotations('error'); run.summary;
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ACTION_ENTRY = join(PROJECT_ROOT, 'dist', 'index.js');
export const ACTION_YML = join(PROJECT_ROOT, 'action.yml');
export const DEFAULT_TOKEN = 'ghs_e2eTestToken000000000000000000000000';

export type InputValue = string | number | boolean | undefined;

export interface ActionRunOptions {
  /** The checked-out repository: the working folder and GITHUB_WORKSPACE. */
  workspace: string;
  /** owner/name: GITHUB_REPOSITORY. */
  repository: string;
  /** GITHUB_API_URL (the fake GitHub's url). */
  apiUrl: string;
  /** The step's `with:` (names as in action.yml); undefined leaves an input out. */
  inputs?: Record<string, InputValue>;
  /** What `${{ github.token }}` evaluates to (default DEFAULT_TOKEN). */
  token?: string;
  /** GITHUB_EVENT_NAME (default pull_request). */
  eventName?: string;
  /** The webhook payload (see pullRequestEvent()); default {}. */
  payload?: unknown;
  /** GITHUB_SHA (default: pull_request.head.sha, or 40 zeros). */
  sha?: string;
  /** GITHUB_REF (default refs/pull/N/merge for pull requests, else refs/heads/main). */
  ref?: string;
  serverUrl?: string;
  runId?: number;
  runAttempt?: number;
  actor?: string;
  /** Extra variables, applied last; undefined removes one. */
  env?: Record<string, string | undefined>;
  /** The script to run (default dist/index.js). */
  entry?: string;
  /** Kill the process after this long (default 30 s) and fail. */
  timeoutMs?: number;
  /** RUNNER_TEMP and the runner's files live here (default: a new temp folder, removed by dispose()). */
  runnerTemp?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
  /** The line as printed. */
  raw: string;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** stdout lines that are not workflow commands, in order. */
  log: string[];
  /** Every workflow command, in order (stop-commands honoured). */
  commands: WorkflowCommand[];
  /** Outputs from GITHUB_OUTPUT (and any legacy ::set-output). */
  outputs: Record<string, string>;
  /** Variables written to GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** The job summary file's content. */
  summary: string;
  /** The environment the process ran with. */
  env: Record<string, string>;
  runnerTemp: string;
  /** Annotations (`::error`, `::warning`, `::notice` with a `file` property unless `withFile` is false). */
  annotations(kind: 'error' | 'warning' | 'notice', withFile?: boolean): WorkflowCommand[];
  /** Commands of one kind, e.g. 'notice', 'group'. */
  commandsOf(kind: string): WorkflowCommand[];
  /** Removes RUNNER_TEMP (when runAction created it). */
  dispose(): void;
}

/** Decodes a workflow command's message the way the runner does. */
export function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/** Decodes a workflow command's property value the way the runner does. */
export function unescapeProperty(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

/** Splits stdout into log lines and workflow commands (`::name key=value,…::message`). */
export function parseStdout(stdout: string): { log: string[]; commands: WorkflowCommand[] } {
  const log: string[] = [];
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart();
    const match = /^::([A-Za-z][\w-]*)(?: ([^\r\n]*?))?::(.*)$/.exec(line);
    if (stopToken !== undefined) {
      if (match && match[1] === stopToken) stopToken = undefined;
      else log.push(raw);
      continue;
    }
    if (!match) {
      log.push(raw);
      continue;
    }
    const [, command, props = '', message] = match;
    const properties: Record<string, string> = {};
    for (const pair of props ? props.split(',') : []) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    const cmd = { command, properties, message: unescapeData(message), raw };
    commands.push(cmd);
    if (command === 'stop-commands') stopToken = cmd.message;
  }
  if (log.length && log[log.length - 1] === '') log.pop();
  return { log, commands };
}

/**
 * Parses a runner file command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE):
 * `name=value` lines and `name<<DELIMITER` … `DELIMITER` heredocs. Throws where
 * the runner would fail the step (a heredoc without its closing delimiter, a
 * line that is neither form).
 */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new Error(`file command line ${i + 1}: empty heredoc delimiter for ${name}`);
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]);
      }
      if (!closed) throw new Error(`file command: heredoc for ${name} is not closed by ${delimiter}`);
      out[name] = value.join('\n');
    } else if (equals > 0) {
      out[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`file command line ${i + 1} is neither name=value nor name<<DELIMITER: ${JSON.stringify(line)}`);
    }
  }
  return out;
}

interface InputSpec {
  default?: unknown;
  required?: boolean;
}

let actionInputsCache: Record<string, InputSpec> | undefined;

/** action.yml's inputs. */
export function actionInputs(): Record<string, InputSpec> {
  actionInputsCache ??= (parseYaml(readFileSync(ACTION_YML, 'utf8')) as { inputs?: Record<string, InputSpec> }).inputs ?? {};
  return actionInputsCache;
}

/** The variable the runner sets for an input: INPUT_ + the name upper-cased, spaces as `_` (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function evaluateDefault(value: unknown, context: { token: string }): string {
  // action.yml defaults are YAML scalars (a string, number or boolean).
  const scalar = value as string | number | boolean | null | undefined;
  const text = scalar === undefined || scalar === null ? '' : String(scalar);
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.token') return context.token;
    throw new Error(`action.yml default uses an expression the test runner does not evaluate: ${expression}`);
  });
}

/** The INPUT_* variables the runner would set for a step's `with:`. */
export function inputEnvironment(inputs: Record<string, InputValue>, token: string): Record<string, string> {
  const declared = actionInputs();
  for (const name of Object.keys(inputs)) {
    if (!(name in declared)) throw new Error(`input ${name} is not declared in action.yml (declared: ${Object.keys(declared).join(', ')})`);
  }
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const given = inputs[name];
    if (given !== undefined) env[inputVariable(name)] = String(given);
    else if (spec.default !== undefined) env[inputVariable(name)] = evaluateDefault(spec.default, { token });
  }
  return env;
}

export interface PullRequestEventOptions {
  /** owner/name of the base repository. */
  repository: string;
  number: number;
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited';
  base: { ref: string; sha: string };
  head: { ref: string; sha: string; /** owner/name; a different one is a fork. */ repo?: string };
  /** For synchronize: the head before the push. */
  before?: string;
  title?: string;
  body?: string | null;
  /** Who opened the pull request (default the head repository's owner). */
  author?: string;
  /** Who triggered the event (default author). */
  sender?: string;
  serverUrl?: string;
  apiUrl?: string;
  draft?: boolean;
}

function userJson(login: string, id: number, apiUrl: string, serverUrl: string): Record<string, unknown> {
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${apiUrl}/users/${login}`,
    html_url: `${serverUrl}/${login}`,
    type: 'User',
    site_admin: false,
  };
}

function idFor(text: string): number {
  let h = 7;
  for (const c of text) h = (h * 31 + c.codePointAt(0)!) % 100_000_000;
  return 1_000_000 + h;
}

function repoJson(fullName: string, apiUrl: string, serverUrl: string, fork: boolean): Record<string, unknown> {
  const [owner, name] = fullName.split('/') as [string, string];
  const id = idFor(fullName);
  return {
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name,
    full_name: fullName,
    private: false,
    owner: userJson(owner, idFor(owner), apiUrl, serverUrl),
    html_url: `${serverUrl}/${fullName}`,
    description: null,
    fork,
    url: `${apiUrl}/repos/${fullName}`,
    clone_url: `${serverUrl}/${fullName}.git`,
    git_url: `git://${new URL(serverUrl).host}/${fullName}.git`,
    ssh_url: `git@${new URL(serverUrl).host}:${fullName}.git`,
    default_branch: 'main',
    visibility: 'public',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    pushed_at: '2026-01-01T00:00:00Z',
  };
}

/** A `pull_request` webhook payload with the fields GitHub sends (the ones actions read, and their neighbours). */
export function pullRequestEvent(options: PullRequestEventOptions): Record<string, unknown> {
  const serverUrl = options.serverUrl ?? 'https://github.com';
  const apiUrl = options.apiUrl ?? 'https://api.github.com';
  const headRepo = options.head.repo ?? options.repository;
  const fork = headRepo.toLowerCase() !== options.repository.toLowerCase();
  const author = options.author ?? headRepo.split('/')[0];
  const sender = options.sender ?? author;
  const repository = repoJson(options.repository, apiUrl, serverUrl, false);
  const prUrl = `${apiUrl}/repos/${options.repository}/pulls/${options.number}`;
  const pullRequest = {
    url: prUrl,
    id: idFor(`${options.repository}#${options.number}`),
    node_id: Buffer.from(`011:PullRequest${options.number}`).toString('base64'),
    html_url: `${serverUrl}/${options.repository}/pull/${options.number}`,
    diff_url: `${serverUrl}/${options.repository}/pull/${options.number}.diff`,
    patch_url: `${serverUrl}/${options.repository}/pull/${options.number}.patch`,
    issue_url: `${apiUrl}/repos/${options.repository}/issues/${options.number}`,
    comments_url: `${apiUrl}/repos/${options.repository}/issues/${options.number}/comments`,
    number: options.number,
    state: 'open',
    locked: false,
    title: options.title ?? `Update the registry (${options.head.ref})`,
    user: userJson(author, idFor(author), apiUrl, serverUrl),
    body: options.body ?? null,
    created_at: '2026-01-02T10:00:00Z',
    updated_at: '2026-01-02T10:05:00Z',
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignees: [],
    requested_reviewers: [],
    labels: [],
    draft: options.draft ?? false,
    head: {
      label: `${headRepo.split('/')[0]}:${options.head.ref}`,
      ref: options.head.ref,
      sha: options.head.sha,
      user: userJson(headRepo.split('/')[0], idFor(headRepo.split('/')[0]), apiUrl, serverUrl),
      repo: repoJson(headRepo, apiUrl, serverUrl, fork),
    },
    base: {
      label: `${options.repository.split('/')[0]}:${options.base.ref}`,
      ref: options.base.ref,
      sha: options.base.sha,
      user: repository.owner,
      repo: repository,
    },
    author_association: fork ? 'CONTRIBUTOR' : 'MEMBER',
    auto_merge: null,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: fork,
    commits: 1,
    additions: 10,
    deletions: 0,
    changed_files: 1,
  };
  const payload: Record<string, unknown> = {
    action: options.action ?? 'opened',
    number: options.number,
    pull_request: pullRequest,
    repository,
    sender: userJson(sender, idFor(sender), apiUrl, serverUrl),
  };
  if (payload.action === 'synchronize') {
    payload.before = options.before ?? '0'.repeat(40);
    payload.after = options.head.sha;
  }
  return payload;
}

function baseEnvironment(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'TMPDIR', 'SYSTEMROOT', 'SystemRoot', 'LANG']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  env.HOME = home;
  return env;
}

/** Runs the Action once; resolves when the process has exited (never rejects on a non-zero exit). */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const ownsTemp = !options.runnerTemp;
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'model-registry-runner-'));
  const files = join(runnerTemp, '_runner_file_commands');
  const home = join(runnerTemp, '_home');
  mkdirSync(files, { recursive: true });
  mkdirSync(home, { recursive: true });
  const step = `step_${Math.random().toString(36).slice(2, 10)}`;
  const paths = {
    event: join(runnerTemp, '_github_workflow', 'event.json'),
    output: join(files, `set_output_${step}`),
    summary: join(files, `step_summary_${step}`),
    env: join(files, `set_env_${step}`),
    state: join(files, `save_state_${step}`),
    path: join(files, `add_path_${step}`),
  };
  mkdirSync(dirname(paths.event), { recursive: true });
  writeFileSync(paths.event, JSON.stringify(options.payload ?? {}, null, 2));
  for (const file of [paths.output, paths.summary, paths.env, paths.state, paths.path]) writeFileSync(file, '');

  const token = options.token ?? DEFAULT_TOKEN;
  const eventName = options.eventName ?? 'pull_request';
  const payload = (options.payload ?? {}) as { pull_request?: { number?: number; head?: { sha?: string; ref?: string }; base?: { ref?: string } } };
  const pr = payload.pull_request;
  const [owner] = options.repository.split('/');
  const serverUrl = options.serverUrl ?? 'https://github.com';
  const ref = options.ref ?? (pr?.number !== undefined ? `refs/pull/${pr.number}/merge` : 'refs/heads/main');
  const env: Record<string, string> = {
    ...baseEnvironment(home),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: 'model-registry',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTION_REF: '',
    GITHUB_ACTOR: options.actor ?? 'octo-dev',
    GITHUB_ACTOR_ID: '4242',
    GITHUB_TRIGGERING_ACTOR: options.actor ?? 'octo-dev',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_ID: '123456',
    GITHUB_REPOSITORY_OWNER_ID: '654321',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_SHA: options.sha ?? pr?.head?.sha ?? '0'.repeat(40),
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: pr?.head?.ref ?? '',
    GITHUB_BASE_REF: pr?.base?.ref ?? '',
    GITHUB_WORKFLOW: 'Model registry',
    GITHUB_WORKFLOW_REF: `${options.repository}/.github/workflows/registry.yml@${ref}`,
    GITHUB_JOB: 'validate',
    GITHUB_RUN_ID: String(options.runId ?? 9_876_543_210),
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_ENV: paths.env,
    GITHUB_STATE: paths.state,
    GITHUB_PATH: paths.path,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerTemp, '_tool'),
    ...inputEnvironment(options.inputs ?? {}, token),
    // GitHub's one-second spacing of writes would only make tests sleep; a test of the spacing sets its own.
    MODEL_REGISTRY_WRITE_SPACING_MS: '0',
  };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const { code, signal, stdout, stderr, timedOut } = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    timedOut: boolean;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, [options.entry ?? ACTION_ENTRY], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode, exitSignal) => {
      clearTimeout(timer);
      resolve({ code: exitCode, signal: exitSignal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
  if (timedOut) {
    throw new Error(`the Action did not finish within ${timeoutMs} ms\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`);
  }

  const { log, commands } = parseStdout(stdout);
  const outputs: Record<string, string> = {};
  for (const c of commands) if (c.command === 'set-output' && c.properties.name) outputs[c.properties.name] = c.message;
  Object.assign(outputs, parseFileCommand(readFileSync(paths.output, 'utf8')));
  const run: ActionRun = {
    exitCode: code,
    signal,
    durationMs: Date.now() - started,
    stdout,
    stderr,
    log,
    commands,
    outputs,
    exportedEnv: parseFileCommand(readFileSync(paths.env, 'utf8')),
    summary: readFileSync(paths.summary, 'utf8'),
    env,
    runnerTemp,
    annotations: (kind, withFile = true) => commands.filter((c) => c.command === kind && (!withFile || c.properties.file !== undefined)),
    commandsOf: (kind) => commands.filter((c) => c.command === kind),
    dispose: () => {
      if (ownsTemp) rmSync(runnerTemp, { recursive: true, force: true });
    },
  };
  return run;
}

/** A readable account of a run, for assertion messages. */
export function describeRun(run: ActionRun): string {
  return `exit ${run.exitCode}${run.signal ? ` (${run.signal})` : ''} after ${run.durationMs} ms\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`;
}
