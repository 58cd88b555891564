/**
 * The pull-request review against plain `validate`: a synthetic registry
 * committed in git, one version added on a branch, then `diff --base` (what
 * the review renders; on the working tree, and --committed as the Action
 * reviews the commit checked out) and `validate --base` timed against `validate` of a
 * registry holding only the changed model, in alternating pairs (this machine's
 * speed drifts). Target (issue 15): within 1.5x of that plus a fixed cost under
 * 1 s, and under 300 MB, whatever the registry's size.
 *
 *   node bench/review.mjs [versions ...]   (default 20000; 20 versions a model)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSyntheticRegistry } from './synthetic-registry.mjs';

const here = import.meta.dirname;
const cli = join(here, '..', 'dist', 'cli.js');
const withPeakMemory = join(here, 'with-peak-memory.mjs');
/** The changed model: one in the middle of a large registry, the last of a small one. */
const changedModel = (models) => `model-${String(Math.min(42, models - 1)).padStart(4, '0')}`;

function git(cwd, ...args) {
  // No automatic gc: one would run in the background, during the measurements.
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'gc.auto=0', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  }).trim();
}

/** The registry on main, a branch adding the changed model's next version, and a registry holding only that model (as changed). */
function setUp(work, versions) {
  const root = join(work, `review-${versions}`);
  const models = Math.max(1, Math.round(versions / 20));
  const CHANGED = changedModel(models);
  writeSyntheticRegistry(root, { models, versions: 20 });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'registry');
  // Packed, as a clone is: loose objects would make every reading of the base's trees slow.
  git(root, 'repack', '-a', '-d', '-q');
  git(root, 'checkout', '-qb', 'one-version');
  const folder = join(root, 'models', CHANGED, 'versions');
  cpSync(join(folder, '1.19.0'), join(folder, '1.20.0'), { recursive: true });
  const card = join(folder, '1.20.0', 'card.yaml');
  writeFileSync(card, readFileSync(card, 'utf8').replace('version: 1.19.0', 'version: 1.20.0').replace('version: 1.18.0', 'version: 1.19.0'));
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', `${CHANGED} 1.20.0`);
  const alone = join(work, `alone-${versions}`);
  mkdirSync(join(alone, 'models'), { recursive: true });
  cpSync(join(root, 'registry.yaml'), join(alone, 'registry.yaml'));
  cpSync(join(root, 'models', CHANGED), join(alone, 'models', CHANGED), { recursive: true });
  return { root, alone, models, changed: CHANGED };
}
function run(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [withPeakMemory, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stdout.slice(0, 500)}${child.stderr.slice(0, 500)}`);
  const rss = /PEAK_RSS_KB=(\d+)/.exec(child.stderr);
  return { ms, peakMb: rss ? Number(rss[1]) / 1024 : 0, output: child.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Returns the rows it printed, for docs/performance.md. */
export function benchReview({ work, sizes = [20000], pairs = 5 }) {
  const rows = [];
  for (const versions of sizes) {
    const { root, alone, models, changed: CHANGED } = setUp(work, versions);
    console.log(`\nPull-request review, ${models * 20} versions in git, one version added (${CHANGED}@1.20.0):`);
    const commands = [
      ['diff', 'diff --base (the working tree)', ['diff', '--root', root, '--base', 'main', '--format', 'json']],
      ['review', "diff --base --committed (the Action's review)", ['diff', '--root', root, '--base', 'main', '--committed', '--format', 'json']],
      ['validate', 'validate --base (the working tree)', ['validate', '--root', root, '--base', 'main', '--format', 'json']],
    ];
    const measures = { alone: [] };
    const peaks = { alone: 0 };
    for (let i = 0; i < pairs; i++) {
      const a = run(['validate', '--root', alone, '--format', 'json']);
      measures.alone.push(a.ms);
      peaks.alone = Math.max(peaks.alone, a.peakMb);
      for (const [key, , args] of commands) {
        const m = run(args);
        if (i === 0 && key !== 'validate') {
          const review = JSON.parse(m.output);
          const changed = review.changed.map((c) => `${c.model}@${c.version}`).join(', ');
          if (!review.ok || changed !== `${CHANGED}@1.20.0` || review.versions !== models * 20 + 1)
            throw new Error(`unexpected review: ${m.output.slice(0, 500)}`);
        }
        (measures[key] ??= []).push(m.ms);
        peaks[key] = Math.max(peaks[key] ?? 0, m.peakMb);
      }
    }
    const base = median(measures.alone);
    console.log(`${'validate of the changed model alone'.padEnd(48)} ${String(Math.round(base)).padStart(7)} ms  ${peaks.alone.toFixed(0).padStart(5)} MB`);
    for (const [key, name] of commands) {
      // Judged pair by pair: each run against the validate alone measured next to it.
      const over = measures[key].map((ms, i) => ms - 1.5 * measures.alone[i]);
      const fixed = median(over);
      const ms = median(measures[key]);
      const time = fixed < 1000 ? 'PASS' : 'FAIL';
      const memory = peaks[key] < 300 ? 'PASS' : 'FAIL';
      console.log(
        `${name.padEnd(48)} ${String(Math.round(ms)).padStart(7)} ms  ${peaks[key].toFixed(0).padStart(5)} MB  ` +
          `time ${time} (beyond 1.5x the model alone: ${Math.round(fixed)} ms, target < 1000)  memory ${memory} (target < 300 MB)`,
      );
      rows.push({
        versions: models * 20,
        key,
        name,
        ms: Math.round(ms),
        alone: Math.round(base),
        aloneMb: Math.round(peaks.alone),
        fixed: Math.round(fixed),
        peakMb: Math.round(peaks[key]),
        ok: fixed < 1000 && peaks[key] < 300,
      });
    }
    // The working-tree review's first run after the index changed: the index copied and git's untracked cache built (cached-status.ts).
    rmSync(join(root, '.git', 'model-registry'), { recursive: true, force: true });
    const first = run(commands[0][2]);
    console.log(
      `${'diff --base, first run after the index changed'.padEnd(48)} ${String(Math.round(first.ms)).padStart(7)} ms  ${first.peakMb.toFixed(0).padStart(5)} MB  (informative)`,
    );
    rows.push({
      versions: models * 20,
      key: 'diff-first',
      name: 'diff --base, first run after the index changed',
      ms: Math.round(first.ms),
      peakMb: Math.round(first.peakMb),
    });
    rmSync(root, { recursive: true, force: true, maxRetries: 5 });
    rmSync(alone, { recursive: true, force: true, maxRetries: 5 });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const work = mkdtempSync(join(tmpdir(), 'model-registry-bench-review-'));
  try {
    const sizes = process.argv.slice(2).map(Number);
    benchReview({ work, sizes: sizes.length ? sizes : [20000] });
  } finally {
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  }
}
