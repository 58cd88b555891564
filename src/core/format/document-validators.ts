/**
 * The validators of the document kinds, compiled from schemas/ when the
 * project is built (scripts/gen-validators.mjs, with the options of
 * schemas.ts's createAjv): compiling them at start-up cost every process about
 * 100 ms, and loading ajv's compiler more.
 */
import type { ValidateFunction } from 'ajv';
import type { DocumentKind } from './layout.js';
import * as compiled from './validators.generated.js';

/** A validator per YAML document kind; `observation` checks one line (one record) of an observations file. */
type Validators = Record<Exclude<DocumentKind, 'observations'>, ValidateFunction> & { observation: ValidateFunction };

export function documentValidators(): Validators {
  return compiled as unknown as Validators;
}
