/**
 * The shape of the folder tree: required files present, folder names that are
 * valid model names and versions, nothing unknown lying around.
 */
import { CARD_FILE, METRICS_FILES, MONITORING_DIR, NAME_RULE_TEXT, REGISTRY_FILE, modelFile, versionDir } from '../format/layout.js';
import { atFileStart, type PendingProblem } from '../problems.js';
import { isValidModelName, isValidVersion, type VersionEntry } from '../registry/registry.js';
import { asArray, isRecord } from '../values.js';
import { closest } from '../text/suggest.js';
import type { RuleContext } from './context.js';
import { hasControlCharacter } from '../check/entry-kind.js';

const MODEL_FOLDER_FILES = ['model.yaml', 'stages.yaml', 'README.md'];
const VERSION_FOLDER_FILES = ['card.yaml', 'metrics.yaml', 'metrics.json', 'README.md'];
/** Files that tools put everywhere; never worth a warning. */
const IGNORED = new Set(['.gitkeep', '.gitattributes', '.gitignore', '.DS_Store']);

/** The root: registry.yaml present, nothing loose directly under models/. */
export function registryLayoutRule({ registry, entries }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  const at = atFileStart();
  const rootSlips = [...entries.keys()].filter((path) => !path.includes('/') && misnamedDocument(path, [REGISTRY_FILE]));
  for (const path of rootSlips) problems.push(misnamedProblem(path, REGISTRY_FILE, entries.has(REGISTRY_FILE)));
  if (!entries.has(REGISTRY_FILE) && rootSlips.length === 0) {
    problems.push({
      file: REGISTRY_FILE,
      rule: 'missing-file',
      severity: 'error',
      message: 'registry.yaml is missing: every registry needs one at its root (at least `format: 1` and `name`)',
      at,
    });
  }
  for (const path of registry.strayFiles) {
    if (IGNORED.has(basename(path))) continue;
    problems.push({
      file: path,
      rule: 'unexpected-file',
      severity: 'warning',
      message: 'files under models/ belong in a model folder: models/<model>/model.yaml, models/<model>/versions/<version>/...',
      at,
    });
  }
  return problems;
}

/** Each model folder: a valid name, model.yaml, valid version folders with card and metrics. */
export function modelLayoutRules({ registry, entries }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  const at = atFileStart();
  for (const model of registry.models.values()) {
    const validName = isValidModelName(model.name);
    // A control character in the name is reported once, by control-character-in-name.
    if (!validName && !hasControlCharacter(model.name)) {
      problems.push({
        file: modelFile(model.name),
        rule: 'invalid-name',
        severity: 'error',
        message: `model folder \`${model.name}\` is not a valid model name (it names git tags, URLs and files): use ${NAME_RULE_TEXT}, for example \`${suggestModelName(model.name)}\``,
        at,
      });
    }
    const modelSlips = new Map<string, string>();
    for (const inner of model.strayFiles) {
      const meant = misnamedDocument(inner, MODEL_DOCUMENTS);
      if (meant) modelSlips.set(inner, meant);
    }
    if (!model.card && !entries.has(modelFile(model.name)) && ![...modelSlips.values()].includes(MODEL_DOCUMENTS[0])) {
      problems.push({
        file: modelFile(model.name),
        rule: 'missing-file',
        severity: 'error',
        message: `model \`${model.name}\` has no model.yaml: add one with at least name, description and owners`,
        at,
      });
    }
    for (const inner of model.strayFiles) {
      if (IGNORED.has(basename(inner))) continue;
      const meant = modelSlips.get(inner);
      if (meant) {
        problems.push(misnamedProblem(`${model.dir}/${inner}`, meant, entries.has(`${model.dir}/${meant}`)));
        continue;
      }
      if (inner.startsWith(`${MONITORING_DIR}/`)) {
        if (inner !== `${MONITORING_DIR}/README.md`) problems.push(monitoringFileName(`${model.dir}/${inner}`, inner));
        continue;
      }
      const near = closest(inner, MODEL_FOLDER_FILES);
      problems.push({
        file: `${model.dir}/${inner}`,
        rule: 'unexpected-file',
        severity: 'warning',
        message: near
          ? `unexpected file: did you mean \`${near}\`? The registry only reads model.yaml, stages.yaml and versions/ here`
          : 'unexpected file in a model folder: it holds model.yaml, stages.yaml, README.md and versions/<version>/',
        at,
      });
    }
    for (const version of model.versions.values()) {
      const dir = versionDir(model.name, version.version);
      const slips = versionSlips(version);
      for (const [inner, meant] of slips) problems.push(misnamedProblem(`${dir}/${inner}`, meant, entries.has(`${dir}/${meant}`)));
      const slipFor = new Set(slips.values());
      if (!isValidVersion(version.version) && !hasControlCharacter(version.version)) {
        problems.push({
          file: version.card?.path ?? version.metricsFiles[0] ?? `${dir}/${version.files[0] ?? CARD_FILE}`,
          rule: 'invalid-version',
          severity: 'error',
          message: `version folder \`${version.version}\` is not a strict SemVer 2.0.0 version: ${versionHint(version.version)}`,
          at,
        });
      }
      if (!entries.has(`${dir}/${CARD_FILE}`) && !slipFor.has(CARD_FILE)) {
        problems.push({
          file: `${dir}/${CARD_FILE}`,
          rule: 'missing-file',
          severity: 'error',
          message: `version ${version.version} of \`${model.name}\` has no card.yaml: add one with version, created and summary`,
          at,
        });
      }
      // A metrics file that is a link or a folder is not missing: it has its own problem.
      if (version.metricsFiles.length === 0 && !METRICS_FILES.some((name) => entries.has(`${dir}/${name}`) || slipFor.has(name))) {
        problems.push({
          file: `${dir}/metrics.yaml`,
          rule: 'missing-file',
          severity: 'error',
          message: `version ${version.version} of \`${model.name}\` has no metrics file: add metrics.yaml or metrics.json (a plain {"accuracy": 0.93} will do)`,
          at,
        });
      } else if (version.metricsFiles.length > 1) {
        problems.push({
          file: `${dir}/metrics.json`,
          rule: 'ambiguous-file',
          severity: 'error',
          message: 'this version has both metrics.yaml and metrics.json: keep one of them',
          at,
        });
      }
    }
  }
  return problems;
}

/** A file in monitoring/ that is not a month file: its observations would never be read. */
function monitoringFileName(file: string, inner: string): PendingProblem {
  const name = inner.slice(MONITORING_DIR.length + 1);
  const month = /^(\d{4})-(\d{1,2})(?:\.\w+)?$/.exec(name);
  const hint =
    month && Number(month[2]) >= 1 && Number(month[2]) <= 12
      ? `: rename it to \`${month[1]}-${month[2].padStart(2, '0')}.jsonl\``
      : ' (the month of its records, in UTC)';
  return {
    file,
    rule: 'observation-file-name',
    severity: 'error',
    message: `observations are read only from monitoring/<YYYY>-<MM>.jsonl, one file per month, so this file is never read${hint}`,
    at: atFileStart(),
  };
}

/** Files in version folders that no artifact lists; artifacts rules know which those are. A slip of a card or metrics name is misnamed-file's. */
export function strayVersionFiles(listed: Set<string>, files: string[]): string[] {
  return files.filter((f) => !listed.has(f) && !IGNORED.has(basename(f)) && !VERSION_FOLDER_FILES.includes(f) && !misnamedDocument(f, VERSION_DOCUMENTS));
}

const MODEL_DOCUMENTS = ['model.yaml', 'stages.yaml'];
const VERSION_DOCUMENTS = [CARD_FILE, ...METRICS_FILES];

/**
 * The registry document a file name is a slip of (`stages.yml`, `Model.yaml`,
 * `metric.yaml` → `metrics.yaml`), if any: a YAML or JSON file the registry
 * would never read, so what it says would silently not apply.
 */
function misnamedDocument(name: string, documents: readonly string[]): string | undefined {
  if (documents.includes(name) || name.includes('/')) return undefined;
  const ext = /\.(ya?ml|json)$/i.exec(name);
  if (!ext) return undefined;
  const stem = name.slice(0, -ext[0].length).toLowerCase();
  const json = ext[1].toLowerCase() === 'json';
  const candidates = documents.filter((d) => d.endsWith('.json') === json);
  const byStem = (d: string) => d.slice(0, d.lastIndexOf('.'));
  return candidates.find((d) => byStem(d) === stem) ?? candidates.find((d) => byStem(d).length >= 4 && oneEditApart(stem, byStem(d)));
}

/** A version folder's misnamed documents (file -> the name it should have), leaving out any the card lists as an artifact. */
function versionSlips(version: VersionEntry): Map<string, string> {
  // Most version folders hold nothing but their card and metrics: nothing to look at, no artifact list to collect.
  if (version.files.length === 0) return new Map();
  const card = version.card?.value;
  const listed = new Set(
    isRecord(card) ? asArray(card.artifacts).flatMap((a) => (isRecord(a) && typeof a.path === 'string' ? [a.path.replace(/^\.\//, '')] : [])) : [],
  );
  const slips = new Map<string, string>();
  for (const inner of version.files) {
    const meant = listed.has(inner) ? undefined : misnamedDocument(inner, VERSION_DOCUMENTS);
    if (meant) slips.set(inner, meant);
  }
  return slips;
}

function misnamedProblem(file: string, meant: string, meantExists: boolean): PendingProblem {
  const name = basename(file);
  return {
    file,
    rule: 'misnamed-file',
    severity: 'error',
    message: meantExists
      ? `\`${name}\` is never read (the registry reads only \`${meant}\`, beside it), so what it says does not apply: move what it holds into ${meant} and delete it`
      : `\`${name}\` is never read (the registry reads only \`${meant}\`), so what it says does not apply: rename it to ${meant}`,
    at: atFileStart(),
  };
}

/** True when a and b differ by exactly one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function strayVersionFileMessage(inner: string): string {
  const near = closest(inner, VERSION_FOLDER_FILES);
  return near && near !== inner
    ? `unexpected file: did you mean \`${near}\`?`
    : 'unexpected file: list it under `artifacts` in card.yaml (with name, path, size and sha256) or remove it';
}

function versionHint(name: string): string {
  const meant = intendedVersion(name);
  if (meant) return `rename the folder to \`${meant}\` (${meant === name.slice(1) ? 'no v prefix' : 'MAJOR.MINOR.PATCH'})`;
  return 'name it MAJOR.MINOR.PATCH, optionally with -prerelease and +build, such as 1.4.0 or 2.0.0-rc.1';
}

/**
 * The version an invalid version folder means (`v1.1.0` → `1.1.0`, `2` →
 * `2.0.0`), if that is clear. A stage or a parent naming it is right: the
 * folder's name is the one problem.
 */
function intendedVersion(name: string): string | undefined {
  if (/^v\d/i.test(name) && isValidVersion(name.slice(1))) return name.slice(1);
  if (/^\d+$/.test(name)) return `${name}.0.0`;
  if (/^\d+\.\d+$/.test(name)) return `${name}.0`;
  return undefined;
}

/** Versions a reference may rightly name: the valid folders, and what the invalid ones mean. */
export function meantVersions(versions: Iterable<string>): { valid: string[]; meant: Set<string> } {
  const valid: string[] = [];
  const meant = new Set<string>();
  for (const version of versions) {
    if (isValidVersion(version)) valid.push(version);
    else {
      const intended = intendedVersion(version);
      if (intended) meant.add(intended);
    }
  }
  return { valid, meant };
}

/** The valid model name closest to a folder name: `Churn-GBM` → `churn-gbm`. */
export function suggestModelName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .slice(0, 64)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return cleaned || 'my-model';
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
