/** GitHub's limits on releases, checked before anything is written. */
export const MAX_ASSET_BYTES = 2 * 1024 ** 3;
export const MAX_ASSETS_PER_RELEASE = 1000;
export const MAX_RELEASE_BODY = 125_000;
