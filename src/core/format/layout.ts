/**
 * Where things live in a registry. These names are a public contract: users'
 * repositories, tags and URLs depend on them.
 *
 *   registry.yaml
 *   models/<model>/model.yaml
 *   models/<model>/stages.yaml
 *   models/<model>/versions/<version>/card.yaml
 *   models/<model>/versions/<version>/metrics.yaml | metrics.json
 *   models/<model>/monitoring/<YYYY>-<MM>.jsonl   observations, one file per month (UTC)
 */
export const REGISTRY_FILE = 'registry.yaml';
export const MODELS_DIR = 'models';
export const MODEL_FILE = 'model.yaml';
export const STAGES_FILE = 'stages.yaml';
export const VERSIONS_DIR = 'versions';
export const CARD_FILE = 'card.yaml';
export const METRICS_FILES = ['metrics.yaml', 'metrics.json'] as const;
export const MONITORING_DIR = 'monitoring';
/** A month file of observations: monitoring/<YYYY>-<MM>.jsonl, the month of its records' times in UTC. */
const OBSERVATIONS_FILE_RE = /^monitoring\/(\d{4})-(0[1-9]|1[0-2])\.jsonl$/;

/**
 * Model and stage names: safe in a git ref, a URL, a file name, a shell word
 * and a GTO tag. No dots: GTO ignores tags whose names have them, and `a..b`
 * is no git ref.
 */
export const MODEL_NAME_RE = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/;
/** The rule above in words, for messages. */
export const NAME_RULE_TEXT = "1 to 64 lowercase letters, digits, '_' or '-', starting and ending with a letter or digit (no dots)";

/**
 * registry.yaml's tag_format (as its schema says): both placeholders, and
 * otherwise only characters that are safe in a git ref and in a shell word.
 */
export const TAG_FORMAT_RE = /^(?=.*\{model\})(?=.*\{version\})(?:[A-Za-z0-9._+@/-]|\{model\}|\{version\})+$/;

/** Cards bigger than this are refused unread: no honest card is that large. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

export type DocumentKind = 'registry' | 'model' | 'stages' | 'card' | 'metrics' | 'observations';

export type PathInfo =
  | { kind: 'registry' }
  | { kind: 'model' | 'stages'; model: string }
  | { kind: 'card' | 'metrics'; model: string; version: string }
  /** A month file of observations; `month` is its name without .jsonl (YYYY-MM). */
  | { kind: 'observations'; model: string; month: string }
  /** Any other file inside a version folder: an artifact, or a stray file. */
  | { kind: 'version-file'; model: string; version: string; inner: string }
  /** Any other file inside a model folder but outside versions/<v>/. */
  | { kind: 'model-file'; model: string; inner: string }
  /** Anything else under models/. */
  | { kind: 'other' };

export function classifyPath(path: string): PathInfo {
  if (path === REGISTRY_FILE) return { kind: 'registry' };
  // Called for every file of every registry: index arithmetic, not split().
  if (!path.startsWith('models/')) return { kind: 'other' };
  const modelEnd = path.indexOf('/', 7);
  if (modelEnd === -1) return { kind: 'other' };
  const model = path.slice(7, modelEnd);
  const rest = path.slice(modelEnd + 1);
  if (rest === MODEL_FILE) return { kind: 'model', model };
  if (rest === STAGES_FILE) return { kind: 'stages', model };
  if (rest.startsWith('monitoring/') && OBSERVATIONS_FILE_RE.test(rest)) return { kind: 'observations', model, month: rest.slice(11, 18) };
  const versionEnd = rest.startsWith('versions/') ? rest.indexOf('/', 9) : -1;
  if (versionEnd === -1) return { kind: 'model-file', model, inner: rest };
  const version = rest.slice(9, versionEnd);
  const inner = rest.slice(versionEnd + 1);
  if (inner === CARD_FILE) return { kind: 'card', model, version };
  if (inner === 'metrics.yaml' || inner === 'metrics.json') return { kind: 'metrics', model, version };
  return { kind: 'version-file', model, version, inner };
}

/**
 * The kind of registry document at a path, or undefined for any other file:
 * classifyPath's answer, without its allocations (asked several times of every file).
 */
export function documentKind(path: string): DocumentKind | undefined {
  if (path === REGISTRY_FILE) return 'registry';
  if (!path.startsWith('models/')) return undefined;
  const modelEnd = path.indexOf('/', 7);
  if (modelEnd === -1) return undefined;
  const rest = modelEnd + 1;
  if (path.length === rest + MODEL_FILE.length && path.startsWith(MODEL_FILE, rest)) return 'model';
  if (path.length === rest + STAGES_FILE.length && path.startsWith(STAGES_FILE, rest)) return 'stages';
  if (path.startsWith('monitoring/', rest) && OBSERVATIONS_FILE_RE.test(path.slice(rest))) return 'observations';
  if (!path.startsWith('versions/', rest)) return undefined;
  const versionEnd = path.indexOf('/', rest + 9);
  if (versionEnd === -1) return undefined;
  const inner = path.length - versionEnd - 1;
  if (inner === CARD_FILE.length && path.endsWith(CARD_FILE)) return 'card';
  if (inner === 12 && (path.endsWith('metrics.yaml') || path.endsWith('metrics.json'))) return 'metrics';
  return undefined;
}

export function isDocumentPath(path: string): boolean {
  return documentKind(path) !== undefined;
}

export const modelDir = (model: string) => `${MODELS_DIR}/${model}`;
export const modelFile = (model: string) => `${MODELS_DIR}/${model}/${MODEL_FILE}`;
/** A model's month file of observations (`month`: YYYY-MM). */
export const monitoringFile = (model: string, month: string) => `${MODELS_DIR}/${model}/${MONITORING_DIR}/${month}.jsonl`;
export const versionDir = (model: string, version: string) => `${MODELS_DIR}/${model}/${VERSIONS_DIR}/${version}`;
