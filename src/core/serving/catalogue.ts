/**
 * A model reference resolved against the published catalogue's JSON API
 * (api/index.json, api/models/<m>.json, api/models/<m>/<stage>.json), already
 * checked against schemas/api-*.schema.json: the same answer as from the
 * registry's files, with the addresses the site was built with. A committed
 * file of a site built without the repository has no address (`url: null`):
 * it is listed, like an s3:// file, with the line that verifies it.
 */
import type { ApiArtifact, ApiIndex, ApiModel, ApiStage, ApiVersion } from '../site/api.js';
import type { ArtifactSource, ModelRef, ResolvedArtifact, ResolvedVersion } from './types.js';
import { HF_ENDPOINT, latestVersion, noLatest, noModel, noStage, noVersion, sourceOfUri, type Resolution } from './resolve.js';

/** What the catalogue answered: each document, or undefined when it was not there (404). */
export interface CatalogueAnswers {
  index?: ApiIndex;
  model?: ApiModel;
  /** api/models/<m>/<stage>.json, for a stage reference. */
  stage?: ApiStage;
}

export function resolveFromCatalogue(ref: ModelRef, answers: CatalogueAnswers, hfEndpoint = HF_ENDPOINT): Resolution {
  if (ref.kind === 'stage' && answers.stage) return { resolved: fromApiVersion(ref.model, answers.stage, ref.stage, hfEndpoint) };
  const model = answers.model;
  if (!model) return { problem: noModel(ref.model, answers.index?.models.map((m) => m.name) ?? []) };
  const versions = model.versions.map((v) => v.version);
  let version: string | undefined;
  if (ref.kind === 'version') {
    if (!versions.includes(ref.version)) return { problem: noVersion(ref.model, ref.version, versions) };
    version = ref.version;
  } else if (ref.kind === 'stage') {
    version = model.stages[ref.stage];
    if (version === undefined) return { problem: noStage(ref.model, ref.stage, answers.index?.registry.stages ?? Object.keys(model.stages)) };
  } else {
    version = latestVersion(versions, new Set(model.versions.filter((v) => v.deprecated).map((v) => v.version)));
    if (!version) return { problem: noLatest(ref.model) };
  }
  const entry = model.versions.find((v) => v.version === version);
  // A stage naming a version the catalogue does not list: the registry is broken, and validate says how.
  if (!entry) return { problem: `${ref.model} ${version} is not in the catalogue: run model-registry validate on the registry` };
  return { resolved: fromApiVersion(ref.model, entry, ref.kind === 'stage' ? ref.stage : undefined, hfEndpoint) };
}

function fromApiVersion(model: string, v: ApiVersion, stage: string | undefined, hfEndpoint: string): ResolvedVersion {
  const download = v.release_url ? downloadPrefix(v.release_url) : undefined;
  return {
    model,
    version: v.version,
    ...(stage !== undefined ? { stage } : {}),
    tag: v.tag,
    ...(v.release_url ? { releaseUrl: v.release_url } : {}),
    ...(download ? { checksumsUrl: `${download}SHA256SUMS` } : {}),
    artifacts: v.artifacts.map((a) => artifactOf(a, download, hfEndpoint)),
  };
}

function artifactOf(a: ApiArtifact, download: string | undefined, hfEndpoint: string): ResolvedArtifact {
  return {
    name: a.name,
    ...(a.size !== null ? { size: a.size } : {}),
    ...(a.sha256 !== null ? { sha256: a.sha256 } : {}),
    ...(a.url !== null ? { stored: a.url } : {}),
    source: sourceOfUrl(a, download, hfEndpoint),
  };
}

/** The release's own asset address is a release asset; any other address is what its scheme says. */
function sourceOfUrl(a: ApiArtifact, download: string | undefined, hfEndpoint: string): ArtifactSource {
  if (a.url === null) return { kind: 'other', uri: '' };
  if (download && a.url === `${download}${encodeURIComponent(a.name)}`) return { kind: 'release-asset', url: a.url };
  return sourceOfUri(a.url, hfEndpoint);
}

/** `…/releases/tag/<tag>` → `…/releases/download/<tag>/`, where the release's assets are served. */
function downloadPrefix(releaseUrl: string): string | undefined {
  const m = /^(https:\/\/[^?#]+)\/releases\/tag\/([^/?#]+)$/.exec(releaseUrl);
  return m ? `${m[1]}/releases/download/${m[2]}/` : undefined;
}
