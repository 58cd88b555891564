/**
 * The lines CODEOWNERS must hold for a registry, as data: which path pattern
 * is owned by whom, and why. GitHub applies the LAST line that matches a
 * file, so the generic lines (registry.yaml, models/, the workflows and
 * CODEOWNERS itself, owned by the maintainers) come first and each model folder's line after
 * them: a model's folder is owned by the model's owners alone, which is what
 * model.yaml's `owners` promise ("they are asked to review changes to the model").
 */
import type { Ownership } from './ownership.js';

export type Subject = { kind: 'registry' } | { kind: 'models' } | { kind: 'github' } | { kind: 'codeowners' } | { kind: 'model'; model: string };

export interface ExpectedLine {
  /** Unescaped and anchored at the repository root: `/models/churn-gbm/`. */
  pattern: string;
  owners: string[];
  subject: Subject;
}

export interface ExpectedOwners {
  /** The registry folder as a pattern: `/` or `/ml/registry/`. */
  registry: string;
  lines: ExpectedLine[];
  /** Models whose model.yaml lists no well-formed owners: their folders fall to the `/models/` line. */
  unowned: string[];
  /** Names that folders with invalid names are to take: a line for one is not stale (see Ownership.renamed). */
  renamed: string[];
}

/** Characters that CODEOWNERS patterns read as syntax, and that GitHub gives no reliable escape for. */
const UNSAFE_PATH_RE = /[\\#*?[\]!\u0000-\u001f\u007f-\u009f]/;

/**
 * What stops a registry folder (relative to the repository root, '' or
 * 'ml/registry/') from being written as a CODEOWNERS pattern, if anything.
 */
export function unsafePrefix(prefix: string): string | undefined {
  const bad = UNSAFE_PATH_RE.exec(prefix);
  if (!bad) return undefined;
  return `the registry's folder ${JSON.stringify(prefix)} holds ${JSON.stringify(bad[0])}, which a CODEOWNERS pattern reads as syntax: move the registry to a folder whose path has none of \\ # * ? [ ] ! or control characters`;
}

/**
 * @param prefix the registry folder relative to the repository root: '' or 'ml/registry/' (as `git rev-parse --show-prefix` gives it).
 * @param codeownersFile the CODEOWNERS file relative to the repository root, e.g. '.github/CODEOWNERS'.
 */
export function expectedOwners(ownership: Ownership, prefix: string, codeownersFile: string): ExpectedOwners {
  const registry = `/${prefix}`;
  const lines: ExpectedLine[] = [];
  const { maintainers } = ownership;
  if (maintainers.length > 0) {
    lines.push({ pattern: `${registry}registry.yaml`, owners: maintainers, subject: { kind: 'registry' } });
    lines.push({ pattern: `${registry}models/`, owners: maintainers, subject: { kind: 'models' } });
    // A registry that is the whole repository also owns its workflows (the review's own code); one in a
    // subfolder leaves the repository's .github/ to the repository's own lines, and owns CODEOWNERS alone.
    if (prefix === '') lines.push({ pattern: '/.github/', owners: maintainers, subject: { kind: 'github' } });
    if (prefix !== '' || !codeownersFile.startsWith('.github/')) {
      lines.push({ pattern: `/${codeownersFile}`, owners: maintainers, subject: { kind: 'codeowners' } });
    }
  }
  const unowned: string[] = [];
  for (const { model, owners } of ownership.models) {
    if (owners) lines.push({ pattern: `${registry}models/${model}/`, owners, subject: { kind: 'model', model } });
    else unowned.push(model);
  }
  return { registry, lines, unowned, renamed: ownership.renamed };
}

/** A pattern as CODEOWNERS writes it: spaces escaped (the only character of a safe path that needs it). */
export function escapePattern(pattern: string): string {
  return pattern.replace(/ /g, '\\ ');
}
