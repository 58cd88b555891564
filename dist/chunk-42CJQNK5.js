import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/format/layout.ts
var REGISTRY_FILE = "registry.yaml";
var MODELS_DIR = "models";
var MODEL_FILE = "model.yaml";
var STAGES_FILE = "stages.yaml";
var VERSIONS_DIR = "versions";
var CARD_FILE = "card.yaml";
var METRICS_FILES = ["metrics.yaml", "metrics.json"];
var MONITORING_DIR = "monitoring";
var OBSERVATIONS_FILE_RE = /^monitoring\/(\d{4})-(0[1-9]|1[0-2])\.jsonl$/;
var MODEL_NAME_RE = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/;
var NAME_RULE_TEXT = "1 to 64 lowercase letters, digits, '_' or '-', starting and ending with a letter or digit (no dots)";
var TAG_FORMAT_RE = /^(?=.*\{model\})(?=.*\{version\})(?:[A-Za-z0-9._+@/-]|\{model\}|\{version\})+$/;
var MAX_DOCUMENT_BYTES = 1024 * 1024;
function classifyPath(path) {
  if (path === REGISTRY_FILE) return { kind: "registry" };
  if (!path.startsWith("models/")) return { kind: "other" };
  const modelEnd = path.indexOf("/", 7);
  if (modelEnd === -1) return { kind: "other" };
  const model = path.slice(7, modelEnd);
  const rest = path.slice(modelEnd + 1);
  if (rest === MODEL_FILE) return { kind: "model", model };
  if (rest === STAGES_FILE) return { kind: "stages", model };
  if (rest.startsWith("monitoring/") && OBSERVATIONS_FILE_RE.test(rest)) return { kind: "observations", model, month: rest.slice(11, 18) };
  const versionEnd = rest.startsWith("versions/") ? rest.indexOf("/", 9) : -1;
  if (versionEnd === -1) return { kind: "model-file", model, inner: rest };
  const version = rest.slice(9, versionEnd);
  const inner = rest.slice(versionEnd + 1);
  if (inner === CARD_FILE) return { kind: "card", model, version };
  if (inner === "metrics.yaml" || inner === "metrics.json") return { kind: "metrics", model, version };
  return { kind: "version-file", model, version, inner };
}
function documentKind(path) {
  if (path === REGISTRY_FILE) return "registry";
  if (!path.startsWith("models/")) return void 0;
  const modelEnd = path.indexOf("/", 7);
  if (modelEnd === -1) return void 0;
  const rest = modelEnd + 1;
  if (path.length === rest + MODEL_FILE.length && path.startsWith(MODEL_FILE, rest)) return "model";
  if (path.length === rest + STAGES_FILE.length && path.startsWith(STAGES_FILE, rest)) return "stages";
  if (path.startsWith("monitoring/", rest) && OBSERVATIONS_FILE_RE.test(path.slice(rest))) return "observations";
  if (!path.startsWith("versions/", rest)) return void 0;
  const versionEnd = path.indexOf("/", rest + 9);
  if (versionEnd === -1) return void 0;
  const inner = path.length - versionEnd - 1;
  if (inner === CARD_FILE.length && path.endsWith(CARD_FILE)) return "card";
  if (inner === 12 && (path.endsWith("metrics.yaml") || path.endsWith("metrics.json"))) return "metrics";
  return void 0;
}
function isDocumentPath(path) {
  return documentKind(path) !== void 0;
}
var modelDir = (model) => `${MODELS_DIR}/${model}`;
var modelFile = (model) => `${MODELS_DIR}/${model}/${MODEL_FILE}`;
var monitoringFile = (model, month) => `${MODELS_DIR}/${model}/${MONITORING_DIR}/${month}.jsonl`;
var versionDir = (model, version) => `${MODELS_DIR}/${model}/${VERSIONS_DIR}/${version}`;

export {
  REGISTRY_FILE,
  MODELS_DIR,
  MODEL_FILE,
  STAGES_FILE,
  VERSIONS_DIR,
  CARD_FILE,
  METRICS_FILES,
  MONITORING_DIR,
  MODEL_NAME_RE,
  NAME_RULE_TEXT,
  TAG_FORMAT_RE,
  MAX_DOCUMENT_BYTES,
  classifyPath,
  documentKind,
  isDocumentPath,
  modelDir,
  modelFile,
  monitoringFile,
  versionDir
};
