/**
 * Where every file of the site lives, and links between them. Every link in a
 * page is relative to that page, so the site works from a folder and under any
 * Pages path; absolute URLs (feed, badges, API) are made only from a base URL.
 */

export const paths = {
  catalogue: 'index.html',
  lineage: 'lineage.html',
  feed: 'feed.xml',
  searchIndex: 'search-index.json',
  css: 'assets/site.css',
  js: 'assets/site.js',
  icon: 'assets/icon.svg',
  apiIndex: 'api/index.json',
  model: (model: string) => `models/${segment(model)}/index.html`,
  compare: (model: string) => `models/${segment(model)}/compare.html`,
  /** Every version of a model; with more than VERSIONS_PER_PAGE of them, their index, the cards being on numbered pages. */
  versions: (model: string, page = 0) => `models/${segment(model)}/versions${page ? `-${page}` : ''}.html`,
  /** A version is an article of its model's versions page (`page` is SiteVersion.page: 0 when the model has one page). */
  version: (model: string, version: string, page = 0) => `models/${segment(model)}/versions${page ? `-${page}` : ''}.html#${segment(version)}`,
  apiModel: (model: string) => `api/models/${segment(model)}.json`,
  apiStage: (model: string, stage: string) => `api/models/${segment(model)}/${segment(stage)}.json`,
  /** Beside the stage files (a stage named `history` keeps its file, and the history is then left out of the API). */
  apiHistory: (model: string) => `api/models/${segment(model)}/history.json`,
  /** The stage history's section of the model page. */
  modelHistory: (model: string) => `models/${segment(model)}/index.html#stage-history`,
  /** Next to the model page: a folder per model for badges alone would cost a build as much as a thousand files. */
  badge: (model: string, stage: string) => `models/${segment(model)}/${segment(stage)}.svg`,
};

/**
 * Versions per numbered page of a long history: a model with more has its
 * cards on versions-1.html (the oldest) onwards, so no page grows without end.
 * Pages count from the oldest, so a version's page stays put as versions are added.
 */
export const VERSIONS_PER_PAGE = 50;

const SEGMENT_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/**
 * A model, version or stage name as one path segment. Only names the format
 * allows get pages (they need no escaping in a URL or a file name); anything
 * else is a bug upstream, refused here so it can never leave the site folder.
 */
export function segment(name: string): string {
  if (!SEGMENT_RE.test(name) || name.includes('..')) throw new Error(`not a safe path segment: ${JSON.stringify(name)}`);
  return name;
}

/**
 * The shortest link from the page at `from` to the file at `to`, both relative
 * to the site root: `index.html` from a model's versions page to the model,
 * `../../index.html` to the catalogue. `to` may end in a `#fragment` (no `/`).
 */
export function relativeUrl(from: string, to: string): string {
  // The shared folders end at the last '/' of the common prefix (runs for every link of every page: no split()).
  const n = Math.min(from.length, to.length);
  let i = 0;
  let shared = -1;
  while (i < n && from.charCodeAt(i) === to.charCodeAt(i)) {
    if (from.charCodeAt(i) === 47) shared = i;
    i++;
  }
  let up = '';
  for (let j = shared + 1; j < from.length; j++) if (from.charCodeAt(j) === 47) up += '../';
  return up + to.slice(shared + 1);
}

/** An absolute URL under the base URL, or undefined without one. */
export function absoluteUrl(baseUrl: string | undefined, path: string): string | undefined {
  if (!baseUrl) return undefined;
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}${path}`;
}

/** `https://...` or `http://...` exactly as written, if it parses as such; anything else (javascript:, data:, s3:, relative) is not a link. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 4096) return undefined;
  if (!/^https?:\/\//i.test(value) || /[\u0000-\u0020\u007f-\u009f]/.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

export interface GitHubLinks {
  serverUrl: string;
  /** owner/name */
  repository?: string;
}

export function repositoryUrl(gh: GitHubLinks, repository = gh.repository): string | undefined {
  if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return undefined;
  return `${gh.serverUrl.replace(/\/+$/, '')}/${repository}`;
}

export function releaseUrl(gh: GitHubLinks, tag: string): string | undefined {
  const repo = repositoryUrl(gh);
  return repo && `${repo}/releases/tag/${encodeURIComponent(tag)}`;
}

export function releaseAssetUrl(gh: GitHubLinks, tag: string, name: string): string | undefined {
  const repo = repositoryUrl(gh);
  return repo && `${repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(name)}`;
}

/** A pull request of the registry's repository, when the repository is known. */
export function pullRequestUrl(gh: GitHubLinks, number: number): string | undefined {
  const repo = repositoryUrl(gh);
  return repo && Number.isSafeInteger(number) && number > 0 ? `${repo}/pull/${number}` : undefined;
}

/** A GitHub user's profile, for a login GitHub could have given (letters, digits, inner hyphens); anything else is no link. */
export function userUrl(gh: GitHubLinks, login: string): string | undefined {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(login) ? `${gh.serverUrl.replace(/\/+$/, '')}/${login}` : undefined;
}

export function commitUrl(gh: GitHubLinks, repository: string, commit: string): string | undefined {
  const repo = repositoryUrl(gh, repository);
  return repo && /^[0-9a-f]{7,40}$/.test(commit) ? `${repo}/commit/${commit}` : undefined;
}
