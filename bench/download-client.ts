/**
 * Bench helper (bundled by bench/download.mjs): downloads one artifact with
 * the product's download (streamed, hashed, written to a temporary file,
 * fsynced, renamed once verified), then prints the time and this process's
 * peak memory as JSON.
 */
import { downloadArtifacts } from '../src/app/download-artifacts.js';

const [url, out, sha256, size] = process.argv.slice(2);
const start = process.hrtime.bigint();
await downloadArtifacts(
  { model: 'big', version: '1.0.0', tag: 'big@v1.0.0', artifacts: [{ name: 'model.bin', sha256, size: Number(size), source: { kind: 'https', url } }] },
  { out },
);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(`${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
