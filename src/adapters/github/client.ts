/**
 * The one place an Octokit is made: the token, GitHub's API address (from
 * GITHUB_API_URL, so GitHub Enterprise and the tests' fake server work), and
 * the retry and throttling plugins that wait out 5xx answers, secondary rate
 * limits and Retry-After within a bounded budget. A request GitHub gave no
 * answer to becomes a GitHubUnreachableError that names the failure; only a
 * cut connection is asked again (a name that does not resolve will not).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { unreachableError } from './network-error.js';

export { httpStatus } from './http-status.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** How often a request is retried, and how long in all a rate limit may be waited out. */
export const RETRIES = 4;
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

/** Waits `ms` milliseconds. Tests pass one that records the waits instead of sleeping through them. */
export type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function createGitHubClient(token: string, log: (message: string) => void = () => {}, wait: Sleep = sleep): GitHubClient {
  let waited = 0;
  const onLimit = (kind: string) => async (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= RETRIES || waited + retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      log(`GitHub's ${kind} rate limit hit on ${options.method} ${options.url}; giving up after ${waited}s of waiting. Re-run the job to resume.`);
      return false;
    }
    waited += retryAfter;
    log(`GitHub's ${kind} rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
    await wait(retryAfter * 1000);
    return true;
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      // 429 and 403 (secondary limits) go to the throttling plugin, which honours
      // Retry-After; 409 (a conflict) will not go away by asking again.
      retry: { retries: RETRIES, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], retryAfterBaseValue: retryBaseMs() },
      throttle: {
        // The wait is done in onLimit (injectable), so the plugin adds none of its own.
        retryAfterBaseValue: 0,
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the plugin awaits the answer (true: retry) though its types say void
        onRateLimit: onLimit('primary'),
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as above
        onSecondaryRateLimit: onLimit('secondary'),
        // GitHub asks for a second between content-creating requests; the
        // throttling plugin does that, and MODEL_REGISTRY_WRITE_SPACING_MS can shorten it for tests.
        write: new Bottleneck.Group({ id: 'model-registry-write', maxConcurrent: 1, minTime: writeSpacingMs() }),
        // Requests that notify people (releases, pull requests, comments) get 3 s between them; the same variable shortens it.
        notifications: new Bottleneck.Group({ id: 'model-registry-notifications', maxConcurrent: 1, minTime: writeSpacingMs(3000) }),
      },
    },
    noAnswer,
    retry,
    throttling,
  );
  // Outermost: a cut connection still failing after the retries is named too.
  octokit.hook.error('request', (error, options) => {
    throw unreachableError(error, requestOf(error, options)) ?? error;
  });
  return octokit;
}

/**
 * Registered before the retry plugin, so its hook sees each failure first: a
 * failure that asking again cannot fix (DNS, refused, TLS, a timeout) leaves
 * without a status, which the retry plugin does not retry.
 */
function noAnswer(octokit: {
  hook: { error: (name: 'request', hook: (error: unknown, options: { method?: string; url?: string }) => unknown) => void };
}): void {
  octokit.hook.error('request', (error, options) => {
    const unreachable = unreachableError(error, requestOf(error, options));
    throw unreachable && !unreachable.failure.transient ? unreachable : error;
  });
}

/** Where the request went: Octokit's RequestError holds the full address (its options, a path template). */
function requestOf(error: unknown, options: { method?: string; url?: string }): { method?: string; url?: string } {
  const request = (error as { request?: { method?: string; url?: string } } | undefined)?.request;
  return request?.url ? request : options;
}

function writeSpacingMs(fallback = 1000): number {
  const configured = Number(process.env.MODEL_REGISTRY_WRITE_SPACING_MS);
  return Number.isFinite(configured) && configured >= 0 ? configured : fallback;
}

/**
 * The first retry waits this long, later ones longer (1 s, 4 s, 9 s by
 * default). MODEL_REGISTRY_RETRY_BASE_MS shortens it, for tests.
 */
function retryBaseMs(): number {
  const configured = Number(process.env.MODEL_REGISTRY_RETRY_BASE_MS);
  return Number.isFinite(configured) && configured >= 0 ? configured : 1000;
}

/** Waits before planning again after a transient failure: 2 s, 4 s, … (scaled by MODEL_REGISTRY_RETRY_BASE_MS). */
export function backoff(attempt: number): Promise<void> {
  const ms = retryBaseMs() * 2 ** attempt;
  return new Promise((resolve) => setTimeout(resolve, ms));
}
