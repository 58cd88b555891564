/**
 * The review of one commit against another, both read from a bare repository
 * as data: the same snapshot the file system adapter gives (documents with
 * their bytes, artifacts with their sha256 or as the Git LFS pointers they
 * are, links and folders as what they are), the same base state (blob ids straight from the two trees, release
 * tags included), the same rules and the same review as `validate --base`.
 *
 * Its cost grows with the change, as validate-against-base.ts's for a
 * checkout: the two trees' diff says which models changed; only those are
 * read (at both commits) and checked in full, every other model is a
 * skeleton from one listing of the head's trees, with the lineage of the
 * versions the changed ones descend from. A change to registry.yaml, or a
 * model or version removed, reviews every model.
 */
import { createHash } from 'node:crypto';
import { LFS_POINTER_MAX_BYTES, parseLfsPointer } from '../core/format/lfs-pointer.js';
import { classifyPath, isDocumentPath, MAX_DOCUMENT_BYTES, MODELS_DIR, REGISTRY_FILE } from '../core/format/layout.js';
import { checkDocument } from '../core/check/check-document.js';
import { loadRegistry } from '../core/registry/load.js';
import { buildRegistry, tagName } from '../core/registry/registry.js';
import { foldersAtFilePlaces, type BaseState, type FileEntry, type RegistrySnapshot } from '../core/registry/snapshot.js';
import { buildReview, type ReviewReport } from '../core/report/review.js';
import { changeScope, type ChangeScope } from '../core/report/change-scope.js';
import { followAncestors, untouchedSummaries, withModels } from '../core/report/scoped-registry.js';
import { checkEntries, checkModel, registrySettings } from '../core/check/check-model.js';
import { validateFromModels, validateSnapshot } from '../core/validate.js';
import type { BareRepository, TreeRecord } from '../adapters/git/bare-repository.js';
import { parseStageLog, STAGE_LOG_OPTIONS } from '../adapters/git/stage-history.js';
import { judgePromotions } from '../core/promotion/judge.js';
import { resolveApprovals, type ApprovalSource } from '../core/promotion/approvers.js';

export interface CommitReviewOptions {
  /** The commit reviewed (a pull request's head). */
  head: string;
  /** The commit it is compared with: released versions there must not change. */
  base: string;
  /** The registry folder inside the repository: '' for its top, else 'registry/'. */
  prefix: string;
  /** The pull request's reviews, for stage policies with `approval: owners`; without them, approval is pending. */
  approvals?: ApprovalSource;
  /** Read and check every model whatever the change (the reference the scoped review is tested against). */
  whole?: boolean;
}

export async function reviewCommits(repo: BareRepository, options: CommitReviewOptions): Promise<ReviewReport> {
  if (!options.whole) {
    const { prefix } = options;
    const changed = repo
      .changedPaths(options.base, options.head, [`${prefix}${REGISTRY_FILE}`, `${prefix}${MODELS_DIR}`])
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length));
    const scope = changeScope(changed);
    const scoped = scope.global ? undefined : await reviewChangedModels(repo, options, scope);
    if (scoped) return scoped;
  }
  const headFiles = registryFiles(repo, options.head, options.prefix);
  const baseFiles = registryFiles(repo, options.base, options.prefix);
  const head = await snapshotOf(repo, headFiles, true);
  const registryEntry = head.entries.find((e) => e.path === REGISTRY_FILE && e.type === 'file' && e.bytes);
  const settings = buildRegistry(
    registryEntry ? [checkDocument(REGISTRY_FILE, registryEntry.bytes!, registryEntry.size)] : [],
    registryEntry ? [registryEntry] : [],
  ).settings;
  const headIds = new Map(headFiles.map((f) => [f.path, f.id]));
  const base = baseState(repo, baseFiles, head.entries, headIds, options.prefix, (model, version) => tagName(settings, model, version));
  const validated = validateSnapshot(head, { base });
  const baseRegistry = loadRegistry(await snapshotOf(repo, baseFiles, false));
  // The stage changes judged as `validate --base` judges them: history up to the base, the fetched tags.
  const stagesFiles = [...new Set([...baseFiles, ...headFiles].filter((f) => classifyPath(f.path).kind === 'stages').map((f) => `${options.prefix}${f.path}`))];
  const log = repo.log(options.base, STAGE_LOG_OPTIONS, stagesFiles);
  const texts = new Map(head.entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes!]));
  const { report, promotions } = judgePromotions(
    validated.report,
    {
      head: validated.registry,
      base: baseRegistry,
      stageHistory: log === undefined ? {} : parseStageLog(log),
      isReleased: (model, version) => repo.hasRef(`refs/tags/${tagName(validated.registry.settings, model, version)}`),
      approvals: await resolveApprovals(options.approvals, validated.registry, baseRegistry),
    },
    (path) => texts.get(path),
  );
  return buildReview(baseRegistry, validated.registry, report.problems, promotions);
}

/**
 * The review of the changed models alone, the others skeletons; undefined
 * when the change removes a model or a version (another model may descend
 * from it) or models/ is no folder: those are reviewed whole.
 */
async function reviewChangedModels(repo: BareRepository, options: CommitReviewOptions, scope: ChangeScope): Promise<ReviewReport | undefined> {
  const { head, base, prefix } = options;
  const modelPaths = scope.models.map((m) => `${MODELS_DIR}/${m}`);
  const headFiles = registryFiles(repo, head, prefix, [REGISTRY_FILE, ...modelPaths]);
  const has = (dir: string) => headFiles.some((f) => f.path.startsWith(`${dir}/`));
  const root = repo.listFolder(head, prefix.replace(/\/$/, ''));
  if (!root.some((f) => f.path === `${prefix}${MODELS_DIR}` && f.type === 'tree')) return undefined;
  if (!modelPaths.every(has) || ![...scope.versionDirs].every(has)) return undefined;

  // The top level as readTopLevel has it: registry.yaml and what sits directly in models/ besides the model folders.
  const topFiles = [
    ...headFiles.filter((f) => f.path === REGISTRY_FILE || f.path.startsWith(`${REGISTRY_FILE}/`)),
    ...repo
      .listFolder(head, `${prefix}${MODELS_DIR}`)
      .filter((f) => f.type !== 'tree')
      .map((f) => ({ ...f, path: f.path.slice(prefix.length) })),
  ];
  const topEntries = (await snapshotOf(repo, topFiles, false)).entries;
  const topDocuments = checkEntries(topEntries.map((e) => ({ ...e })));
  const settings = registrySettings(topEntries, topDocuments);
  const resolved = buildRegistry(topDocuments, topEntries).settings;
  const modelFiles = headFiles.filter((f) => f.path.startsWith(`${MODELS_DIR}/`));
  const entries = (await snapshotOf(repo, modelFiles, true)).entries;
  const checks = scope.models.map((name) =>
    checkModel(
      settings,
      name,
      entries.filter((e) => e.path.startsWith(`${MODELS_DIR}/${name}/`)),
    ),
  );
  const baseFiles = registryFiles(repo, base, prefix, [REGISTRY_FILE, ...modelPaths]);
  const headIds = new Map(headFiles.map((f) => [f.path, f.id]));
  const state = baseState(repo, baseFiles, entries, headIds, prefix, (model, version) => tagName(resolved, model, version));

  // Every other model as the head's trees have it: version names, and the lineage the changed versions descend through.
  const folders = new Map<string, string[]>();
  for (const dir of repo.listFolders(head, `${prefix}${MODELS_DIR}`)) {
    const parts = dir.slice(prefix.length).split('/');
    if (parts[0] !== MODELS_DIR || parts.length < 2) continue;
    if (!folders.has(parts[1])) folders.set(parts[1], []);
    if (parts.length === 4 && parts[2] === 'versions') folders.get(parts[1])!.push(parts[3]);
  }
  const readDocument = documentReader(repo, head, prefix);
  const untouched = untouchedSummaries(folders, new Set(scope.models));
  followAncestors(
    checks.map((c) => c.summary),
    untouched,
    (path) => {
      const bytes = readDocument(path);
      return bytes ? checkDocument(path, bytes).value : undefined;
    },
  );
  const models = [...checks, ...[...untouched.values()].map((summary) => ({ problems: [], summary }))].sort((a, b) =>
    a.summary.name < b.summary.name ? -1 : a.summary.name > b.summary.name ? 1 : 0,
  );
  const validated = validateFromModels(topEntries, topDocuments, models, readDocument, { base: state, entries });

  // The review compares and judges the changed models in full; the others are the same on both sides.
  const headRegistry = withModels(
    validated.registry,
    checks.flatMap((c, i) => c.registry.models.get(scope.models[i]) ?? []),
  );
  const atBase = loadRegistry(await snapshotOf(repo, baseFiles, false));
  const touched = new Set(scope.models);
  const unchanged = [...headRegistry.models.values()].filter((m) => !touched.has(m.name));
  const baseRegistry = withModels({ ...atBase, models: new Map() }, [...unchanged, ...atBase.models.values()]);
  const stagesFiles = [...new Set([...baseFiles, ...headFiles].filter((f) => classifyPath(f.path).kind === 'stages').map((f) => `${prefix}${f.path}`))];
  const log = repo.log(base, STAGE_LOG_OPTIONS, stagesFiles);
  const { report, promotions } = judgePromotions(
    validated.report,
    {
      head: headRegistry,
      base: baseRegistry,
      stageHistory: log === undefined ? {} : parseStageLog(log),
      isReleased: (model, version) => repo.hasRef(`refs/tags/${tagName(headRegistry.settings, model, version)}`),
      approvals: await resolveApprovals(options.approvals, headRegistry, baseRegistry),
    },
    // From the head's blobs: checking a model folder lets go of its files' bytes.
    readDocument,
  );
  return buildReview(baseRegistry, headRegistry, report.problems, promotions);
}

/** A registry document at a commit, by its path from the registry's root (undefined: not a plain file, or too large), each read once. */
function documentReader(repo: BareRepository, commit: string, prefix: string): (path: string) => Uint8Array | undefined {
  const read = new Map<string, Uint8Array | undefined>();
  return (path) => {
    if (read.has(path)) return read.get(path);
    const record = repo.listFiles(commit, [`${prefix}${path}`]).find((f) => f.path === `${prefix}${path}`);
    const plain = record && record.type === 'blob' && record.mode.startsWith('10') && record.size <= MAX_DOCUMENT_BYTES;
    const bytes = plain ? new Uint8Array(repo.readBlobs([record.id]).get(record.id)!) : undefined;
    read.set(path, bytes);
    return bytes;
  };
}

/** registry.yaml and models/ at a commit (or only `paths` of them), with paths from the registry's root. */
function registryFiles(repo: BareRepository, commit: string, prefix: string, paths = [REGISTRY_FILE, MODELS_DIR]): TreeRecord[] {
  return repo
    .listFiles(
      commit,
      paths.map((p) => `${prefix}${p}`),
    )
    .filter((f) => f.path.startsWith(prefix))
    .map((f) => ({ ...f, path: f.path.slice(prefix.length) }))
    .filter((f) => f.path === REGISTRY_FILE || f.path === MODELS_DIR || f.path.startsWith(`${MODELS_DIR}/`));
}

/** The snapshot the core validates; artifacts hashed (streamed) only when asked. */
async function snapshotOf(repo: BareRepository, files: TreeRecord[], hashArtifacts: boolean): Promise<RegistrySnapshot> {
  const entries: FileEntry[] = [];
  const documents: { entry: FileEntry; id: string }[] = [];
  const artifacts: { entry: FileEntry; id: string }[] = [];
  for (const file of files) {
    const type = file.mode === '120000' ? 'symlink' : file.type === 'blob' && file.mode.startsWith('10') ? 'file' : 'other';
    const entry: FileEntry = { path: file.path, type, size: type === 'file' ? file.size : 0 };
    entries.push(entry);
    if (type !== 'file') continue;
    if (isDocumentPath(file.path)) {
      // An oversized document is refused unread, as on disk: its size says enough.
      if (file.size > MAX_DOCUMENT_BYTES) entry.bytes = new Uint8Array(0);
      else documents.push({ entry, id: file.id });
    } else if (hashArtifacts && classifyPath(file.path).kind === 'version-file') {
      artifacts.push({ entry, id: file.id });
    }
  }
  // Small artifacts are read with the documents: one may be a Git LFS pointer, checked by what it names.
  const small = artifacts.filter((a) => a.entry.size < LFS_POINTER_MAX_BYTES);
  const blobs = repo.readBlobs([...new Set([...documents, ...small].map((d) => d.id))]);
  for (const { entry, id } of documents) entry.bytes = new Uint8Array(blobs.get(id)!);
  for (const { entry, id } of small) {
    const bytes = blobs.get(id)!;
    entry.sha256 = createHash('sha256').update(bytes).digest('hex');
    const lfs = parseLfsPointer(bytes);
    if (lfs) entry.lfs = lfs;
  }
  for (const { entry, id } of artifacts) if (entry.size >= LFS_POINTER_MAX_BYTES) entry.sha256 = await repo.sha256(id);
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries: foldersAtFilePlaces(entries) };
}

/**
 * What the base fixes, as `validate --base` computes it from a checkout: the
 * files of every version folder at the base (or under its release tag), and
 * the same folders' plain files now; here both sides are blob ids from trees.
 */
function baseState(
  repo: BareRepository,
  baseFiles: TreeRecord[],
  headEntries: readonly FileEntry[],
  headIds: ReadonlyMap<string, string>,
  prefix: string,
  tagFor: (model: string, version: string) => string,
): BaseState {
  const released = new Map<string, string>();
  const tagged = new Map<string, string>();
  const dirs = new Set<string>();
  const add = (files: TreeRecord[]) => {
    for (const file of files) {
      if (!isVersionFile(file.path)) continue;
      released.set(file.path, file.id);
      dirs.add(versionDirOf(file.path));
    }
  };
  add(baseFiles);
  const settingsFile = baseFiles.find((f) => f.path === REGISTRY_FILE && f.type === 'blob' && f.mode.startsWith('10'));
  const settingsBytes = settingsFile ? new Uint8Array(repo.readBlobs([settingsFile.id]).get(settingsFile.id)!) : undefined;
  // A version with a release tag is released even where the base lacks it.
  const candidates = new Map<string, string>();
  for (const entry of headEntries) {
    const info = classifyPath(entry.path);
    if ((info.kind === 'card' || info.kind === 'metrics' || info.kind === 'version-file') && !dirs.has(versionDirOf(entry.path))) {
      candidates.set(versionDirOf(entry.path), tagFor(info.model, info.version));
    }
  }
  for (const [dir, tag] of candidates) {
    const ref = `refs/tags/${tag}`;
    if (!repo.hasRef(ref)) continue;
    add(registryFiles(repo, ref, prefix).filter((f) => f.path.startsWith(`${dir}/`)));
    tagged.set(dir, tag);
  }
  const current = new Map<string, string>();
  for (const entry of headEntries) {
    // Only plain files: a link or a folder in a released folder has its own problem.
    const id = headIds.get(entry.path);
    if (dirs.has(versionDirOf(entry.path)) && entry.type === 'file' && id) current.set(entry.path, id);
  }
  return { released, current, settingsBytes, tagged };
}

function isVersionFile(path: string): boolean {
  const kind = classifyPath(path).kind;
  return kind === 'card' || kind === 'metrics' || kind === 'version-file';
}

function versionDirOf(path: string): string {
  return path.split('/').slice(0, 4).join('/');
}
