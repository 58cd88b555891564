/**
 * The release planner (in the manner of release-please): from the registry
 * and what GitHub already has, compute exactly what remains to be done for
 * every version. It writes nothing; the executor carries the plan out, and a
 * re-run after any failure plans again from the new state, so nothing is
 * repeated and nothing is skipped.
 */
import { createHash } from 'node:crypto';
import semver from 'semver';
import { isValidVersion, tagName, type Registry, type VersionEntry } from '../registry/registry.js';
import { formatBinarySize } from '../output/number-format.js';
import { expectedAssets, type ExpectedAsset, type LocalFile } from './assets.js';
import { MAX_ASSET_BYTES, MAX_ASSETS_PER_RELEASE } from './github-limits.js';
import { releaseNotes } from './notes.js';
import { assetDownloadUrl, releaseUrl, type Repository } from './urls.js';

export interface RemoteAsset {
  id: number;
  name: string;
  size: number;
  /** 'uploaded' when complete; an upload broken midway leaves another state. */
  state: string;
  /** `sha256:<hex>`: GitHub's, or where GitHub gives none (Enterprise Server, older assets) the adapter's hash of the downloaded asset. */
  digest?: string | null;
}

export interface RemoteRelease {
  id: number;
  tag_name: string;
  draft: boolean;
  name?: string | null;
  body?: string | null;
  html_url: string;
  upload_url: string;
  assets: RemoteAsset[];
}

export interface RemoteState {
  /** Tag name -> the commit it points at (annotated tags peeled), for the versions still to release. */
  tags: Map<string, string>;
  /** The releases read (not every release: the newest, and those looked up by tag). */
  releases: RemoteRelease[];
  /** Tags whose versions are released, though their release was not read (a tag exists and no draft waits for it). */
  released?: ReadonlySet<string>;
}

export interface PlanInput {
  registry: Registry;
  /** The commit being released: a version git does not place (see versionCommits) is tagged here. */
  commit: string;
  /**
   * `model@version` -> the default-branch commit that added the version (adapters/git/version-commits.ts).
   * GTO reads one version per commit, so each version is tagged where it was added.
   */
  versionCommits?: ReadonlyMap<string, string>;
  repository: Repository;
  remote: RemoteState;
  /** Files on disk by path relative to the registry root, with size and sha256. */
  files: (relativePath: string) => LocalFile | undefined;
  /** Tags of versions to release that wait for a later run (past this run's cap): planned as `deferred`, nothing read or hashed for them. */
  deferred?: ReadonlySet<string>;
}

export interface VersionPlan {
  model: string;
  version: string;
  tag: string;
  title: string;
  body: string;
  /** released: a published release exists, nothing to do; deferred: to release, by a later run (this run's cap is reached). */
  status: 'released' | 'pending' | 'deferred';
  releaseUrl?: string;
  /** The draft to finish (lowest id when several exist), if any. */
  draftId?: number;
  createDraft: boolean;
  updateBody: boolean;
  deleteAssets: { id: number; name: string; reason: string }[];
  uploads: ExpectedAsset[];
  /** Every asset the published release must hold, for the final check. */
  expected: ExpectedAsset[];
  createTag: boolean;
  publish: boolean;
  /** The commit the tag points at; with ownCommit, the parent of the commit made for it. */
  target: string;
  /**
   * Another version of the model was added in the same commit: this one (the
   * later in SemVer) is tagged at a commit of its own, with the same tree and
   * `target` as parent, since GTO refuses two versions of a model on one commit.
   */
  ownCommit?: { parent: string; message: string };
}

export interface PlanProblem {
  model: string;
  version: string;
  file?: string;
  message: string;
}

export interface ReleasePlan {
  commit: string;
  versions: VersionPlan[];
  /** Anything here blocks the whole run: nothing is written. */
  problems: PlanProblem[];
}

export function planReleases(input: PlanInput): ReleasePlan {
  const { registry, repository } = input;
  const versions: VersionPlan[] = [];
  const problems: PlanProblem[] = [];
  for (const model of registry.models.values()) {
    const ordered = [...model.versions.values()].filter((v) => isValidVersion(v.version));
    const targets = versionTargets(input, model.name, ordered);
    ordered.forEach((version, index) => {
      const tag = tagName(registry.settings, model.name, version.version);
      const previous = previousOf(ordered, index);
      const result = planVersion(input, version, previous, tag, targets.get(version.version)!);
      versions.push(result.plan);
      for (const message of result.problems) problems.push({ model: model.name, version: version.version, ...message });
    });
  }
  void repository;
  return { commit: input.commit, versions, problems };
}

/**
 * Where each version of one model is tagged: the commit that added it; of
 * versions added by the same commit the lowest in SemVer keeps it and each
 * later one gets a commit of its own. Decided from git alone (released
 * versions included), so a re-run after a partial release decides the same.
 */
export function versionTargets(
  input: Pick<PlanInput, 'commit' | 'versionCommits'>,
  model: string,
  versions: readonly Pick<VersionEntry, 'version'>[],
): Map<string, Pick<VersionPlan, 'target' | 'ownCommit'>> {
  const out = new Map<string, Pick<VersionPlan, 'target' | 'ownCommit'>>();
  const taken = new Set<string>();
  for (const { version } of [...versions].sort((a, b) => semver.compare(a.version, b.version))) {
    const target = input.versionCommits?.get(`${model}@${version}`) ?? input.commit;
    if (!taken.has(target)) {
      taken.add(target);
      out.set(version, { target });
    } else {
      out.set(version, { target, ownCommit: { parent: target, message: ownCommitMessage(model, version) } });
    }
  }
  return out;
}

export function ownCommitMessage(model: string, version: string): string {
  return `model-registry: a commit of its own for ${model} ${version} (GTO reads one version per commit)`;
}

function previousOf(ordered: VersionEntry[], index: number): VersionEntry | undefined {
  const current = ordered[index].version;
  for (let i = index - 1; i >= 0; i--) if (semver.lt(ordered[i].version, current)) return ordered[i];
  return undefined;
}

function planVersion(
  input: PlanInput,
  version: VersionEntry,
  previous: VersionEntry | undefined,
  tag: string,
  placed: Pick<VersionPlan, 'target' | 'ownCommit'>,
): { plan: VersionPlan; problems: { file?: string; message: string }[] } {
  const { registry, remote, repository } = input;
  const title = `${version.model} ${version.version}`;
  const releases = remote.releases.filter((r) => r.tag_name === tag);
  const published = releases.find((r) => !r.draft);
  const base: VersionPlan = {
    model: version.model,
    version: version.version,
    tag,
    title,
    body: '',
    status: 'pending',
    createDraft: false,
    updateBody: false,
    deleteAssets: [],
    uploads: [],
    expected: [],
    createTag: false,
    publish: false,
    ...placed,
  };
  if (published) return { plan: { ...base, status: 'released', releaseUrl: published.html_url }, problems: [] };
  if (remote.released?.has(tag)) return { plan: { ...base, status: 'released', releaseUrl: releaseUrl(repository, tag) }, problems: [] };
  if (input.deferred?.has(tag)) return { plan: { ...base, status: 'deferred' }, problems: [] };

  const problems: { file?: string; message: string }[] = [];
  const { assets, problems: assetProblems, external } = expectedAssets(version, input.files, (name) => assetDownloadUrl(repository, tag, name));
  problems.push(...assetProblems);
  const sums = assets.find((a) => a.name === 'SHA256SUMS')!;
  sums.sha256 = createHash('sha256')
    .update((sums.source as { content: string }).content)
    .digest('hex');

  if (assets.length > MAX_ASSETS_PER_RELEASE) {
    problems.push({
      message: `${assets.length} assets, over GitHub's limit of ${MAX_ASSETS_PER_RELEASE} per release: store some artifacts elsewhere and list them with \`uri\``,
    });
  }
  for (const asset of assets) {
    if (asset.size > MAX_ASSET_BYTES) {
      problems.push({
        message: `${asset.name} is ${formatBinarySize(asset.size)}, over GitHub's limit of 2 GiB per release asset: store it elsewhere (S3, GCS, the Hugging Face Hub) and list it with \`uri\` instead of \`path\``,
      });
    }
  }

  const taggedAt = remote.tags.get(tag);
  // A commit of its own is made by the executor (the same one on every run), which checks the tag against it.
  if (taggedAt !== undefined && !placed.ownCommit && taggedAt !== placed.target) {
    problems.push({
      message: `tag ${tag} already exists at commit ${taggedAt}, not at ${placed.target}, the commit that added the version: if that tag is this version, its files changed since (register a new version); otherwise delete the stray tag`,
    });
  }

  const drafts = releases.filter((r) => r.draft).sort((a, b) => a.id - b.id);
  const draft = drafts[0];
  const body = releaseNotes({ registry, version, previous, assets, external, repository, tag });
  const plan: VersionPlan = {
    ...base,
    body,
    expected: assets,
    draftId: draft?.id,
    createDraft: !draft,
    updateBody: Boolean(draft && draft.body !== body),
    createTag: taggedAt === undefined,
    publish: true,
  };

  const remoteAssets = new Map((draft?.assets ?? []).map((a) => [a.name, a]));
  for (const asset of assets) {
    const existing = remoteAssets.get(asset.name);
    remoteAssets.delete(asset.name);
    if (asset.source.kind === 'draft') {
      if (!existing || existing.state !== 'uploaded') {
        problems.push({
          message: `artifact ${asset.name} is listed with the release's own address but is not in the draft release: run register again, or list a committed file with \`path\``,
        });
      } else if (!sameContent(existing, asset)) {
        problems.push({
          message: `the draft's ${asset.name} (${existing.size} bytes, ${existing.digest ?? 'no digest'}) is not what the card lists (${asset.size} bytes, sha256:${asset.sha256}): nothing was replaced; fix the card or delete the draft asset`,
        });
      }
      continue;
    }
    if (!existing) {
      plan.uploads.push(asset);
    } else if (existing.state !== 'uploaded') {
      plan.deleteAssets.push({ id: existing.id, name: existing.name, reason: `a broken upload (state ${existing.state})` });
      plan.uploads.push(asset);
    } else if (!sameContent(existing, asset)) {
      problems.push({
        message: `the draft already holds a different ${asset.name} (${existing.size} bytes, ${existing.digest ?? 'no digest'}; expected ${asset.size} bytes, sha256:${asset.sha256}): it is never silently replaced; delete the draft asset if it is wrong`,
      });
    }
  }
  for (const extra of remoteAssets.values()) {
    if (extra.state !== 'uploaded') plan.deleteAssets.push({ id: extra.id, name: extra.name, reason: `a broken upload (state ${extra.state})` });
    else
      problems.push({
        message: `the draft holds ${extra.name}, which the card does not list: list it in card.yaml or delete it from the draft, so the release holds only what the card promises`,
      });
  }
  return { plan, problems };
}

function sameContent(remote: RemoteAsset, expected: ExpectedAsset): boolean {
  if (remote.size !== expected.size) return false;
  // A size alone proves nothing: without a digest the asset is not taken for the card's.
  return remote.digest?.toLowerCase() === `sha256:${expected.sha256}`;
}
