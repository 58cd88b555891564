/**
 * Issue 15's figures by registry size, as one table: release requests (one
 * new version, nothing new) against the fake GitHub with every version
 * released; the Action's review of a one-version pull request (`diff --base
 * --committed`) and the same review of the working tree (`diff --base`)
 * against `validate` of the changed model alone, time and peak memory; the site's bytes per version and its build's peak memory. Each is
 * judged against its target; the build's memory target is at 250,000
 * versions, judged when that size is measured (a registry above 20,000
 * versions has its page data wait in a file, so smaller sizes do not
 * extrapolate to it; docs/performance.md has the figure measured by hand).
 *
 *   import { benchScale } from './scale.mjs';
 *   await benchScale({ work, sizes: [500, 20000], site: { 20000: { bytesPerVersion, peakMb } } });
 *   node bench/scale.mjs [sizes ...]   (default 500 20000; `npm run bench -- --large` adds 100000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchReleaseRequests } from './release-requests.mjs';
import { benchReview } from './review.mjs';
import { siteSize } from './site.mjs';
import { writeSyntheticRegistry } from './synthetic-registry.mjs';

const SITE_TARGET_KB = 4;
const BUILD_TARGET_MB = 1024;
const BUILD_TARGET_AT = 250_000;

/** The site's size and build memory for a synthetic registry of `size` versions (20 a model). */
function measureSite(work, size) {
  const root = join(work, `site-registry-${size}`);
  writeSyntheticRegistry(root, { models: Math.max(1, Math.round(size / 20)), versions: 20 });
  try {
    const result = siteSize(root, join(work, `site-out-${size}`));
    return { bytesPerVersion: result.bytesPerVersion, peakMb: result.peakMb };
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(join(work, `site-out-${size}`), { recursive: true, force: true });
  }
}

/**
 * Runs the three measurements at every size (`site` holds sizes already
 * measured, not built again) and prints the table; returns its rows and
 * whether every figure met its target.
 */
export async function benchScale({ work, sizes = [500, 20_000], site = {}, pairs = 5 }) {
  const releases = await benchReleaseRequests({ work, sizes });
  const reviews = benchReview({ work, sizes, pairs });
  const sites = {};
  for (const size of sizes) sites[size] = site[size] ?? measureSite(work, size);

  const atTarget = sizes.filter((s) => s >= BUILD_TARGET_AT);

  const rows = sizes.map((size) => {
    const idle = releases.find((r) => r.size === size && r.kind === 'idle');
    const one = releases.find((r) => r.size === size && r.kind === 'one');
    const review = reviews.find((r) => r.key === 'review' && Math.abs(r.versions - size) < 20);
    const diff = reviews.find((r) => r.key === 'diff' && Math.abs(r.versions - size) < 20);
    const s = sites[size];
    return {
      size,
      releaseOne: one.requests,
      releaseIdle: idle.requests,
      releaseOk: one.ok && idle.ok,
      reviewMs: review.ms,
      reviewMb: review.peakMb,
      aloneMs: review.alone,
      aloneMb: review.aloneMb,
      reviewFixedMs: review.fixed,
      reviewOk: review.ok,
      diffMs: diff.ms,
      diffMb: diff.peakMb,
      diffFixedMs: diff.fixed,
      diffOk: diff.ok,
      siteKb: s.bytesPerVersion / 1000,
      siteOk: s.bytesPerVersion / 1000 <= SITE_TARGET_KB,
      buildMb: s.peakMb,
    };
  });

  const pass = (ok) => (ok ? 'PASS' : 'FAIL');
  console.log('\nIssue 15 by registry size (targets: release <= 15 requests for one new version, <= 3 for nothing new;');
  console.log('review within 1.5x of validate of the changed model alone + 1 s, under 300 MB; site <= 4 KB a version; build under 1 GB at 250,000):');
  console.log(
    `${'versions'.padStart(9)}  ${'release: one new / nothing new'.padEnd(34)}  ${'review (diff --committed) vs model alone'.padEnd(52)}  ${'diff --base (working tree)'.padEnd(30)}  ${'site KB/version'.padEnd(20)}  build peak`,
  );
  for (const r of rows) {
    const release = `${r.releaseOne} / ${r.releaseIdle} ${pass(r.releaseOk)}`;
    const review = `${r.reviewMs} ms ${r.reviewMb} MB vs ${r.aloneMs} ms ${r.aloneMb} MB (+${r.reviewFixedMs} ms) ${pass(r.reviewOk)}`;
    const diff = `${r.diffMs} ms ${r.diffMb} MB (+${r.diffFixedMs} ms) ${pass(r.diffOk)}`;
    const siteText = `${r.siteKb.toFixed(2)} ${pass(r.siteOk)}`;
    console.log(
      `${r.size.toLocaleString('en').padStart(9)}  ${release.padEnd(34)}  ${review.padEnd(52)}  ${diff.padEnd(30)}  ${siteText.padEnd(20)}  ${r.buildMb.toFixed(0)} MB`,
    );
  }
  const buildOk = atTarget.length ? atTarget.every((s) => sites[s].peakMb < BUILD_TARGET_MB) : undefined;
  console.log(
    buildOk === undefined
      ? `build memory: judged at ${BUILD_TARGET_AT.toLocaleString('en')} versions (node bench/site.mjs --size-only on a registry that size; docs/performance.md)`
      : `build memory at ${atTarget.map((s) => s.toLocaleString('en')).join(', ')} versions: ${pass(buildOk)} (target < ${BUILD_TARGET_MB} MB)`,
  );
  const ok = rows.every((r) => r.releaseOk && r.reviewOk && r.diffOk && r.siteOk) && buildOk !== false;
  return { rows, ok };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const work = mkdtempSync(join(tmpdir(), 'model-registry-bench-scale-'));
  try {
    const sizes = process.argv.slice(2).map(Number);
    await benchScale({ work, ...(sizes.length ? { sizes } : {}) });
  } finally {
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  }
}
