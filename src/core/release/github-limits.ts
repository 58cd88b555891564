/** GitHub's limits on releases, checked before anything is written. */
export const MAX_ASSET_BYTES = 2 * 1024 ** 3;
export const MAX_ASSETS_PER_RELEASE = 1000;
export const MAX_RELEASE_BODY = 125_000;

/**
 * Versions one `release` run publishes at most, the oldest first. Each takes
 * about 7 content-creating requests (the draft, 3 or more uploads, the tag
 * object, its ref, publishing), and GitHub allows no more than 500 of those
 * an hour (and 80 a minute) before its secondary rate limit: 50 versions stay
 * near 350, leaving room for `record` and the other workflows.
 */
export const DEFAULT_MAX_RELEASES = 50;

/** `--max-releases` / `max-releases`: a whole number of at least 1, or null. */
export function parseMaxReleases(text: string): number | null {
  return /^\s*[1-9][0-9]{0,6}\s*$/.test(text) ? Number(text) : null;
}
