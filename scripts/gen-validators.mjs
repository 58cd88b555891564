#!/usr/bin/env node
// Generates src/core/format/validators.generated.ts: the document schemas in schemas/ compiled by
// ajv ahead of time (ajv's "standalone" code), so no process compiles them at start-up (about
// 100 ms each: the CLI, and every helper process of a large `validate`); and
// api-validators.generated.ts, the JSON API's schemas, which only `resolve --catalogue` loads.
//
//   node scripts/gen-validators.mjs           (re)write the generated file
//   node scripts/gen-validators.mjs --check   exit 1 if the committed file is not up to date (CI)
//
// The options are those of src/core/format/schemas.ts's createAjv (which this script, plain
// JavaScript, cannot import); test/unit/core/format/schemas.test.ts checks both find exactly the same errors.
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const root = join(fileURLToPath(import.meta.url), '..', '..');
// Output file → export name → schema file (schemas/<file>.schema.json).
const OUTPUTS = {
  'validators.generated.ts': { registry: 'registry', model: 'model', card: 'card', metrics: 'metrics', stages: 'stages', observation: 'observation' },
  // The published JSON API, checked before `resolve --catalogue` trusts what a server answered.
  'api-validators.generated.ts': { apiIndex: 'api-index', apiModel: 'api-model', apiStage: 'api-stage' },
};
// As in src/core/format/schemas.ts (createAjv), plus the source code standalone needs.
const EDITOR_KEYWORDS = ['markdownDescription', 'patternErrorMessage', 'errorMessage'];

const standaloneCode = standaloneModule.default ?? standaloneModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

async function generate(kinds) {
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true, code: { source: true, esm: true, lines: false } });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  addFormats(ajv);
  const ids = {};
  for (const [name, file] of Object.entries(kinds)) {
    const schema = JSON.parse(await readFile(join(root, 'schemas', `${file}.schema.json`), 'utf8'));
    ajv.addSchema(schema);
    ids[name] = schema.$id;
  }
  let code = standaloneCode(ajv, ids);
  // ajv writes require() calls for its runtime helpers; an ES module imports them. The default
  // import of a CommonJS module is its exports object in Node and its `default` export in
  // bundlers: `?? ` takes whichever holds the function.
  const helpers = new Map([
    ['ajv/dist/runtime/ucs2length', 'ucs2length'],
    ['ajv/dist/runtime/equal', 'equal'],
  ]);
  const imports = [];
  for (const [path, name] of helpers) {
    const call = `require("${path}").default`;
    if (!code.includes(call)) continue;
    code = code.replaceAll(call, name);
    imports.push(`import ${name}Module from '${path}.js';\nconst ${name} = ${name}Module.default ?? ${name}Module;`);
  }
  if (code.includes('require("ajv-formats/dist/formats")')) {
    code = code.replaceAll('require("ajv-formats/dist/formats")', 'formats');
    imports.push(`import * as formats from 'ajv-formats/dist/formats.js';`);
  }
  if (/\brequire\(/.test(code)) throw new Error(`gen-validators: ajv's code needs a module this script does not import: ${/require\([^)]*\)/.exec(code)[0]}`);
  code = code.replace(/^"use strict";/, '');
  return `/* eslint-disable */
// @ts-nocheck
/**
 * GENERATED FILE - DO NOT EDIT.
 *
 * The JSON Schemas in schemas/ compiled by ajv ahead of time, by \`npm run gen:types\`
 * (scripts/gen-validators.mjs). Edit the schemas and run it again; CI runs it with --check.
 */
${imports.join('\n')}
${code}
`;
}

const check = process.argv.includes('--check');
for (const [file, kinds] of Object.entries(OUTPUTS)) {
  const outFile = join(root, 'src', 'core', 'format', file);
  const generated = await generate(kinds);
  const shown = relative(process.cwd(), outFile) || outFile;
  if (check) {
    const current = await readFile(outFile, 'utf8').catch(() => null);
    if (current !== generated) {
      console.error(`${shown} is ${current === null ? 'missing' : 'out of date'} with respect to schemas/. Run \`npm run gen:types\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${shown} is up to date.`);
  } else {
    await writeFile(outFile, generated);
    console.log(`Wrote ${shown}.`);
  }
}
