/**
 * `release`: make the registry's state real on GitHub. Validate, read what
 * GitHub has, plan, and only when the plan has no problem carry it out,
 * version by version. A transient failure (5xx, a rate limit, a broken
 * connection) is retried a bounded number of times by planning again from
 * GitHub's new state; past that the step fails and a re-run resumes.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { planReleases, type ReleasePlan } from '../core/release/plan.js';
import type { LocalFile } from '../core/release/assets.js';
import type { Repository } from '../core/release/urls.js';
import { isValidVersion, tagName, type Registry } from '../core/registry/registry.js';
import { hashRegistryArtifact } from '../adapters/fs/fs-snapshot.js';
import { createGitHubClient, httpStatus, type GitHubClient, backoff } from '../adapters/github/client.js';
import type { Sleep } from '../adapters/github/client.js';
import { executeVersionPlan } from '../adapters/github/release-executor.js';
import { readRemoteState } from '../adapters/github/release-state.js';
import { readVersionCommits } from '../adapters/git/version-commits.js';
import { AssetDigests } from '../adapters/github/asset-digest.js';
import { GitHubUnreachableError, ReleaseBlockedError, ReleaseConflictError } from '../errors/index.js';
import { validateRegistry } from './validate-registry.js';

export interface ReleaseOptions {
  root: string;
  repository: Repository;
  commit: string;
  token: string;
  dryRun: boolean;
  log: (message: string) => void;
  /** How rate limits are waited out (a real sleep by default; tests record the waits). */
  sleep?: Sleep;
}

export interface ReleaseResult {
  plan: ReleasePlan;
  /** model@version published by this run. */
  released: string[];
  /** Their release addresses. */
  urls: string[];
}

const ATTEMPTS = 3;

export async function publishReleases(options: ReleaseOptions): Promise<ReleaseResult> {
  try {
    return await release(options);
  } catch (error) {
    // A dry run wrote nothing, so it has nothing to resume.
    if (error instanceof GitHubUnreachableError && !options.dryRun)
      throw error.withAdvice('What was done stays done: run the release again when GitHub can be reached, and it resumes where this run stopped.');
    throw error;
  }
}

async function release(options: ReleaseOptions): Promise<ReleaseResult> {
  const { report, registry } = await validateRegistry({ root: options.root });
  if (!report.ok) {
    const errors = report.problems.filter((p) => p.severity === 'error');
    const listed = errors
      .slice(0, 10)
      .map((p) => `  ${p.file}:${p.line}:${p.column}: ${p.message} [${p.rule}]`)
      .join('\n');
    throw new ReleaseBlockedError(`the registry has ${errors.length} error(s); nothing was released:\n${listed}`);
  }
  const octokit = createGitHubClient(options.token, options.log, options.sleep);
  const repo = { owner: options.repository.owner, repo: options.repository.repo };
  const files = localFiles(options.root);
  const digests = new AssetDigests(octokit, repo);
  // Each version is tagged at the commit that added it (GTO reads one version per commit).
  const versionCommits = readVersionCommits(options.root, options.commit);
  const plan = await makePlan(octokit, repo, registry, { ...options, versionCommits }, files, digests);
  if (plan.problems.length) {
    const listed = plan.problems.map((p) => `  ${p.model} ${p.version}: ${p.file ? `${p.file}: ` : ''}${p.message}`).join('\n');
    throw new ReleaseBlockedError(`the release plan has ${plan.problems.length} problem(s); nothing was written:\n${listed}`);
  }
  const released: string[] = [];
  const urls: string[] = [];
  if (options.dryRun) return { plan, released, urls };

  for (const pending of plan.versions.filter((v) => v.status === 'pending')) {
    let current = pending;
    for (let attempt = 1; ; attempt++) {
      try {
        urls.push(await executeVersionPlan(octokit, repo, current, { commit: options.commit, log: options.log }));
        released.push(`${current.model}@${current.version}`);
        break;
      } catch (error) {
        if (error instanceof ReleaseConflictError || !isTransient(error) || attempt >= ATTEMPTS) throw error;
        options.log(`${current.tag}: ${(error as Error).message}; planning again (attempt ${attempt + 1} of ${ATTEMPTS})`);
        await backoff(attempt);
        const again = await makePlan(octokit, repo, registry, { ...options, versionCommits }, files, digests);
        const next = again.versions.find((v) => v.tag === current.tag);
        if (again.problems.length) throw new ReleaseBlockedError(again.problems.map((p) => p.message).join('\n'));
        if (!next || next.status === 'released') {
          if (next?.releaseUrl) urls.push(next.releaseUrl);
          released.push(`${current.model}@${current.version}`);
          break;
        }
        current = next;
      }
    }
  }
  return { plan, released, urls };
}

async function makePlan(
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
  registry: Registry,
  options: ReleaseOptions & { versionCommits: ReadonlyMap<string, string> },
  files: (p: string) => LocalFile | undefined,
  digests: AssetDigests,
): Promise<ReleasePlan> {
  let pendingTags: string[] = [];
  const remote = await readRemoteState(octokit, repo, (releases) => {
    const published = new Set(releases.filter((r) => !r.draft).map((r) => r.tag_name));
    const tags: string[] = [];
    for (const model of registry.models.values()) {
      for (const version of model.versions.keys()) {
        const tag = tagName(registry.settings, model.name, version);
        if (isValidVersion(version) && !published.has(tag)) tags.push(tag);
      }
    }
    pendingTags = tags;
    return tags;
  });
  // Drafts of versions to release are compared with the cards: an asset without GitHub's digest is hashed first.
  const pending = new Set(pendingTags);
  const drafts = await digests.fill(remote.releases.filter((r) => r.draft && pending.has(r.tag_name)));
  const releases = remote.releases.map((r) => drafts.find((d) => d.id === r.id) ?? r);
  return planReleases({
    registry,
    commit: options.commit,
    versionCommits: options.versionCommits,
    repository: options.repository,
    remote: { ...remote, releases },
    files,
  });
}

/** Size and sha256 of files on disk, hashed once, on first use; a link is no file (and is never read); a Git LFS pointer is marked. */
function localFiles(root: string): (relativePath: string) => LocalFile | undefined {
  const cache = new Map<string, LocalFile | undefined>();
  return (relative) => {
    if (!cache.has(relative)) {
      const path = join(root, relative);
      let file: LocalFile | undefined;
      try {
        if (lstatSync(path).isFile()) {
          const { size, sha256, lfs } = hashRegistryArtifact(path);
          file = lfs ? { path, size, sha256, lfsPointer: true } : { path, size, sha256 };
        }
      } catch {
        file = undefined;
      }
      cache.set(relative, file);
    }
    return cache.get(relative);
  };
}

function isTransient(error: unknown): boolean {
  if (error instanceof GitHubUnreachableError) return error.failure.transient;
  const status = httpStatus(error);
  if (status === undefined) return true;
  return status >= 500 || status === 429 || status === 403 || status === 408;
}
