/**
 * A released version is a promise: people deploy it by version number and
 * verify it by checksum. Its card, metrics and artifacts never change; a fix is
 * a new version. model.yaml and stages.yaml stay editable (deprecation and
 * promotion live there).
 */
import { checkDocument } from '../check/check-document.js';
import { classifyPath, REGISTRY_FILE, TAG_FORMAT_RE } from '../format/layout.js';
import { atFileStart, atValue, type PendingProblem } from '../problems.js';
import { buildRegistry, tagName, type Registry } from '../registry/registry.js';
import type { RuleContext } from './context.js';
import { isRecord } from '../values.js';

export function immutableVersionRule({ base, entries }: RuleContext): PendingProblem[] {
  if (!base) return [];
  const problems: PendingProblem[] = [];
  const reported = new Set<string>();
  // What is true of the version: merged (the base has it) or released under a tag the base lacks.
  const frozen = (model: string, version: string, dir: string) => {
    const tag = base.tagged?.get(dir);
    return tag
      ? `version ${version} of \`${model}\` is released (tag \`${tag}\`), so its files are final`
      : `version ${version} of \`${model}\` is merged (the base has it), so its files are final: a merged version is released exactly as merged`;
  };
  const report = (path: string, what: string) => {
    const info = classifyPath(path);
    if (info.kind !== 'card' && info.kind !== 'metrics' && info.kind !== 'version-file') return;
    if (reported.has(path)) return;
    // A link or a folder at a released file's place has its own problem (file-kind-rules): one cause, one problem.
    const entry = entries.get(path);
    if (entry && entry.type !== 'file') return;
    reported.add(path);
    problems.push({
      file: path,
      rule: 'immutable-version',
      severity: 'error',
      message: `${frozen(info.model, info.version, versionDirOf(path))}. This file was ${what}: revert it, and make the change as a new version, such as ${nextPatch(info.version)}`,
      at: atFileStart(),
    });
  };
  const releasedDirs = new Set<string>();
  for (const path of base.released.keys()) releasedDirs.add(versionDirOf(path));
  const present = new Set<string>();
  for (const path of base.current.keys()) present.add(versionDirOf(path));
  for (const dir of releasedDirs) {
    // The whole folder deleted is one mistake: one problem, not one per file. (A file or link at its place has its own problem.)
    if (present.has(dir) || entries.has(dir)) continue;
    const [, model, , version] = dir.split('/');
    problems.push({
      file: `${dir}/card.yaml`,
      rule: 'immutable-version',
      severity: 'error',
      message: `${frozen(model, version, dir)}. The folder was deleted: restore it from the base; to retire the version, list it under \`deprecated_versions\` in model.yaml instead`,
      at: atFileStart(),
    });
  }
  for (const [path, blob] of base.released) {
    if (!present.has(versionDirOf(path))) continue;
    const now = base.current.get(path);
    if (now === undefined) report(path, 'deleted');
    else if (now !== blob) report(path, 'modified');
  }
  for (const path of base.current.keys()) {
    if (releasedDirs.has(versionDirOf(path)) && !base.released.has(path)) report(path, 'added');
  }
  return problems;
}

function versionDirOf(path: string): string {
  return path.split('/').slice(0, 4).join('/');
}

function nextPatch(version: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : 'the next patch version';
}

/**
 * Released versions are known by their tags: a new tag_format would make the
 * next release publish every one of them again under a new name. Once a
 * version is released, tag_format stays as it is.
 */
export function immutableTagFormatRule({ base, registry }: RuleContext): PendingProblem[] {
  if (!base?.settingsBytes) return [];
  // An unreadable registry.yaml, or a tag_format its schema refuses, is its own problem.
  const file = registry.settingsFile;
  if (!file || !isRecord(file.value)) return [];
  const written = file.value.tag_format;
  if (written !== undefined && (typeof written !== 'string' || !TAG_FORMAT_RE.test(written))) return [];
  const before = baseTagFormat(base.settingsBytes);
  const now = registry.settings.tag_format;
  if (before === undefined || before === now) return [];
  const released = releasedVersions(base.released.keys());
  if (released.length === 0) return [];
  const [first] = released;
  const example = `\`${tagName({ tag_format: before }, first.model, first.version)}\` would become \`${tagName({ tag_format: now }, first.model, first.version)}\``;
  return [
    {
      file: file.path,
      rule: 'immutable-tags',
      severity: 'error',
      message:
        `tag_format changed from \`${before}\` to \`${now}\`, but ${released.length === 1 ? '1 version is' : `${released.length} versions are`} merged, and released (or about to be) under the old tags (${example}): ` +
        `the next release would publish ${released.length === 1 ? 'it' : 'every one of them'} again under a new tag. Keep tag_format \`${before}\``,
      at: written === undefined ? atFileStart() : atValue('tag_format'),
    },
  ];
}

/** The tag_format registry.yaml had at the base, as the registry reads it (the default when absent or refused). */
function baseTagFormat(bytes: Uint8Array): string | undefined {
  const document = checkDocument(REGISTRY_FILE, bytes);
  if (!isRecord(document.value)) return undefined;
  const settings: Registry['settings'] = buildRegistry([document], [{ path: REGISTRY_FILE, type: 'file', size: bytes.length, bytes }]).settings;
  return settings.tag_format;
}

/** Each released version once, from the paths of its files. */
function releasedVersions(paths: Iterable<string>): { model: string; version: string }[] {
  const seen = new Map<string, { model: string; version: string }>();
  for (const path of paths) {
    const info = classifyPath(path);
    if (info.kind !== 'card' && info.kind !== 'metrics' && info.kind !== 'version-file') continue;
    const key = `${info.model}/${info.version}`;
    if (!seen.has(key)) seen.set(key, { model: info.model, version: info.version });
  }
  return [...seen.values()];
}
