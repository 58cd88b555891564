/**
 * `export huggingface`: a version (or every version) of one model as Hugging
 * Face model cards in a folder: DIR/<model>/README.md (DIR/<model>/<version>/
 * with every version), and with `evalResults` the Hub's `.eval_results/*.yaml`
 * beside it. The registry is validated first: a model with errors is not
 * exported. Files are written inside DIR only, never through a link.
 */
import { join, resolve } from 'node:path';
import { readSnapshot } from '../adapters/fs/fs-snapshot.js';
import { outsideMessage, prepareFolder, writeOne } from '../adapters/fs/write-file.js';
import { huggingFaceCard } from '../core/export/huggingface/model-card.js';
import { isValidVersion } from '../core/registry/registry.js';
import { parseModelRef } from '../core/serving/model-ref.js';
import { resolveRef } from '../core/serving/resolve.js';
import { validateSnapshot } from '../core/validate.js';
import { RefNotFoundError, RegistryWriteError, UsageError } from '../errors/index.js';
import { checkOutputFolder } from './output-folder.js';
import { realpathSync } from 'node:fs';

export interface ExportHuggingFaceOptions {
  root: string;
  /** `model`, `model@version` or `model#stage`. */
  ref: string;
  out: string;
  namespace?: string;
  allVersions: boolean;
  evalResults: boolean;
  cwd: string;
}

export function exportHuggingFace(options: ExportHuggingFaceOptions): { written: string[] } {
  const root = resolve(options.cwd, options.root);
  const out = resolve(options.cwd, options.out);
  checkOutputFolder(root, out, '--out');
  if (options.namespace !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/.test(options.namespace)) {
    throw new UsageError(`--namespace ${JSON.stringify(options.namespace)} is not a Hub user or organisation name (letters, digits, '-', '_', '.')`);
  }
  const { report, registry } = validateSnapshot(readSnapshot(root));
  const bare = !/[@#]/.test(options.ref) && !options.ref.startsWith('models:/');
  if (bare && options.allVersions === false && !registry.models.has(options.ref)) throw new RefNotFoundError(`no model ${options.ref} in this registry`);
  const parsed = parseModelRef(bare ? `${options.ref}@latest` : options.ref);
  if ('problem' in parsed) throw new UsageError(parsed.problem);
  const model = registry.models.get(parsed.ref.model);
  if (!model) throw new RefNotFoundError(`no model ${parsed.ref.model} in this registry`);
  const errors = report.problems.filter((p) => p.severity === 'error' && (p.file === 'registry.yaml' || p.file.startsWith(`${model.dir}/`)));
  if (errors.length) {
    throw new RefNotFoundError(
      `${model.name} has ${errors.length} error${errors.length === 1 ? '' : 's'} (first: ${errors[0].file}:${errors[0].line}: ${errors[0].message}): run model-registry validate and fix them before exporting`,
    );
  }
  let versions: string[];
  if (options.allVersions) versions = [...model.versions.keys()].filter(isValidVersion);
  else {
    const resolved = resolveRef(registry, parsed.ref);
    if ('problem' in resolved) throw new RefNotFoundError(resolved.problem);
    versions = [resolved.resolved.version];
  }
  const files: { path: string; bytes: Uint8Array }[] = [];
  const encoder = new TextEncoder();
  for (const v of versions) {
    const entry = model.versions.get(v)!;
    const card = huggingFaceCard(registry, model, entry, { namespace: options.namespace });
    const folder = options.allVersions ? `${model.name}/${v}` : model.name;
    files.push({ path: `${folder}/README.md`, bytes: encoder.encode(card.readme) });
    if (options.evalResults) for (const e of card.evalResults) files.push({ path: `${folder}/.eval_results/${e.file}`, bytes: encoder.encode(e.text) });
  }
  const base = (() => {
    prepareFolder(out, out, new Set());
    return realpathSync(out);
  })();
  const made = new Set<string>();
  for (const file of files) {
    const target = join(base, file.path);
    const folder = target.slice(0, target.lastIndexOf('/'));
    if (!prepareFolder(base, folder, made)) throw new RegistryWriteError(outsideMessage(folder, base));
    writeOne(target, file.bytes);
  }
  return { written: files.map((f) => f.path) };
}
