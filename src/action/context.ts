/** What the workflow run tells us about itself: event, pull request, repository, workspace. */
import { readFileSync } from 'node:fs';
import { isRecord } from '../core/values.js';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head is in another repository: the token cannot write to this one. */
  fromFork: boolean;
  /** Who opened it: their own review never approves a promotion. */
  author?: string;
}

export interface RunContext {
  eventName: string;
  repository?: { owner: string; repo: string };
  pullRequest?: PullRequestInfo;
  serverUrl: string;
  runUrl?: string;
  sha?: string;
  /** On workflow_run events: the run that triggered this one. */
  workflowRun?: WorkflowRunInfo;
  /** On push events: the branch's commit before and after the push (before is all zeros for a new branch). */
  push?: { before: string; after: string };
}

/** What a workflow_run event says about the run that triggered it (GitHub leaves pullRequests empty for forks). */
export interface WorkflowRunInfo {
  headSha: string;
  headBranch?: string;
  /** owner/name of the repository the run's head commit came from. */
  headRepository?: string;
  pullRequests: number[];
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  // The event file is outside input: every field is read through field() and checked before use.
  let payload: unknown = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  // pull_request, pull_request_target and pull_request_review events all carry the pull request here.
  const pr = field(payload, 'pull_request');
  const author = field(field(pr, 'user'), 'login');
  const prNumber = field(pr, 'number');
  const prHead = field(pr, 'head');
  const headRepo = field(field(prHead, 'repo'), 'full_name');
  const baseRepo = field(field(payload, 'repository'), 'full_name');
  return {
    eventName,
    repository: owner && repo ? { owner, repo } : undefined,
    serverUrl,
    sha: env.GITHUB_SHA,
    workflowRun: workflowRunInfo(field(payload, 'workflow_run')),
    push: pushInfo(payload),
    runUrl: env.GITHUB_RUN_ID && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    pullRequest:
      typeof prNumber === 'number'
        ? {
            number: prNumber,
            baseSha: text(field(field(pr, 'base'), 'sha')),
            headSha: text(field(prHead, 'sha')),
            fromFork: Boolean(headRepo && baseRepo && headRepo !== baseRepo),
            ...(typeof author === 'string' && author ? { author } : {}),
          }
        : undefined,
  };
}

function pushInfo(payload: unknown): RunContext['push'] {
  const before = field(payload, 'before');
  const after = field(payload, 'after');
  const sha = /^[0-9a-f]{40,64}$/;
  return typeof before === 'string' && typeof after === 'string' && sha.test(before) && sha.test(after) ? { before, after } : undefined;
}

function workflowRunInfo(run: unknown): WorkflowRunInfo | undefined {
  const headSha = field(run, 'head_sha');
  if (typeof headSha !== 'string') return undefined;
  const pulls = field(run, 'pull_requests');
  const headBranch = field(run, 'head_branch');
  const headRepository = field(field(run, 'head_repository'), 'full_name');
  return {
    headSha,
    headBranch: typeof headBranch === 'string' ? headBranch : undefined,
    headRepository: typeof headRepository === 'string' ? headRepository : undefined,
    pullRequests: (Array.isArray(pulls) ? (pulls as unknown[]) : [])
      .map((p) => field(p, 'number'))
      .filter((n): n is number => Number.isInteger(n) && (n as number) > 0),
  };
}

/** `value[key]` when value is an object, else undefined (as `value?.key` read it: no payload key names an array's property). */
function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** A sha as String() showed it, '' when absent: GitHub sends a string (the cast names that), a hand-made payload keeps its old reading. */
function text(value: unknown): string {
  const sha = (value ?? '') as string;
  return String(sha);
}
