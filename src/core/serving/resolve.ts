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

export function resolveRef(registry: Registry, ref: ModelRef, repository?: Repository, hfEndpoint = HF_ENDPOINT): Resolution {
  const model = registry.models.get(ref.model);
  if (!model) return { problem: `no model ${ref.model} in this registry${didYouMean(ref.model, registry.models.keys())}` };
  const deprecated = deprecatedVersions(model);
  let version: string | undefined;
  if (ref.kind === 'version') {
    if (!model.versions.has(ref.version)) return { problem: `${ref.model} has no version ${ref.version}${didYouMean(ref.version, model.versions.keys())}` };
    version = ref.version;
  } else if (ref.kind === 'stage') {
    const stages = isRecord(model.stages?.value) ? model.stages.value : {};
    const held = stages[ref.stage];
    if (typeof held !== 'string') {
      const known = registry.settings.stages.includes(ref.stage);
      return {
        problem: known
          ? `${ref.model} runs nothing in ${ref.stage}`
          : `no stage ${ref.stage} in this registry${didYouMean(ref.stage, registry.settings.stages)}`,
      };
    }
    version = held;
  } else {
    // Latest: the highest release version that is not deprecated (pre-releases are never "latest").
    const candidates = [...model.versions.keys()].filter((v) => isValidVersion(v) && !semver.prerelease(v) && !deprecated.has(v));
    version = candidates.sort(semver.rcompare)[0];
    if (!version) return { problem: `${ref.model} has no version that is not a pre-release or deprecated` };
  }
  const entry = model.versions.get(version);
  const card = entry?.card?.value as unknown;
  if (!entry || !isRecord(card)) return { problem: `${ref.model} ${version} has no readable card.yaml: run model-registry validate` };
  const tag = tagName(registry.settings, ref.model, version);
  const artifacts = (Array.isArray(card.artifacts) ? card.artifacts : []).filter(isRecord).flatMap((a): ResolvedArtifact[] => {
    if (typeof a.name !== 'string') return [];
    const stored = typeof a.path === 'string' ? a.path : typeof a.uri === 'string' ? a.uri : undefined;
    return [
      {
        name: a.name,
        ...(typeof a.size === 'number' ? { size: a.size } : {}),
        ...(typeof a.sha256 === 'string' ? { sha256: a.sha256 } : {}),
        ...(stored !== undefined ? { stored } : {}),
        source: sourceOf(a.name, typeof a.path === 'string' ? `${entry.dir}/${a.path}` : undefined, a.uri, tag, repository, hfEndpoint),
      },
    ];
  });
  return {
    resolved: {
      model: ref.model,
      version,
      ...(ref.kind === 'stage' ? { stage: ref.stage } : {}),
      tag,
      ...(repository ? { releaseUrl: releaseUrl(repository, tag), checksumsUrl: assetDownloadUrl(repository, tag, 'SHA256SUMS') } : {}),
      artifacts,
    },
  };
}

function sourceOf(name: string, path: unknown, uri: unknown, tag: string, repository: Repository | undefined, hfEndpoint: string): ArtifactSource {
  if (typeof path === 'string') {
    // Committed: the release holds it under its name; without the repository there is no address to give.
    return repository ? { kind: 'release-asset', url: assetDownloadUrl(repository, tag, name) } : { kind: 'committed', path };
  }
  if (typeof uri !== 'string') return { kind: 'other', uri: '' };
  if (/^https:\/\//i.test(uri)) return { kind: 'https', url: uri };
  const hf = /^hf:\/\/([^/@]+\/[^/@]+)@([^/]+)\/(.+)$/.exec(uri);
  if (hf) {
    const [, repo, revision, file] = hf;
    const url = `${hfEndpoint.replace(/\/+$/, '')}/${repo.split('/').map(encodeURIComponent).join('/')}/resolve/${encodeURIComponent(revision)}/${file.split('/').map(encodeURIComponent).join('/')}`;
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
