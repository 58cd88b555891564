/** The template's committed CODEOWNERS is what `model-registry codeowners` writes for it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { updateCodeowners } from '../../src/app/update-codeowners.js';

const TEMPLATE = join(import.meta.dirname, '..', '..', 'registry-template');

it("registry-template/.github/CODEOWNERS is in step with its registry.yaml's maintainers and each model's owners, byte for byte", () => {
  // The template is the root of the repository a user makes from it, not of this one.
  const outcome = updateCodeowners({ root: TEMPLATE, repoRoot: TEMPLATE, write: false });
  expect(outcome.file).toBe('.github/CODEOWNERS');
  expect(outcome.differences).toEqual([]);
  expect(outcome.text).toBe(readFileSync(join(TEMPLATE, '.github', 'CODEOWNERS'), 'utf8'));
  expect(outcome.changed).toBe(false);
  expect(outcome.text).toContain('/models/churn-gbm/ @acme-ml/growth-ds @priya-r\n');
});
