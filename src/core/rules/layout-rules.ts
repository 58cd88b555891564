/**
 * The shape of the folder tree: required files present, folder names that are
 * valid model names and versions, nothing unknown lying around.
 */
import { CARD_FILE, METRICS_FILES, NAME_RULE_TEXT, REGISTRY_FILE, modelFile, versionDir } from '../format/layout.js';
import { atFileStart, type PendingProblem } from '../problems.js';
import { isValidModelName, isValidVersion } from '../registry/registry.js';
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
  if (!entries.has(REGISTRY_FILE)) {
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
    if (!model.card && !entries.has(modelFile(model.name))) {
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
      const someFile = version.card?.path ?? version.metricsFiles[0] ?? `${dir}/${version.files[0] ?? CARD_FILE}`;
      if (!isValidVersion(version.version) && !hasControlCharacter(version.version)) {
        problems.push({
          file: someFile,
          rule: 'invalid-version',
          severity: 'error',
          message: `version folder \`${version.version}\` is not a strict SemVer 2.0.0 version: ${versionHint(version.version)}`,
          at,
        });
      }
      if (!entries.has(`${dir}/${CARD_FILE}`)) {
        problems.push({
          file: `${dir}/${CARD_FILE}`,
          rule: 'missing-file',
          severity: 'error',
          message: `version ${version.version} of \`${model.name}\` has no card.yaml: add one with version, created and summary`,
          at,
        });
      }
      // A metrics file that is a link or a folder is not missing: it has its own problem.
      if (version.metricsFiles.length === 0 && !METRICS_FILES.some((name) => entries.has(`${dir}/${name}`))) {
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

/** Files in version folders that no artifact lists; artifacts rules know which those are. */
export function strayVersionFiles(listed: Set<string>, files: string[]): string[] {
  return files.filter((f) => !listed.has(f) && !IGNORED.has(basename(f)) && !VERSION_FOLDER_FILES.includes(f));
}

export function strayVersionFileMessage(inner: string): string {
  const near = closest(inner, VERSION_FOLDER_FILES);
  return near && near !== inner
    ? `unexpected file: did you mean \`${near}\`?`
    : 'unexpected file: list it under `artifacts` in card.yaml (with name, path, size and sha256) or remove it';
}

function versionHint(name: string): string {
  if (/^v\d/i.test(name) && isValidVersion(name.slice(1))) return `rename the folder to \`${name.slice(1)}\` (no v prefix)`;
  if (/^\d+$/.test(name)) return `rename the folder to \`${name}.0.0\` (MAJOR.MINOR.PATCH)`;
  if (/^\d+\.\d+$/.test(name)) return `rename the folder to \`${name}.0\` (MAJOR.MINOR.PATCH)`;
  return 'name it MAJOR.MINOR.PATCH, optionally with -prerelease and +build, such as 1.4.0 or 2.0.0-rc.1';
}

function suggestModelName(name: string): string {
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
