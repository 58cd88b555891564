/**
 * The download benchmark: a 2 GiB artifact served by a local HTTP server (in
 * this process) and downloaded by the product's download code in a child
 * process (streamed, hashed, written, fsynced, renamed once verified),
 * against `sha256sum` of the same file; and the downloading process's peak
 * memory. Downloads and sha256sum alternate, judged on the median of the
 * pairs' ratios (this machine's speed drifts within a run).
 *
 *   node bench/download.mjs [--runs 3]   (or from bench/run.mjs)
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { writeBigFile } from './release-upload.mjs';

const here = import.meta.dirname;

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(stderr))));
  });
}

// Past 2^31 bytes: sizes and offsets must not be 32-bit anywhere on the way.
export async function benchDownload({ work, bytes = 2 * 1024 ** 3 + 4096, runs = 3, row }) {
  const file = join(work, 'served.bin');
  const sha256 = writeBigFile(file, bytes);
  // On disk before timing starts: its writeback would otherwise compete with the download's own fsync.
  const fd = openSync(file, 'r');
  fsyncSync(fd);
  closeSync(fd);
  const cache = join(here, '..', 'node_modules', '.cache', 'model-registry-bench');
  mkdirSync(cache, { recursive: true });
  const client = join(cache, 'download-client.mjs');
  await build({
    entryPoints: [join(here, 'download-client.ts')],
    outfile: client,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  // As a storage host serves a release asset: the bytes with their Content-Length.
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes) });
    createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/model.bin`;

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const sums = [];
  const downloads = [];
  const ratios = [];
  let peak = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      const out = spawnSync('sha256sum', [file], { encoding: 'utf8' });
      const sumMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (!out.stdout.startsWith(sha256)) throw new Error('sha256sum disagrees with the generated file');
      const dir = join(work, `download-${i}`);
      const result = await run([client, url, dir, sha256, String(bytes)]);
      if (readdirSync(dir).join() !== 'model.bin') throw new Error('the download did not leave exactly the verified file');
      rmSync(dir, { recursive: true, force: true });
      sums.push(sumMs);
      downloads.push(result.ms);
      ratios.push(sumMs / result.ms);
      peak = Math.max(peak, result.peakRssMb);
    }
  } finally {
    server.close();
    rmSync(file, { force: true });
  }
  const sumMs = median(sums);
  const downloadMs = median(downloads);
  const ratio = median(ratios);
  const mb = bytes / 1024 / 1024;
  const label = `download of a ${bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(0)} GiB` : `${mb.toFixed(0)} MiB`} artifact`;
  console.log(`\n${label.padEnd(44)} ${String(Math.round(downloadMs)).padStart(7)} ms  ${(mb / (downloadMs / 1000)).toFixed(0)} MiB/s`);
  console.log(`${'sha256sum of the same file'.padEnd(44)} ${String(Math.round(sumMs)).padStart(7)} ms  ${(mb / (sumMs / 1000)).toFixed(0)} MiB/s`);
  console.log(`download throughput / sha256sum throughput: ${ratio.toFixed(2)}x  ${ratio >= 0.8 ? 'PASS' : 'FAIL'} (target >= 0.8x, median of ${runs} pairs)`);
  console.log(`peak memory of the downloading process: ${peak.toFixed(0)} MB  ${peak < 150 ? 'PASS' : 'FAIL'} (target < 150 MB)`);
  row?.({ downloadMs, sumMs, ratio, peak });
}

// Run on its own: node bench/download.mjs [--runs N] [--mib N]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, mib: { type: 'string' } } });
  const work = mkdtempSync(join(tmpdir(), 'model-registry-bench-download-'));
  try {
    await benchDownload({ work, runs: Number(values.runs), ...(values.mib ? { bytes: Number(values.mib) * 1024 * 1024 } : {}) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
