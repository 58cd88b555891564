/**
 * GitHub answered nothing: the name did not resolve, the connection was
 * refused or reset, TLS failed, or it timed out. Octokit reports these as
 * "HTTP 500" with the system error as its cause; here they get their own
 * error, named for what happened, so no one is told GitHub answered, and
 * failures that asking again cannot fix are not waited out.
 */

import { GitHubUnreachableError, type NetworkFailure } from '../../errors/index.js';

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const UNREACHABLE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL']);
const TIMEOUT = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ERR_STREAM_PREMATURE_CLOSE']);

/** The network failure behind an error (looked for along its `cause` chain), or undefined when it is something else. */
export function networkFailure(error: unknown, url?: string): NetworkFailure | undefined {
  const host = hostOf(url);
  for (let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    // fetch never connects to ports such as 9 or 6000 (the Fetch standard's "bad ports").
    if (!code && e.message === 'bad port')
      return {
        kind: 'refused',
        code: 'BAD_PORT',
        text: `connection refused: fetch does not connect to the port of ${host ?? 'the server'} (bad port)`,
        transient: false,
      };
    if (!code) continue;
    const detail = typeof e.message === 'string' ? e.message.split('\n')[0] : code;
    if (DNS.has(code))
      return { kind: 'dns', code, text: `DNS failed: the name ${hostname(host) ?? 'of the server'} does not resolve (${detail})`, transient: false };
    if (code === 'ECONNREFUSED') return { kind: 'refused', code, text: `connection refused (${detail})`, transient: false };
    if (UNREACHABLE.has(code)) return { kind: 'unreachable', code, text: `no route to ${host ?? 'the server'} (${detail})`, transient: false };
    if (isTls(code))
      return {
        kind: 'tls',
        code,
        text: `TLS failed with ${host ?? 'the server'} (${code}: ${detail}; a private certificate authority goes in NODE_EXTRA_CA_CERTS)`,
        transient: false,
      };
    if (TIMEOUT.has(code)) return { kind: 'timeout', code, text: `timed out: ${host ?? 'the server'} did not answer in time (${detail})`, transient: false };
    if (RESET.has(code))
      return { kind: 'reset', code, text: `connection reset: the connection to ${host ?? 'the server'} was cut (${detail})`, transient: true };
  }
  return undefined;
}

/** An error for a request GitHub gave no answer to; undefined when the error is not a network failure. */
export function unreachableError(error: unknown, request: { method?: string; url?: string }): GitHubUnreachableError | undefined {
  if (error instanceof GitHubUnreachableError) return error;
  const failure = networkFailure(error, request.url);
  if (!failure) return undefined;
  const where = { method: request.method ?? '', url: request.url ?? '' };
  return new GitHubUnreachableError(
    `GitHub could not be reached (${failure.text}) on ${where.method} ${where.url}: GitHub answered nothing; check the network and GITHUB_API_URL.`,
    failure,
    where,
  );
}

function isTls(code: string): boolean {
  return (
    /^(CERT_|ERR_TLS_|ERR_SSL_)/.test(code) ||
    [
      'EPROTO',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'UNABLE_TO_GET_ISSUER_CERT',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
    ].includes(code)
  );
}

function hostname(host: string | undefined): string | undefined {
  return host?.replace(/:\d+$/, '');
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
