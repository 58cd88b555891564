/**
 * `add`: a new version in the registry's working tree, for teams without a
 * training pipeline, made exactly as `register` makes it (the card, the
 * metrics conversion, the model card) and validated with the registry's
 * rules before anything is written. Nothing is written on a problem; a
 * failure while writing removes what this run created.
 */
import { dirname, join, resolve } from 'node:path';
import { planLocalAdd, type LocalAddPlan } from '../core/register/local-plan.js';
import type { ModelFields } from '../core/register/build-card.js';
import type { MetricsFormat } from '../core/register/metrics-input.js';
import { versionDir } from '../core/format/layout.js';
import { PLAIN, type TextStyle } from '../core/output/text-format.js';
import { readSnapshot } from '../adapters/fs/fs-snapshot.js';
import { createNewFile } from '../adapters/fs/create-file.js';
import { hashFile } from '../adapters/fs/fs-snapshot.js';
import { codeOrigin } from '../adapters/git/code-origin.js';
import { RegisterBlockedError, RegistryWriteError } from '../errors/index.js';
import { removeCreated } from '../adapters/fs/remove-created.js';
import { conversionLines, describeBlocked, readVersionFiles } from './version-files.js';

export interface AddOptions {
  /** The registry folder. */
  root: string;
  model: string;
  version?: string;
  /** Paths are relative to `cwd`. */
  metrics: string;
  metricsFormat?: MetricsFormat;
  card?: string;
  modelCard?: string;
  modelFields?: ModelFields;
  artifacts: readonly string[];
  cwd: string;
  /** The checkout of the training code (lineage.code); default: the metrics file's folder. */
  code?: string;
  now: () => Date;
  log: (message: string) => void;
  style?: TextStyle;
}

export interface AddResult {
  plan: LocalAddPlan;
  /** The version folder, relative to the registry root. */
  folder: string;
  written: string[];
}

export function addVersion(options: AddOptions): AddResult {
  const root = resolve(options.cwd, options.root);
  const snapshot = readSnapshot(root);
  const files = readVersionFiles(options);
  const origin = codeOrigin(resolve(options.cwd, options.code ?? dirname(options.metrics)));
  for (const warning of origin.warnings) options.log(`warning: ${warning}`);
  const plan = planLocalAdd(
    {
      model: options.model,
      version: options.version,
      metrics: files.metrics,
      metricsFormat: options.metricsFormat,
      card: files.card,
      modelCard: files.modelCard,
      modelFields: options.modelFields,
      artifacts: files.artifacts,
      run: { codeRepo: origin.codeRepo, commit: origin.commit, runUrl: origin.runUrl },
      now: options.now(),
    },
    snapshot,
  );
  for (const line of conversionLines(plan.metricsConversion, options.metrics)) options.log(line);
  for (const warning of plan.warnings) options.log(`warning: ${warning}`);
  if (plan.errors.length || !plan.version) {
    const decoder = new TextDecoder();
    const shown = { ...plan, files: plan.files.map((f) => ({ path: f.path, content: decoder.decode(f.bytes) })) };
    throw new RegisterBlockedError(describeBlocked(shown, files, options.style ?? PLAIN));
  }
  const folder = versionDir(plan.model, plan.version);
  return { plan, folder, written: write(root, plan) };
}

/** The version folder (and a new model's folder), created file by file; on a failure, removed again. */
function write(root: string, plan: LocalAddPlan): string[] {
  const written: string[] = [];
  try {
    for (const copy of plan.copies) {
      if (!createNewFile(root, copy.path, { copyOf: copy.from })) throw new RegistryWriteError(`${copy.path} appeared while adding: nothing was overwritten`);
      written.push(copy.path);
      // The file must be the one measured: a training run still writing it would commit something else.
      const copied = hashFile(join(root, copy.path));
      if (copied.sha256 !== copy.sha256 || copied.size !== copy.size)
        throw new RegistryWriteError(`${copy.from} changed while it was copied: run add again once it is complete`);
    }
    for (const file of plan.files) {
      if (!createNewFile(root, file.path, file.bytes)) throw new RegistryWriteError(`${file.path} appeared while adding: nothing was overwritten`);
      written.push(file.path);
    }
  } catch (error) {
    removeCreated(root, written);
    throw error;
  }
  return written;
}
