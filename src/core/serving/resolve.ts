/**
 * A model reference resolved against a registry: the version it names, its
 * tag and release, and every artifact with where to fetch it and the digest
 * to verify it by. Committed artifacts are fetched from the version's release
 * (where `release` put them); `https://` stays as written; `hf://` becomes the
 * Hub's resolve address pinned to its revision; any other scheme is listed
 * with its checksum, for the user's own tool to fetch, and so is an `hf://`
 * address without a revision: unpinned, it could name other bytes tomorrow.
 */
import semver from 'semver';
import { assetDownloadUrl, releaseUrl, type Repository } from '../release/urls.js';
import { isValidVersion, tagName, type ModelEntry, type Registry } from '../registry/registry.js';
import { shellQuote } from '../text/shell-quote.js';
import { didYouMean } from '../text/suggest.js';
import { isRecord } from '../values.js';
import type { ArtifactSource, ModelRef, ResolvedArtifact, ResolvedVersion } from './types.js';

export type Resolution = { resolved: ResolvedVersion } | { problem: string };

/** Where the Hub serves a file: `HF_ENDPOINT` in huggingface_hub's terms. */
export const HF_ENDPOINT = 'https://huggingface.co';

// The problems every source words the same way.
export const noModel = (model: string, models: Iterable<string>) => `no model ${model} in this registry${didYouMean(model, models)}`;
export const noVersion = (model: string, version: string, versions: Iterable<string>) => `${model} has no version ${version}${didYouMean(version, versions)}`;
export const noStage = (model: string, stage: string, declared: readonly string[], alias?: string) =>
  declared.includes(stage)
    ? `${model} runs nothing in ${stage}${alias !== undefined && alias.toLowerCase() !== stage ? ` (the stage of alias ${alias})` : ''}`
    : alias !== undefined
      ? `no stage or alias ${alias} in this registry${didYouMean(stage, declared)} (registry.yaml's aliases map MLflow aliases to stages: model-registry import mlflow --alias-stage ${alias}=STAGE records one)`
      : `no stage ${stage} in this registry${didYouMean(stage, declared)}`;

/**
 * The stage a stage reference names: itself, or for MLflow's
 * `models:/m@<alias>` that is not a stage, the stage registry.yaml's
 * `aliases` maps the alias to (its exact spelling first, then ignoring case).
 */
export function stageOfRef(registry: Registry, ref: Extract<ModelRef, { kind: 'stage' }>): string {
  if (ref.alias === undefined || registry.settings.stages.includes(ref.stage)) return ref.stage;
  const raw = registry.settingsFile?.value as unknown;
  const aliases = isRecord(raw) && isRecord(raw.aliases) ? raw.aliases : {};
  const key = Object.hasOwn(aliases, ref.alias) ? ref.alias : Object.keys(aliases).find((a) => a.toLowerCase() === ref.alias?.toLowerCase());
  const mapped = key === undefined ? undefined : aliases[key];
  return typeof mapped === 'string' ? mapped : ref.stage;
}
export const noLatest = (model: string) => `${model} has no version that is not a pre-release or deprecated`;

/**
 * `@latest`: the highest SemVer version that is neither a pre-release nor
 * deprecated — what a deployment that asks for "the newest" should get.
 */
export function latestVersion(versions: Iterable<string>, deprecated: ReadonlySet<string>): string | undefined {
  const candidates = [...versions].filter((v) => isValidVersion(v) && !semver.prerelease(v) && !deprecated.has(v));
  return candidates.sort(semver.rcompare)[0];
}

export function resolveRef(registry: Registry, ref: ModelRef, repository?: Repository, hfEndpoint = HF_ENDPOINT): Resolution {
  const model = registry.models.get(ref.model);
  if (!model) return { problem: noModel(ref.model, registry.models.keys()) };
  let version: string | undefined;
  let stage: string | undefined;
  if (ref.kind === 'version') {
    if (!model.versions.has(ref.version)) return { problem: noVersion(ref.model, ref.version, model.versions.keys()) };
    version = ref.version;
  } else if (ref.kind === 'stage') {
    stage = stageOfRef(registry, ref);
    const stages = isRecord(model.stages?.value) ? model.stages.value : {};
    const held = stages[stage];
    if (typeof held !== 'string') return { problem: noStage(ref.model, stage, registry.settings.stages, ref.alias) };
    version = held;
  } else {
    version = latestVersion(model.versions.keys(), deprecatedVersions(model));
    if (!version) return { problem: noLatest(ref.model) };
  }
  const entry = model.versions.get(version);
  const card = entry?.card?.value as unknown;
  if (!entry || !isRecord(card)) return { problem: `${ref.model} ${version} has no readable card.yaml: run model-registry validate` };
  const tag = tagName(registry.settings, ref.model, version);
  const artifacts = (Array.isArray(card.artifacts) ? card.artifacts : []).filter(isRecord).flatMap((a): ResolvedArtifact[] => {
    if (typeof a.name !== 'string') return [];
    const stored = typeof a.path === 'string' ? a.path : typeof a.uri === 'string' ? a.uri : undefined;
    // Committed: the release holds it under its name; without the repository there is no address to give.
    const source: ArtifactSource =
      typeof a.path === 'string'
        ? repository
          ? { kind: 'release-asset', url: assetDownloadUrl(repository, tag, a.name) }
          : { kind: 'committed', path: `${entry.dir}/${a.path}` }
        : sourceOfUri(typeof a.uri === 'string' ? a.uri : '', hfEndpoint);
    return [
      {
        name: a.name,
        ...(typeof a.size === 'number' ? { size: a.size } : {}),
        ...(typeof a.sha256 === 'string' ? { sha256: a.sha256 } : {}),
        ...(stored !== undefined ? { stored } : {}),
        source,
      },
    ];
  });
  return {
    resolved: {
      model: ref.model,
      version,
      ...(stage !== undefined ? { stage } : {}),
      tag,
      ...(repository ? { releaseUrl: releaseUrl(repository, tag), checksumsUrl: assetDownloadUrl(repository, tag, 'SHA256SUMS') } : {}),
      artifacts,
    },
  };
}

/**
 * Where an artifact stored outside the registry is fetched from: `https://`
 * as written, `hf://ORG/NAME@REVISION/path` through the Hub's resolve
 * address, anything else (s3://, gs://, http://, an unpinned hf://) listed.
 */
export function sourceOfUri(uri: string, hfEndpoint = HF_ENDPOINT): ArtifactSource {
  if (/^https:\/\//i.test(uri)) return { kind: 'https', url: uri };
  const hf = /^hf:\/\/([^/@]+\/[^/@]+)@([^/]+)\/(.+)$/.exec(uri);
  if (hf) {
    const [, repo, revision, file] = hf;
    const encoded = (path: string) => path.split('/').map(encodeURIComponent).join('/');
    const url = `${hfEndpoint.replace(/\/+$/, '')}/${encoded(repo)}/resolve/${encodeURIComponent(revision)}/${encoded(file)}`;
    return { kind: 'hf', repo, revision, path: file, url };
  }
  return { kind: 'other', uri };
}

function deprecatedVersions(model: ModelEntry): Set<string> {
  const card = model.card?.value as unknown;
  return new Set(isRecord(card) && isRecord(card.deprecated_versions) ? Object.keys(card.deprecated_versions) : []);
}

/** The shell line that verifies a file fetched by other means (the name quoted: it comes from a card). */
export function verifyCommand(artifact: ResolvedArtifact): string | undefined {
  return artifact.sha256 && /^[0-9a-f]{64}$/.test(artifact.sha256) ? `echo ${shellQuote(`${artifact.sha256}  ${artifact.name}`)} | sha256sum -c` : undefined;
}
