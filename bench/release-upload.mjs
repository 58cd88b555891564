/**
 * The release benchmark: a 1 GiB artifact, hashed and uploaded to the fake
 * GitHub server by the product's upload code, against `sha256sum` of the same
 * file in the same run; and the uploading process's peak memory.
 */
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = import.meta.dirname;

async function bundle(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

/** A file of `bytes` pseudo-random bytes (incompressible, like weights), and its sha256. */
export function writeBigFile(path, bytes) {
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  let x = 2463534242;
  for (let i = 0; i < chunk.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    chunk.writeUInt32LE(x >>> 0, i);
  }
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  for (let written = 0; written < bytes; written += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, bytes - written));
    writeSync(fd, part);
    hash.update(part);
  }
  closeSync(fd);
  return hash.digest('hex');
}

export async function benchReleaseUpload({ work, bytes = 1024 ** 3, runs = 3, row }) {
  const file = join(work, 'model.bin');
  const sha256 = writeBigFile(file, bytes);
  // Bundled next to node_modules, so the fake finds @octokit/openapi's description.
  const cache = join(here, '..', 'node_modules', '.cache', 'model-registry-bench');
  mkdirSync(cache, { recursive: true });
  const fakeBundle = join(cache, 'fake-github.mjs');
  const clientBundle = join(cache, 'upload-client.mjs');
  await bundle(join(here, '..', 'test', 'support', 'fake-github', 'index.ts'), fakeBundle);
  await bundle(join(here, 'upload-client.ts'), clientBundle);
  const { startFakeGitHub } = await import(pathToFileURL(fakeBundle).href);

  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const sums = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const out = spawnSync('sha256sum', [file], { encoding: 'utf8' });
    sums.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!out.stdout.startsWith(sha256)) throw new Error('sha256sum disagrees with the generated file');
  }
  const uploads = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    // The server hashes what it receives (and keeps no bytes), as GitHub computes its digest.
    const gh = await startFakeGitHub({ largeAssets: 'discard', validateResponses: false });
    const commit = 'a'.repeat(40);
    gh.addRepo('bench/registry', { defaultBranch: 'main' });
    gh.addCommits('bench/registry', [commit], { branch: 'main' });
    const result = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [clientBundle, file, sha256, commit], {
        env: { ...process.env, GITHUB_API_URL: gh.url, MODEL_REGISTRY_WRITE_SPACING_MS: '0' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(stderr))));
    });
    const asset = gh.releases('bench/registry')[0].assets[0];
    if (asset.sha256 !== sha256 || asset.size !== bytes) throw new Error('the fake did not receive the file intact');
    await gh.close();
    uploads.push(result.ms);
    peak = Math.max(peak, result.peakRssMb);
  }
  rmSync(file, { force: true });
  const sumMs = median(sums);
  const uploadMs = median(uploads);
  const mb = bytes / 1024 / 1024;
  const ratio = sumMs / uploadMs;
  console.log(
    `\n${'release upload of a 1 GiB artifact'.padEnd(44)} ${String(Math.round(uploadMs)).padStart(7)} ms  ${(mb / (uploadMs / 1000)).toFixed(0)} MiB/s`,
  );
  console.log(`${'sha256sum of the same file'.padEnd(44)} ${String(Math.round(sumMs)).padStart(7)} ms  ${(mb / (sumMs / 1000)).toFixed(0)} MiB/s`);
  console.log(`upload throughput / sha256sum throughput: ${ratio.toFixed(2)}x  ${ratio >= 0.8 ? 'PASS' : 'FAIL'} (target >= 0.8x)`);
  console.log(`peak memory of the uploading process: ${peak.toFixed(0)} MB  ${peak < 150 ? 'PASS' : 'FAIL'} (target < 150 MB)`);
  row?.({ uploadMs, sumMs, ratio, peak });
}
