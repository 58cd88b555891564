/**
 * Cards and metrics files shaped to find super-linear paths in the validator
 * (issue 11: one anchor and 110,000 keys took 205 s): many keys, anchors and
 * aliases, long flow collections, many small mappings, deep-but-allowed
 * nesting, long lines, a problem at every key, many artifacts and parents.
 * Each is filled up to `bytes` (under the 1 MiB limit in `npm run bench`,
 * small in test/unit/core/linear-validation.test.ts), deterministic, and says what the
 * validator must answer, so a benchmark never times a path it did not take.
 *
 *   import { hostileCards, writeHostileRegistry } from './hostile-cards.mjs';
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEAD = `version: 1.0.0
created: "2026-01-01T10:00:00Z"
`;
// An alias sends a file to the precise parser (fast-parse.ts), where the quadratic paths were.
const SUMMARY_ANCHORED = 'summary: &summary A card written to stress the validator.\nx-summary-again: *summary\n';
const SUMMARY = 'summary: A card written to stress the validator.\n';

/** A sha256 in hex with a letter in it (all digits would read as a number). */
const digest = (i) => `a${i.toString(16).padStart(7, '0')}`.repeat(8);

/** Lines from `line(i)` until the text would pass `bytes`. */
function fill(head, bytes, line, tail = '') {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const next = line(i);
    if (size + next.length > bytes) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** Items joined by `, ` inside one flow collection on one line. */
function flow(head, bytes, open, item, close) {
  const parts = [];
  let size = head.length + open.length + close.length + 1;
  for (let i = 0; ; i++) {
    const next = (i ? ', ' : '') + item(i);
    if (size + next.length > bytes) break;
    parts.push(next);
    size += next.length;
  }
  return `${head}${open}${parts.join('')}${close}\n`;
}

/**
 * Every hostile shape: `{ name, file, text, expect }`, where `file` is the
 * name in the version folder and `expect` is 'valid' or the rule id every
 * problem must have.
 */
export function hostileCards(bytes) {
  // `anchored` has an alias, so the file goes through the precise parser.
  const anchored = HEAD + SUMMARY_ANCHORED;
  const plain = HEAD + SUMMARY;
  const nested = (i) => {
    // 30 levels (the limit is 32), then back to the top: many deep branches.
    let text = `x-deep-${i}:\n`;
    for (let d = 1; d < 30; d++) text += `${'  '.repeat(d)}k${d}:\n`;
    return `${text}${'  '.repeat(30)}leaf: ${i}\n`;
  };
  return [
    {
      name: "one anchor, many keys (the issue's card)",
      file: 'card.yaml',
      expect: 'valid',
      text: fill(`${plain}x-anchored: &a 1\n`, bytes, (i) => `x-k${i}: ${i}\n`),
    },
    { name: 'one alias, many keys', file: 'card.yaml', expect: 'valid', text: fill(anchored, bytes, (i) => `x-k${i}: ${i}\n`) },
    { name: 'many keys, no anchor (fast path)', file: 'card.yaml', expect: 'valid', text: fill(plain, bytes, (i) => `x-k${i}: ${i}\n`) },
    { name: 'many anchors', file: 'card.yaml', expect: 'valid', text: fill(anchored, bytes, (i) => `x-k${i}: &a${i} ${i}\n`) },
    {
      name: 'many aliases (refused)',
      file: 'card.yaml',
      expect: 'yaml-alias-limit',
      text: fill(anchored, bytes, (i) => `x-k${i}: &a${i} {p: ${i}, q: 2}\nx-r${i}: *a${i}\n`),
    },
    { name: 'long flow sequence', file: 'card.yaml', expect: 'valid', text: flow(anchored, bytes, 'x-list: [', (i) => String(i), ']') },
    { name: 'long flow mapping', file: 'card.yaml', expect: 'valid', text: flow(anchored, bytes, 'x-map: {', (i) => `k${i}: ${i}`, '}') },
    { name: 'many small mappings', file: 'card.yaml', expect: 'valid', text: fill(`${anchored}x-list:\n`, bytes, (i) => `  - {a: ${i}, b: [1, 2]}\n`) },
    { name: 'deep nesting, many times', file: 'card.yaml', expect: 'valid', text: fill(anchored, bytes, nested) },
    { name: 'one long line', file: 'card.yaml', expect: 'valid', text: `${anchored}x-long: "${'a'.repeat(Math.max(0, bytes - anchored.length - 12))}"\n` },
    { name: 'a problem at every key', file: 'card.yaml', expect: 'schema', text: fill(anchored, bytes, (i) => `k${i}: ${i}\n`) },
    { name: 'every key twice', file: 'card.yaml', expect: 'duplicate-key', text: fill(anchored, bytes, (i) => `x-k${i >> 1}: ${i}\n`) },
    { name: 'every JSON key twice', file: 'metrics.json', expect: 'duplicate-key', text: flow('', bytes, '{', (i) => `"m${i >> 1}": ${i}`, '}').trimEnd() },
    {
      name: 'many artifacts',
      file: 'card.yaml',
      expect: 'valid',
      text: fill(
        `${anchored}artifacts:\n`,
        bytes,
        (i) => `  - name: part-${i}.bin\n    uri: s3://bucket/part-${i}.bin\n    sha256: ${digest(i)}\n    size: ${i + 1}\n`,
      ),
    },
    {
      name: 'many missing artifact files',
      file: 'card.yaml',
      expect: 'artifact-path',
      text: fill(
        `${anchored}artifacts:\n`,
        bytes,
        (i) => `  - name: part-${i}.bin\n    path: weights/part-${i}.bin\n    sha256: ${digest(i)}\n    size: ${i + 1}\n`,
      ),
    },
    {
      name: 'many dataset parents',
      file: 'card.yaml',
      expect: 'valid',
      text: fill(`${anchored}lineage:\n  datasets:\n`, bytes, (i) => `    - name: data-${i}\n      uri: s3://bucket/data-${i}/\n`),
    },
    { name: 'many unknown metrics', file: 'metrics.yaml', expect: 'uncatalogued-metric', text: fill('accuracy: 0.9\n', bytes, (i) => `metric_${i}: ${i}\n`) },
  ];
}

export const TYPICAL_CARD = `${HEAD}${SUMMARY}lineage:
  datasets:
    - name: customers
      version: "2026-01"
      uri: s3://acme-data/customers/
      role: train
training:
  params:
    learning_rate: 0.05
    max_depth: 6
artifacts:
  - name: model.txt
    uri: s3://acme-models/m/1.0.0/model.txt
    sha256: ${'ab'.repeat(32)}
    size: 123456
`;

/**
 * A one-model registry whose version 1.0.0 holds `file` with `text` (and the
 * typical card and metrics otherwise): what `validate` is timed on.
 */
export function writeHostileRegistry(root, { file = 'card.yaml', text = TYPICAL_CARD } = {}) {
  const version = join(root, 'models', 'm', 'versions', '1.0.0');
  mkdirSync(version, { recursive: true });
  writeFileSync(
    join(root, 'registry.yaml'),
    'format: 1\nname: Hostile cards\nstages: [staging, production]\nmetrics:\n  accuracy: {direction: higher, min: 0, max: 1}\n',
  );
  writeFileSync(join(root, 'models', 'm', 'model.yaml'), "name: m\ndescription: A model whose card is hostile.\nowners: ['@ml-team']\n");
  writeFileSync(join(version, 'card.yaml'), file === 'card.yaml' ? text : TYPICAL_CARD);
  writeFileSync(join(version, file === 'metrics.json' ? 'metrics.json' : 'metrics.yaml'), file.startsWith('metrics') ? text : 'accuracy: 0.9\n');
}
