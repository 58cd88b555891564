/**
 * The assets of a version's release: its card, its metrics file, every
 * artifact it commits (or that `register` already put in the draft), and a
 * SHA256SUMS over all of them that `sha256sum -c` accepts.
 */
import { asArray, isRecord } from '../values.js';
import type { VersionEntry } from '../registry/registry.js';

export interface LocalFile {
  /** Absolute path on disk. */
  path: string;
  size: number;
  sha256: string;
  /** Set when the file is a Git LFS pointer: the checkout lacks the LFS content, which is what must be uploaded. */
  lfsPointer?: true;
}

export type AssetSource =
  /** `inRegistry`: a file of the registry, which is opened without following a link (a training run's own files may be links). */
  | { kind: 'file'; path: string; inRegistry?: true }
  /** Bytes made by the planner (SHA256SUMS). */
  | { kind: 'generated'; content: string }
  /** Already uploaded to the draft by `register`; checked, never uploaded again. */
  | { kind: 'draft' };

export interface ExpectedAsset {
  name: string;
  size: number;
  sha256: string;
  contentType: string;
  source: AssetSource;
}

export interface AssetProblem {
  file: string;
  message: string;
}

/**
 * `files` gives what is on disk (by path relative to the registry root);
 * `hostedUri(name)` is the address an artifact has when it lives in this
 * version's release (so `uri:` artifacts that register uploaded are expected
 * in the draft rather than left external).
 */
export function expectedAssets(
  version: VersionEntry,
  files: (relativePath: string) => LocalFile | undefined,
  hostedUri: (name: string) => string,
): { assets: ExpectedAsset[]; problems: AssetProblem[]; external: { name: string; uri: string; size?: number; sha256?: string }[] } {
  const assets: ExpectedAsset[] = [];
  const problems: AssetProblem[] = [];
  const external: { name: string; uri: string; size?: number; sha256?: string }[] = [];
  const own = (relative: string, name: string, contentType: string) => {
    const file = files(`${version.dir}/${relative}`);
    if (!file) {
      problems.push({ file: `${version.dir}/${relative}`, message: `${relative} is missing` });
      return;
    }
    assets.push({ name, size: file.size, sha256: file.sha256, contentType, source: { kind: 'file', path: file.path, inRegistry: true } });
  };
  own('card.yaml', 'card.yaml', 'application/yaml');
  const metrics = version.metrics?.path.split('/').pop();
  if (metrics) own(metrics, metrics, metrics.endsWith('.json') ? 'application/json' : 'application/yaml');

  const card = version.card?.value;
  for (const artifact of isRecord(card) ? asArray(card.artifacts) : []) {
    if (!isRecord(artifact) || typeof artifact.name !== 'string' || typeof artifact.sha256 !== 'string' || typeof artifact.size !== 'number') continue;
    const contentType = typeof artifact.media_type === 'string' ? artifact.media_type : 'application/octet-stream';
    const sha256 = artifact.sha256.toLowerCase();
    if (typeof artifact.path === 'string') {
      const file = files(`${version.dir}/${artifact.path}`);
      if (!file) {
        problems.push({ file: `${version.dir}/${artifact.path}`, message: `artifact ${artifact.name}: ${artifact.path} is not in the version folder` });
      } else if (file.lfsPointer) {
        // Uploading the pointer would publish a 130-byte text as the model; only the real content may go out.
        problems.push({
          file: `${version.dir}/${artifact.path}`,
          message: `artifact ${artifact.name}: ${artifact.path} is a Git LFS pointer, not the file (the checkout has no LFS content): check out with \`lfs: true\` (actions/checkout) or run \`git lfs pull\`; nothing was published`,
        });
      } else if (file.size !== artifact.size || file.sha256 !== sha256) {
        problems.push({
          file: `${version.dir}/${artifact.path}`,
          message: `artifact ${artifact.name}: the file is ${file.size} bytes with sha256 ${file.sha256}, but the card says ${artifact.size} bytes with sha256 ${sha256}; nothing was published`,
        });
      } else {
        assets.push({ name: artifact.name, size: file.size, sha256, contentType, source: { kind: 'file', path: file.path, inRegistry: true } });
      }
    } else if (typeof artifact.uri === 'string') {
      if (artifact.uri === hostedUri(artifact.name)) assets.push({ name: artifact.name, size: artifact.size, sha256, contentType, source: { kind: 'draft' } });
      else external.push({ name: artifact.name, uri: artifact.uri, size: artifact.size, sha256 });
    }
  }
  const sums = sha256sums(assets);
  assets.push({ name: 'SHA256SUMS', size: Buffer.byteLength(sums), sha256: '', contentType: 'text/plain', source: { kind: 'generated', content: sums } });
  return { assets, problems, external };
}

/** Whether the card lists an artifact at its release's own address: one `register` uploaded to the draft, which must then be found. */
export function listsDraftArtifacts(version: VersionEntry, hostedUri: (name: string) => string): boolean {
  const card = version.card?.value;
  return (isRecord(card) ? asArray(card.artifacts) : []).some(
    (artifact) => isRecord(artifact) && typeof artifact.name === 'string' && artifact.uri === hostedUri(artifact.name),
  );
}

/** The format `sha256sum -c` reads: digest, two spaces, name; sorted, so every run writes the same bytes. */
export function sha256sums(assets: readonly Pick<ExpectedAsset, 'name' | 'sha256'>[]): string {
  return [...assets]
    .filter((a) => a.name !== 'SHA256SUMS')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a) => `${a.sha256}  ${a.name}\n`)
    .join('');
}
