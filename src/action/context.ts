/** What the workflow run tells us about itself: event, pull request, repository, workspace. */
import { readFileSync } from 'node:fs';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head is in another repository: the token cannot write to this one. */
  fromFork: boolean;
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
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const pr = payload.pull_request;
  return {
    eventName,
    repository: owner && repo ? { owner, repo } : undefined,
    serverUrl,
    sha: env.GITHUB_SHA,
    workflowRun: workflowRunInfo(payload.workflow_run),
    runUrl: env.GITHUB_RUN_ID && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    pullRequest:
      pr && typeof pr.number === 'number'
        ? {
            number: pr.number,
            baseSha: String(pr.base?.sha ?? ''),
            headSha: String(pr.head?.sha ?? ''),
            fromFork: Boolean(pr.head?.repo?.full_name && payload.repository?.full_name && pr.head.repo.full_name !== payload.repository.full_name),
          }
        : undefined,
  };
}

function workflowRunInfo(run: Record<string, any> | undefined): WorkflowRunInfo | undefined {
  if (!run || typeof run.head_sha !== 'string') return undefined;
  const pulls: unknown[] = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    headSha: run.head_sha,
    headBranch: typeof run.head_branch === 'string' ? run.head_branch : undefined,
    headRepository: typeof run.head_repository?.full_name === 'string' ? run.head_repository.full_name : undefined,
    pullRequests: pulls.map((p) => (p as { number?: unknown })?.number).filter((n): n is number => Number.isInteger(n) && (n as number) > 0),
  };
}
