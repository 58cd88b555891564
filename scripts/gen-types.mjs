#!/usr/bin/env node
// Generates src/core/format/schema-types.generated.ts from the JSON Schemas in schemas/.
//
//   node scripts/gen-types.mjs           (re)write the generated file
//   node scripts/gen-types.mjs --check   exit 1 if the committed file is not up to date (CI)
//
// The schemas are the single source of truth; they are written for validators and editors
// (ajv, yaml-language-server), which json-schema-to-typescript only partly understands.
// Before compiling, each schema is rewritten for TypeScript only (the files are not touched):
//   - `if`/`then`/`else` whose branches both describe a type (e.g. `then: {$ref: ExternalParent}`,
//     `else: {$ref: RegistryParent}`) becomes `anyOf: [then, else]`, i.e. a TS union;
//     other conditionals (pure constraints such as "exactly one of path/uri") and `not` are dropped;
//   - `{$ref, description, ...}` becomes `{allOf: [{$ref}], description, ...}`, so a property
//     keeps its own doc comment AND the named type of the definition (json-schema-to-typescript
//     would otherwise inline a renamed copy of the definition);
//   - editor-only annotations (markdownDescription, patternErrorMessage, examples) are removed.
// Each schema is compiled separately; definitions shared by several schemas (SemVer, ModelName,
// ...) are emitted once, and must be identical in every schema that declares them.

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const outFile = join(root, 'src', 'core', 'format', 'schema-types.generated.ts');

/** Schema file (in schemas/) -> name of the exported type of its root. Order = output order. */
const ROOTS = [
  ['registry.schema.json', 'RegistrySettings'],
  ['model.schema.json', 'ModelCard'],
  ['card.schema.json', 'VersionCard'],
  ['metrics.schema.json', 'MetricsFile'],
  ['stages.schema.json', 'StagesFile'],
  ['observation.schema.json', 'ObservationRecord'],
];

const BANNER = `/* eslint-disable */
/**
 * GENERATED FILE - DO NOT EDIT.
 *
 * Generated from the JSON Schemas in schemas/ by \`npm run gen:types\` (scripts/gen-types.mjs).
 * Edit the schemas and run \`npm run gen:types\` again; CI runs \`node scripts/gen-types.mjs --check\`.
 */`;

const EDITOR_ONLY = new Set(['markdownDescription', 'patternErrorMessage', 'examples']);

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Does this (branch) schema say what type a value has, as opposed to only constraining it? */
function describesType(schema) {
  return isObject(schema) && ['$ref', 'type', 'properties', 'enum', 'const', 'items', 'anyOf', 'allOf'].some((k) => k in schema);
}

/** Returns a rewritten deep copy of `schema` that json-schema-to-typescript renders well. */
function forTypeScript(schema) {
  if (Array.isArray(schema)) return schema.map(forTypeScript);
  if (!isObject(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (EDITOR_ONLY.has(key) || key === 'not') continue;
    if (key === 'if' || key === 'then' || key === 'else') continue;
    // Values of `properties`, `definitions` and `patternProperties` are maps of schemas: recurse into
    // each, but never treat their keys as keywords (a property could be called "examples").
    if (key === 'properties' || key === 'definitions' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forTypeScript(v)]));
    } else if (key === 'default' || key === 'const' || key === 'enum') {
      out[key] = value;
    } else {
      out[key] = forTypeScript(value);
    }
  }
  if ('if' in schema && describesType(schema.then) && describesType(schema.else)) {
    out.anyOf = [forTypeScript(schema.then), forTypeScript(schema.else)];
  }
  if ('$ref' in out && Object.keys(out).length > 1) {
    const { $ref, ...rest } = out;
    return { allOf: [{ $ref }], ...rest };
  }
  return out;
}

/** Splits json-schema-to-typescript output into top-level declarations (with their doc comments). */
function splitDeclarations(code) {
  const chunks = [];
  let current = null;
  let pendingDoc = false; // current chunk is a doc comment not yet followed by its declaration
  for (const line of code.split('\n')) {
    const startsDoc = line.startsWith('/**');
    const startsDecl = line.startsWith('export ');
    if (startsDoc || (startsDecl && !pendingDoc)) {
      current = [];
      chunks.push(current);
      pendingDoc = startsDoc;
    }
    if (startsDecl) pendingDoc = false;
    if (current) current.push(line);
  }
  return chunks.map((lines) => {
    while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
    const text = lines.join('\n');
    const match = /^export (?:declare )?(?:type|interface|const enum|enum) ([A-Za-z0-9_$]+)/m.exec(text);
    if (!match) throw new Error(`gen-types: cannot find the name of a generated declaration:\n${text}`);
    return { name: match[1], text };
  });
}

async function generate() {
  const declarations = new Map(); // name -> { text, from }
  for (const [file, typeName] of ROOTS) {
    const schema = JSON.parse(await readFile(join(schemaDir, file), 'utf8'));
    const rootId = schema.$id;
    const code = await compile(forTypeScript(schema), typeName, {
      additionalProperties: false,
      bannerComment: '',
      cwd: schemaDir,
      declareExternallyReferenced: true,
      format: true,
      strictIndexSignatures: false,
      unknownAny: true,
      unreachableDefinitions: false,
      // The root schemas have human titles ("Version card (card.yaml)") for editors; give their
      // types the API names instead. Definitions are named by their `title`.
      customName: (s) => (s.$id === rootId ? typeName : undefined),
      style: { singleQuote: false, trailingComma: 'all', printWidth: 100, tabWidth: 2, useTabs: false, semi: true, endOfLine: 'lf' },
    });
    for (const decl of splitDeclarations(code)) {
      const seen = declarations.get(decl.name);
      if (!seen) {
        declarations.set(decl.name, { text: decl.text, from: file });
      } else if (seen.text !== decl.text) {
        throw new Error(
          `gen-types: type ${decl.name} is generated differently from ${seen.from} and ${file}; ` + `keep the shared definition identical in both schemas.`,
        );
      }
    }
  }
  for (const [, typeName] of ROOTS) {
    if (!declarations.has(typeName)) throw new Error(`gen-types: no type ${typeName} was generated`);
  }
  const body = [...declarations.values()].map((d) => d.text).join('\n\n');
  return `${BANNER}\n\n${body}\n`;
}

const check = process.argv.includes('--check');
const generated = await generate();
const shown = relative(process.cwd(), outFile) || outFile;
if (check) {
  let current = null;
  try {
    current = await readFile(outFile, 'utf8');
  } catch {
    // missing file: reported below
  }
  if (current !== generated) {
    console.error(`${shown} is ${current === null ? 'missing' : 'out of date'} with respect to schemas/. ` + 'Run `npm run gen:types` and commit the result.');
    process.exit(1);
  }
  console.log(`${shown} is up to date.`);
} else {
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, generated);
  console.log(`Wrote ${shown}.`);
}
