/**
 * Local fake of GitHub's REST API for tests. See server.ts for the API.
 */
export {
  startFakeGitHub,
  FakeGitHub,
  type FakeGitHubOptions,
  type FaultSpec,
  type Violation,
  type ResponseViolation,
  type RequestLogEntry,
  type AddRepoResult,
} from './server.js';
export type { AssetState, CommentState, IssueState, PullState, ReleaseState, RepoOptions, RepoState, User, AutoMergeRecord, DiffFileInput } from './state.js';
export type { ReviewState, ReviewStateName, TeamAccess } from './state.js';
export type { PullInit } from './routes/pulls.js';
export { sanitizeAssetName, MAX_RELEASE_BODY } from './routes/releases.js';
export { MAX_COMMENT_BODY } from './routes/issues.js';
export { deploymentsOf, type DeploymentState, type DeploymentStatusState } from './routes/deployments.js';
export { loadSpec, matchRoute } from './openapi-checker.js';
