/**
 * The release's requests against the fake GitHub (every request counted)
 * with many releases already there: a run with nothing new and a run with one
 * new version, for 500 and 20,000 released versions; and a first release of
 * 2,500 versions, capped per run (requests per run, runs needed). The clone
 * has every tag, as the release workflow's checkout does.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { writeSyntheticRegistry } from './synthetic-registry.mjs';

const here = import.meta.dirname;
const cli = join(here, '..', 'dist', 'cli.js');
const REPO = 'bench/registry';
const CAP = 50; // the default of --max-releases (src/core/release/github-limits.ts)

/** The fake GitHub, bundled next to node_modules so it finds @octokit/openapi's description. */
async function loadFakeGitHub() {
  const cache = join(here, '..', 'node_modules', '.cache', 'model-registry-bench');
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, 'fake-github.mjs');
  await build({
    entryPoints: [join(here, '..', 'test', 'support', 'fake-github', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return (await import(pathToFileURL(outfile).href)).startFakeGitHub;
}

function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
}

const tagsOf = (models, versions) =>
  Array.from({ length: models }, (_, m) => Array.from({ length: versions }, (_, v) => `model-${String(m).padStart(4, '0')}@v1.${v}.0`)).flat();

/** Runs `release` (the CLI bundle, asynchronously: the fake answers from this process); the requests it made. */
function release(gh, dir) {
  gh.clearRequests();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'release', '--repository', REPO, '--root', dir], {
      env: { ...process.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: 'bench-token', MODEL_REGISTRY_WRITE_SPACING_MS: '0', MODEL_REGISTRY_RETRY_BASE_MS: '10' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`release failed: ${stderr}`));
      const out = JSON.parse(stdout);
      const deep = gh.requests.some((r) => r.operationId === 'repos/list-releases' && Number(r.query.page ?? 1) > 10);
      resolve({ requests: gh.requests.length, released: out.released.length, remaining: out.remaining, deep });
    });
  });
}

/** Brings GitHub's tags into the clone, as the next run's checkout (fetch-depth: 0) would. */
function fetchTags(gh, dir) {
  const head = git(dir, 'rev-parse', 'HEAD');
  const lines = Object.keys(gh.refs(REPO))
    .filter((ref) => ref.startsWith('refs/tags/'))
    .map((ref) => `update ${ref} ${head}\n`);
  execFileSync('git', ['update-ref', '--stdin'], { cwd: dir, input: lines.join('') });
}

async function registry(startFakeGitHub, work, name, models, versions) {
  const dir = join(work, name);
  writeSyntheticRegistry(dir, { models, versions });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'registry');
  const sha = git(dir, 'rev-parse', 'HEAD');
  const gh = await startFakeGitHub({ validateResponses: false });
  gh.addRepo(REPO, { defaultBranch: 'main' });
  gh.addCommits(REPO, [sha], { branch: 'main' });
  return { dir, sha, gh };
}

export async function benchReleaseRequests({ work, sizes = [500, 20_000], firstRelease = 2_500 }) {
  const startFakeGitHub = await loadFakeGitHub();
  const rows = [];
  console.log(`\n${'release requests (fake GitHub, every request counted)'.padEnd(58)} requests`);
  for (const size of sizes) {
    const models = size / 20;
    const { dir, sha, gh } = await registry(startFakeGitHub, work, `released-${size}`, models, 20);
    try {
      // Every version released: on GitHub, and tagged in the clone.
      const tags = tagsOf(models, 20);
      gh.seedReleases(
        REPO,
        tags.map((tag) => ({ tag, commit: sha })),
      );
      execFileSync('git', ['update-ref', '--stdin'], { cwd: dir, input: tags.map((t) => `create refs/tags/${t} ${sha}\n`).join('') });
      const idle = await release(gh, dir);
      // One new version, merged.
      const to = join(dir, 'models', 'model-0000', 'versions', '1.20.0');
      cpSync(join(dir, 'models', 'model-0000', 'versions', '1.19.0'), to, { recursive: true });
      writeFileSync(join(to, 'card.yaml'), readFileSync(join(to, 'card.yaml'), 'utf8').replace('version: 1.19.0', 'version: 1.20.0'));
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'model-0000 1.20.0');
      gh.addCommits(REPO, [git(dir, 'rev-parse', 'HEAD')], { branch: 'main' });
      const one = await release(gh, dir);
      if (one.released !== 1) throw new Error(`expected one release, got ${one.released}`);
      const label = `${size.toLocaleString('en')} releases`;
      const check = (name, got, max, kind) => {
        const ok = got.requests <= max && !got.deep;
        console.log(
          `${`${name}, ${label}`.padEnd(58)} ${String(got.requests).padStart(8)}  ${ok ? 'PASS' : 'FAIL'} (target <= ${max}${got.deep ? '; listed past the 1,000th release' : ''})`,
        );
        rows.push({ name: `${name}, ${label}`, size, kind, requests: got.requests, ok });
      };
      check('release, nothing new', idle, 3, 'idle');
      check('release, one new version', one, 15, 'one');
    } finally {
      await gh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // A first release: nothing released yet; each run releases at most CAP versions, the oldest first.
  const { dir, gh } = await registry(startFakeGitHub, work, 'first-release', firstRelease / 20, 20);
  try {
    const first = await release(gh, dir);
    fetchTags(gh, dir);
    const second = await release(gh, dir);
    const runs = 1 + Math.ceil(first.remaining / CAP);
    const perVersion = Math.max(first.requests / first.released, second.requests / second.released);
    const ok =
      first.released === CAP && second.released === CAP && second.remaining === first.remaining - CAP && perVersion <= 15 && !first.deep && !second.deep;
    console.log(
      `${`first release of ${firstRelease.toLocaleString('en')} versions, per run (cap ${CAP})`.padEnd(58)} ${String(first.requests).padStart(8)}  then ${second.requests}; ` +
        `${perVersion.toFixed(1)} per version; ${runs} runs, about ${(runs * Math.max(first.requests, second.requests)).toLocaleString('en')} requests in all  ` +
        `${ok ? 'PASS' : 'FAIL'} (target: O(N), at most ${CAP} versions a run, the next run goes on)`,
    );
    rows.push({ name: `first release of ${firstRelease} versions`, requests: first.requests, runs, ok });
  } finally {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

// `node bench/release-requests.mjs [sizes...]`: this measurement alone.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const work = mkdtempSync(join(tmpdir(), 'release-requests-'));
  const sizes = process.argv.slice(2).map(Number);
  try {
    await benchReleaseRequests({ work, ...(sizes.length ? { sizes } : {}) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
