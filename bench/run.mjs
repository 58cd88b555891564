#!/usr/bin/env node
/**
 * npm run bench: speed and memory of the validator on a synthetic registry,
 * each figure a ratio to a floor measured in the same run (this machine is
 * noisy; absolute seconds mean little, ratios travel). The figures with a
 * target alternate with their floor and are judged on the median of the
 * pairs' ratios, so a drift of the machine's speed within the run moves both.
 *
 * Hostile files (bench/hostile.mjs) are judged the same way: their time per
 * MiB against the typical card's.
 *
 * Issue 15's table by registry size (bench/scale.mjs: release requests,
 * the pull-request review, the site's size and build memory) at 500 and the
 * bench's size; `--large` adds 100,000 versions (several more minutes).
 *
 * Issue 17 (bench/monitoring.mjs): the same registry with a year of daily
 * observations of 5 metrics for 100 of its models, validated, audited and
 * built against the same floors; the catalogue page with its health marks.
 *
 *   node bench/run.mjs [--models 1000] [--versions 20] [--runs 3] [--large]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticRegistry } from './synthetic-registry.mjs';
import { benchReleaseUpload } from './release-upload.mjs';
import { benchDownload } from './download.mjs';
import { benchSite } from './site.mjs';
import { benchHostile } from './hostile.mjs';
import { benchScale } from './scale.mjs';
import { benchMonitoring } from './monitoring.mjs';

const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '1000' },
    versions: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    large: { type: 'boolean', default: false },
  },
});
const models = Number(values.models);
const versions = Number(values.versions);
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'model-registry-bench-'));
const results = [];

function timeCommand(args, { env, runs: count = runs } = {}) {
  const times = [];
  let peak = 0;
  let output = '';
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
    const rss = /PEAK_RSS_KB=(\d+)/.exec(child.stderr);
    if (rss) peak = Math.max(peak, Number(rss[1]));
    output = child.stdout;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], peakMb: peak / 1024, output };
}

/**
 * A command timed against the I/O floor in alternating pairs, judged on the
 * median of the pairs' ratios: this machine's speed drifts within a run, and
 * a floor measured right before each run drifts with it (as bench/site.mjs).
 */
function timePaired(floorArgs, args, pairs, { env } = {}) {
  const ratios = [];
  const floors = [];
  const times = [];
  let peak = 0;
  let output = '';
  for (let i = 0; i < pairs; i++) {
    const floor = timeCommand(floorArgs, { runs: 1 });
    const run = timeCommand(args, { env, runs: 1 });
    floors.push(floor.ms);
    times.push(run.ms);
    ratios.push(run.ms / floor.ms);
    peak = Math.max(peak, run.peakMb);
    output = run.output;
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { ms: median(times), floorMs: median(floors), ratio: median(ratios), ratios, peakMb: peak, output };
}

function row(name, ms, floorMs, target, extra = '', ratio = ms / floorMs) {
  const verdict = target === undefined ? '' : ratio <= target ? `PASS (target <= ${target}x)` : `FAIL (target <= ${target}x)`;
  results.push({ name, ms: Math.round(ms), ratio: Number(ratio.toFixed(2)), verdict });
  console.log(`${name.padEnd(44)} ${String(Math.round(ms)).padStart(7)} ms  ${ratio.toFixed(2).padStart(6)}x  ${verdict}${extra}`);
}

try {
  console.log(`Generating ${models} models x ${versions} versions...`);
  const big = join(work, 'registry');
  const { files, bytes } = writeSyntheticRegistry(big, { models, versions });
  console.log(`${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${big}\n`);

  const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
  // Warm the page cache so every measurement reads from memory alike.
  timeCommand([join(import.meta.dirname, 'floor.mjs'), big]);

  console.log(`${'measurement'.padEnd(44)} ${'median'.padStart(10)}  ${'ratio to I/O floor'}`);
  const floor = timeCommand([join(import.meta.dirname, 'floor.mjs'), big]).ms;
  row('I/O floor: read every file (one process)', floor, floor);
  const validate = timePaired(
    [join(import.meta.dirname, 'floor.mjs'), big],
    [join(import.meta.dirname, 'with-peak-memory.mjs'), cli, 'validate', '--root', big, '--format', 'json'],
    Math.max(runs, 5),
  );
  const report = JSON.parse(validate.output);
  if (!report.ok || report.versions !== models * versions) throw new Error(`the synthetic registry did not validate clean: ${validate.output.slice(0, 500)}`);
  // The verdict is the median of the pairs' ratios (the ratio printed); the time is the median run.
  row(
    'model-registry validate',
    validate.ms,
    floor,
    2.5,
    `  (median of ${validate.ratios.length} pairs with the floor: ${validate.ratios.map((r) => r.toFixed(2)).join(', ')})`,
    validate.ratio,
  );
  const single = timeCommand([cli, 'validate', '--root', big, '--format', 'json'], { env: { MODEL_REGISTRY_WORKERS: '1' } });
  row('model-registry validate, one process', single.ms, floor);
  row('parse every file with `yaml`', timeCommand([join(import.meta.dirname, 'parse-all.mjs'), big, 'yaml']).ms, floor);
  row('parse every file with `js-yaml` 4', timeCommand([join(import.meta.dirname, 'parse-all.mjs'), big, 'js-yaml']).ms, floor);
  const ajvCli = join(import.meta.dirname, '..', 'node_modules', 'ajv-cli', 'dist', 'index.js');
  const ajv = timeCommand([
    ajvCli,
    'validate',
    '-s',
    join(import.meta.dirname, '..', 'schemas', 'card.schema.json'),
    '-d',
    `${big}/models/*/versions/*/card.yaml`,
    '-c',
    'ajv-formats',
    '--strict=false',
    '--all-errors',
    '--errors=no',
  ]);
  row('ajv-cli validate the cards only', ajv.ms, floor, undefined, '  (its YAML 1.1 reader makes dates Date objects)');

  console.log(`\npeak memory of validate: ${validate.peakMb.toFixed(0)} MB  ${validate.peakMb < 500 ? 'PASS' : 'FAIL'} (target < 500 MB)`);

  // Linear growth: the same per-file cost at a quarter of the size.
  const small = join(work, 'quarter');
  writeSyntheticRegistry(small, { models: Math.max(1, Math.round(models / 4)), versions });
  const smallFloor = timeCommand([join(import.meta.dirname, 'floor.mjs'), small]).ms;
  const smallValidate = timeCommand([cli, 'validate', '--root', small, '--format', 'json']).ms;
  const growth = validate.ms / validate.floorMs / (smallValidate / smallFloor);
  console.log(
    `growth: validate/floor at full size vs a quarter of it: ${growth.toFixed(2)}  ${growth < 1.3 ? 'PASS' : 'FAIL'} (linear: about 1, target < 1.3)`,
  );

  // Hostile files: the time per MiB of the worst shape next to the typical card's (validated in one process).
  console.log('');
  benchHostile({ work, runs, typicalMsPerMiB: single.ms / (bytes / 2 ** 20) });

  console.log('');
  const site = await benchSite({ root: big, floorMs: floor, runs: Math.max(runs, 5) });

  await benchReleaseUpload({ work, runs });

  await benchDownload({ work, runs });

  // Issue 15 by size: release requests, the review of a one-version pull request, the site's size and build memory.
  const size = models * versions;
  const sizes = [...new Set([500, size, ...(values.large ? [100_000] : [])])].sort((a, b) => a - b);
  await benchScale({ work, sizes, site: { [size]: { bytesPerVersion: site.bytesPerVersion, peakMb: site.buildPeakMb } }, pairs: Math.max(runs, 5) });

  // Issue 17: the bench's registry with a year of daily observations for 100 of its models and monitors: validate, audit and site against the same floors.
  await benchMonitoring({ work, pairs: Math.max(runs, 5) });
} finally {
  rmSync(work, { recursive: true, force: true });
}
