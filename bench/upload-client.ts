/**
 * Bench helper (bundled by bench/release-upload.mjs): creates a draft release
 * on GITHUB_API_URL and uploads one file with the product's streaming upload,
 * then prints the time and this process's peak memory as JSON.
 */
import { statSync } from 'node:fs';
import { createGitHubClient } from '../src/adapters/github/client.js';
import { uploadAsset } from '../src/adapters/github/asset-upload.js';

const [file, sha256, commit] = process.argv.slice(2);
const repo = { owner: 'bench', repo: 'registry' };
const octokit = createGitHubClient('bench-token');
const release = (await octokit.rest.repos.createRelease({ ...repo, tag_name: 'big@v1.0.0', target_commitish: commit, draft: true })).data;
const size = statSync(file).size;
const start = process.hrtime.bigint();
await uploadAsset(octokit, repo, release, { name: 'model.bin', size, sha256, contentType: 'application/octet-stream', source: { kind: 'file', path: file } });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(`${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
