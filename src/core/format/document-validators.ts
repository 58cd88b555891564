/**
 * The validators of the five document kinds, compiled from schemas/ when the
 * project is built (scripts/gen-validators.mjs, with the options of
 * schemas.ts's createAjv): compiling them at start-up cost every process about
 * 100 ms, and loading ajv's compiler more.
 */
import type { ValidateFunction } from 'ajv';
import type { DocumentKind } from './layout.js';
import * as compiled from './validators.generated.js';

export function documentValidators(): Record<DocumentKind, ValidateFunction> {
  return compiled as unknown as Record<DocumentKind, ValidateFunction>;
}
