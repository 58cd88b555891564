/**
 * Monitoring at scale (issue 17): the bench's registry (1,000 models x 20
 * versions) whose first 100 models each have a year of daily observations of
 * their 5 metrics (182,500 records in 1,200 month files), with monitors on
 * every metric in registry.yaml. `validate`, `audit` and
 * `site` are each timed against the same floors as the rest of the bench, in
 * alternating pairs judged on the median ratio: validate against the I/O
 * floor (bench/floor.mjs, at most 2.5x), the audit and the site against the
 * read+parse floor (bench/parse-all.mjs, which parses the JSON Lines too; at
 * most 3x), both being reports built from every parsed file. Also the catalogue
 * page's gzipped size with its health marks, and the site's bytes per version
 * (each monitored model adds its monitoring.json).
 *
 *   node bench/monitoring.mjs [--pairs 5] [--days 365] [--models 1000] [--observed 100]
 * (--days 0: the same registry without observations; --models 100: the 100 observed models alone)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeSyntheticRegistry } from './synthetic-registry.mjs';

const here = import.meta.dirname;
const CLI = process.env.MODEL_REGISTRY_BENCH_CLI ?? join(here, '..', 'dist', 'cli.js');
const MODELS = 1000;
const OBSERVED = 100;
const VERSIONS = 20;
const DAYS = 365;

/** Monitors for every metric of the synthetic registry: its drift breaches accuracy's min by the year's end on some models. */
const MONITORING = `monitoring:
  metrics:
    accuracy: {min: 0.875, max_drop: 0.08}
    f1: {min: 0.8}
    roc_auc: {min: 0.85, max_drop: 0.1}
    log_loss: {max: 0.4}
    latency_p95_ms: {max: 20}
  max_silence: 7d
  retrain_after: 365d
`;

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function run(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // validate and audit exit 1 on an error (a breached monitor is one).
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  return { ms, stdout: child.stdout };
}

function paired(floorArgs, args, pairs) {
  const rows = [];
  let stdout = '';
  for (let i = 0; i < pairs; i++) {
    const floor = run(floorArgs).ms;
    const measured = run(typeof args === 'function' ? args(i) : args);
    stdout = measured.stdout;
    rows.push({ floor, ms: measured.ms, ratio: measured.ms / floor });
  }
  return {
    ms: median(rows.map((r) => r.ms)),
    floor: median(rows.map((r) => r.floor)),
    ratio: median(rows.map((r) => r.ratio)),
    ratios: rows.map((r) => r.ratio),
    stdout,
  };
}

function line(name, value, unit, extra = '') {
  console.log(`${name.padEnd(44)} ${value.padStart(7)} ${unit}${extra}`);
}

function verdict(ratio, target, ratios) {
  return `  ${ratio.toFixed(2).padStart(6)}x  ${ratio <= target ? 'PASS' : 'FAIL'} (target <= ${target}x; median of ${ratios.length} pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')})`;
}

export async function benchMonitoring({ work, pairs = 5, days = DAYS, models = MODELS, observed = OBSERVED }) {
  const root = join(work, `monitored-${days}`);
  const { files, bytes } = writeSyntheticRegistry(root, { models, versions: VERSIONS, observations: days, observedModels: observed });
  appendFileSync(join(root, 'registry.yaml'), MONITORING);
  const count = Math.min(observed, models) * days * 5;
  console.log(
    `\nMonitoring: ${models} models x ${VERSIONS} versions, ${Math.min(observed, models)} of them with ${days} days of 5 metrics (${count.toLocaleString('en-US')} observations); ${files} files, ${(bytes / 1e6).toFixed(1)} MB`,
  );
  const results = {};
  const io = [join(here, 'floor.mjs'), root];
  const parse = [join(here, 'parse-all.mjs'), root, 'js-yaml'];
  run(io); // warm the page cache

  const validate = paired(io, [CLI, 'validate', '--root', root, '--format', 'json'], pairs);
  const report = JSON.parse(validate.stdout);
  if (!report.ok) throw new Error(`the monitored registry did not validate clean: ${validate.stdout.slice(0, 500)}`);
  line('I/O floor: read every file', String(Math.round(validate.floor)), 'ms', '     1.00x');
  line('model-registry validate', String(Math.round(validate.ms)), 'ms', verdict(validate.ratio, 2.5, validate.ratios));
  results.validate = { ms: Math.round(validate.ms), ratio: Number(validate.ratio.toFixed(2)) };

  // The audit is judged as the catalogue is: both read and parse every file and build a report from it (the audit is
  // validate plus its judgement, so validate's bound over raw reading cannot hold for it); its ratio to the I/O floor is shown.
  const audit = paired(parse, [CLI, 'audit', '--root', root, '--format', 'json'], pairs);
  const audited = JSON.parse(audit.stdout);
  const counts = audited.findings.reduce((out, f) => ({ ...out, [f.rule]: (out[f.rule] ?? 0) + 1 }), {});
  line('read + parse every file (js-yaml, JSON Lines)', String(Math.round(audit.floor)), 'ms', '     1.00x');
  line(
    'model-registry audit',
    String(Math.round(audit.ms)),
    'ms',
    `${verdict(audit.ratio, 3, audit.ratios)}; ${(audit.ms / validate.floor).toFixed(2)}x the I/O floor, ${(audit.ms / validate.ms).toFixed(2)}x validate; ${audited.findings.length} findings: ${Object.entries(
      counts,
    )
      .map(([rule, n]) => `${n} ${rule}`)
      .join(', ')}`,
  );
  results.audit = {
    ms: Math.round(audit.ms),
    ratio: Number(audit.ratio.toFixed(2)),
    ioRatio: Number((audit.ms / validate.floor).toFixed(2)),
    findings: audited.findings.length,
  };

  // Each build writes a fresh folder, none deleted until the end (as bench/site.mjs: the disk is mounted with `discard`).
  const site = paired(
    parse,
    (i) => [CLI, 'site', '--root', root, '--out', join(work, `monitored-site-${days}-${i}`), '--base-url', 'https://models.example.com/'],
    pairs,
  );
  line('read + parse every file (js-yaml, JSON Lines)', String(Math.round(site.floor)), 'ms', '     1.00x');
  line(
    'model-registry site',
    String(Math.round(site.ms)),
    'ms',
    `${verdict(site.ratio, 3, site.ratios)}; ${(site.ms / validate.floor).toFixed(2)}x the I/O floor`,
  );
  results.site = { ms: Math.round(site.ms), ratio: Number(site.ratio.toFixed(2)) };

  const out = join(work, `monitored-site-${days}-${pairs - 1}`);
  const page = readFileSync(join(out, 'index.html'));
  const gz = gzipSync(page).length;
  const marks = (page.toString().match(/class="health h-/g) ?? []).length;
  line(
    'catalogue page with health marks, gzipped',
    (gz / 1024).toFixed(1),
    'KB',
    `  ${gz < 250 * 1024 ? 'PASS' : 'FAIL'} (target < 250 KB; ${marks} marks, ${(page.length / 1024).toFixed(0)} KB raw)`,
  );
  let siteBytes = 0;
  let monitoringBytes = 0;
  let monitoringFiles = 0;
  let largest = 0;
  for (const entry of readdirSync(out, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    siteBytes += size;
    if (entry.name === 'monitoring.json') {
      monitoringBytes += size;
      monitoringFiles++;
      largest = Math.max(largest, size);
    }
  }
  const perVersion = siteBytes / (models * VERSIONS);
  line(
    'site bytes per version',
    (perVersion / 1000).toFixed(2),
    'KB',
    `  ${perVersion <= 4000 ? 'PASS' : 'FAIL'} (target <= 4 KB; ${monitoringFiles} monitoring.json, ${(monitoringBytes / 1000).toFixed(0)} KB in all, the largest ${(largest / 1000).toFixed(1)} KB)`,
  );
  results.catalogueGzipKb = Number((gz / 1024).toFixed(1));
  results.bytesPerVersion = Math.round(perVersion);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      pairs: { type: 'string', default: '5' },
      days: { type: 'string', default: String(DAYS) },
      models: { type: 'string', default: String(MODELS) },
      observed: { type: 'string', default: String(OBSERVED) },
    },
  });
  const work = mkdtempSync(join(tmpdir(), 'model-registry-monitoring-bench-'));
  try {
    await benchMonitoring({ work, pairs: Number(values.pairs), days: Number(values.days), models: Number(values.models), observed: Number(values.observed) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
