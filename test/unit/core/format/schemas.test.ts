/**
 * The JSON Schemas in schemas/ are the single source of truth of the file formats. These tests
 * check that they compile under ajv's strict mode, that they are documented everywhere (editors
 * show description / markdownDescription on hover), that their examples are valid, that typical
 * mistakes give exactly one error each (no cascades), and that the generated TypeScript types are
 * up to date.
 */
import { describe, it, expect } from 'vitest';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../../../src/core/format/schemas.js';
import { documentValidators } from '../../../../src/core/format/document-validators.js';
import { load as loadYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const KINDS = ['registry', 'model', 'card', 'metrics', 'stages'] as const;
type Kind = (typeof KINDS)[number];

type Schema = Record<string, unknown>;

const schemas = Object.fromEntries(
  KINDS.map((kind) => [kind, JSON.parse(readFileSync(join(root, 'schemas', `${kind}.schema.json`), 'utf8')) as Schema]),
) as Record<Kind, Schema>;

const ajv = createAjv();
const validators = Object.fromEntries(KINDS.map((kind) => [kind, ajv.compile(schemas[kind])])) as Record<Kind, ValidateFunction>;

function errorsOf(kind: Kind, document: unknown): ErrorObject[] {
  const validate = validators[kind];
  return validate(document) ? [] : [...(validate.errors ?? [])];
}

/** Errors without the wrappers a validator drops: `if` (its then/else failed) and `propertyNames` (the nested error names the key). */
function significant(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames');
}

// ---------------------------------------------------------------------------------------------
// Schema walking

const DRAFT7_KEYWORDS = new Set([
  '$schema',
  '$id',
  '$ref',
  '$comment',
  'title',
  'description',
  'default',
  'readOnly',
  'writeOnly',
  'examples',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'additionalItems',
  'items',
  'maxItems',
  'minItems',
  'uniqueItems',
  'contains',
  'maxProperties',
  'minProperties',
  'required',
  'additionalProperties',
  'definitions',
  'properties',
  'patternProperties',
  'dependencies',
  'propertyNames',
  'const',
  'enum',
  'type',
  'format',
  'contentMediaType',
  'contentEncoding',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
]);
const ALLOWED_KEYWORDS = new Set([...DRAFT7_KEYWORDS, 'markdownDescription', 'patternErrorMessage', 'errorMessage', 'deprecated']);

type Role = 'root' | 'property' | 'definition' | 'map-value' | 'pattern-property' | 'items' | 'property-names' | 'applicator';

interface Node {
  schema: Schema;
  pointer: string; // JSON pointer inside the schema file
  role: Role;
  /** Inside if/then/else/not: a presence test, not a declaration of the format. */
  conditional: boolean;
}

const isObject = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);
const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function nodes(schema: Schema): Node[] {
  const out: Node[] = [];
  const visit = (node: unknown, pointer: string, role: Role, conditional: boolean) => {
    if (!isObject(node)) return; // boolean schemas (`true` in presence tests)
    out.push({ schema: node, pointer, role, conditional });
    const children = (key: string, childRole: Role) => {
      const map = node[key];
      if (!isObject(map)) return;
      for (const [name, child] of Object.entries(map)) {
        visit(child, `${pointer}/${key}/${escapePointer(name)}`, childRole, conditional);
      }
    };
    children('properties', 'property');
    children('definitions', 'definition');
    children('patternProperties', 'pattern-property');
    if (isObject(node.additionalProperties)) visit(node.additionalProperties, `${pointer}/additionalProperties`, 'map-value', conditional);
    if (isObject(node.items)) visit(node.items, `${pointer}/items`, 'items', conditional);
    if (isObject(node.propertyNames)) visit(node.propertyNames, `${pointer}/propertyNames`, 'property-names', conditional);
    for (const key of ['if', 'then', 'else', 'not']) visit(node[key], `${pointer}/${key}`, 'applicator', true);
  };
  visit(schema, '', 'root', false);
  return out;
}

/** The schema a `$ref` inside `schema` points to (only local refs are used). */
function deref(schema: Schema, node: Schema): Schema {
  let current = node;
  while (typeof current.$ref === 'string') {
    const ref = current.$ref;
    expect(ref.startsWith('#/definitions/'), `only local refs are used: ${ref}`).toBe(true);
    current = (schema.definitions as Record<string, Schema>)[ref.slice('#/definitions/'.length)];
    expect(current, `${ref} exists`).toBeDefined();
  }
  return current;
}

// ---------------------------------------------------------------------------------------------

describe('JSON Schemas', () => {
  describe.each(KINDS)('%s.schema.json', (kind) => {
    const schema = schemas[kind];
    const all = nodes(schema);

    it('is a draft-07 schema with $id, title, description and a full example', () => {
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.$id).toBe(`https://raw.githubusercontent.com/model-registry/model-registry/main/schemas/${kind}.schema.json`);
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
      expect(typeof schema.markdownDescription).toBe('string');
      expect(Array.isArray(schema.examples) && schema.examples.length).toBeGreaterThan(0);
    });

    it('compiles in strict mode and its top-level examples are valid', () => {
      for (const example of schema.examples as unknown[]) {
        expect(errorsOf(kind, example)).toEqual([]);
      }
    });

    it('every property, map value and definition, at every depth, has description and markdownDescription', () => {
      const documented = all.filter((n) => !n.conditional && ['root', 'property', 'definition', 'map-value'].includes(n.role));
      expect(documented.length).toBeGreaterThan(1);
      for (const { schema: node, pointer } of documented) {
        expect(typeof node.description === 'string' && node.description.length > 0, `${pointer} description`).toBe(true);
        expect(typeof node.markdownDescription === 'string' && node.markdownDescription.length > 0, `${pointer} markdownDescription`).toBe(true);
        // description is plain text (shown where Markdown is not rendered); Markdown goes in markdownDescription
        expect(node.description as string, `${pointer} description is plain text`).not.toMatch(/`|\*\*|\]\(/);
      }
    });

    it('every leaf property has examples (directly or through its $ref)', () => {
      for (const { schema: node, pointer, role, conditional } of all) {
        if (conditional || !['property', 'map-value'].includes(role)) continue;
        const target = deref(schema, node);
        const isLeaf = !['object', 'array'].includes(target.type as string) && !('if' in target);
        if (isLeaf) expect(Array.isArray(node.examples) || Array.isArray(target.examples), `${pointer} examples`).toBe(true);
      }
    });

    it('every example and default at every depth is valid for its own subschema', () => {
      let checked = 0;
      for (const { schema: node, pointer, conditional } of all) {
        if (conditional) continue;
        const values = [...((node.examples as unknown[] | undefined) ?? []), ...('default' in node ? [node.default] : [])];
        if (!values.length) continue;
        const ref = `${schema.$id as string}#${pointer.split('/').map(encodeURIComponent).join('/')}`;
        const validate = ajv.getSchema(ref);
        expect(validate, ref).toBeDefined();
        for (const value of values) {
          expect(validate!(value), `${pointer}: ${JSON.stringify(value)} ${JSON.stringify(validate!.errors)}`).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(2);
    });

    it('uses only draft-07 keywords and the editor annotations, and never oneOf/anyOf', () => {
      for (const { schema: node, pointer } of all) {
        for (const keyword of Object.keys(node)) {
          expect(ALLOWED_KEYWORDS.has(keyword), `${pointer}: keyword ${keyword}`).toBe(true);
        }
        expect('oneOf' in node || 'anyOf' in node, `${pointer} uses oneOf/anyOf`).toBe(false);
      }
    });

    it('gives a patternErrorMessage with every pattern', () => {
      for (const { schema: node, pointer, role } of all) {
        if (!('pattern' in node)) continue;
        // `if: {pattern}` only routes to `then`; the same pattern is declared (with its message) next to it
        if (role === 'applicator') continue;
        expect(typeof node.patternErrorMessage, `${pointer} patternErrorMessage`).toBe('string');
      }
    });

    it('closes every object (x- extension keys allowed) and types every map key', () => {
      for (const { schema: node, pointer, conditional } of all) {
        if (conditional) continue;
        if ('properties' in node) {
          expect(node.additionalProperties, `${pointer} additionalProperties`).toBe(false);
          expect(node.patternProperties, `${pointer} patternProperties`).toEqual({ '^x-': {} });
        } else if (node.type === 'object') {
          // a map whose keys are user names
          expect(isObject(node.propertyNames), `${pointer} propertyNames`).toBe(true);
          expect(isObject(node.additionalProperties), `${pointer} additionalProperties`).toBe(true);
          const names = deref(schema, node.propertyNames as Schema);
          expect(typeof names.pattern, `${pointer} propertyNames pattern`).toBe('string');
          expect(typeof names.patternErrorMessage, `${pointer} propertyNames patternErrorMessage`).toBe('string');
        }
      }
    });
  });

  it('definitions shared by several schemas are identical', () => {
    const seen = new Map<string, { kind: Kind; text: string }>();
    let shared = 0;
    for (const kind of KINDS) {
      for (const [name, definition] of Object.entries((schemas[kind].definitions ?? {}) as Record<string, Schema>)) {
        const text = JSON.stringify(definition);
        const first = seen.get(name);
        if (!first) seen.set(name, { kind, text });
        else {
          shared++;
          expect(text, `definitions/${name} in ${kind} and ${first.kind}`).toBe(first.text);
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Documents

const sha = 'a'.repeat(64);
const card = (extra: Record<string, unknown>) => ({
  version: '1.0.0',
  created: '2024-05-02T09:30:00Z',
  summary: 'First version.',
  ...extra,
});
const artifact = (extra: Record<string, unknown>) => ({ name: 'model.bin', sha256: sha, size: 12, ...extra });
const model = (extra: Record<string, unknown>) => ({ name: 'm', description: 'A model.', owners: ['@octocat'], ...extra });
const registry = (extra: Record<string, unknown>) => ({ format: 1, name: 'Registry', ...extra });

describe('valid documents', () => {
  const cases: [string, Kind, unknown][] = [
    ['a plain metric number', 'metrics', { accuracy: 0.93 }],
    // Imported history and models not evaluated yet: valid, with the no-metrics warning (a rule, not the schema).
    ['an empty metrics file', 'metrics', {}],
    ['a metric object', 'metrics', { 'recall@10': { value: 0.5, dataset: 'd', split: 'test', slice: 's', ci: [0.4, 0.6], n: 1 } }],
    ['minimal registry', 'registry', registry({})],
    ['minimal model', 'model', model({})],
    ['minimal card', 'card', card({})],
    ['empty stages', 'stages', {}],
    ['stages', 'stages', { staging: '2.0.0-rc.1+build.5', production: '1.0.0' }],
    ['quoted environment version', 'card', card({ training: { environment: { python: '3.10' } } })],
    ['scalar params of every kind', 'card', card({ training: { params: { lr: 0.1, name: 'x', on: true, seed: null } } })],
    ['an artifact with a path', 'card', card({ artifacts: [artifact({ path: 'weights/model.bin' })] })],
    ['an artifact with a uri', 'card', card({ artifacts: [artifact({ uri: 'gs://bucket/model.bin' })] })],
    ['SPDX expressions', 'model', model({ license: 'Apache-2.0 WITH LLVM-exception OR MIT' })],
    ['license other', 'model', model({ license: 'other' })],
    ['a team owner', 'model', model({ owners: ['@acme/ml-platform', '@octocat'] })],
    ['a tag format with a folder', 'registry', registry({ tag_format: 'models/{model}/{version}' })],
    ['a created date with an offset', 'card', card({ created: '2024-05-02T11:30:00.123+02:00' })],
  ];
  it.each(cases)('%s', (_name, kind, document) => {
    expect(errorsOf(kind, document)).toEqual([]);
  });

  const extensions: [string, Kind, unknown][] = [
    ['registry root', 'registry', registry({ 'x-foo': { any: ['thing'] } })],
    ['metric definition', 'registry', registry({ metrics: { acc: { direction: 'higher', 'x-foo': 1 } } })],
    ['model root', 'model', model({ 'x-foo': 'bar' })],
    ['card root', 'card', card({ 'x-foo': null })],
    ['lineage', 'card', card({ lineage: { 'x-foo': 1 } })],
    ['registry parent', 'card', card({ lineage: { parents: [{ model: 'a', version: '1.0.0', relation: 'retrain', 'x-foo': 1 }] } })],
    ['external parent', 'card', card({ lineage: { parents: [{ uri: 'hf://a/b', relation: 'fine-tune', 'x-foo': 1 }] } })],
    ['dataset', 'card', card({ lineage: { datasets: [{ name: 'd', 'x-foo': 1 }] } })],
    ['code', 'card', card({ lineage: { code: { repo: 'a/b', commit: 'f'.repeat(40), 'x-foo': 1 } } })],
    ['training', 'card', card({ training: { 'x-foo': 1 } })],
    ['artifact', 'card', card({ artifacts: [artifact({ path: 'a', 'x-foo': 1 })] })],
    ['metric measurement', 'metrics', { acc: { value: 1, 'x-foo': 'bar' } }],
  ];
  it.each(extensions)('accepts x-foo extension keys in the %s', (_name, kind, document) => {
    expect(errorsOf(kind, document)).toEqual([]);
  });
});

interface Expected {
  instancePath: string;
  keyword: string;
  params?: Record<string, unknown>;
  propertyName?: string;
}

describe('invalid documents give one error each, at the right place', () => {
  const cases: [string, Kind, unknown, Expected][] = [
    ['a string metric', 'metrics', { accuracy: 'high' }, { instancePath: '/accuracy', keyword: 'type' }],
    ['a string metric value', 'metrics', { accuracy: { value: '0.9' } }, { instancePath: '/accuracy/value', keyword: 'type' }],
    [
      'a metric object without value',
      'metrics',
      { accuracy: { split: 'test' } },
      { instancePath: '/accuracy', keyword: 'required', params: { missingProperty: 'value' } },
    ],
    ['a ci with three numbers', 'metrics', { accuracy: { value: 1, ci: [0, 1, 2] } }, { instancePath: '/accuracy/ci', keyword: 'maxItems' }],
    ['n = 0', 'metrics', { accuracy: { value: 1, n: 0 } }, { instancePath: '/accuracy/n', keyword: 'minimum' }],
    ['a bad metric name', 'metrics', { 'bad name': 1 }, { instancePath: '', keyword: 'pattern', propertyName: 'bad name' }],
    [
      'python: 3.1 in the environment',
      'card',
      card({ training: { environment: { python: 3.1 } } }),
      { instancePath: '/training/environment/python', keyword: 'type' },
    ],
    [
      'a nested training param',
      'card',
      card({ training: { params: { optimizer: { lr: 1 } } } }),
      { instancePath: '/training/params/optimizer', keyword: 'type' },
    ],
    [
      'an artifact with both path and uri',
      'card',
      card({ artifacts: [artifact({ path: 'a', uri: 's3://b/a' })] }),
      { instancePath: '/artifacts/0', keyword: 'not' },
    ],
    [
      'an artifact with neither path nor uri',
      'card',
      card({ artifacts: [artifact({})] }),
      { instancePath: '/artifacts/0', keyword: 'required', params: { missingProperty: 'path' } },
    ],
    ['an artifact that is not a mapping', 'card', card({ artifacts: ['model.bin'] }), { instancePath: '/artifacts/0', keyword: 'type' }],
    [
      'an artifact name with a slash',
      'card',
      card({ artifacts: [artifact({ name: 'a/b', path: 'a/b' })] }),
      { instancePath: '/artifacts/0/name', keyword: 'pattern' },
    ],
    [
      'an uppercase sha256',
      'card',
      card({ artifacts: [artifact({ sha256: 'A'.repeat(64), path: 'a' })] }),
      { instancePath: '/artifacts/0/sha256', keyword: 'pattern' },
    ],
    ['a negative size', 'card', card({ artifacts: [artifact({ size: -1, path: 'a' })] }), { instancePath: '/artifacts/0/size', keyword: 'minimum' }],
    ['a fractional size', 'card', card({ artifacts: [artifact({ size: 1.5, path: 'a' })] }), { instancePath: '/artifacts/0/size', keyword: 'type' }],
    [
      'an unknown key owner in model.yaml',
      'model',
      model({ owner: '@octocat' }),
      { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'owner' } },
    ],
    ['no owners', 'model', model({ owners: [] }), { instancePath: '/owners', keyword: 'minItems' }],
    ['an owner without @', 'model', model({ owners: ['octocat'] }), { instancePath: '/owners/0', keyword: 'pattern' }],
    ['an uppercase model name', 'model', model({ name: 'MyModel' }), { instancePath: '/name', keyword: 'pattern' }],
    ['a license expression in lowercase', 'model', model({ license: 'MIT or Apache-2.0' }), { instancePath: '/license', keyword: 'pattern' }],
    [
      'a deprecated version with a v',
      'model',
      model({ deprecated_versions: { 'v1.0.0': 'leak' } }),
      { instancePath: '/deprecated_versions', keyword: 'pattern', propertyName: 'v1.0.0' },
    ],
    ['version v1.0.0', 'card', card({ version: 'v1.0.0' }), { instancePath: '/version', keyword: 'pattern' }],
    ['version 1.0', 'card', card({ version: '1.0' }), { instancePath: '/version', keyword: 'pattern' }],
    ['a date without time zone', 'card', card({ created: '2024-05-02T09:30:00' }), { instancePath: '/created', keyword: 'format' }],
    ['a summary over 300 characters', 'card', card({ summary: 'x'.repeat(301) }), { instancePath: '/summary', keyword: 'maxLength' }],
    ['a short commit', 'card', card({ lineage: { code: { repo: 'a/b', commit: 'abc1234' } } }), { instancePath: '/lineage/code/commit', keyword: 'pattern' }],
    [
      'a repo URL instead of owner/name',
      'card',
      card({ lineage: { code: { repo: 'https://github.com/a/b', commit: 'f'.repeat(40) } } }),
      { instancePath: '/lineage/code/repo', keyword: 'pattern' },
    ],
    [
      'a parent with uri and no relation',
      'card',
      card({ lineage: { parents: [{ uri: 'hf://a/b' }] } }),
      { instancePath: '/lineage/parents/0', keyword: 'required', params: { missingProperty: 'relation' } },
    ],
    [
      'a registry parent without version',
      'card',
      card({ lineage: { parents: [{ model: 'a', relation: 'retrain' }] } }),
      { instancePath: '/lineage/parents/0', keyword: 'required', params: { missingProperty: 'version' } },
    ],
    [
      'a parent with both model and uri',
      'card',
      card({ lineage: { parents: [{ model: 'a', uri: 'hf://a/b', relation: 'merge' }] } }),
      { instancePath: '/lineage/parents/0', keyword: 'additionalProperties', params: { additionalProperty: 'model' } },
    ],
    [
      'an unknown relation',
      'card',
      card({ lineage: { parents: [{ uri: 'hf://a/b', relation: 'finetune' }] } }),
      { instancePath: '/lineage/parents/0/relation', keyword: 'enum' },
    ],
    [
      'a dataset role typo',
      'card',
      card({ lineage: { datasets: [{ name: 'd', role: 'training' }] } }),
      { instancePath: '/lineage/datasets/0/role', keyword: 'enum' },
    ],
    ['an ftp run_url', 'card', card({ training: { run_url: 'ftp://host/run' } }), { instancePath: '/training/run_url', keyword: 'pattern' }],
    ['a run_url that is not a URL', 'card', card({ training: { run_url: 'my run' } }), { instancePath: '/training/run_url', keyword: 'pattern' }],
    ['an http run_url with a space', 'card', card({ training: { run_url: 'https://a b' } }), { instancePath: '/training/run_url', keyword: 'format' }],
    ['format "1"', 'registry', registry({ format: '1' }), { instancePath: '/format', keyword: 'const' }],
    ['a tag format without {version}', 'registry', registry({ tag_format: '{model}-latest' }), { instancePath: '/tag_format', keyword: 'pattern' }],
    ['duplicate stages', 'registry', registry({ stages: ['prod', 'prod'] }), { instancePath: '/stages', keyword: 'uniqueItems' }],
    ['an uppercase stage', 'registry', registry({ stages: ['Prod'] }), { instancePath: '/stages/0', keyword: 'pattern' }],
    ['a metric direction typo', 'registry', registry({ metrics: { acc: { direction: 'up' } } }), { instancePath: '/metrics/acc/direction', keyword: 'enum' }],
    ['a stage pointing to v1.0.0', 'stages', { production: 'v1.0.0' }, { instancePath: '/production', keyword: 'pattern' }],
    ['an uppercase stage name', 'stages', { Production: '1.0.0' }, { instancePath: '', keyword: 'pattern', propertyName: 'Production' }],
  ];

  it.each(cases)('%s', (_name, kind, document, expected) => {
    const errors = errorsOf(kind, document);
    expect(significant(errors)).toEqual([expect.objectContaining(expected)]);
  });
});

describe('how ajv reports the conditionals (the validator filters these)', () => {
  it('a failed then/else adds an `if` error at the same instancePath, after the real one', () => {
    const errors = errorsOf('metrics', { accuracy: 'high' });
    expect(errors.map((e) => [e.instancePath, e.keyword, e.params])).toEqual([
      ['/accuracy', 'type', { type: 'number' }],
      ['/accuracy', 'if', { failingKeyword: 'else' }],
    ]);
    const artifactErrors = errorsOf('card', card({ artifacts: [artifact({ path: 'a', uri: 's3://b/a' })] }));
    expect(artifactErrors.map((e) => [e.instancePath, e.keyword, e.params])).toEqual([
      ['/artifacts/0', 'not', {}],
      ['/artifacts/0', 'if', { failingKeyword: 'then' }],
    ]);
  });

  it('a bad map key gives the nested pattern error (with propertyName) plus a propertyNames wrapper', () => {
    const errors = errorsOf('stages', { Production: '1.0.0' });
    expect(errors.map((e) => [e.instancePath, e.keyword, e.propertyName])).toEqual([
      ['', 'pattern', 'Production'],
      ['', 'propertyNames', undefined],
    ]);
  });
});

describe('generated TypeScript types', () => {
  const script = join(root, 'scripts', 'gen-types.mjs');

  it('src/core/format/schema-types.generated.ts is up to date (gen-types --check)', () => {
    const result = spawnSync(process.execPath, [script, '--check'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('src/core/format/validators.generated.ts is up to date (gen-validators --check)', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'gen-validators.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('compiled ahead of time, the validators find exactly what the schemas compiled at run time find', () => {
    const template = join(root, 'registry-template');
    const documents: [string, unknown][] = [
      ['registry', loadYaml(readFileSync(join(template, 'registry.yaml'), 'utf8'))],
      ['model', loadYaml(readFileSync(join(template, 'models', 'churn-gbm', 'model.yaml'), 'utf8'))],
      ['card', loadYaml(readFileSync(join(template, 'models', 'churn-gbm', 'versions', '2.0.0', 'card.yaml'), 'utf8'))],
      ['stages', loadYaml(readFileSync(join(template, 'models', 'churn-gbm', 'stages.yaml'), 'utf8'))],
      ['registry', { format: 2, name: '', stages: ['x', 'x'], extra: true }],
      ['model', { name: 'Bad Name', owners: [], tags: [1], primary_metric: 3 }],
      [
        'card',
        {
          version: 'v1',
          created: 'yesterday',
          summary: 'x'.repeat(10_000),
          lineage: { parents: [{ model: 'a' }, { uri: 'ftp://x' }] },
          artifacts: [{ name: 'a', path: 'a', uri: 's3://a', sha256: 'no' }],
        },
      ],
      ['metrics', { accuracy: { value: 'high', ci: [1] }, f1: 0.5, '': 1 }],
      ['stages', { production: '1.0', Staging: '1.0.0' }],
      ['card', '😀'.repeat(300)],
    ];
    const generated = documentValidators();
    for (const [kind, document] of documents) {
      const atRunTime = validators[kind as (typeof KINDS)[number]];
      const valid = atRunTime(document);
      expect(generated[kind as (typeof KINDS)[number]](document), `${kind}: ${JSON.stringify(document).slice(0, 80)}`).toBe(valid);
      expect(generated[kind as (typeof KINDS)[number]].errors ?? null).toEqual(atRunTime.errors ?? null);
    }
    // The documents above are not all valid: the comparison covers errors too.
    expect(documents.filter(([kind, document]) => !validators[kind as (typeof KINDS)[number]](document)).length).toBeGreaterThan(5);
  });

  it('exports the document types and the named definitions', () => {
    const generated = readFileSync(join(root, 'src', 'core', 'format', 'schema-types.generated.ts'), 'utf8');
    expect(generated).toMatch(/generated from the JSON Schemas in schemas\/ by `npm run gen:types`/i);
    expect(generated).toMatch(/DO NOT EDIT/);
    for (const name of ['RegistrySettings', 'ModelCard', 'VersionCard', 'MetricsFile', 'StagesFile']) {
      expect(generated).toMatch(new RegExp(`^export interface ${name} \\{`, 'm'));
    }
    for (const name of ['RegistryParent', 'ExternalParent', 'Dataset', 'CodeRef', 'Artifact', 'MetricMeasurement', 'MetricDefinition', 'Lineage', 'Training']) {
      expect(generated).toMatch(new RegExp(`^export interface ${name} \\{`, 'm'));
    }
    expect(generated).toMatch(/^export type MetricValue = MetricMeasurement \| number;$/m);
    expect(generated).toMatch(/^export type Parent = ExternalParent \| RegistryParent;$/m);
    for (const name of ['SemVer', 'ModelName', 'MetricName', 'StageName', 'Sha256']) {
      expect(generated.match(new RegExp(`^export type ${name} = string;$`, 'gm')), name).toHaveLength(1);
    }
  });
});
