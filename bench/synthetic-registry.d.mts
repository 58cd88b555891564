/** Types of synthetic-registry.mjs, for the tests that use it. */
export function writeSyntheticRegistry(
  root: string,
  options?: { models?: number; versions?: number; observations?: number; observedModels?: number },
): { files: number; bytes: number };
