import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  registryYaml
} from "./chunk-GWJ7BH5T.js";
import {
  DownloadFailed,
  defaultRetry,
  fetchFollowing,
  removeCreated
} from "./chunk-T777CU62.js";
import {
  createNewFile
} from "./chunk-DT7R3CAK.js";
import {
  isoSeconds,
  validateOverlay
} from "./chunk-CZWVBXSR.js";
import "./chunk-F7WATFOY.js";
import {
  loadRegistry
} from "./chunk-3XOCLLN2.js";
import {
  writeRegistryDocument
} from "./chunk-EYLZ2JSI.js";
import "./chunk-MKY3DIJG.js";
import {
  oneOf,
  parseFlags
} from "./chunk-J6ITZTMG.js";
import {
  ANSI,
  PLAIN,
  formatProblemText
} from "./chunk-DT5QTXS7.js";
import {
  terminalLines
} from "./chunk-5ANT45EB.js";
import {
  require_dist
} from "./chunk-HEELOUZM.js";
import "./chunk-RVFGOR2F.js";
import {
  hashFile,
  readSnapshot
} from "./chunk-4X3IGKZ4.js";
import "./chunk-SPVUGOZM.js";
import {
  compareProblems,
  isRecord
} from "./chunk-TSDIAPAP.js";
import {
  CARD_FILE,
  MODEL_NAME_RE,
  REGISTRY_FILE,
  STAGES_FILE,
  modelFile,
  versionDir
} from "./chunk-42CJQNK5.js";
import {
  ImportBlockedError,
  ImportSourceError,
  RegistryWriteError,
  UsageError
} from "./chunk-IRJELCYE.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/adapters/mlflow/client.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
var MlflowApiError = class extends Error {
  constructor(status, errorCode, message, path) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.path = path;
  }
  status;
  errorCode;
  path;
};
var MlflowUnreachable = class extends Error {
};
function credentialsFromEnv(env) {
  return {
    token: env.MLFLOW_TRACKING_TOKEN || void 0,
    username: env.MLFLOW_TRACKING_USERNAME || void 0,
    password: env.MLFLOW_TRACKING_PASSWORD || void 0
  };
}
function authHeaders(credentials) {
  if (credentials.token) return { authorization: `Bearer ${credentials.token}` };
  if (credentials.username !== void 0 || credentials.password !== void 0)
    return { authorization: `Basic ${Buffer.from(`${credentials.username ?? ""}:${credentials.password ?? ""}`).toString("base64")}` };
  return {};
}
var isTransientStatus = (status) => status === 408 || status === 429 || status >= 500;
var MODELS_PER_PAGE = 100;
var VERSIONS_PER_PAGE = 200;
var MlflowClient = class {
  base;
  headers;
  retry;
  constructor(trackingUri, credentials = {}, retry = defaultRetry()) {
    this.base = trackingUri.replace(/\/+$/, "");
    this.headers = { ...authHeaders(credentials), accept: "application/json" };
    this.retry = retry;
  }
  /** A GET of the API, its JSON answer; MLflow's errors as MlflowApiError. */
  async get(path, params = {}) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== void 0) query.set(key, String(value));
    const url = `${this.base}/api/2.0/${path}${query.size ? `?${query.toString()}` : ""}`;
    const response = await this.fetch(url, path);
    const text = await response.text();
    let body;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new MlflowApiError(
        response.status,
        void 0,
        `${path} answered HTTP ${response.status} with something that is not JSON: is ${this.base} an MLflow tracking server?`,
        path
      );
    }
    if (!response.ok) {
      const error = body;
      const code = typeof error.error_code === "string" ? error.error_code : void 0;
      const message = typeof error.message === "string" ? error.message : `HTTP ${response.status}`;
      throw new MlflowApiError(response.status, code, `${path}: ${code ? `${code}: ` : ""}${message}`, path);
    }
    return body;
  }
  async fetch(url, what) {
    for (let attempt = 0; ; attempt++) {
      let reason;
      try {
        const response = await fetchFollowing(url, this.headers);
        if (!isTransientStatus(response.status)) return response;
        await response.body?.cancel();
        reason = `HTTP ${response.status}`;
      } catch (error) {
        if (!(error instanceof DownloadFailed)) throw error;
        reason = error.message;
      }
      if (attempt + 1 >= this.retry.attempts) throw new MlflowUnreachable(`${what} failed after ${this.retry.attempts} tries (${reason}) at ${this.base}`);
      await this.retry.wait(attempt);
    }
  }
  async searchRegisteredModels() {
    const out = [];
    let token;
    do {
      const page = await this.get("mlflow/registered-models/search", {
        max_results: MODELS_PER_PAGE,
        page_token: token
      });
      out.push(...page.registered_models ?? []);
      token = page.next_page_token || void 0;
    } while (token);
    return out;
  }
  async getRegisteredModel(name) {
    return (await this.get("mlflow/registered-models/get", { name })).registered_model ?? { name };
  }
  async getModelVersionByAlias(name, alias) {
    return (await this.get("mlflow/registered-models/alias", { name, alias })).model_version;
  }
  async searchModelVersions(name) {
    const out = [];
    let token;
    const filter = name.includes("'") ? void 0 : `name='${name}'`;
    do {
      const page = await this.get("mlflow/model-versions/search", {
        filter,
        max_results: VERSIONS_PER_PAGE,
        page_token: token
      });
      out.push(...(page.model_versions ?? []).filter((v) => v.name === name));
      token = page.next_page_token || void 0;
    } while (token);
    return out;
  }
  async getModelVersion(name, version) {
    return (await this.get("mlflow/model-versions/get", { name, version })).model_version;
  }
  async getDownloadUri(name, version) {
    return (await this.get("mlflow/model-versions/get-download-uri", { name, version })).artifact_uri;
  }
  async getRun(runId) {
    return (await this.get("mlflow/runs/get", { run_id: runId })).run;
  }
  /** The files under an artifact folder (`mlflow-artifacts:/` path), recursively, relative to it. */
  async listArtifacts(folder) {
    const out = [];
    const walk = async (relative) => {
      const path = relative ? `${folder}/${relative}` : folder;
      const answer = await this.get("mlflow-artifacts/artifacts", { path });
      for (const f of answer.files ?? []) {
        if (!f.path) continue;
        const name = f.path.split("/").pop();
        if (name === "." || name === ".." || !name) continue;
        const inner = relative ? `${relative}/${name}` : name;
        if (f.is_dir) await walk(inner);
        else out.push({ path: inner, size: f.file_size ?? 0 });
      }
    };
    await walk("");
    return out.sort((a, b) => a.path < b.path ? -1 : 1);
  }
  /** The address of a file of the artifact API. */
  artifactUrl(path) {
    return `${this.base}/api/2.0/mlflow-artifacts/artifacts/${path.split("/").map(encodeURIComponent).join("/")}`;
  }
  /** Downloads a file to `destination` (a new file), hashing as it streams; retried from the start when cut short. */
  async download(path, destination, expectedSize) {
    const url = this.artifactUrl(path);
    for (let attempt = 0; ; attempt++) {
      const response = await this.fetch(url, `downloading ${path}`);
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw new MlflowApiError(response.status, void 0, `downloading ${path}: HTTP ${response.status}`, path);
      }
      const hash = createHash("sha256");
      let size = 0;
      const fd = openSync(destination, "w", 420);
      let broken;
      try {
        for await (const chunk of response.body) {
          hash.update(chunk);
          for (let offset = 0; offset < chunk.length; ) offset += writeSync(fd, chunk, offset);
          size += chunk.length;
        }
      } catch (error) {
        broken = error.message;
      } finally {
        closeSync(fd);
      }
      if (!broken && size === expectedSize) return { size, sha256: hash.digest("hex") };
      const reason = broken ?? `got ${size} bytes, MLflow listed ${expectedSize}`;
      if (attempt + 1 >= this.retry.attempts) throw new MlflowUnreachable(`downloading ${path} failed after ${this.retry.attempts} tries (${reason})`);
      await this.retry.wait(attempt);
    }
  }
};

// src/app/import-mlflow.ts
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/core/import/mlflow/plan.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/import/mlflow/names.ts
function registrySafeName(name) {
  const safe = name.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[_-]+|[_-]+$/g, "");
  const cut = safe.slice(0, 64).replace(/[_-]+$/, "");
  return cut || "model";
}
function mapNames(mlflowNames, existing) {
  const byMlflow = /* @__PURE__ */ new Map();
  for (const [folder, mlflow] of existing) if (mlflow !== void 0 && !byMlflow.has(mlflow)) byMlflow.set(mlflow, folder);
  const taken = new Set(existing.keys());
  const out = [];
  const fresh = [];
  for (const name of [...new Set(mlflowNames)].sort()) {
    const folder = byMlflow.get(name);
    if (folder !== void 0) out.push({ mlflow: name, registry: folder });
    else fresh.push(name);
  }
  for (const name of fresh) {
    const base = registrySafeName(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) {
      const suffix = `-${n}`;
      candidate = `${base.slice(0, 64 - suffix.length).replace(/[_-]+$/, "")}${suffix}`;
    }
    taken.add(candidate);
    const note = candidate !== base ? `${base} is taken by another model` : void 0;
    if (!MODEL_NAME_RE.test(candidate)) throw new Error(`internal: ${candidate} is not a model name`);
    out.push({ mlflow: name, registry: candidate, ...note ? { note } : {} });
  }
  return out.sort((a, b) => a.mlflow < b.mlflow ? -1 : a.mlflow > b.mlflow ? 1 : 0);
}

// src/core/import/mlflow/stages.ts
var LEGACY = ["staging", "production", "archived", "none"];
function isLegacyStage(key) {
  return LEGACY.includes(key.toLowerCase());
}
function mapped(aliasStages, key) {
  if (Object.hasOwn(aliasStages, key)) return aliasStages[key];
  const found = Object.keys(aliasStages).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === void 0 ? void 0 : aliasStages[found];
}
function stagesFromMlflow(input) {
  const { data, mlflowName, aliasStages, registryStages, present } = input;
  const notes = [];
  const aliases = /* @__PURE__ */ new Map();
  for (const a of data.model.aliases ?? []) if (a.alias && a.version) aliases.set(a.alias, a.version);
  for (const a of data.askedAliases ?? []) if (a.version) aliases.set(a.alias, a.version);
  for (const v of data.versions)
    for (const alias of v.version.aliases ?? []) if (v.version.version && !aliases.has(alias)) aliases.set(alias, v.version.version);
  const byAlias = /* @__PURE__ */ new Map();
  for (const [alias, version] of [...aliases].sort(([a], [b]) => a < b ? -1 : 1)) {
    const stage = mapped(aliasStages, alias);
    if (stage === void 0) {
      if (!registryStages.includes(alias))
        notes.push(`alias ${alias} (version ${version}) is not mapped to a stage: give --alias-stage ${alias}=STAGE to carry it over`);
      else addTo(byAlias, alias, version, alias);
      continue;
    }
    addTo(byAlias, stage, version, alias);
  }
  const byLegacy = /* @__PURE__ */ new Map();
  for (const v of data.versions) {
    const legacy = v.version.current_stage;
    if (!legacy || !v.version.version || legacy.toLowerCase() === "none") continue;
    const explicit = mapped(aliasStages, legacy);
    const stage = explicit ?? (registryStages.includes(legacy.toLowerCase()) ? legacy.toLowerCase() : void 0);
    if (stage === void 0) {
      notes.push(
        `version ${v.version.version} is in MLflow's ${legacy} stage, which maps to no stage of this registry: give --alias-stage ${legacy}=STAGE to carry it over`
      );
      continue;
    }
    byLegacy.set(stage, [...byLegacy.get(stage) ?? [], v.version.version]);
  }
  const stages = {};
  for (const stage of registryStages) {
    let mlflowVersion;
    let why;
    const fromAliases = byAlias.get(stage);
    if (fromAliases && fromAliases.size > 1) {
      const list = [...fromAliases].map(([version2, names]) => `${names.join(", ")} \u2192 ${version2}`).join("; ");
      notes.push(`${stage} is left empty: aliases that map to it point to different versions (${list}); map one alias per stage`);
      continue;
    } else if (fromAliases) {
      const [[version2, names]] = [...fromAliases];
      mlflowVersion = version2;
      why = `alias ${names.join(", ")}`;
    } else {
      const legacy = byLegacy.get(stage);
      if (!legacy) continue;
      mlflowVersion = [...legacy].sort((a, b) => Number(b) - Number(a))[0];
      why = `MLflow's legacy stage`;
    }
    const version = present.get(mlflowVersion);
    if (version === void 0) {
      notes.push(`${stage} is left empty: ${why} points to version ${mlflowVersion}, which is not imported`);
      continue;
    }
    stages[stage] = version;
  }
  return { stages, notes: notes.map((n) => `${mlflowName}: ${n}`) };
}
function addTo(into, stage, version, alias) {
  const versions = into.get(stage) ?? /* @__PURE__ */ new Map();
  versions.set(version, [...versions.get(version) ?? [], alias]);
  into.set(stage, versions);
}

// src/core/import/mlflow/version-card.ts
var UNSAFE_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_.:/@-]{0,127}$/;
var METRIC_NAME = /^[A-Za-z][A-Za-z0-9_.:/@-]{0,127}$/;
var ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$/;
var MODEL_FOLDER = "model";
function versionFiles(input) {
  const { data, version } = input;
  const mv = data.version;
  const notes = [];
  const card = {
    version,
    created: isoSeconds(new Date(mv.creation_timestamp ?? 0)),
    summary: summaryOf(mv.description, mv.name, mv.version)
  };
  const run = data.run;
  const datasets = (run?.inputs?.dataset_inputs ?? []).flatMap((input2) => {
    const d = input2.dataset;
    if (!d?.name) return [];
    const entry = { name: oneLine(d.name) };
    const context = tagMap(input2.tags)["mlflow.data.context"];
    const role = context === void 0 ? void 0 : ROLES[context.toLowerCase()];
    if (role) entry.role = role;
    if (d.digest) entry["x-mlflow-digest"] = d.digest;
    if (d.source_type) entry["x-mlflow-source-type"] = d.source_type;
    if (d.source) entry["x-mlflow-source"] = d.source;
    return [entry];
  });
  if (datasets.length) card.lineage = { datasets };
  const training = {};
  const params = {};
  const otherParams = {};
  for (const p of run?.data?.params ?? []) {
    if (p.key === void 0 || UNSAFE_KEYS.has(p.key)) continue;
    if (PARAM_NAME.test(p.key)) params[p.key] = p.value ?? "";
    else otherParams[p.key] = p.value ?? "";
  }
  if (Object.keys(params).length) training.params = sortedRecord(params);
  if (Object.keys(otherParams).length) {
    training["x-mlflow-params"] = sortedRecord(otherParams);
    notes.push(`params kept as training.x-mlflow-params (not parameter names): ${Object.keys(otherParams).sort().join(", ")}`);
  }
  const runUrl = runAddress(input.trackingUri, mv.run_link, mv.run_id, run?.info?.experiment_id);
  if (runUrl) training.run_url = runUrl;
  if (Object.keys(training).length) card.training = training;
  const copies = [];
  if (input.artifacts === "reference") {
    const uri = data.downloadUri ?? mv.source;
    if (uri) card["x-mlflow-artifact-uri"] = uri;
  } else if (!data.files && data.downloadUri) {
    card["x-mlflow-artifact-uri"] = data.downloadUri;
  } else if (data.files?.length) {
    const measured = data.files.filter((f) => f.sha256 !== void 0);
    if (measured.length < data.files.length) {
      const bytes = data.files.reduce((sum, f) => sum + f.size, 0);
      notes.push(`would download ${data.files.length} file${data.files.length === 1 ? "" : "s"} (${bytes} bytes) and record each with its size and sha256`);
    } else {
      const entries = [];
      for (const f of measured) {
        const name = artifactName(f.path);
        if (f.size > input.maxCommittedBytes || !f.localPath) {
          entries.push({ name, uri: f.url, sha256: f.sha256, size: f.size });
          notes.push(`${f.path} (${f.size} bytes) is over ${input.maxCommittedBytes} bytes: recorded as a uri artifact at MLflow's address, not committed`);
        } else {
          const path = `${MODEL_FOLDER}/${f.path}`;
          entries.push({ name, path, sha256: f.sha256, size: f.size });
          copies.push({ path, from: f.localPath, size: f.size, sha256: f.sha256 });
        }
      }
      card.artifacts = entries;
    }
  }
  if (data.filesNote) notes.push(data.filesNote);
  if (data.runNote) notes.push(data.runNote);
  if (mv.version !== void 0) card["x-mlflow-version"] = mv.version;
  if (mv.run_id) card["x-mlflow-run-id"] = mv.run_id;
  if (mv.source) card["x-mlflow-source"] = mv.source;
  if (mv.description) card["x-mlflow-description"] = mv.description;
  const tags = tagMap(mv.tags);
  if (Object.keys(tags).length) card["x-mlflow-tags"] = sortedRecord(tags);
  const metrics = {};
  for (const m of run?.data?.metrics ?? []) {
    if (m.key === void 0 || UNSAFE_KEYS.has(m.key)) continue;
    const value = typeof m.value === "number" ? m.value : void 0;
    if (value === void 0 || !Number.isFinite(value)) notes.push(`metric ${m.key} left out: its value ${String(m.value)} is not a finite number`);
    else if (!METRIC_NAME.test(m.key)) notes.push(`metric ${m.key} left out: not a metric name (a letter, then letters, digits or _ . : / @ -)`);
    else metrics[m.key] = value;
  }
  if (!run && !data.runNote) notes.push("no run: no params and no metrics");
  return { card: registryYaml(card, "card"), metrics: new TextEncoder().encode(`${JSON.stringify(sortedRecord(metrics), null, 2)}
`), copies, notes };
}
var ROLES = {
  training: "train",
  train: "train",
  validation: "validation",
  eval: "validation",
  evaluation: "validation",
  test: "test",
  testing: "test"
};
function artifactName(path) {
  const name = path.replaceAll("/", "-").replace(/[^A-Za-z0-9._+-]/g, "_").replace(/^[^A-Za-z0-9]+/, "");
  return ARTIFACT_NAME.test(name) ? name : `file-${name}`.slice(0, 255);
}
function summaryOf(description, name, version) {
  const first = oneLine(description?.split("\n").find((l) => l.trim()) ?? "").trim();
  if (first) return first.length > 300 ? `${first.slice(0, 299)}\u2026` : first;
  return oneLine(`MLflow model version ${version ?? "?"} of ${name ?? "?"}.`);
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ");
}
function runAddress(trackingUri, runLink, runId, experimentId) {
  if (runLink && /^https?:\/\//.test(runLink)) return runLink;
  if (!runId || !experimentId || !/^https?:\/\//.test(trackingUri)) return void 0;
  return `${trackingUri.replace(/\/+$/, "")}/#/experiments/${encodeURIComponent(experimentId)}/runs/${encodeURIComponent(runId)}`;
}
function tagMap(tags) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const t of tags ?? []) if (t.key !== void 0 && !UNSAFE_KEYS.has(t.key)) out[t.key] = t.value ?? "";
  return out;
}
function sortedRecord(value) {
  const out = {};
  for (const key of Object.keys(value).sort()) out[key] = value[key];
  return out;
}

// src/core/import/mlflow/plan.ts
var MAX_COMMITTED_BYTES = 2 * 1024 ** 3;
function registryVersion(mlflowVersion) {
  return mlflowVersion !== void 0 && /^[1-9]\d{0,15}$/.test(mlflowVersion) ? `${mlflowVersion}.0.0` : void 0;
}
function existingModels(snapshot) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, entry] of loadRegistry(snapshot).models) {
    const card = entry.card?.value;
    out.set(name, isRecord(card) && typeof card["x-mlflow-name"] === "string" ? card["x-mlflow-name"] : void 0);
  }
  return out;
}
function modelNames(models) {
  return models.flatMap((m) => m.model.name ? [m.model.name] : []);
}
function versionsToFetch(models, snapshot) {
  const registry = loadRegistry(snapshot);
  const names = new Map(mapNames(modelNames(models), existingModels(snapshot)).map((n) => [n.mlflow, n.registry]));
  const out = /* @__PURE__ */ new Set();
  for (const m of models) {
    const folder = m.model.name === void 0 ? void 0 : names.get(m.model.name);
    if (folder === void 0) continue;
    const have = registry.models.get(folder)?.versions;
    for (const v of m.versions) {
      const version = registryVersion(v.version.version);
      if (version && isReady(v.version.status) && !have?.has(version)) out.add(`${m.model.name}\0${v.version.version}`);
    }
  }
  return out;
}
function isReady(status) {
  return status === void 0 || status === "READY";
}
function planMlflowImport(input, snapshot) {
  const plan = { names: [], files: [], copies: [], imported: [], present: 0, notes: [], problems: [], errors: [] };
  const registryEntry = snapshot.entries.find((e) => e.path === REGISTRY_FILE && e.type === "file");
  if (!registryEntry) {
    plan.errors.push("this folder is not a registry (no registry.yaml): run `model-registry init` here first, or give the registry folder with --root");
    return plan;
  }
  const registry = loadRegistry(snapshot);
  const stageNames = registry.settings.stages;
  for (const [key, stage] of Object.entries(input.aliasStages)) {
    if (!stageNames.includes(stage))
      plan.errors.push(`--alias-stage ${key}=${stage}: ${stage} is not a stage of this registry (stages: ${stageNames.join(", ")})`);
  }
  if (plan.errors.length) return plan;
  const settings = registry.settingsFile?.value;
  const maintainers = isRecord(settings) && Array.isArray(settings.maintainers) ? settings.maintainers.filter((m) => typeof m === "string") : [];
  const owners = input.owners.length ? input.owners : maintainers;
  plan.names = mapNames(modelNames(input.models), existingModels(snapshot));
  const folderOf = new Map(plan.names.map((n) => [n.mlflow, n.registry]));
  const files = /* @__PURE__ */ new Map();
  const maxCommitted = input.maxCommittedBytes ?? MAX_COMMITTED_BYTES;
  for (const data of [...input.models].sort((a, b) => (a.model.name ?? "") < (b.model.name ?? "") ? -1 : 1)) {
    const name = data.model.name;
    if (name === void 0) continue;
    const folder = folderOf.get(name);
    const entry = registry.models.get(folder);
    const newModel = !snapshot.entries.some((e) => e.path === modelFile(folder));
    if (newModel) {
      if (!owners.length) {
        plan.errors.push(
          `${name} becomes the new model ${folder}, which needs owners: give --owner @org/team (MLflow does not say who owns a model; registry.yaml has no maintainers)`
        );
        continue;
      }
      files.set(modelFile(folder), modelYaml(folder, name, data, input.trackingUri, owners));
    }
    const present = /* @__PURE__ */ new Map();
    for (const v of entry?.versions.keys() ?? []) {
      const n = /^([1-9]\d*)\.0\.0$/.exec(v);
      if (n) present.set(n[1], v);
    }
    const versions = [...data.versions].sort((a, b) => Number(a.version.version) - Number(b.version.version));
    for (const v of versions) {
      const mv = v.version;
      const version = registryVersion(mv.version);
      if (!version) {
        plan.notes.push(`${name} version ${String(mv.version)} skipped: not a whole number, as MLflow's versions are`);
        continue;
      }
      if (!isReady(mv.status)) {
        plan.notes.push(`${name} version ${mv.version} skipped: its status is ${mv.status}${mv.status_message ? ` (${mv.status_message})` : ""}, not READY`);
        continue;
      }
      if (entry?.versions.has(version)) {
        plan.present++;
        continue;
      }
      if (mv.creation_timestamp === void 0) {
        plan.notes.push(`${name} version ${mv.version} skipped: MLflow gives no creation_timestamp`);
        continue;
      }
      const built = versionFiles({ data: v, version, trackingUri: input.trackingUri, artifacts: input.artifacts, maxCommittedBytes: maxCommitted });
      const dir = versionDir(folder, version);
      files.set(`${dir}/${CARD_FILE}`, built.card);
      files.set(`${dir}/metrics.json`, built.metrics);
      plan.copies.push(...built.copies.map((c) => ({ ...c, path: `${dir}/${c.path}` })));
      plan.notes.push(...built.notes.map((n) => `${name} version ${mv.version}: ${n}`));
      plan.imported.push({ model: folder, version, mlflowName: name, mlflowVersion: mv.version });
      present.set(mv.version, version);
    }
    const { stages, notes } = stagesFromMlflow({ data, mlflowName: name, aliasStages: input.aliasStages, registryStages: stageNames, present });
    plan.notes.push(...notes);
    const stagesPath = `models/${folder}/${STAGES_FILE}`;
    if (!snapshot.entries.some((e) => e.path === stagesPath)) {
      if (Object.keys(stages).length) files.set(stagesPath, registryYaml(stages, "stages"));
    } else {
      const held = isRecord(entry?.stages?.value) ? entry.stages.value : {};
      for (const [stage, version] of Object.entries(stages)) {
        if (held[stage] !== version)
          plan.notes.push(
            `${name}: ${stagesPath} is left as it is: MLflow puts ${version} in ${stage}, the registry has ${typeof held[stage] === "string" ? held[stage] : "nothing"} there (model-registry promote changes it, reviewed)`
          );
      }
    }
  }
  const registryBytes = registryEntry.bytes;
  const aliases = Object.fromEntries(Object.entries(input.aliasStages).filter(([key]) => !isLegacyStage(key) && !stageNames.includes(key)));
  if (registryBytes && Object.keys(aliases).length) {
    const added = withAliases(registryBytes, aliases);
    plan.notes.push(...added.notes);
    if (added.bytes) {
      plan.registryFile = added.bytes;
      files.set(REGISTRY_FILE, added.bytes);
    }
  }
  plan.files = [...files].filter(([path]) => path !== REGISTRY_FILE).map(([path, bytes]) => ({ path, bytes }));
  if (plan.errors.length) return plan;
  const artifacts = plan.copies.map((c) => ({ path: c.path, type: "file", size: c.size, sha256: c.sha256 }));
  plan.problems.push(...validateOverlay(snapshot, files, artifacts).problems);
  if (plan.problems.some((p) => p.severity === "error"))
    plan.errors.push("the import would not pass the registry's checks (the problems above): nothing was written");
  return plan;
}
function modelYaml(folder, mlflowName, data, trackingUri, owners) {
  const card = {
    name: folder,
    description: data.model.description?.trim() ? data.model.description : `Imported from MLflow's registered model ${mlflowName}.`,
    owners: [...owners],
    "x-mlflow-name": mlflowName,
    "x-mlflow-tracking-uri": trackingUri
  };
  const tags = tagMap(data.model.tags);
  if (Object.keys(tags).length)
    card["x-mlflow-tags"] = Object.fromEntries(
      Object.keys(tags).sort().map((k) => [k, tags[k]])
    );
  return registryYaml(card, "model");
}
function withAliases(bytes, aliases) {
  const notes = [];
  const doc = (0, import_yaml.parseDocument)(new TextDecoder().decode(bytes), { version: "1.2" });
  if (doc.errors.length || !isRecord(doc.toJS())) return { notes: ["registry.yaml cannot be read: the aliases were not recorded"] };
  const current = doc.toJS().aliases;
  const held = isRecord(current) ? current : {};
  let changed = false;
  for (const [alias, stage] of Object.entries(aliases).sort(([a], [b]) => a < b ? -1 : 1)) {
    if (Object.hasOwn(held, alias)) {
      if (held[alias] !== stage) notes.push(`registry.yaml maps alias ${alias} to ${String(held[alias])}: left as it is (not ${stage})`);
      continue;
    }
    if (!doc.has("aliases") || !isRecord(current)) doc.set("aliases", new import_yaml.Document({}).createNode({}));
    doc.setIn(["aliases", alias], stage);
    changed = true;
  }
  return changed ? { bytes: new TextEncoder().encode(doc.toString({ lineWidth: 0, minContentWidth: 0 })), notes } : { notes };
}

// src/app/import-mlflow.ts
async function importMlflow(options) {
  const root = resolve(options.root);
  const snapshot = readSnapshot(root);
  const client = new MlflowClient(options.trackingUri, options.credentials, options.retry);
  const staging = mkdtempSync(join(tmpdir(), "model-registry-mlflow-"));
  try {
    const models = await readModels(client, options);
    const wanted = versionsToFetch(models, snapshot);
    for (const m of models) {
      for (const v of m.versions) if (wanted.has(`${m.model.name}\0${v.version.version}`)) await readVersion(client, m.model.name, v, options, staging);
    }
    const plan = planMlflowImport(
      { trackingUri: options.trackingUri, models, owners: options.owners, aliasStages: options.aliasStages, artifacts: options.artifacts },
      snapshot
    );
    plan.notes.push(...aliasesNowhere(models, options.aliasStages));
    if (plan.errors.length) throw new ImportBlockedError(describeBlocked(plan, options.style ?? PLAIN));
    if (options.dryRun) return { plan, written: [] };
    const before = snapshot.entries.find((e) => e.path === REGISTRY_FILE)?.bytes;
    if (plan.registryFile && before && !sameBytes(readFileSync(join(root, REGISTRY_FILE)), before))
      throw new RegistryWriteError("registry.yaml changed while importing: nothing was written; run the import again");
    return { plan, written: write(root, plan) };
  } catch (error) {
    throw asRegistryError(error, options.trackingUri);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
async function readModels(client, options) {
  const names = options.models.length ? [...new Set(options.models)] : (await client.searchRegisteredModels()).flatMap((m) => m.name ? [m.name] : []);
  const out = [];
  for (const name of names) {
    let model;
    try {
      model = await client.getRegisteredModel(name);
    } catch (error) {
      if (error instanceof MlflowApiError && error.errorCode === "RESOURCE_DOES_NOT_EXIST")
        throw new ImportBlockedError(`MLflow at ${options.trackingUri} has no registered model ${JSON.stringify(name)}: check --model (nothing was written)`);
      throw error;
    }
    const versions = [];
    for (const found of await client.searchModelVersions(name)) {
      const full = found.version ? await client.getModelVersion(name, found.version) : void 0;
      versions.push({ version: { ...found, ...full } });
    }
    const listed = new Set((model.aliases ?? []).map((a) => a.alias));
    const askedAliases = [];
    for (const alias of Object.keys(options.aliasStages)) {
      if (listed.has(alias) || /^(staging|production|archived|none)$/i.test(alias)) continue;
      try {
        const version = await client.getModelVersionByAlias(name, alias);
        askedAliases.push({ alias, version: version?.version });
      } catch (error) {
        if (!(error instanceof MlflowApiError) || error.errorCode !== "INVALID_PARAMETER_VALUE" && error.errorCode !== "RESOURCE_DOES_NOT_EXIST") throw error;
        askedAliases.push({ alias });
      }
    }
    out.push({ model, versions, askedAliases });
  }
  return out;
}
function aliasesNowhere(models, aliasStages) {
  return Object.keys(aliasStages).flatMap((alias) => {
    const asked = models.map((m) => m.askedAliases?.find((a) => a.alias === alias));
    return models.length && asked.every((a) => a !== void 0 && a.version === void 0) ? [
      `MLflow has no alias ${alias} on ${models.length === 1 ? models[0].model.name : "any model read"}: --alias-stage ${alias}=${aliasStages[alias]} maps nothing`
    ] : [];
  });
}
async function readVersion(client, name, data, options, staging) {
  const mv = data.version;
  if (mv.run_id) {
    try {
      data.run = await client.getRun(mv.run_id);
    } catch (error) {
      if (!(error instanceof MlflowApiError) || error.errorCode !== "RESOURCE_DOES_NOT_EXIST") throw error;
      data.runNote = `its run ${mv.run_id} is not on this server (deleted, or another server's): no params, metrics or datasets`;
    }
  }
  data.downloadUri = await client.getDownloadUri(name, mv.version);
  if (options.artifacts !== "download") return;
  const path = artifactPath(data.downloadUri ?? mv.source);
  if (path === void 0) {
    data.filesNote = `its files are at ${data.downloadUri ?? mv.source ?? "no address"}, which MLflow's artifact API does not serve: kept as x-mlflow-artifact-uri, not downloaded`;
    return;
  }
  const listed = await client.listArtifacts(path);
  const folder = mkdtempSync(join(staging, "v-"));
  data.files = [];
  for (const [i, file] of listed.entries()) {
    const url = client.artifactUrl(`${path}/${file.path}`);
    if (options.dryRun) {
      data.files.push({ path: file.path, size: file.size, url });
      continue;
    }
    const localPath = join(folder, String(i));
    const measured = await client.download(`${path}/${file.path}`, localPath, file.size);
    data.files.push({ path: file.path, size: measured.size, sha256: measured.sha256, localPath, url });
    options.log(`downloaded ${name} version ${mv.version}: ${file.path} (${measured.size} bytes)`);
  }
}
function artifactPath(uri) {
  const m = /^mlflow-artifacts:(?:\/\/[^/]*)?\/*(.+?)\/*$/.exec(uri ?? "");
  if (!m || m[1].split("/").some((part) => part === ".." || part === ".")) return void 0;
  return m[1];
}
function write(root, plan) {
  const written = [];
  try {
    for (const copy of plan.copies) {
      if (!createNewFile(root, copy.path, { copyOf: copy.from }))
        throw new RegistryWriteError(`${copy.path} appeared while importing: nothing was overwritten`);
      written.push(copy.path);
      const copied = hashFile(join(root, copy.path));
      if (copied.sha256 !== copy.sha256 || copied.size !== copy.size)
        throw new RegistryWriteError(`${copy.path} changed while it was copied: run the import again`);
    }
    for (const file of plan.files) {
      if (!createNewFile(root, file.path, file.bytes)) throw new RegistryWriteError(`${file.path} appeared while importing: nothing was overwritten`);
      written.push(file.path);
    }
    if (plan.registryFile) {
      writeRegistryDocument(root, REGISTRY_FILE, new TextDecoder().decode(plan.registryFile));
      written.push(REGISTRY_FILE);
    }
  } catch (error) {
    removeCreated(
      root,
      written.filter((p) => p !== REGISTRY_FILE)
    );
    throw error;
  }
  return written;
}
function describeBlocked(plan, style) {
  const lines = ["the import was refused; nothing was written:", ...plan.errors.map((e) => `  ${e}`)];
  const problems = [...plan.problems].sort(compareProblems);
  if (problems.length) lines.push("", ...problems.map((p) => formatProblemText(p, void 0, style)));
  return lines.join("\n");
}
function asRegistryError(error, trackingUri) {
  if (error instanceof MlflowUnreachable) return new ImportSourceError(`${error.message}: nothing was written; run it again later`);
  if (error instanceof MlflowApiError)
    return new ImportSourceError(
      `MLflow at ${trackingUri} refused ${error.message}${error.status === 401 || error.status === 403 ? " (set MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD)" : ""}: nothing was written`
    );
  return error;
}
function sameBytes(a, b) {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

// src/cli/commands/import-mlflow.ts
var USAGE = "usage: model-registry import mlflow --tracking-uri URL [--model NAME ...] [--alias-stage ALIAS=STAGE ...] [--owner @ORG/TEAM ...] [--dry-run]";
async function importMlflowCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "import mlflow");
  if (positionals.length) throw new UsageError(`unexpected ${JSON.stringify(positionals[0])}: ${USAGE}`);
  const trackingUri = values["tracking-uri"] ?? process.env.MLFLOW_TRACKING_URI;
  if (!trackingUri) throw new UsageError(`--tracking-uri URL is required (or MLFLOW_TRACKING_URI): ${USAGE}`);
  if (!/^https?:\/\/[^/]/.test(trackingUri))
    throw new UsageError(`--tracking-uri must be the tracking server's http(s) address, not ${JSON.stringify(trackingUri)}`);
  const aliasStages = {};
  for (const pair of values["alias-stage"] ?? []) {
    const m = /^([A-Za-z0-9_-]+)=([a-z0-9][a-z0-9_-]*)$/.exec(pair);
    if (!m) throw new UsageError(`--alias-stage takes ALIAS=STAGE, e.g. champion=production, not ${JSON.stringify(pair)}`);
    aliasStages[m[1]] = m[2];
  }
  const owners = (values.owner ?? []).flatMap((o) => o.split(/[\s,]+/)).filter(Boolean);
  const dryRun = values["dry-run"] === true;
  const { plan, written } = await importMlflow({
    root: values.root ?? ".",
    trackingUri,
    models: values.model ?? [],
    owners,
    aliasStages,
    artifacts: oneOf("artifacts", values.artifacts, ["download", "reference"], "download"),
    dryRun,
    credentials: credentialsFromEnv(process.env),
    log: (m) => io.err(terminalLines(m)),
    style: io.color ? ANSI : PLAIN
  });
  for (const note of plan.notes) io.err(terminalLines(`note: ${note}`));
  const lines = [];
  if (plan.names.length) lines.push("MLflow model \u2192 registry model:", ...plan.names.map((n) => `  ${n.mlflow} \u2192 ${n.registry}${n.note ? ` (${n.note})` : ""}`));
  else lines.push("MLflow has no registered model: nothing to import");
  lines.push(
    `${plan.imported.length} new version${plan.imported.length === 1 ? "" : "s"}${plan.present ? `, ${plan.present} already here` : ""}${plan.imported.length ? ":" : ""}`,
    ...plan.imported.map((v) => `  ${v.mlflowName} ${v.mlflowVersion} \u2192 ${v.model} ${v.version}`)
  );
  const files = dryRun ? [...plan.copies.map((c) => c.path), ...plan.files.map((f) => f.path), ...plan.registryFile ? ["registry.yaml"] : []] : written;
  const verb = dryRun ? "would write" : "wrote";
  lines.push(files.length ? `${verb} ${files.length} file${files.length === 1 ? "" : "s"}:` : "nothing new to write", ...files.map((p) => `  ${p}`));
  if (!dryRun && files.length) lines.push("", "Next: model-registry validate, then commit the new files (weights with Git LFS) and open a pull request.");
  io.out(terminalLines(lines.join("\n")));
  return 0;
}
export {
  importMlflowCommand
};
