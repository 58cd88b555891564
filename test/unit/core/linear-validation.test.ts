/**
 * Every path through the validator is near-linear in the file's size (issue
 * 11: a valid 1 MiB card with one anchor and 110,000 keys took 205 s, because
 * the `yaml` package compares each key with every earlier one). Judged on the
 * work done, not on time: V8's precise coverage counts every block of
 * JavaScript run (ours and the parsers'), so validating a file four times the
 * size must do about four times the work (a quadratic path does sixteen).
 */
import { Session } from 'node:inspector';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML, { LineCounter, parseDocument } from 'yaml';
import { hostileCards, TYPICAL_CARD } from '../../../bench/hostile-cards.mjs';
import { fastParse } from '../../../src/core/parse/fast-parse.js';
import { preciseParse } from '../../../src/core/parse/precise-parse.js';
import { toValue } from '../../../src/core/parse/to-value.js';
import type { FileEntry } from '../../../src/core/registry/snapshot.js';
import { validateSnapshot } from '../../../src/core/validate.js';

const encoder = new TextEncoder();
const session = new Session();
const post = <T = unknown>(method: string, params: object = {}) =>
  new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));

type Coverage = { result: { functions: { ranges: { count: number }[] }[] }[] };

/** The blocks of JavaScript run while validating a registry whose version 1.0.0 holds `file`. */
async function work(file: string, text: string, settings?: string): Promise<{ blocks: number; rules: string[] }> {
  const snapshot = registryWith(file, text, settings);
  await post('Profiler.takePreciseCoverage'); // resets the counters
  const { report } = validateSnapshot(snapshot);
  const { result } = await post<Coverage>('Profiler.takePreciseCoverage');
  let blocks = 0;
  for (const script of result) for (const fn of script.functions) for (const range of fn.ranges) blocks += range.count;
  return { blocks, rules: [...new Set(report.problems.map((p) => p.rule))] };
}

function registryWith(file: string, text: string, settings?: string): { entries: FileEntry[] } {
  const files: Record<string, string> = {
    'registry.yaml': settings ?? 'format: 1\nname: Hostile cards\nstages: [staging, production]\nmetrics:\n  accuracy: {direction: higher, min: 0, max: 1}\n',
    'models/m/model.yaml': "name: m\ndescription: A model whose card is hostile.\nowners: ['@ml-team']\n",
    'models/m/versions/1.0.0/card.yaml': TYPICAL_CARD,
    'models/m/versions/1.0.0/metrics.yaml': 'accuracy: 0.9\n',
  };
  if (file === 'metrics.json') delete files['models/m/versions/1.0.0/metrics.yaml'];
  files[`models/m/versions/1.0.0/${file}`] = text;
  return {
    entries: Object.entries(files).map(([path, content]) => {
      const bytes = encoder.encode(content);
      return { path, type: 'file' as const, size: bytes.length, bytes };
    }),
  };
}

beforeAll(async () => {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
});

afterAll(async () => {
  await post('Profiler.stopPreciseCoverage');
  session.disconnect();
});

describe('validating a hostile file is near-linear in its size', () => {
  const small = 24 * 1024;
  const cases = hostileCards(small).map((c, i) => ({ ...c, warm: hostileCards(small / 8)[i].text, large: hostileCards(4 * small)[i].text }));

  it.each(cases)('$name', async ({ file, text, warm, large, expect: expected }) => {
    await work(file, warm); // compiles every function on the path first
    const one = await work(file, text);
    const four = await work(file, large);
    // The case takes the path it is about: valid, or every problem of the rule it provokes.
    expect(four.rules).toEqual(expected === 'valid' ? [] : [expected]);
    expect(one.rules).toEqual(four.rules);
    const growth = four.blocks / one.blocks;
    // Linear is about 4 (a little less: fixed costs weigh more in the smaller file); quadratic is about 16.
    expect(growth, `work grew ${growth.toFixed(2)}x for 4x the bytes`).toBeLessThan(5.5);
  });
});

describe('work that depends on two files stays linear in their sizes', () => {
  it('many unknown metrics against a large catalogue (each did-you-mean compares with every catalogue name)', async () => {
    const files = (n: number) =>
      [
        'metrics.yaml',
        `accuracy: 0.9\n${Array.from({ length: n }, (_, i) => `q${i}: ${i}`).join('\n')}\n`,
        `format: 1\nname: Big catalogue\nmetrics:\n  accuracy: {direction: higher}\n${Array.from({ length: n }, (_, i) => `  m${i}: {direction: higher}`).join('\n')}\n`,
      ] as const;
    await work(...files(100));
    const one = await work(...files(2000));
    const four = await work(...files(8000));
    expect(four.rules).toEqual(['uncatalogued-metric']);
    const growth = four.blocks / one.blocks;
    expect(growth, `work grew ${growth.toFixed(2)}x for 4x the bytes`).toBeLessThan(5.5);
  });
});

describe('the fast path never takes a file with an alias (js-yaml would expand it without a limit)', () => {
  it('wherever YAML allows one, in block and flow style', () => {
    const leaf = fc.oneof(fc.integer(), fc.constantFrom('x', 'a*b', '*', 'no'));
    const shared = fc.array(leaf, { minLength: 1, maxLength: 3 });
    let withAlias = 0;
    fc.assert(
      fc.property(
        shared,
        fc.array(fc.tuple(fc.constantFrom('k', 'x-y', 'a b'), fc.boolean()), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        (list, keys, flow, json) => {
          // The same object twice: yaml writes an anchor and an alias.
          const value = Object.fromEntries(keys.map(([k, again], i) => [`${k}${i}`, again ? list : { n: i }]).concat([['first', list]]));
          let text = YAML.stringify(value, { collectionStyle: flow ? 'flow' : 'block', defaultKeyType: json ? 'QUOTE_DOUBLE' : 'PLAIN' });
          // A JSON-like key may take its value right after the colon: {"a":*b}.
          if (json && flow) text = text.replace(/": /g, '":');
          let alias = false;
          YAML.visit(YAML.parseDocument(text), { Alias: () => ((alias = true), YAML.visit.BREAK) });
          if (!alias) return;
          withAlias++;
          expect(fastParse(text), text).toBeUndefined();
        },
      ),
      { numRuns: 1000 },
    );
    expect(withAlias).toBeGreaterThan(300);
  });

  it('so a YAML bomb written in JSON style is refused too', () => {
    const levels = ['"x-a":&a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `"x-${String.fromCharCode(97 + i)}":&${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const text = `{"version":"1.0.0","created":"2026-01-01T10:00:00Z","summary":"s",${levels.join(',')}}`;
    expect(fastParse(text)).toBeUndefined();
    expect(preciseParse(text)).toMatchObject({ ok: false, problems: [{ rule: 'yaml-alias-limit' }] });
  });
});

describe('our duplicate-key check and conversion agree with the yaml package', () => {
  const key = fc.constantFrom('a', 'b', '"a"', "'b'", 'a b', '1', '"1"', '~', '"x-k"', 'x-k');
  const scalar = fc.constantFrom('1', 'x', '"q"', 'null', '[1, 2]', '{p: 1}', '');
  const entries = (indent: string) =>
    fc
      .array(fc.tuple(key, scalar, fc.boolean()), { minLength: 1, maxLength: 6 })
      .map((pairs) => pairs.map(([k, v, nested]) => (nested ? `${indent}${k}:\n${indent}  ${k}: ${v}\n${indent}  c: 2\n` : `${indent}${k}: ${v}\n`)).join(''));

  it('reports the repeated keys the package reports, at the same places', () => {
    fc.assert(
      fc.property(entries(''), fc.boolean(), (text, asFlow) => {
        const source = asFlow
          ? `{${text
              .trim()
              .split('\n')
              .filter((l) => !l.startsWith(' '))
              .map((l) => l.replace(/:$/, ': 0'))
              .join(', ')}}`
          : text;
        const theirs = parseDocument(source, { schema: 'core', lineCounter: new LineCounter(), uniqueKeys: true, strict: true });
        if (theirs.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return;
        // The package points at the line break before a key that follows an empty value; we point at the key.
        const places = theirs.errors.map((e) => e.pos[0] + /^\s*/.exec(source.slice(e.pos[0]))![0].length).sort((a, b) => a - b);
        const ours = toValue(parseDocument(source, { schema: 'core', uniqueKeys: false, strict: true })).duplicates.map((d) => d.offset);
        // `1` and `"1"` are one key to a JavaScript object, so we also report what the package calls different.
        const widened = ours.filter((offset) => !places.includes(offset));
        expect(ours.filter((offset) => places.includes(offset))).toEqual(places);
        for (const offset of widened) expect(source.slice(offset)).toMatch(/^("1"|1)/);
      }),
      { numRuns: 1000 },
    );
  });

  it('converts anchors and aliases to the values the package gives', () => {
    const document = fc
      .array(fc.tuple(fc.boolean(), fc.constantFrom('1', 'x', '[1, 2]', '{p: 1, q: [3]}', '')), { minLength: 1, maxLength: 12 })
      .chain((items) => fc.tuple(fc.constant(items), fc.array(fc.nat(), { minLength: items.length, maxLength: items.length })));
    fc.assert(
      fc.property(document, ([items, picks]) => {
        const lines: string[] = [];
        let anchors = 0;
        items.forEach(([alias, value], i) => {
          if (alias && anchors > 0) lines.push(`k${i}: *a${picks[i] % anchors}`);
          else lines.push(`k${i}: &a${anchors++} ${value}`);
        });
        const text = `${lines.join('\n')}\n`;
        const doc = parseDocument(text, { schema: 'core', uniqueKeys: false, strict: true });
        expect(toValue(doc).value).toStrictEqual(doc.toJS());
      }),
      { numRuns: 500 },
    );
  });

  it('names the repeated key in YAML and JSON alike', () => {
    for (const [text, key] of [
      ['{"accuracy": 0.91, "latency_ms": 12.5, "accuracy": 0.95}', 'accuracy'],
      ['task: a\ntask: b\n', 'task'],
      ['"a\\"b": 1\n\'a"b\': 2\n', 'a"b'],
    ]) {
      const result = preciseParse(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.message)).toEqual([`key ${JSON.stringify(key)} appears twice in this mapping: keep one of them`]);
    }
  });
});
