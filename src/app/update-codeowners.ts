/**
 * `model-registry codeowners` and the CODEOWNERS check of `validate`: the
 * owners the registry declares (registry.yaml's maintainers, each
 * model.yaml's owners), the CODEOWNERS GitHub reads at the repository root,
 * and what differs between them; written only when asked, never through a link.
 */
import { realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkDocument } from '../core/check/check-document.js';
import { compareCodeowners, codeownersProblems, type Difference } from '../core/codeowners/compare.js';
import { expectedOwners, unsafePrefix } from '../core/codeowners/expected.js';
import { ownershipOf, type Ownership } from '../core/codeowners/ownership.js';
import { placeSection, renderSection } from '../core/codeowners/render.js';
import { modelFile, REGISTRY_FILE } from '../core/format/layout.js';
import type { Problem } from '../core/problems.js';
import { assertReadableRoot, readRegistryDocument, readTopLevel } from '../adapters/fs/fs-snapshot.js';
import { CODEOWNERS_PLACES, findCodeowners, writeCodeowners, type FoundCodeowners } from '../adapters/fs/codeowners-file.js';
import { repositoryPlace } from '../adapters/git/repository-root.js';
import { CodeownersWriteError, UsageError } from '../errors/index.js';

export interface CodeownersOptions {
  /** The registry folder. */
  root: string;
  /** The repository root CODEOWNERS paths are relative to (default: the git top level of `root`, or `root` outside git). */
  repoRoot?: string;
  /** False: compute and report, write nothing (`--check`, `--dry-run`). */
  write: boolean;
}

export interface CodeownersOutcome {
  /** The CODEOWNERS file, relative to the repository root (where it is, or `.github/CODEOWNERS` when there is none). */
  file: string;
  /** Its absolute path. */
  absolute: string;
  existed: boolean;
  /** What the file says that the registry does not (empty: in step). */
  differences: Difference[];
  /** Whether the file's text differs from what the command writes (it may be in step and still be laid out otherwise). */
  changed: boolean;
  written: boolean;
  /** The text the command writes. */
  text: string;
}

export function updateCodeowners(options: CodeownersOptions): CodeownersOutcome {
  assertReadableRoot(options.root);
  const { top, prefix } = place(options.root, options.repoRoot);
  const unsafe = unsafePrefix(prefix);
  if (unsafe) throw new CodeownersWriteError(unsafe);
  const found = findCodeowners(top);
  if (found && 'refused' in found) {
    throw new CodeownersWriteError(
      found.refused === 'symbolic-link'
        ? `refusing to read or write ${found.path}: it (or its folder) is a symbolic link, which is never followed; replace it with a plain file`
        : `${found.path} is over 3 MB, which GitHub ignores: shorten it by hand first`,
    );
  }
  const file = found?.path ?? CODEOWNERS_PLACES[0];
  const expected = expectedOwners(readOwnership(options.root), prefix, file);
  const existing = found?.text;
  const text = placeSection(existing, renderSection(expected), expected.registry);
  const differences = compareCodeowners(expected, existing ?? '');
  const changed = text !== existing;
  if (changed && options.write) writeCodeowners(top, file, text);
  return { file, absolute: join(top, file), existed: found !== undefined, differences, changed, written: changed && options.write, text };
}

/**
 * `validate`'s warnings: each difference between the registry's owners and
 * the CODEOWNERS GitHub reads, placed in that file (named relative to the
 * registry root). None when there is no CODEOWNERS: owning by CODEOWNERS is a choice.
 */
export function codeownersCheck(root: string): Problem[] {
  const { top, prefix } = place(root);
  if (unsafePrefix(prefix)) return [];
  const found = findCodeowners(top);
  if (!found) return [];
  const file = relative(realpathSync(root), join(top, found.path)).split(sep).join('/');
  if ('refused' in found) return [refusedProblem(found, file)];
  return codeownersProblems(expectedOwners(readOwnership(root), prefix, found.path), found.text, file);
}

function refusedProblem(found: Extract<FoundCodeowners, { refused: string }>, file: string): Problem {
  const message =
    found.refused === 'symbolic-link'
      ? `${found.path} is a symbolic link (or in a linked folder), which the registry never follows: replace it with a plain file, then run \`model-registry codeowners\``
      : `${found.path} is over 3 MB, which GitHub ignores: shorten it, then run \`model-registry codeowners\``;
  return { file, line: 1, column: 1, severity: 'warning', rule: 'codeowners-out-of-step', message };
}

/** Only registry.yaml and each model.yaml: the owners, without reading versions or hashing artifacts. */
function readOwnership(root: string): Ownership {
  const top = readTopLevel(root);
  const value = (path: string): unknown => {
    const bytes = readRegistryDocument(root, path);
    return bytes ? checkDocument(path, bytes).value : undefined;
  };
  return ownershipOf(
    value(REGISTRY_FILE),
    top.modelFolders.map((model) => ({ model, card: value(modelFile(model)) })),
  );
}

function place(root: string, repoRoot?: string): { top: string; prefix: string } {
  if (repoRoot === undefined) return repositoryPlace(root);
  let top: string;
  try {
    top = realpathSync(repoRoot);
  } catch {
    throw new UsageError(`--repo-root ${repoRoot} does not exist`);
  }
  const inside = relative(top, realpathSync(root));
  if (inside.startsWith('..') || inside.startsWith(sep) || /^[A-Za-z]:/.test(inside)) {
    throw new UsageError(`--repo-root ${repoRoot} does not contain the registry folder ${root}`);
  }
  return { top, prefix: inside === '' ? '' : `${inside.split(sep).join('/')}/` };
}
