/**
 * The hand parser of the common shape either gives exactly js-yaml's value
 * (same keys, same order, same types) or gives up: on every YAML file of the
 * repository, on the synthetic cards the benchmark writes, and on thousands
 * of documents made by mutating them (indentation, indicators, quotes,
 * comments, repeated keys) with a fixed seed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { plainYaml } from '../../../../src/core/parse/plain-yaml.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/** js-yaml as check-document.ts calls it; undefined when it refuses the text. */
function reference(text: string): { value: unknown } | undefined {
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
  } catch {
    return undefined;
  }
}

/** Same value, same key order all the way down. */
function expectSame(text: string): boolean {
  const mine = plainYaml(text);
  if (mine === undefined) return false;
  const theirs = reference(text);
  expect(theirs, `js-yaml refuses what the hand parser accepted:\n${text}`).toBeDefined();
  expect(JSON.stringify(mine.value), text).toBe(JSON.stringify(theirs!.value));
  expect(mine.value, text).toStrictEqual(theirs!.value);
  return true;
}

const CARD = `version: 1.3.0
created: 2026-04-06T10:00:00Z
summary: Retrain 3 of model-0005 on the 2026 export with tuned regularisation.
lineage:
  parents:
    - model: model-0005
      version: 1.2.0
      relation: retrain
  datasets:
    - name: customers-5
      version: "2026-04"
      uri: s3://acme-data/customers/5/
      sha256: 90657c897a364491c8eea8379c615d5031e0381fb819c8d1995c90eaec65b632
      role: train
  code:
    repo: acme/churn-models
    commit: 879c20b7f5c24559124a1991aabcc3aed02b0b9c
    path: train/gbm.py
training:
  params:
    learning_rate: 0.0200
    max_depth: 6
    n_estimators: 886
  environment:
    python: "3.11"
    lightgbm: '4.5.0'
  run_url: https://github.com/acme/churn-models/actions/runs/1000503#attempt-1
artifacts:
- name: model.txt   # the booster
  uri: s3://acme-models/model-0005/1.3.0/model.txt
  sha256: 600b564eb5a9cfea2ae69b3ef39cedf0e528012f532f09f874397f85782edbfd
  size: 5701196
tags:
  - gbm
  - -1
  - ~
  - 0x1F
  - .inf
  - yes
  - True
  - 'it''s'
notes:
empty: ''
description: >-
  Folded over
  two lines.

  A second paragraph.
usage: |
  model = load("model.txt")
    indented: kept

  after a blank line
ci: [0.8641, 0.8779]
owners: ["@acme/ml", 'b', c]
none: []
`;

/** Shapes of other YAML in the wild (a workflow, a manifest), for the mutations: sequences at their key's column, nested items, empty values. */
const WORKFLOW = `name: Close as a support issue
on:
  issues:
    types: [labeled]

jobs:
  build:
    permissions:
      issues: write
    runs-on: ubuntu-latest
    steps:
    - name: Close Issue
      uses: peter-evans/close-issue@v3
      if: contains(github.event.issue.labels.*.name, 'support')
      with:
        comment: |
          Sorry, but we'd like to keep issues related to code in this repository.

          Thank you
        close-reason: not_planned
code-scanning:
- changed-files:
  - any-glob-to-any-file: code-scanning/**/*
apiVersion: v1
spec:
  ports:
    - port: 1
      targetPort: 8080
      protocol: TCP
  selector:
    app: glusterfs
  empty:
`;

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ' ',
  '  ',
  '- ',
  '-',
  ':',
  ': ',
  '#',
  ' #',
  '"',
  "'",
  "''",
  '\\',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!',
  '|',
  '>',
  '%',
  '@',
  '?',
  ',',
  '~',
  'null',
  'true',
  'No',
  '0o17',
  '1e3',
  '.5',
  '+1',
  '0x',
  'key: v',
  '\n',
  '\n  ',
  '\n- ',
  '__proto__: x',
  '---',
  '...',
  'é',
  '\u2028',
  '|',
  '>-',
  '|-\n',
  '[a, b]',
  '["x", 1]',
  ', ',
  '\n\n',
  '\n    ',
  '   \n',
];

function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const edits = 1 + Math.floor(next() * 3);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(next() * lines.length);
    const line = lines[i];
    const kind = Math.floor(next() * 6);
    if (kind === 0)
      lines[i] = ' '.repeat(Math.floor(next() * 3)) + line; // indentation
    else if (kind === 1)
      lines[i] = line.replace(/^ {1,2}/, ''); // less indentation
    else if (kind === 2)
      lines.splice(i, 0, lines[Math.floor(next() * lines.length)]); // a repeated line (a repeated key)
    else {
      const at = Math.floor(next() * (line.length + 1));
      lines[i] = line.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + line.slice(at);
    }
  }
  return lines.join('\n');
}

describe('the hand parser of the common shape', () => {
  it('gives js-yaml’s value for every YAML file of the repository it accepts, and accepts most cards', () => {
    let accepted = 0;
    let cards = 0;
    let cardsAccepted = 0;
    for (const file of yamlFiles(ROOT)) {
      const text = readFileSync(file, 'utf8');
      const ok = expectSame(text);
      if (ok) accepted++;
      if (file.endsWith('card.yaml') && reference(text)) {
        cards++;
        if (ok) cardsAccepted++;
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(cardsAccepted / cards).toBeGreaterThan(0.8);
  });

  it('reads a card of every common construct as js-yaml does', () => {
    expect(expectSame(CARD)).toBe(true);
    expect(expectSame(WORKFLOW)).toBe(true);
    // U+2028 ends a flow item as js-yaml reads it: kept (JavaScript's trim would drop it).
    expect(expectSame('a: [x\u2028, \u2028y]\n')).toBe(true);
    const value = plainYaml(CARD)!.value as Record<string, unknown>;
    expect((value.tags as unknown[]).slice(1)).toEqual([-1, null, 31, Infinity, 'yes', true, "it's"]);
    expect(value.notes).toBeNull();
    expect((value.training as { environment: unknown }).environment).toEqual({ python: '3.11', lightgbm: '4.5.0' });
    expect(value.description).toBe('Folded over two lines.\nA second paragraph.');
    expect(value.usage).toBe('model = load("model.txt")\n  indented: kept\n\nafter a blank line\n');
    expect([value.ci, value.owners, value.none]).toEqual([[0.8641, 0.8779], ['@acme/ml', 'b', 'c'], []]);
  });

  it('gives up on what it does not read for sure', () => {
    for (const text of [
      'a: [[1], 2]\n',
      'a: [x , y]\n', // a space before a comma: js-yaml's to read
      'a: {b: 1}\n',
      'a: |+\n  text\n',
      'a: >\n  text\n    more\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: first\n  continued\n',
      'a: "esc\\"aped"\n',
      '"quoted key": 1\n',
      '1: one\n',
      'true: yes\n',
      'a: 1\na: 2\n',
      'a:\tb\n',
      'a: b\r\n',
      'a: b\u0001c\n', // js-yaml refuses a control character
      'a: b\ud83dc\n', // a lone surrogate
      'a: \ud83d\ude47\n', // any character past U+FFFF: left to js-yaml
      '---\na: 1\n',
      '- a\n',
      'a:\n-    \nb: 1\n', // an item of spaces alone: js-yaml reads null
      'a:\n  - x\n  -\n',
      'a: b: c\n',
      '__proto__: {}\n',
      '# only a comment\n',
      '',
    ]) {
      expect(plainYaml(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('never disagrees with js-yaml on 20,000 mutated documents', () => {
    const next = random(Number(process.env.PLAIN_YAML_SEED ?? 17));
    const seeds = [CARD, WORKFLOW, ...yamlFiles(join(ROOT, 'registry-template')).map((f) => readFileSync(f, 'utf8'))];
    let accepted = 0;
    for (let n = 0; n < Number(process.env.PLAIN_YAML_CASES ?? 20_000); n++) if (expectSame(mutate(seeds[n % seeds.length], next))) accepted++;
    // Most mutations still parse by hand (a comment, an extra space): the comparison means something.
    expect(accepted).toBeGreaterThan(2_000);
  });
});
