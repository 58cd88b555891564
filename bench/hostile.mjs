/**
 * Hostile files (issue 11): `model-registry validate` on a one-model registry
 * whose card or metrics file is one of bench/hostile-cards.mjs's shapes, each
 * just under the 1 MiB limit. Each is timed right after the same registry with
 * a typical card (process start-up and the rest cancel out), and its time per
 * MiB is judged against the typical card's in the same run: the time per MiB of
 * validating the synthetic registry in one process.
 *
 *   import { benchHostile } from './hostile.mjs';
 *   benchHostile({ work, runs, typicalMsPerMiB });
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hostileCards, writeHostileRegistry } from './hostile-cards.mjs';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const MIB = 1024 * 1024;
/**
 * The worst shape may cost this many times the typical card per MiB: the files
 * with problems, aliases or repeated keys go through the `yaml` package, several
 * times slower than js-yaml (itself slower than the hand parser that reads a
 * typical card), and a problem at every key is located one by one; a quadratic
 * path cost over 1,000 times at 1 MiB.
 */
export const HOSTILE_TARGET = 25;

function validate(root) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [CLI, 'validate', '--root', root, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, MODEL_REGISTRY_WORKERS: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`validate ${root} failed: ${child.stderr}`);
  return { ms, report: JSON.parse(child.stdout) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchHostile({ work, runs = 3, typicalMsPerMiB, bytes = 1_000_000 }) {
  const baseline = join(work, 'hostile-baseline');
  writeHostileRegistry(baseline);
  const typicalMiBs = 1000 / typicalMsPerMiB;
  console.log(`${'hostile file (just under 1 MiB)'.padEnd(44)} ${'ms/MiB'.padStart(7)}  ${'MiB/s'.padStart(6)}  ratio to the typical card's ms/MiB`);
  console.log(
    `${'typical cards (the synthetic registry)'.padEnd(44)} ${typicalMsPerMiB.toFixed(0).padStart(7)}  ${typicalMiBs.toFixed(2).padStart(6)}    1.00x`,
  );
  const results = [];
  hostileCards(bytes).forEach((card, i) => {
    const root = join(work, `hostile-${i}`);
    writeHostileRegistry(root, card);
    const extra = [];
    let rules = [];
    for (let r = 0; r < runs; r++) {
      const floor = validate(baseline);
      const run = validate(root);
      extra.push(Math.max(1, run.ms - floor.ms));
      rules = [...new Set(run.report.problems.map((p) => p.rule))];
    }
    // A shape that no longer takes its path would be timed for nothing.
    const expected = card.expect === 'valid' ? '' : card.expect;
    if (rules.join(',') !== expected)
      throw new Error(`hostile file "${card.name}": expected ${expected || 'no problems'}, got ${rules.join(', ') || 'no problems'}`);
    const msPerMiB = median(extra) / (Buffer.byteLength(card.text) / MIB);
    results.push({ name: card.name, msPerMiB, ratio: msPerMiB / typicalMsPerMiB });
    console.log(
      `${card.name.padEnd(44)} ${msPerMiB.toFixed(0).padStart(7)}  ${(1000 / msPerMiB).toFixed(2).padStart(6)}  ${(msPerMiB / typicalMsPerMiB).toFixed(2).padStart(6)}x`,
    );
  });
  const worst = results.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(
    `worst hostile file: ${worst.name}, ${(1000 / worst.msPerMiB).toFixed(2)} MiB/s against ${typicalMiBs.toFixed(2)} MiB/s for typical cards: ${worst.ratio.toFixed(2)}x  ${worst.ratio <= HOSTILE_TARGET ? 'PASS' : 'FAIL'} (target <= ${HOSTILE_TARGET}x; median of ${runs} pairs each)`,
  );
  return { results, worst };
}
