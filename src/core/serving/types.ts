/**
 * What a deployment reads from the registry: one version of a model, found
 * by a reference (`m@1.2.0`, `m#production`, `m@latest`, `models:/m@production`),
 * with every artifact and where to fetch it. The same shape whichever source
 * answered (a registry folder, the published catalogue, GitHub).
 */

export type ModelRef =
  | { model: string; kind: 'version'; version: string }
  /** `alias`: MLflow's `models:/m@<alias>`, resolved through registry.yaml's `aliases` when it is not itself a stage. */
  | { model: string; kind: 'stage'; stage: string; alias?: string }
  | { model: string; kind: 'latest' };

/** How an artifact is fetched: a release asset, a plain https address, a Hugging Face file pinned to a revision, or a URI this tool cannot fetch. */
export type ArtifactSource =
  | { kind: 'release-asset'; url: string; /** The API address (`/repos/{o}/{r}/releases/assets/{id}`), for private repositories. */ apiUrl?: string }
  | { kind: 'https'; url: string }
  | { kind: 'hf'; repo: string; revision: string; path: string; url: string }
  /** Committed in the registry and no repository given: its path in the registry, with no address. */
  | { kind: 'committed'; path: string }
  | { kind: 'other'; uri: string };

export interface ResolvedArtifact {
  name: string;
  size?: number;
  sha256?: string;
  /** Where the card says it is stored (committed path or URI), as written. */
  stored?: string;
  source: ArtifactSource;
}

export interface ResolvedVersion {
  model: string;
  version: string;
  /** The stage the reference named, when it named one. */
  stage?: string;
  tag: string;
  /** The release's page, when the release is known. */
  releaseUrl?: string;
  /** The release's SHA256SUMS asset, when there is one: downloads are checked against it too. */
  checksumsUrl?: string;
  /** SHA256SUMS's API address (`/repos/{o}/{r}/releases/assets/{id}`), when read from GitHub: private repositories serve it only there. */
  checksumsApiUrl?: string;
  artifacts: ResolvedArtifact[];
}
