/**
 * The one place an Octokit is made: the token, GitHub's API address (from
 * GITHUB_API_URL, so GitHub Enterprise and the tests' fake server work), and
 * the retry and throttling plugins that wait out 5xx answers, secondary rate
 * limits and Retry-After within a bounded budget.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** How often a request is retried, and how long in all a rate limit may be waited out. */
export const RETRIES = 4;
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export function createGitHubClient(token: string, log: (message: string) => void = () => {}): GitHubClient {
  let waited = 0;
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= RETRIES || waited + retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      log(`GitHub's ${kind} rate limit hit on ${options.method} ${options.url}; giving up after ${waited}s of waiting. Re-run the job to resume.`);
      return false;
    }
    waited += retryAfter;
    log(`GitHub's ${kind} rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
    return true;
  };
  return getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      retry: { retries: RETRIES },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      request: { retries: RETRIES },
    },
    retry,
    throttling,
  );
}

/** An HTTP status from an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
