/**
 * "GitHub answered HTTP 502 to GET … (…)": how a request that still failed
 * after the retries is told, written once for the front ends and use cases.
 * No Octokit here, so the CLI can tell without loading it.
 */
import { GitHubRequestError, GitHubUnreachableError } from '../../errors/index.js';
import { httpStatus } from './http-status.js';

/**
 * A GitHubRequestError for a request GitHub answered with an error (Octokit's
 * RequestError, an UploadError) or whose connection broke; `rest` ends the
 * sentence (from its punctuation on: "…, after retrying. Run it again.").
 * Undefined for anything else, including a GitHub that answered nothing.
 */
export function gitHubRequestError(error: unknown, rest: string): GitHubRequestError | undefined {
  if (error instanceof GitHubUnreachableError) return undefined;
  const status = httpStatus(error);
  const request = (error as { request?: { method?: string; url?: string } } | undefined)?.request;
  if (status === undefined && !request) return undefined;
  const answer = status === undefined ? 'with a broken connection' : `HTTP ${status}`;
  return new GitHubRequestError(
    `GitHub answered ${answer} to ${request?.method ?? ''} ${request?.url ?? ''} (${(error as Error).message.split('\n')[0]})${rest}`,
  );
}
