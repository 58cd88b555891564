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
import semver from 'semver';
import { isValidVersion, tagName, type Registry, type VersionEntry } from '../core/registry/registry.js';
import { listsDraftArtifacts } from '../core/release/assets.js';
import { DEFAULT_MAX_RELEASES } from '../core/release/github-limits.js';
import { assetDownloadUrl } from '../core/release/urls.js';
import { readLocalTags } from '../adapters/git/local-tags.js';
import { hashRegistryArtifact } from '../adapters/fs/fs-snapshot.js';
import { createGitHubClient, httpStatus, type GitHubClient, backoff } from '../adapters/github/client.js';
import type { Sleep } from '../adapters/github/client.js';
import { executeVersionPlan } from '../adapters/github/release-executor.js';
import { readRemoteState } from '../adapters/github/release-state.js';
import { readVersionCommits } from '../adapters/git/version-commits.js';
import { AssetDigests } from '../adapters/github/asset-digest.js';
import { GitHubUnreachableError, ReleaseBlockedError, ReleaseConflictError } from '../errors/index.js';
import { validateRegistry } from './validate-registry.js';
import { plural } from '../core/text/plural.js';

export interface ReleaseOptions {
  root: string;
  repository: Repository;
  commit: string;
  token: string;
  dryRun: boolean;
  log: (message: string) => void;
  /** How rate limits are waited out (a real sleep by default; tests record the waits). */
  sleep?: Sleep;
  /** At most this many versions are released by one run, the oldest first; the next run goes on (default DEFAULT_MAX_RELEASES). */
  maxReleases?: number;
}

export interface ReleaseResult {
  plan: ReleasePlan;
  /** model@version published by this run. */
  released: string[];
  /** Their release addresses. */
  urls: string[];
  /** Versions still to release, left for a later run by the cap. */
  remaining: number;
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
    throw new ReleaseBlockedError(`the registry has ${plural(errors.length, 'error')}; nothing was released:\n${listed}`);
  }
  const octokit = createGitHubClient(options.token, options.log, options.sleep);
  const repo = { owner: options.repository.owner, repo: options.repository.repo };
  const files = localFiles(options.root);
  const digests = new AssetDigests(octokit, repo);
  // Each version is tagged at the commit that added it (GTO reads one version per commit).
  const versionCommits = readVersionCommits(options.root, options.commit);
  const { plan, order } = await makePlan(octokit, repo, registry, { ...options, versionCommits }, files, digests);
  if (plan.problems.length) {
    const listed = plan.problems.map((p) => `  ${p.model} ${p.version}: ${p.file ? `${p.file}: ` : ''}${p.message}`).join('\n');
    throw new ReleaseBlockedError(`the release plan has ${plural(plan.problems.length, 'problem')}; nothing was written:\n${listed}`);
  }
  const released: string[] = [];
  const urls: string[] = [];
  const remaining = plan.versions.filter((v) => v.status === 'deferred').length;
  if (remaining)
    options.log(
      `${plural(remaining, 'more version')} to release after this run's ${plan.versions.filter((v) => v.status === 'pending').length} (at most ${maxReleases(options)} a run, the oldest first, to stay within GitHub's limit on content-creating requests): run the release again to go on`,
    );
  if (options.dryRun) return { plan, released, urls, remaining };

  for (const pending of plan.versions.filter((v) => v.status === 'pending').sort((a, b) => order.get(a.tag)! - order.get(b.tag)!)) {
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
        const { plan: again } = await makePlan(octokit, repo, registry, { ...options, versionCommits }, files, digests);
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
  return { plan, released, urls, remaining };
}

function maxReleases(options: ReleaseOptions): number {
  return options.maxReleases ?? DEFAULT_MAX_RELEASES;
}

async function makePlan(
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
  registry: Registry,
  options: ReleaseOptions & { versionCommits: ReadonlyMap<string, string> },
  files: (p: string) => LocalFile | undefined,
  digests: AssetDigests,
): Promise<{ plan: ReleasePlan; order: Map<string, number> }> {
  // Versions whose tag the clone has are released; GitHub is asked only about the others (and about drafts waiting for a tag).
  const localTags = readLocalTags(options.root) ?? new Set<string>();
  const untagged: string[][] = [];
  const tagged = new Set<string>();
  const versions = new Map<string, VersionEntry>();
  for (const model of registry.models.values()) {
    const group: string[] = [];
    for (const version of model.versions.values()) {
      if (!isValidVersion(version.version)) continue;
      const tag = tagName(registry.settings, model.name, version.version);
      versions.set(tag, version);
      if (localTags.has(tag)) tagged.add(tag);
      else group.push(tag);
    }
    untagged.push(group);
  }
  const remote = await readRemoteState(octokit, repo, {
    untagged,
    tagged,
    needsDraft: (tag) => listsDraftArtifacts(versions.get(tag)!, (name) => assetDownloadUrl(options.repository, tag, name)),
  });
  const ordered = oldestFirst(remote.pending, versions, options.versionCommits);
  const selected = new Set(ordered.slice(0, maxReleases(options)));
  // Drafts of versions to release are compared with the cards: an asset without GitHub's digest is hashed first.
  const drafts = await digests.fill(remote.releases.filter((r) => r.draft && selected.has(r.tag_name)));
  const releases = remote.releases.map((r) => drafts.find((d) => d.id === r.id) ?? r);
  const plan = planReleases({
    registry,
    commit: options.commit,
    versionCommits: options.versionCommits,
    repository: options.repository,
    remote: { ...remote, releases },
    files,
    deferred: new Set(ordered.slice(selected.size)),
  });
  return { plan, order: new Map(ordered.map((tag, i) => [tag, i])) };
}

/**
 * The versions to release, the oldest first: by the commit that last changed
 * each (git's first-parent history; a version git does not place counts as
 * the newest), then by model and SemVer, so a capped run and the next take
 * them in the order they were added.
 */
function oldestFirst(tags: readonly string[], versions: ReadonlyMap<string, VersionEntry>, versionCommits: ReadonlyMap<string, string>): string[] {
  // versionCommits lists the newest commit first: a commit's place in that order is its age.
  const age = new Map<string, number>();
  for (const commit of versionCommits.values()) if (!age.has(commit)) age.set(commit, age.size);
  const rank = (v: VersionEntry) => age.get(versionCommits.get(`${v.model}@${v.version}`) ?? '') ?? -1;
  return [...new Set(tags)].sort((a, b) => {
    const x = versions.get(a)!;
    const y = versions.get(b)!;
    return rank(y) - rank(x) || (x.model < y.model ? -1 : x.model > y.model ? 1 : semver.compare(x.version, y.version));
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
