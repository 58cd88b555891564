/**
 * Property-based tests: whatever bytes a pull request puts in a card, the
 * loader answers with problems, never with an exception, and every problem is
 * well-formed (a known rule, a real line and column, a message).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { checkDocument } from '../../../../src/core/check/check-document.js';
import { fastParse } from '../../../../src/core/parse/fast-parse.js';
import { preciseParse } from '../../../../src/core/parse/precise-parse.js';
import { RULES } from '../../../../src/core/rules/catalog.js';

const PATHS = [
  'registry.yaml',
  'models/m/model.yaml',
  'models/m/stages.yaml',
  'models/m/versions/1.0.0/card.yaml',
  'models/m/versions/1.0.0/metrics.yaml',
  'models/m/versions/1.0.0/metrics.json',
];

const templateFiles: { path: string; text: string }[] = [];
(function collect(dir: string, rel: string) {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(abs).isDirectory()) collect(abs, path);
    else if (/^(registry|model|stages|card|metrics)\.(yaml|json)$/.test(name)) templateFiles.push({ path, text: readFileSync(abs, 'utf8') });
  }
})(join(import.meta.dirname, '..', '..', '..', '..', 'registry-template'), '');

function assertWellFormed(path: string, bytes: Uint8Array) {
  const before = Object.getOwnPropertyNames(Object.prototype).length;
  const result = checkDocument(path, bytes);
  const lineCount = new TextDecoder().decode(bytes).split('\n').length;
  for (const problem of result.problems) {
    expect(problem.rule in RULES, problem.rule).toBe(true);
    expect(problem.file).toBe(path);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(Math.max(lineCount, 1));
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(10);
  }
  expect(result.valid).toBe(result.problems.length === 0);
  expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Characters that matter to YAML's grammar, so mutations hit the parser's corners. */
const yamlish = fc.constantFrom(
  ...': -[]{}#&*!|>\'"%@`,?\n\t  abcxyz019.'.split(''),
  '\n  ',
  '\n- ',
  ': ',
  '&a ',
  '*a',
  '---\n',
  '\u00e9',
  '\uFEFF',
  '__proto__: ',
);

describe('the loader never crashes', () => {
  it('on arbitrary text in any registry file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.string({ unit: 'binary', maxLength: 400 }), (path, text) => {
        assertWellFormed(path, new TextEncoder().encode(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('on arbitrary bytes (binary, invalid UTF-8)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.uint8Array({ maxLength: 300 }), (path, bytes) => {
        assertWellFormed(path, bytes);
      }),
      { numRuns: 800 },
    );
  });

  it('on mutations of the example registry files', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templateFiles),
        fc.array(fc.tuple(fc.nat(), fc.nat(6), fc.array(yamlish, { maxLength: 4 })), { minLength: 1, maxLength: 6 }),
        (file, edits) => {
          let text = file.text;
          for (const [at, remove, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert.join('') + text.slice(i + remove);
          }
          assertWellFormed(file.path, new TextEncoder().encode(text));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('on any JSON-like value written as YAML, in block and flow style', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (path, value, flow) => {
        const text = YAML.stringify(value, { collectionStyle: flow ? 'flow' : 'block' });
        assertWellFormed(path, new TextEncoder().encode(text));
      }),
      { numRuns: 800 },
    );
  });

  it('on YAML bombs and deep nesting', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const bombResult = checkDocument('models/m/versions/1.0.0/card.yaml', new TextEncoder().encode(bomb.join('\n')));
    expect(bombResult.problems.map((p) => p.rule)).toEqual(['yaml-alias-limit']);
    expect(bombResult.problems[0].line).toBe(2);

    for (const deep of ['['.repeat(5000) + ']'.repeat(5000), Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1']) {
      const result = checkDocument('models/m/versions/1.0.0/card.yaml', new TextEncoder().encode(deep));
      expect(result.problems.map((p) => p.rule)).toEqual(['yaml-depth-limit']);
    }
  });
});

describe('the fast and the precise parser agree', () => {
  // The fast path is trusted only because it reads every value as the precise one does.
  it('on every value, block and flow, including YAML 1.1 traps (no, on, 3.10, dates)', () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        'no',
        'on',
        'yes',
        'off',
        'y',
        'n',
        'null',
        '~',
        '3.10',
        '1e3',
        '0o17',
        '0x1F',
        '2026-01-01',
        '2026-01-01T10:00:00Z',
        '.inf',
        '-.inf',
        '.nan',
        '1_000',
        '+12',
        '012',
        '0.1',
        'True',
        'FALSE',
        '',
      ),
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.boolean(),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { minKeys: 1, maxKeys: 5 }),
        fc.boolean(),
        fc.boolean(),
        (doc, flow, plainStrings) => {
          // Unquoted scalars are where parsers disagree, so write strings plainly where YAML allows it.
          const text = YAML.stringify(doc, { collectionStyle: flow ? 'flow' : 'block', defaultStringType: plainStrings ? 'PLAIN' : 'QUOTE_DOUBLE' });
          const fast = fastParse(text);
          const precise = preciseParse(text);
          if (!precise.ok) return;
          if (fast) expect(normalizeZero(fast.value)).toStrictEqual(normalizeZero(precise.value));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('on JSON, where the fast path is JSON.parse plus a duplicate-key count', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify({ v: value }, null, pretty ? 2 : undefined);
        const fast = fastParse(text);
        const precise = preciseParse(text);
        expect(precise.ok).toBe(true);
        if (precise.ok) expect(fast?.value).toStrictEqual(precise.value);
      }),
      { numRuns: 800 },
    );
    // A repeated key is never silently resolved by the fast path.
    for (const text of ['{"accuracy": 0.9, "accuracy": 0.95}', '{"a": {"b": 1, "b": 2}}', '{"a": "x\\":", "a": 1}']) {
      expect(fastParse(text), text).toBeUndefined();
      const result = checkDocument('models/m/versions/1.0.0/metrics.json', new TextEncoder().encode(text));
      expect(
        result.problems.map((p) => p.rule),
        text,
      ).toContain('duplicate-key');
    }
  });

  it('on the example registry', () => {
    for (const file of templateFiles) {
      const fast = fastParse(file.text);
      const precise = preciseParse(file.text);
      expect(fast, file.path).toBeDefined();
      expect(precise.ok).toBe(true);
      if (precise.ok) expect(fast!.value).toStrictEqual(precise.value);
    }
  });
});

/** -0 and 0 are the same metric; the parsers differ on which `-0` gives, harmlessly. */
function normalizeZero(value: unknown): unknown {
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (Array.isArray(value)) return value.map(normalizeZero);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeZero(v)]));
  return value;
}
