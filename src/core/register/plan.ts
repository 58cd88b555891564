/**
 * The register planner: from the registration's inputs and what GitHub has
 * (the registry at its default branch, the pending `register/<model>-*`
 * branches, the releases), decide the version and everything a run will
 * write: the files of the one commit, the branch, the draft release and its
 * uploads, the pull request. It writes nothing, and it refuses, before any
 * write, anything the registry's own pull request checks would refuse: the new
 * files are laid over the default branch and validated with the same rules.
 *
 * Re-runs are recognised by content: a pending branch (or a version already on
 * the default branch) whose files are exactly the ones these inputs make,
 * given that attempt's `created`, is this registration; the run resumes it
 * instead of taking another version.
 */
import { tagName, isValidModelName, type Registry } from '../registry/registry.js';
import { loadRegistry } from '../registry/load.js';
import type { FileEntry, RegistrySnapshot } from '../registry/snapshot.js';
import { CARD_FILE, NAME_RULE_TEXT, modelFile, versionDir } from '../format/layout.js';
import { tagNameProblem } from '../format/ref-name.js';
import { validateSnapshot } from '../validate.js';
import type { Problem } from '../problems.js';
import { isRecord } from '../values.js';
import { MAX_ASSET_BYTES, MAX_ASSETS_PER_RELEASE } from '../release/github-limits.js';
import { formatBinarySize } from '../output/number-format.js';
import type { RemoteRelease } from '../release/plan.js';
import { assetDownloadUrl, type Repository } from '../release/urls.js';
import { buildCard, isoSeconds, readInputDocument, type ArtifactFact, type InputFile, type ModelFields, type RunFacts } from './build-card.js';
import { isTaken, nextVersion, parseVersionRequest, precedenceKey, registerBranch, versionFromTag } from './next-version.js';
import { pullRequestBody, pullRequestTitle } from './pr-body.js';
import type { MetricsFileBuild, MetricsFormat } from './metrics-input.js';
import { prepareInputs } from './version-inputs.js';

export interface MetricsInput extends InputFile {
  /** The name it is committed as: metrics.json for JSON, metrics.yaml for YAML. */
  fileName: 'metrics.json' | 'metrics.yaml';
}

export interface RegisterInput {
  /** The registry repository on GitHub. */
  repository: Repository;
  model: string;
  /** `patch` (default), `minor`, `major`, or an exact version. */
  version?: string;
  metrics: MetricsInput;
  /** `auto` (default): converted from what training scripts write; `raw`: committed byte for byte. */
  metricsFormat?: MetricsFormat;
  /** Optional card.yaml fields: summary, description, lineage, training, x-… */
  card?: InputFile;
  /** A new model's model.yaml, used as written. */
  modelCard?: InputFile;
  /** A new model's card fields, when no model.yaml file is given. */
  modelFields?: ModelFields;
  artifacts: readonly ArtifactFact[];
  run: RunFacts;
  /** The clock: `created` of a new registration. */
  now: Date;
  autoMerge: boolean;
}

/** A `register/<model>-<version>` branch whose version is not on the default branch yet. */
export interface PendingRegistration {
  branch: string;
  version: string;
  /** The branch's commit. */
  sha: string;
  /** The files of its version folder, and its model.yaml, by path relative to the registry root. */
  files: Map<string, Uint8Array>;
}

export interface RemoteRegistryState {
  defaultBranch: string;
  /** The default branch's commit: the new commit's parent. */
  baseSha: string;
  /** Its tree. */
  baseTreeSha: string;
  /** The registry at baseSha. Documents of the registered model (and of models it names as parents) carry their bytes. */
  snapshot: RegistrySnapshot;
  pending: PendingRegistration[];
  /** The newest releases (a draft this or another registration made is among them): not every release, which GitHub cannot list past 1,000. */
  releases: RemoteRelease[];
  /** The repository's tags that may name a version of the model (every published release has its tag). */
  tags?: string[];
}

export interface PlannedFile {
  /** Relative to the registry root. */
  path: string;
  content: string;
}

export interface PlannedAsset {
  name: string;
  /** On disk. */
  path: string;
  size: number;
  sha256: string;
  contentType: string;
}

export type RegisterAction =
  /** A new version: commit, branch, draft, uploads, pull request. */
  | 'create'
  /** An earlier attempt's branch holds exactly these files: finish what it left. */
  | 'resume'
  /** The default branch already has exactly these files: nothing to write. */
  | 'registered'
  /** Something is wrong; nothing may be written. */
  | 'blocked';

export interface RegisterPlan {
  action: RegisterAction;
  model: string;
  version?: string;
  newModel: boolean;
  tag?: string;
  branch?: string;
  base: { branch: string; sha: string; treeSha: string };
  /** The files of the one commit. */
  files: PlannedFile[];
  commitMessage: string;
  /** The draft release the artifacts go to (none when there are no artifacts). */
  release?: { tag: string; name: string; body: string; targetCommitish: string };
  assets: PlannedAsset[];
  pullRequest?: { title: string; body: string; head: string; base: string };
  autoMerge: boolean;
  /** Validation problems of the new files, as a pull request would get them (warnings included). */
  problems: Problem[];
  /** Files committed exactly as the user gave them (the metrics file, a model.yaml): registry path -> the user's path, where the same lines are. */
  fileLabels: Record<string, string>;
  /** Anything here blocks the run. */
  errors: string[];
  warnings: string[];
  /** When the metrics file was converted: from which shape, and what was renamed, moved or dropped. */
  metricsConversion?: { shape: NonNullable<MetricsFileBuild['shape']>; changes: string[] };
}

interface Built {
  files: Map<string, Uint8Array>;
  warnings: string[];
}

const encoder = new TextEncoder();
// Keeps a byte-order mark, so the committed blob is the file's exact bytes.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function planRegistration(input: RegisterInput, remote: RemoteRegistryState): RegisterPlan {
  const { model, repository } = input;
  const base = { branch: remote.defaultBranch, sha: remote.baseSha, treeSha: remote.baseTreeSha };
  const plan: RegisterPlan = {
    action: 'blocked',
    model,
    newModel: false,
    base,
    files: [],
    commitMessage: '',
    assets: [],
    autoMerge: input.autoMerge,
    problems: [],
    fileLabels: {},
    errors: [],
    warnings: [],
  };
  const block = (message: string) => {
    plan.errors.push(message);
    return plan;
  };

  if (!isValidModelName(model)) {
    return block(`model name ${JSON.stringify(model)} is not valid: ${NAME_RULE_TEXT} (e.g. churn-gbm)`);
  }
  const request = parseVersionRequest(input.version);
  if ('error' in request) return block(request.error);

  const registry = loadRegistry(remote.snapshot);
  const entries = new Map(remote.snapshot.entries.map((e) => [e.path, e]));
  plan.newModel = !entries.has(modelFile(model));

  const prepared = prepareInputs(
    input,
    registry,
    model,
    plan.newModel,
    'give its model card, either as a model.yaml file (model-card) or as fields: at least a description (model-description) and owners (model-owners, e.g. @acme/ml-team)',
  );
  plan.problems.push(...prepared.problems);
  plan.warnings.push(...prepared.warnings);
  if (prepared.error) return block(prepared.error);
  const { cardInput, metricsFile, modelYaml } = prepared;
  if (prepared.modelYamlSource) plan.fileLabels[modelFile(model)] = prepared.modelYamlSource;
  if (metricsFile.shape) plan.metricsConversion = { shape: metricsFile.shape, changes: metricsFile.changes };

  // Artifacts: names unique, within GitHub's limits.
  const byName = new Map<string, ArtifactFact>();
  for (const a of input.artifacts) {
    const other = byName.get(a.name);
    if (other)
      plan.errors.push(`artifacts ${other.localPath} and ${a.localPath} have the same file name ${a.name}: release assets need unique names; rename one`);
    byName.set(a.name, a);
    if (a.size > MAX_ASSET_BYTES) {
      plan.errors.push(
        `artifact ${a.localPath} is ${formatBinarySize(a.size)}, over GitHub's limit of 2 GiB per release asset: store it elsewhere (S3, GCS, the Hugging Face Hub) and list it in the card input's artifacts with \`uri\``,
      );
    }
  }
  if (input.artifacts.length + 3 > MAX_ASSETS_PER_RELEASE) {
    plan.errors.push(
      `${input.artifacts.length} artifacts, over GitHub's limit of ${MAX_ASSETS_PER_RELEASE} assets per release (with card.yaml, the metrics file and SHA256SUMS): pack them, or store some elsewhere and list them with \`uri\``,
    );
  }
  if (plan.errors.length) return plan;

  const inputCreated = typeof cardInput?.created === 'string' ? cardInput.created : undefined;
  const build = (version: string, created: string): Built => {
    const tag = tagName(registry.settings, model, version);
    const card = buildCard({
      version,
      created,
      input: cardInput,
      run: input.run,
      artifacts: input.artifacts,
      assetUri: (name) => assetDownloadUrl(repository, tag, name),
    });
    const files = new Map<string, Uint8Array>();
    files.set(`${versionDir(model, version)}/${CARD_FILE}`, encoder.encode(card.text));
    files.set(`${versionDir(model, version)}/${input.metrics.fileName}`, metricsFile.bytes);
    if (modelYaml) files.set(modelFile(model), modelYaml);
    return { files, warnings: card.warnings };
  };
  /** Whether `theirs` (a version folder, and model.yaml) holds exactly what these inputs make. */
  const sameAs = (version: string, theirs: Map<string, Uint8Array>, withModelFile: boolean): Built | undefined => {
    const dir = `${versionDir(model, version)}/`;
    const card = theirs.get(`${dir}${CARD_FILE}`);
    const created = inputCreated ?? (card ? createdOf(card) : undefined);
    if (!created) return undefined;
    const ours = build(version, created);
    const theirPaths = [...theirs.keys()].filter((p) => p.startsWith(dir) || (withModelFile && p === modelFile(model)));
    const ourPaths = [...ours.files.keys()].filter((p) => p.startsWith(dir) || (withModelFile && p === modelFile(model)));
    if (theirPaths.length !== ourPaths.length) return undefined;
    for (const path of ourPaths) {
      const their = theirs.get(path);
      if (!their || !sameBytes(their, ours.files.get(path)!)) return undefined;
    }
    return ours;
  };

  // Taken versions: on the default branch, on pending branches, in releases (drafts and published).
  const onDefault = [...(registry.models.get(model)?.versions.keys() ?? [])];
  const tagged = [...(remote.tags ?? []), ...remote.releases.map((r) => r.tag_name)]
    .map((tag) => versionFromTag(registry.settings.tag_format, model, tag))
    .filter((v): v is string => v !== undefined);
  const pendingVersions = remote.pending.map((p) => p.version);
  const wanted = (version: string) => request.kind === 'bump' || precedenceKey(request.version) === precedenceKey(version);

  // Already merged: the default branch has exactly these files.
  for (const version of [...onDefault].reverse()) {
    if (!wanted(version)) continue;
    const theirs = new Map<string, Uint8Array>();
    const dir = `${versionDir(model, version)}/`;
    for (const e of remote.snapshot.entries) if (e.path.startsWith(dir)) theirs.set(e.path, e.bytes ?? new Uint8Array());
    const ours = sameAs(version, theirs, false);
    if (ours) return finish(plan, 'registered', version, ours);
  }
  // An earlier attempt of this registration: its branch holds exactly these files.
  for (const pending of remote.pending) {
    if (!wanted(pending.version)) continue;
    const ours = sameAs(pending.version, pending.files, plan.newModel);
    if (ours) return finish(plan, 'resume', pending.version, ours);
  }

  let version: string;
  if (request.kind === 'exact') {
    version = request.version;
    if (isTaken(version, onDefault)) {
      return block(
        `${model} ${version} is already in the registry (${versionDir(model, version)}): released versions never change; register a new version (\`patch\`, \`minor\`, \`major\` or a higher number)`,
      );
    }
    const branch = remote.pending.find((p) => precedenceKey(p.version) === precedenceKey(version));
    if (branch) {
      return block(
        `${model} ${version} is being registered by another run (branch ${branch.branch}, with other files): ask for \`patch\`, \`minor\` or \`major\` to get the next free version, or close that pull request and delete its branch`,
      );
    }
    const release = remote.releases.find((r) => {
      const v = versionFromTag(registry.settings.tag_format, model, r.tag_name);
      return v !== undefined && precedenceKey(v) === precedenceKey(version);
    });
    if (release) {
      return block(
        `${model} ${version} already has a ${release.draft ? 'draft ' : ''}release (tag ${release.tag_name}) that is not this registration's: it was not touched; ask for another version, or delete that ${release.draft ? 'draft' : 'release'} if it is a leftover`,
      );
    }
    const tag = remote.tags?.find((t) => {
      const v = versionFromTag(registry.settings.tag_format, model, t);
      return v !== undefined && precedenceKey(v) === precedenceKey(version);
    });
    if (tag)
      return block(
        `${model} ${version} already has the tag ${tag}, though the registry has no such version: it was not touched; ask for another version, or delete the tag if it is a leftover`,
      );
  } else {
    version = nextVersion([...onDefault, ...pendingVersions, ...tagged], request.level);
  }
  return finish(plan, 'create', version, build(version, inputCreated ?? isoSeconds(input.now)));

  function finish(plan: RegisterPlan, action: RegisterAction, version: string, built: Built): RegisterPlan {
    const tag = tagName(registry.settings, model, version);
    const branch = registerBranch(model, version);
    plan.version = version;
    plan.tag = tag;
    plan.branch = branch;
    plan.files = [...built.files].map(([path, bytes]) => ({ path, content: decoder.decode(bytes) }));
    plan.warnings.push(...built.warnings);
    const metricsPath = `${versionDir(model, version)}/${input.metrics.fileName}`;
    // Problems of a converted file are at the converted file's lines, shown under its registry path.
    if (metricsFile.bytes === input.metrics.bytes) plan.fileLabels[metricsPath] = input.metrics.source;
    plan.assets = input.artifacts.map((a) => ({
      name: a.name,
      path: a.localPath,
      size: a.size,
      sha256: a.sha256,
      contentType: a.mediaType ?? 'application/octet-stream',
    }));

    let overlaid: Registry = registry;
    if (action !== 'registered') {
      const checked = validateOverlay(remote.snapshot, built.files);
      plan.problems.push(...checked.problems);
      overlaid = checked.registry;
      if (checked.problems.some((p) => p.severity === 'error')) {
        const made = input.card ? ` (${versionDir(model, version)}/${CARD_FILE} is made from ${input.card.source} and what the run knows)` : '';
        plan.errors.push(`${model} ${version} would not pass the registry's checks${made}: fix the inputs; nothing was written`);
      }
    }
    // A tag_format the default branch already has wrong is no problem of these files, but GitHub would refuse the tag.
    const tagProblem = tagNameProblem(tag);
    if (tagProblem && !plan.problems.some((p) => p.rule === 'invalid-tag')) {
      plan.errors.push(
        `the release tag \`${tag}\` is not a name git accepts (${tagProblem}): fix tag_format in the registry's registry.yaml first; nothing was written`,
      );
    }
    plan.commitMessage = commitMessage(model, version, plan.newModel, input.run);
    if (plan.assets.length) {
      plan.release = {
        tag,
        name: `${model} ${version}`,
        targetCommitish: remote.defaultBranch,
        body: draftBody(model, version, branch, input.run),
      };
    }
    plan.pullRequest = {
      title: pullRequestTitle(model, version, plan.newModel),
      body: pullRequestBody({
        registry: overlaid,
        model,
        version,
        newModel: plan.newModel,
        tag,
        branch,
        repository,
        run: input.run,
        artifacts: input.artifacts,
        autoMerge: input.autoMerge,
      }),
      head: branch,
      base: remote.defaultBranch,
    };
    plan.action = plan.errors.length ? 'blocked' : action;
    return plan;
  }
}

/**
 * The new files laid over the default branch and validated as a pull request
 * would be. Only problems these files cause count: those in them, and any
 * other that the default branch alone does not have.
 */
export function validateOverlay(
  snapshot: RegistrySnapshot,
  files: Map<string, Uint8Array>,
  /** Other new files (committed artifacts), measured: their size and sha256. */
  others: readonly FileEntry[] = [],
): { problems: Problem[]; registry: Registry } {
  const before = validateSnapshot(snapshot);
  const known = new Set(before.report.problems.map(problemKey));
  const added = new Set([...files.keys(), ...others.map((e) => e.path)]);
  const entries: FileEntry[] = snapshot.entries.filter((e) => !added.has(e.path));
  for (const [path, bytes] of files) entries.push({ path, type: 'file', size: bytes.length, bytes });
  entries.push(...others);
  const after = validateSnapshot({ entries });
  const problems = after.report.problems.filter((p) => added.has(p.file) || !known.has(problemKey(p)));
  return { problems, registry: after.registry };
}

function problemKey(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}:${p.rule}:${p.message}`;
}

/** The `created` of a card's bytes, if it has one. */
function createdOf(bytes: Uint8Array): string | undefined {
  const read = readInputDocument({ source: 'card.yaml', bytes });
  return isRecord(read.value) && typeof read.value.created === 'string' ? read.value.created : undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function commitMessage(model: string, version: string, newModel: boolean, run: RunFacts): string {
  const lines = [`Register ${model} ${version}${newModel ? ' (new model)' : ''}`, ''];
  if (run.codeRepo && run.commit) lines.push(`Trained from ${run.codeRepo}@${run.commit}.`);
  if (run.runUrl) lines.push(`Training run: ${run.runUrl}`);
  lines.push('Proposed by model-registry register.');
  return lines.join('\n');
}

function draftBody(model: string, version: string, branch: string, run: RunFacts): string {
  return [
    `Draft of ${model} ${version}: it holds the artifacts that \`model-registry register\` uploaded${run.runUrl ? ` from ${run.runUrl}` : ''}.`,
    '',
    `When the pull request from the branch \`${branch}\` is merged, the release step checks every asset against the card, adds card.yaml, the metrics file and SHA256SUMS, writes the notes and publishes it. Do not publish it by hand.`,
  ].join('\n');
}
