/**
 * `add`, the local twin of `register`: the same card (built by buildCard from
 * the card input and what the checkout knows), the same metrics conversion and
 * the same model card, but written into the working tree: the artifacts are
 * committed in the version folder (`path`, for Git LFS) instead of uploaded to
 * a release. The new files are laid over the registry and validated with its
 * own rules; a plan with an error writes nothing.
 */
import { loadRegistry } from '../registry/load.js';
import { isValidModelName } from '../registry/registry.js';
import type { FileEntry, RegistrySnapshot } from '../registry/snapshot.js';
import { CARD_FILE, NAME_RULE_TEXT, REGISTRY_FILE, modelFile, versionDir } from '../format/layout.js';
import type { Problem } from '../problems.js';
import { buildCard, isoSeconds, type ArtifactFact, type RunFacts } from './build-card.js';
import type { MetricsFileBuild } from './metrics-input.js';
import { isTaken, nextVersion, parseVersionRequest } from './next-version.js';
import { validateOverlay } from './plan.js';
import { prepareInputs, type VersionInputs } from './version-inputs.js';

export interface LocalAddInput extends VersionInputs {
  model: string;
  /** `patch` (default), `minor`, `major` or an exact version. */
  version?: string;
  artifacts: readonly ArtifactFact[];
  run: RunFacts;
  now: Date;
}

export interface LocalAddPlan {
  model: string;
  version?: string;
  newModel: boolean;
  /** Registry documents to create, by path relative to the registry root. */
  files: { path: string; bytes: Uint8Array }[];
  /** Artifacts to copy into the version folder. */
  copies: { path: string; from: string; size: number; sha256: string }[];
  metricsConversion?: { shape: NonNullable<MetricsFileBuild['shape']>; changes: string[] };
  /** Validation problems of the new files (warnings included). */
  problems: Problem[];
  /** Files the user wrote, committed as written: registry path -> the user's path. */
  fileLabels: Record<string, string>;
  /** Anything here (or an error among the problems) means nothing is written. */
  errors: string[];
  warnings: string[];
}

export function planLocalAdd(input: LocalAddInput, snapshot: RegistrySnapshot): LocalAddPlan {
  const { model } = input;
  const plan: LocalAddPlan = { model, newModel: false, files: [], copies: [], problems: [], fileLabels: {}, errors: [], warnings: [] };
  const block = (message: string) => {
    plan.errors.push(message);
    return plan;
  };
  if (!snapshot.entries.some((e) => e.path === REGISTRY_FILE && e.type === 'file')) {
    return block('this folder is not a registry (no registry.yaml): run `model-registry init` here first, or give the registry folder with --root');
  }
  if (!isValidModelName(model)) return block(`model name ${JSON.stringify(model)} is not valid: ${NAME_RULE_TEXT} (e.g. churn-gbm)`);
  const request = parseVersionRequest(input.version);
  if ('error' in request) return block(request.error);

  const registry = loadRegistry(snapshot);
  plan.newModel = !snapshot.entries.some((e) => e.path === modelFile(model));
  const prepared = prepareInputs(
    input,
    registry,
    model,
    plan.newModel,
    `give its model card: --owner (e.g. @acme/ml-team) and --description, or --model-card FILE (a model.yaml): model-registry add ${model} --owner @you --description "what it does" …`,
  );
  plan.problems.push(...prepared.problems);
  plan.warnings.push(...prepared.warnings);
  if (prepared.error) return block(prepared.error);
  if (prepared.metricsFile.shape) plan.metricsConversion = { shape: prepared.metricsFile.shape, changes: prepared.metricsFile.changes };

  // Every version folder counts as taken, valid or not: a version is never written over anything.
  const taken = [...(registry.models.get(model)?.versions.keys() ?? [])];
  const version = request.kind === 'exact' ? request.version : nextVersion(taken, request.level);
  if (isTaken(version, taken)) {
    return block(
      `${model} ${version} is already in the registry (${versionDir(model, version)}): add a new version (\`--version patch\`, \`minor\`, \`major\` or a higher number)`,
    );
  }
  plan.version = version;

  const names = new Map<string, string>();
  for (const a of input.artifacts) {
    const other = names.get(a.name);
    if (other) plan.errors.push(`artifacts ${other} and ${a.localPath} have the same file name ${a.name}: rename one`);
    names.set(a.name, a.localPath);
  }
  if (plan.errors.length) return plan;

  const dir = versionDir(model, version);
  const card = buildCard({ version, created: isoSeconds(input.now), input: prepared.cardInput, run: input.run, artifacts: input.artifacts, by: 'add' });
  plan.warnings.push(...card.warnings);
  const files = new Map<string, Uint8Array>();
  files.set(`${dir}/${CARD_FILE}`, new TextEncoder().encode(card.text));
  const metricsPath = `${dir}/${input.metrics.fileName}`;
  files.set(metricsPath, prepared.metricsFile.bytes);
  if (prepared.metricsFile.bytes === input.metrics.bytes) plan.fileLabels[metricsPath] = input.metrics.source;
  if (prepared.modelYaml) {
    files.set(modelFile(model), prepared.modelYaml);
    if (prepared.modelYamlSource) plan.fileLabels[modelFile(model)] = prepared.modelYamlSource;
  }
  plan.files = [...files].map(([path, bytes]) => ({ path, bytes }));
  plan.copies = input.artifacts.map((a) => ({ path: `${dir}/${a.name}`, from: a.localPath, size: a.size, sha256: a.sha256 }));

  const artifacts: FileEntry[] = plan.copies.map((c) => ({ path: c.path, type: 'file', size: c.size, sha256: c.sha256 }));
  plan.problems.push(...validateOverlay(snapshot, files, artifacts).problems);
  if (plan.problems.some((p) => p.severity === 'error')) {
    plan.errors.push(`${model} ${version} would not pass the registry's checks: fix the inputs; nothing was written`);
  }
  return plan;
}
