/**
 * GitHub addresses of releases and their assets, built from validated parts
 * (owner/name, a tag made of a model name and a SemVer version, an asset name
 * of safe characters) and percent-encoded all the same.
 */
export interface Repository {
  owner: string;
  repo: string;
  /** https://github.com, or a GitHub Enterprise server. */
  serverUrl: string;
}

const seg = (s: string) => encodeURIComponent(s);

export const releaseUrl = (r: Repository, tag: string) => `${r.serverUrl}/${seg(r.owner)}/${seg(r.repo)}/releases/tag/${seg(tag)}`;
export const assetDownloadUrl = (r: Repository, tag: string, name: string) =>
  `${r.serverUrl}/${seg(r.owner)}/${seg(r.repo)}/releases/download/${seg(tag)}/${seg(name)}`;
export const commitUrl = (serverUrl: string, fullName: string, sha: string) => {
  const [owner, name] = fullName.split('/');
  return `${serverUrl}/${seg(owner)}/${seg(name)}/commit/${seg(sha)}`;
};

export function parseRepository(fullName: string, serverUrl = 'https://github.com'): Repository | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName);
  return m ? { owner: m[1], repo: m[2], serverUrl: serverUrl.replace(/\/+$/, '') } : undefined;
}
