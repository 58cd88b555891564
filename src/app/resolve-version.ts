/**
 * `resolve`: a model reference resolved to a version and its artifacts, from
 * one of three sources: a registry folder (the checkout a deployment job has,
 * or any clone; release addresses when the repository is known), the
 * published catalogue's JSON API, or the registry repository on GitHub (its
 * default branch's files of that model, and the release of its tag, whose
 * asset API addresses private repositories need).
 */
import { parseRepository, type Repository } from '../core/release/urls.js';
import { loadRegistry } from '../core/registry/load.js';
import { resolveFromCatalogue } from '../core/serving/catalogue.js';
import { parseModelRef } from '../core/serving/model-ref.js';
import { HF_ENDPOINT, noModel, resolveRef, type Resolution } from '../core/serving/resolve.js';
import type { ModelRef, ResolvedVersion } from '../core/serving/types.js';
import { RefNotFoundError, UsageError } from '../errors/index.js';
import { validateRegistry } from './validate-registry.js';

export interface ResolveOptions {
  ref: string;
  /** The registry folder (the local source, the default). */
  root: string;
  /**
   * owner/name. With the local source: the repository whose releases hold the
   * committed artifacts (their addresses). With `fromGitHub`: the registry read.
   */
  repository?: string;
  serverUrl: string;
  /** The Hub's address (HF_ENDPOINT), for hf:// artifacts. */
  hfEndpoint?: string;
  /** Read the published catalogue at this http(s) address instead of a folder. */
  catalogue?: string;
  /** Per catalogue request (default 30 s). */
  timeoutMs?: number;
  /** Read `repository`'s default branch and release through the API (GITHUB_API_URL) with this token. */
  fromGitHub?: { token: string; log?: (message: string) => void };
}

export async function resolveVersion(options: ResolveOptions): Promise<ResolvedVersion> {
  const parsed = parseModelRef(options.ref);
  if ('problem' in parsed) throw new UsageError(parsed.problem);
  const hfEndpoint = options.hfEndpoint ?? HF_ENDPOINT;
  const repository = options.repository === undefined ? undefined : parseRepository(options.repository, options.serverUrl);
  if (options.repository !== undefined && !repository) throw new UsageError(`--repository must be OWNER/NAME, not ${JSON.stringify(options.repository)}`);
  let resolution: Resolution;
  if (options.catalogue !== undefined) {
    // Loaded only here: the API's validators are large and no other command needs them.
    const { readCatalogue } = await import('../adapters/http/catalogue.js');
    resolution = resolveFromCatalogue(parsed.ref, await readCatalogue(options.catalogue, parsed.ref, { timeoutMs: options.timeoutMs }), hfEndpoint);
  } else if (options.fromGitHub) {
    if (!repository) throw new UsageError('reading the registry from GitHub needs its repository: --repository OWNER/NAME');
    return fromGitHub(parsed.ref, repository, options.fromGitHub, hfEndpoint);
  } else {
    const { registry } = await validateRegistry({ root: options.root });
    resolution = resolveRef(registry, parsed.ref, repository, hfEndpoint);
  }
  if ('problem' in resolution) throw new RefNotFoundError(resolution.problem);
  return resolution.resolved;
}

async function fromGitHub(ref: ModelRef, repository: Repository, github: { token: string; log?: (m: string) => void }, hfEndpoint: string) {
  // Octokit is loaded only by this source, as for the other commands that talk to GitHub.
  const { createGitHubClient } = await import('../adapters/github/client.js');
  const { readReleaseLinks, readRemoteModel } = await import('../adapters/github/model-folder.js');
  const octokit = createGitHubClient(github.token, github.log);
  const repo = { owner: repository.owner, repo: repository.repo };
  const remote = await readRemoteModel(octokit, repo, ref.model);
  if (!remote.snapshot) throw new RefNotFoundError(noModel(ref.model, remote.models));
  // Resolved without the repository: a committed file gets the release's own address below, or none when it has no asset.
  const resolution = resolveRef(loadRegistry(remote.snapshot), ref, undefined, hfEndpoint);
  if ('problem' in resolution) throw new RefNotFoundError(resolution.problem);
  const resolved = resolution.resolved;
  const release = await readReleaseLinks(octokit, repo, resolved.tag);
  if (!release) return resolved;
  const asset = new Map(release.assets.map((a) => [a.name, a]));
  const sums = asset.get('SHA256SUMS');
  return {
    ...resolved,
    releaseUrl: release.htmlUrl,
    ...(sums ? { checksumsUrl: sums.browserUrl, checksumsApiUrl: sums.apiUrl } : {}),
    artifacts: resolved.artifacts.map((a) => {
      const held = a.source.kind === 'committed' ? asset.get(a.name) : undefined;
      return held ? { ...a, source: { kind: 'release-asset' as const, url: held.browserUrl, apiUrl: held.apiUrl } } : a;
    }),
  };
}
