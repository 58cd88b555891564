/**
 * The JSON Schemas in schemas/ are the single source of truth for the file
 * formats: the validators in validators.generated.ts are compiled from them as
 * they are (scripts/gen-validators.mjs, with createAjv's options), and the
 * TypeScript types in schema-types.generated.ts are generated from them. The
 * validator itself uses document-validators.ts and never loads ajv's compiler;
 * this module is for the build and the tests.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** Keywords editors read (VS Code, yaml-language-server) that ajv should carry, not judge. */
export const EDITOR_KEYWORDS = ['markdownDescription', 'patternErrorMessage', 'errorMessage'];

// ajv-formats ships CommonJS with a default export; bundlers and Node disagree on its shape.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
  ajv.addVocabulary(EDITOR_KEYWORDS);
  addFormats(ajv);
  return ajv;
}
