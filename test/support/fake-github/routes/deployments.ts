/**
 * Deployments and their statuses (what the repository's front page shows as
 * "Deployments"), and the pull requests associated with a commit. State lives
 * here, per repository: `deploymentsOf(gh.repo('o/r'))` lets a test see it.
 *
 * As GitHub: a deployment's ref must resolve to a commit (422 "No ref found
 * for: …"); lists are newest first; a `success` (or `inactive`-worthy) status
 * with auto_inactive (default true) marks the environment's earlier successful
 * deployments inactive.
 */
import { notFound, paginate, unprocessable, type Handler, type RouteModule } from '../http.js';
import { nodeId, pullJson, userJson } from '../representations.js';
import { isoNow, type RepoState, type User } from '../state.js';

export interface DeploymentStatusState {
  id: number;
  state: string;
  description: string;
  environmentUrl: string;
  logUrl: string;
  creator: User;
  createdAt: string;
}

export interface DeploymentState {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  description: string | null;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  creator: User;
  createdAt: string;
  statuses: DeploymentStatusState[];
}

const DEPLOYMENTS = new WeakMap<RepoState, DeploymentState[]>();
let nextId = 1;

/** The repository's deployments, oldest first (each with its statuses, oldest first). */
export function deploymentsOf(repo: RepoState): DeploymentState[] {
  let list = DEPLOYMENTS.get(repo);
  if (!list) DEPLOYMENTS.set(repo, (list = []));
  return list;
}

function deploymentJson(api: string, repo: RepoState, d: DeploymentState): Record<string, unknown> {
  const url = `${api}/repos/${repo.fullName}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userJson(api, d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: `${api}/repos/${repo.fullName}`,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  };
}

function statusJson(api: string, repo: RepoState, d: DeploymentState, s: DeploymentStatusState): Record<string, unknown> {
  const deploymentUrl = `${api}/repos/${repo.fullName}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: userJson(api, s.creator),
    description: s.description,
    environment: d.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: `${api}/repos/${repo.fullName}`,
    ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
    ...(s.logUrl ? { log_url: s.logUrl } : {}),
  };
}

function findDeployment(repo: RepoState, id: unknown): DeploymentState {
  const d = deploymentsOf(repo).find((x) => x.id === Number(id));
  if (!d) throw notFound();
  return d;
}

const handlers: Record<string, Handler> = {
  'repos/create-deployment': (ctx) => {
    const repo = ctx.repo();
    const ref = String(ctx.body.ref);
    const sha = repo.resolveCommitish(ref);
    if (!sha) throw unprocessable(`No ref found for: ${ref}`);
    const environment = String(ctx.body.environment ?? 'production');
    const d: DeploymentState = {
      id: nextId++,
      sha,
      ref,
      task: String(ctx.body.task ?? 'deploy'),
      environment,
      payload: ctx.body.payload ?? {},
      description: ctx.body.description ?? null,
      productionEnvironment: ctx.body.production_environment ?? environment === 'production',
      transientEnvironment: ctx.body.transient_environment ?? false,
      creator: ctx.user,
      createdAt: isoNow(),
      statuses: [],
    };
    deploymentsOf(repo).push(d);
    return { status: 201, body: deploymentJson(ctx.server.url, repo, d) };
  },

  'repos/list-deployments': (ctx) => {
    const repo = ctx.repo();
    const q = ctx.query;
    const list = deploymentsOf(repo)
      .filter(
        (d) =>
          (q.sha === undefined || d.sha === q.sha) &&
          (q.ref === undefined || d.ref === q.ref) &&
          (q.task === undefined || d.task === q.task) &&
          (q.environment === undefined || q.environment === null || d.environment === q.environment),
      )
      .slice()
      .reverse();
    return paginate(ctx, list, (d) => deploymentJson(ctx.server.url, repo, d));
  },

  'repos/get-deployment': (ctx) => {
    const repo = ctx.repo();
    return { status: 200, body: deploymentJson(ctx.server.url, repo, findDeployment(repo, ctx.params.deployment_id)) };
  },

  'repos/create-deployment-status': (ctx) => {
    const repo = ctx.repo();
    const d = findDeployment(repo, ctx.params.deployment_id);
    const state = String(ctx.body.state);
    const status: DeploymentStatusState = {
      id: nextId++,
      state,
      description: String(ctx.body.description ?? ''),
      environmentUrl: String(ctx.body.environment_url ?? ''),
      logUrl: String(ctx.body.log_url ?? ctx.body.target_url ?? ''),
      creator: ctx.user,
      createdAt: isoNow(),
    };
    d.statuses.push(status);
    if (state === 'success' && ctx.body.auto_inactive !== false) {
      for (const other of deploymentsOf(repo)) {
        if (other === d || other.environment !== d.environment || other.transientEnvironment) continue;
        if (other.statuses.at(-1)?.state !== 'success') continue;
        other.statuses.push({ ...status, id: nextId++, state: 'inactive', description: '' });
      }
    }
    return { status: 201, body: statusJson(ctx.server.url, repo, d, status) };
  },

  'repos/list-deployment-statuses': (ctx) => {
    const repo = ctx.repo();
    const d = findDeployment(repo, ctx.params.deployment_id);
    return paginate(ctx, d.statuses.slice().reverse(), (s) => statusJson(ctx.server.url, repo, d, s));
  },

  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const repo = ctx.repo();
    const sha = String(ctx.params.commit_sha).toLowerCase();
    const pulls = [...repo.pulls.values()].filter((p) => p.mergeCommitSha === sha || p.headShaFixed === sha || repo.branchSha(p.headRef) === sha);
    return paginate(ctx, pulls, (p) => pullJson(ctx.server.url, repo, p, { full: false }));
  },
};

export const deploymentsRoutes: RouteModule = { handlers };
