import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  mdCode,
  mdLink,
  mdText
} from "./chunk-F7WATFOY.js";
import {
  loadRegistry,
  validateSnapshot
} from "./chunk-3XOCLLN2.js";
import {
  assetDownloadUrl,
  commitUrl
} from "./chunk-MKY3DIJG.js";
import {
  convertMetrics,
  decodeDocument,
  describeConversion,
  formatBinarySize,
  formatNumber,
  locateAll,
  metricDelta,
  preciseParse,
  require_dist,
  structureProblems,
  tagNameProblem
} from "./chunk-HEELOUZM.js";
import {
  asArray,
  isRecord,
  isValidModelName,
  isValidVersion,
  metricNumber,
  require_semver,
  tagName
} from "./chunk-TSDIAPAP.js";
import {
  CARD_FILE,
  NAME_RULE_TEXT,
  modelFile,
  versionDir
} from "./chunk-42CJQNK5.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/core/release/github-limits.ts
var MAX_ASSET_BYTES = 2 * 1024 ** 3;
var MAX_ASSETS_PER_RELEASE = 1e3;
var MAX_RELEASE_BODY = 125e3;
var DEFAULT_MAX_RELEASES = 50;
function parseMaxReleases(text) {
  return /^\s*[1-9][0-9]{0,6}\s*$/.test(text) ? Number(text) : null;
}

// src/core/register/metrics-input.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/register/build-card.ts
var import_yaml = __toESM(require_dist(), 1);
var SCHEMA_BASE = "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas";
function readInputDocument(file) {
  const decoded = decodeDocument(file.bytes);
  if ("problem" in decoded) {
    if (decoded.problem.rule === "empty-file") return { value: void 0, problems: [] };
    return {
      problems: [{ file: file.source, line: 1, column: 1, severity: decoded.problem.severity, rule: decoded.problem.rule, message: decoded.problem.message }]
    };
  }
  const parsed = preciseParse(decoded.text);
  if (!parsed.ok) {
    const pending = parsed.problems.map((p) => ({ file: file.source, ...p }));
    return { problems: parsed.parsed ? locateAll(parsed.parsed, pending) : pending.map(({ at: _at, ...p }) => ({ ...p, line: 1, column: 1 })) };
  }
  const structure = structureProblems(file.source, parsed.value);
  if (structure.length) return { problems: locateAll(parsed.parsed, structure) };
  return { value: parsed.value, problems: [] };
}
function isoSeconds(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function buildCard(build) {
  const input = build.input ?? {};
  const warnings = [];
  const card = {};
  card.version = build.version;
  card.created = build.created;
  card.summary = input.summary ?? defaultSummary(build.run, build.by ?? "register");
  if (input.description !== void 0) card.description = input.description;
  const lineage = isRecord(input.lineage) ? { ...input.lineage } : input.lineage;
  if (isRecord(lineage) || lineage === void 0) {
    const out = lineage ? { ...lineage } : {};
    if (build.run.codeRepo && build.run.commit) {
      const given = isRecord(out.code) ? out.code : void 0;
      if (given && (given.repo !== void 0 && given.repo !== build.run.codeRepo || given.commit !== void 0 && given.commit !== build.run.commit)) {
        warnings.push(
          `the card input's lineage.code (${String(given.repo)}@${String(given.commit)}) is replaced by the code this run trained with (${build.run.codeRepo}@${build.run.commit})`
        );
      }
      const code = { repo: build.run.codeRepo, commit: build.run.commit };
      if (given) {
        for (const [key, value] of Object.entries(given)) if (key !== "repo" && key !== "commit") code[key] = value;
      }
      out.code = code;
    }
    if (Object.keys(out).length) card.lineage = orderKeys(out, ["parents", "datasets", "code"]);
  } else {
    card.lineage = lineage;
  }
  const training = isRecord(input.training) ? { ...input.training } : input.training;
  if (isRecord(training) || training === void 0) {
    const out = training ? { ...training } : {};
    if (build.run.runUrl) {
      if (typeof out.run_url === "string" && out.run_url !== build.run.runUrl) {
        warnings.push(`the card input's training.run_url is replaced by this run's address (${build.run.runUrl})`);
      }
      out.run_url = build.run.runUrl;
    }
    if (Object.keys(out).length) card.training = orderKeys(out, ["params", "environment", "run_url"]);
  } else {
    card.training = training;
  }
  const artifacts = Array.isArray(input.artifacts) ? [...input.artifacts] : input.artifacts === void 0 ? [] : [input.artifacts];
  for (const a of build.artifacts) {
    const entry = {
      name: a.name,
      ...build.assetUri ? { uri: build.assetUri(a.name) } : { path: a.name },
      sha256: a.sha256,
      size: a.size
    };
    if (a.mediaType) entry.media_type = a.mediaType;
    artifacts.push(entry);
  }
  if (artifacts.length) card.artifacts = artifacts;
  if (input.version !== void 0 && input.version !== build.version) {
    warnings.push(`the card input's version (${String(input.version)}) is ignored: this registration is version ${build.version}`);
  }
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(card, key) && key !== "version" && key !== "created") card[key] = value;
  }
  return { text: toYaml(card, "card"), warnings };
}
function defaultSummary(run, by) {
  if (run.codeRepo && run.commit) return `Trained from ${run.codeRepo} at ${run.commit.slice(0, 7)}.`;
  return by === "add" ? "Added by model-registry add." : "Registered by model-registry register.";
}
function buildModelCard(model, fields) {
  const card = { name: model };
  if (fields.title) card.title = fields.title;
  if (fields.description !== void 0) card.description = fields.description;
  if (fields.owners?.length) card.owners = fields.owners;
  if (fields.task) card.task = fields.task;
  if (fields.license) card.license = fields.license;
  if (fields.tags?.length) card.tags = fields.tags;
  return toYaml(card, "model");
}
function orderKeys(value, first) {
  const out = {};
  for (const key of first) if (Object.hasOwn(value, key)) out[key] = value[key];
  for (const [key, v] of Object.entries(value)) if (!Object.hasOwn(out, key)) out[key] = v;
  return out;
}
var QUOTED = /^(?:[0-9a-f]{40}|[0-9a-f]{64}|\d{4}-\d{2}-\d{2}(?:[Tt ].*)?)$/;
function toYaml(value, kind) {
  const doc = new import_yaml.Document(value, { version: "1.2" });
  (0, import_yaml.visit)(doc, {
    Scalar(_key, node) {
      if ((0, import_yaml.isScalar)(node) && typeof node.value === "string" && QUOTED.test(node.value)) node.type = "QUOTE_DOUBLE";
    }
  });
  const body = doc.toString({ lineWidth: 0, minContentWidth: 0 });
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/${kind}.schema.json
${body}`;
}

// src/core/register/metrics-input.ts
var METRICS_FORMATS = ["auto", "raw"];
function metricNames(registry) {
  const raw = registry.settingsFile?.value;
  const names = isRecord(raw) && isRecord(raw.metric_names) ? raw.metric_names : {};
  const out = /* @__PURE__ */ Object.create(null);
  for (const [from, to] of Object.entries(names)) if (typeof to === "string") out[from] = to;
  return out;
}
function buildMetricsFile(file, fileName, names, format = "auto") {
  const kept = { bytes: file.bytes, stats: {}, changes: [] };
  if (format === "raw") return kept;
  const read = readInputDocument(file);
  if (read.problems.length || !isRecord(read.value)) return kept;
  const conversion = convertMetrics(read.value, names);
  if (conversion.changes.length === 0) return kept;
  const text = fileName === "metrics.json" ? `${JSON.stringify(conversion.metrics, null, 2)}
` : new import_yaml2.Document(conversion.metrics, { version: "1.2" }).toString({ lineWidth: 0, minContentWidth: 0 });
  return {
    bytes: new TextEncoder().encode(text),
    stats: conversion.stats,
    shape: conversion.shape === "registry" ? "renamed" : conversion.shape,
    changes: describeConversion(conversion)
  };
}
function withStats(card, stats) {
  if (Object.keys(stats).length === 0) return card;
  const input = card ?? {};
  const training = input.training === void 0 ? {} : input.training;
  if (!isRecord(training)) return input;
  const given = isRecord(training.stats) ? training.stats : {};
  return { ...input, training: { ...training, stats: { ...stats, ...given } } };
}
function addStatsToCardText(text, stats) {
  const doc = (0, import_yaml2.parseDocument)(text, { version: "1.2" });
  for (const [name, value] of Object.entries(stats)) {
    if (!doc.hasIn(["training", "stats", name])) doc.setIn(["training", "stats", name], value);
  }
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

// src/core/report/metric-comparison.ts
var VERDICT_WORDS = { better: "better", worse: "worse", noise: "within noise", same: "same", unknown: "no direction" };
function metricValues(version) {
  const out = /* @__PURE__ */ new Map();
  const metrics = version?.metrics?.value;
  if (!isRecord(metrics)) return out;
  for (const [name, entry] of Object.entries(metrics)) {
    const value = metricNumber(entry);
    if (value === void 0) continue;
    const ci = isRecord(entry) && Array.isArray(entry.ci) && entry.ci.length === 2 && entry.ci.every((x) => typeof x === "number") ? entry.ci : void 0;
    out.set(name, { value, ci });
  }
  return out;
}
function judge(delta, direction) {
  if (delta === 0) return "same";
  if (!direction) return "unknown";
  return delta > 0 === (direction === "higher") ? "better" : "worse";
}
function withinNoise(delta, ciA, ciB, minDelta) {
  if (minDelta !== void 0 && Math.abs(delta) < minDelta) return true;
  return !!ciA && !!ciB && ciA.length === 2 && ciB.length === 2 && ciA[0] <= ciB[1] && ciB[0] <= ciA[1];
}
function compareValues(current, previous, definition) {
  const { delta, text } = metricDelta(current.value, previous.value);
  const verdict = judge(delta, definition?.direction);
  const noisy = verdict !== "same" && withinNoise(delta, current.ci, previous.ci, definition?.min_delta);
  return { delta, text, verdict: noisy ? "noise" : verdict };
}
function metricTitle(name, definition) {
  return definition?.title ?? name;
}
function compareMetrics(subject, others, catalogue) {
  const mine = metricValues(subject);
  const theirs = Object.fromEntries(Object.entries(others).map(([label, v]) => [label, metricValues(v)]));
  const named = new Set(mine.keys());
  for (const values of Object.values(theirs)) for (const name of values.keys()) named.add(name);
  const names = [...named];
  const order = new Map(Object.keys(catalogue).map((name, i) => [name, i]));
  const rank = (name) => order.get(name) ?? order.size;
  names.sort((a, b) => Number(!mine.has(a)) - Number(!mine.has(b)) || rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const own = mine.get(name);
    const definition = Object.hasOwn(catalogue, name) ? catalogue[name] : void 0;
    const against = {};
    for (const [label, values] of Object.entries(theirs)) {
      const other = values.get(name);
      const version = others[label]?.version;
      if (!other || !version) continue;
      against[label] = own ? { version, value: other.value, ...compareValues(own, other, definition) } : { version, value: other.value, delta: NaN, text: "\u2013", verdict: "unknown" };
    }
    return { name, title: definition?.title, value: own?.value, unit: definition?.unit, direction: definition?.direction, ci: own?.ci, against };
  });
}

// src/core/output/metric-table.ts
var VERDICT_ICON = { better: "\u{1F7E2}", worse: "\u{1F534}", noise: "\u26AA", same: "\u26AA", unknown: "\u26AA" };
function metricTable(version, rows, columns) {
  const lines = [
    `| Metric | ${mdText(version)} | ${columns.map((c) => c.label).join(" | ")}${columns.length ? " |" : ""}`,
    `|---|---:|${columns.map(() => "---:|").join("")}`
  ];
  for (const row of rows)
    lines.push(
      metricRow(
        row,
        columns.map((c) => c.key)
      )
    );
  return lines.join("\n");
}
function metricRow(row, columns) {
  const direction = row.direction === "higher" ? " \u2191" : row.direction === "lower" ? " \u2193" : "";
  const unit = row.unit && row.value !== void 0 ? ` ${mdText(row.unit)}` : "";
  const ci = row.ci ? ` (${formatNumber(row.ci[0])}\u2013${formatNumber(row.ci[1])})` : "";
  const cells = columns.map((key) => {
    const d = row.against[key];
    if (!d) return "\u2013";
    if (row.value === void 0) return `${formatNumber(d.value)} _(not measured now)_`;
    const arrow = d.delta > 0 ? "\u25B2" : d.delta < 0 ? "\u25BC" : "";
    return `${VERDICT_ICON[d.verdict]} ${arrow} ${d.text}${d.verdict === "noise" ? " _within noise_" : ""}`.replace(/ {2}/g, " ");
  });
  return `| ${mdText(row.title ?? row.name)}${direction} | ${formatNumber(row.value)}${unit}${ci} | ${cells.join(" | ")}${cells.length ? " |" : ""}`;
}

// src/core/register/next-version.ts
var import_semver = __toESM(require_semver(), 1);
var BUMPS = ["major", "minor", "patch"];
var FIRST_VERSION = "1.0.0";
function parseVersionRequest(raw) {
  const text = (raw ?? "").trim();
  if (text === "") return { kind: "bump", level: "patch" };
  if (BUMPS.includes(text)) return { kind: "bump", level: text };
  if (isValidVersion(text)) return { kind: "exact", version: text };
  const bare = text.replace(/^v(?=\d)/, "");
  const hint = bare !== text && isValidVersion(bare) ? ` (without the v: \`${bare}\`)` : "";
  return { error: `version must be major, minor, patch or a SemVer 2.0.0 version such as 1.4.0${hint}; got ${JSON.stringify(text)}` };
}
function precedenceKey(version) {
  const plus = version.indexOf("+");
  return plus === -1 ? version : version.slice(0, plus);
}
function isTaken(version, taken) {
  const key = precedenceKey(version);
  for (const t of taken) if (precedenceKey(t) === key) return true;
  return false;
}
function latestVersion(taken) {
  let latest;
  for (const v of taken) {
    if (!isValidVersion(v)) continue;
    if (latest === void 0 || import_semver.default.compare(v, latest) > 0) latest = v;
  }
  return latest;
}
function nextVersion(taken, level) {
  const all = [...taken];
  const latest = latestVersion(all);
  if (latest === void 0) return FIRST_VERSION;
  let next = import_semver.default.inc(latest, level);
  while (next && isTaken(next, all)) next = import_semver.default.inc(next, level);
  if (!next) throw new Error(`cannot bump ${latest} by ${level}`);
  return next;
}
function registerBranch(model, version) {
  return `register/${model}-${version}`;
}
function versionFromBranch(model, branch) {
  const prefix = `register/${model}-`;
  if (!branch.startsWith(prefix)) return void 0;
  const version = branch.slice(prefix.length);
  return isValidVersion(version) ? version : void 0;
}
function tagPrefix(tagFormat, model) {
  return tagFormat.split("{version}")[0].replaceAll("{model}", model);
}
function versionFromTag(tagFormat, model, tag) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = tagFormat.split(/(\{model\}|\{version\})/).map((part) => part === "{model}" ? escape(model) : part === "{version}" ? "(.+)" : escape(part)).join("");
  const match = new RegExp(`^${pattern}$`).exec(tag);
  if (!match) return void 0;
  const versions = match.slice(1);
  if (versions.length === 0 || versions.some((v) => v !== versions[0])) return void 0;
  return isValidVersion(versions[0]) ? versions[0] : void 0;
}

// src/core/register/pr-body.ts
var import_semver2 = __toESM(require_semver(), 1);
var MAX_PR_BODY = 65536;
var MAX_ROWS = 100;
function pullRequestTitle(model, version, newModel) {
  return `Register ${model} ${version}${newModel ? " (new model)" : ""}`;
}
var REPO_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var SHA_RE = /^[0-9a-f]{40}$/;
function pullRequestBody(input) {
  const { registry, model, version, tag, repository, run } = input;
  const entry = registry.models.get(model)?.versions.get(version);
  const card = isRecord(entry?.card?.value) ? entry.card.value : {};
  const previous = previousVersion(registry, model, version);
  const production = stageVersion(registry, model);
  const out = [];
  out.push(`## ${mdCode(model)} ${mdText(version)}${input.newModel ? " \u2014 a new model" : ""}`, "");
  if (typeof card.summary === "string") out.push(`> ${mdText(card.summary, 300)}`, "");
  const facts = [];
  facts.push(`- **Version:** ${mdText(version)}${previous ? ` (after ${mdText(previous.version)})` : input.newModel ? " (the first)" : ""}`);
  if (run.codeRepo && run.commit && REPO_RE.test(run.codeRepo) && SHA_RE.test(run.commit)) {
    facts.push(`- **Code:** ${mdLink(`${mdText(run.codeRepo)}@${run.commit.slice(0, 7)}`, commitUrl(repository.serverUrl, run.codeRepo, run.commit))}`);
  }
  if (run.runUrl && /^https?:\/\/[^\s]+$/.test(run.runUrl))
    facts.push(`- **Training run:** ${mdLink("the workflow run that trained and registered it", run.runUrl)}`);
  if (typeof card.created === "string") facts.push(`- **Created:** ${mdText(card.created)}`);
  facts.push(
    input.artifacts.length ? `- **Release:** the draft release ${mdCode(tag)} holds the artifacts; when this pull request is merged, the release step checks every asset against the card and publishes it.` : `- **Release:** ${mdCode(tag)}, made by the release step when this pull request is merged.`
  );
  out.push(...facts, "");
  const columns = [];
  const others = {};
  if (previous) {
    others.previous = previous;
    columns.push({ key: "previous", label: `vs ${mdText(previous.version)}` });
  }
  if (production && production.entry !== previous) {
    others.production = production.entry;
    columns.push({ key: "production", label: `vs ${mdText(production.stage)} (${mdText(production.entry.version)})` });
  }
  const rows = compareMetrics(entry, others, registry.settings.metrics).filter((row) => row.value !== void 0);
  if (rows.length) {
    out.push("### Metrics", "", metricTable(version, rows.slice(0, MAX_ROWS), columns), "");
    if (rows.length > MAX_ROWS) out.push(`\u2026and ${rows.length - MAX_ROWS} more in the metrics file.`, "");
  }
  if (input.artifacts.length) {
    out.push("### Artifacts", "", "| File | Size | SHA-256 |", "|---|---:|---|");
    for (const a of input.artifacts.slice(0, MAX_ROWS)) out.push(`| ${mdCode(a.name)} | ${formatBinarySize(a.size)} | ${mdCode(a.sha256)} |`);
    if (input.artifacts.length > MAX_ROWS) out.push(`| \u2026and ${input.artifacts.length - MAX_ROWS} more | | |`);
    out.push("");
  }
  const lineage = isRecord(card.lineage) ? card.lineage : {};
  const parents = asArray(lineage.parents).filter(isRecord);
  const datasets = asArray(lineage.datasets).filter(isRecord);
  if (parents.length || datasets.length) {
    out.push("### Lineage", "");
    for (const p of parents.slice(0, MAX_ROWS)) {
      const relation = typeof p.relation === "string" ? ` (${mdText(p.relation)})` : "";
      if (typeof p.model === "string") out.push(`- Parent: ${mdCode(p.model)} ${mdText(p.version)}${relation}`);
      else if (typeof p.uri === "string") out.push(`- Parent: ${mdCode(p.uri)}${typeof p.revision === "string" ? ` at ${mdCode(p.revision)}` : ""}${relation}`);
    }
    for (const d of datasets.slice(0, MAX_ROWS)) {
      const bits = [d.version !== void 0 ? `version ${mdText(d.version)}` : "", typeof d.role === "string" ? mdText(d.role) : ""].filter(Boolean);
      out.push(`- Dataset: ${mdText(d.name)}${bits.length ? ` (${bits.join(", ")})` : ""}${typeof d.uri === "string" ? ` ${mdCode(d.uri)}` : ""}`);
    }
    out.push("");
  }
  out.push(
    "---",
    "",
    `Opened by \`model-registry register\` on the branch ${mdCode(input.branch)}. The registry's checks validate this version like any other pull request.` + (input.autoMerge ? " Auto-merge is requested: it merges itself once the required checks and reviews pass." : " Review it, and merge it to publish the release.")
  );
  const body = out.join("\n");
  return body.length > MAX_PR_BODY ? `${body.slice(0, MAX_PR_BODY - 200)}

\u2026(cut to fit GitHub's limit; see card.yaml)` : body;
}
function previousVersion(registry, model, version) {
  let best;
  for (const v of registry.models.get(model)?.versions.values() ?? []) {
    if (!isValidVersion(v.version) || !isValidVersion(version) || import_semver2.default.compare(v.version, version) >= 0) continue;
    if (!best || import_semver2.default.compare(v.version, best.version) > 0) best = v;
  }
  return best;
}
function stageVersion(registry, model) {
  const entry = registry.models.get(model);
  const stages = entry?.stages?.value;
  if (!entry || !isRecord(stages)) return void 0;
  for (const stage of [...registry.settings.stages].reverse()) {
    const version = stages[stage];
    const found = typeof version === "string" ? entry.versions.get(version) : void 0;
    if (found) return { stage, entry: found };
  }
  return void 0;
}

// src/core/register/version-inputs.ts
function prepareInputs(input, registry, model, newModel, missingModelCard) {
  const out = { metricsFile: { bytes: input.metrics.bytes, stats: {}, changes: [] }, problems: [], warnings: [] };
  if (input.card) {
    const read = readInputDocument(input.card);
    out.problems.push(...read.problems);
    if (read.problems.length) return { ...out, error: `the card input ${input.card.source} cannot be read` };
    if (read.value !== void 0 && !isRecord(read.value)) {
      return { ...out, error: `the card input ${input.card.source} must be a mapping of card.yaml fields (summary, description, lineage, training, \u2026)` };
    }
    out.cardInput = read.value;
  }
  out.metricsFile = buildMetricsFile(input.metrics, input.metrics.fileName, metricNames(registry), input.metricsFormat);
  out.cardInput = withStats(out.cardInput, out.metricsFile.stats);
  const fields = input.modelFields;
  const fieldsGiven = fields && Object.values(fields).some((v) => Array.isArray(v) ? v.length > 0 : v !== void 0 && v !== "");
  if (newModel) {
    if (input.modelCard) {
      out.modelYaml = input.modelCard.bytes;
      out.modelYamlSource = input.modelCard.source;
      if (fieldsGiven)
        out.warnings.push(`the model card file ${input.modelCard.source} is used as written; the model card fields given besides it are ignored`);
    } else if (fields?.description && fields.owners?.length) {
      out.modelYaml = new TextEncoder().encode(buildModelCard(model, fields));
    } else {
      return { ...out, error: `model \`${model}\` is not in the registry yet, so this adds it: ${missingModelCard}` };
    }
  } else if (input.modelCard || fieldsGiven) {
    out.warnings.push(
      `model \`${model}\` is already in the registry: its model.yaml there is kept (change it by pull request), and the model card inputs are ignored`
    );
  }
  return out;
}

// src/core/register/plan.ts
var encoder = new TextEncoder();
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
function planRegistration(input, remote) {
  const { model, repository } = input;
  const base = { branch: remote.defaultBranch, sha: remote.baseSha, treeSha: remote.baseTreeSha };
  const plan = {
    action: "blocked",
    model,
    newModel: false,
    base,
    files: [],
    commitMessage: "",
    assets: [],
    autoMerge: input.autoMerge,
    problems: [],
    fileLabels: {},
    errors: [],
    warnings: []
  };
  const block = (message) => {
    plan.errors.push(message);
    return plan;
  };
  if (!isValidModelName(model)) {
    return block(`model name ${JSON.stringify(model)} is not valid: ${NAME_RULE_TEXT} (e.g. churn-gbm)`);
  }
  const request = parseVersionRequest(input.version);
  if ("error" in request) return block(request.error);
  const registry = loadRegistry(remote.snapshot);
  const entries = new Map(remote.snapshot.entries.map((e) => [e.path, e]));
  plan.newModel = !entries.has(modelFile(model));
  const prepared = prepareInputs(
    input,
    registry,
    model,
    plan.newModel,
    "give its model card, either as a model.yaml file (model-card) or as fields: at least a description (model-description) and owners (model-owners, e.g. @acme/ml-team)"
  );
  plan.problems.push(...prepared.problems);
  plan.warnings.push(...prepared.warnings);
  if (prepared.error) return block(prepared.error);
  const { cardInput, metricsFile, modelYaml } = prepared;
  if (prepared.modelYamlSource) plan.fileLabels[modelFile(model)] = prepared.modelYamlSource;
  if (metricsFile.shape) plan.metricsConversion = { shape: metricsFile.shape, changes: metricsFile.changes };
  const byName = /* @__PURE__ */ new Map();
  for (const a of input.artifacts) {
    const other = byName.get(a.name);
    if (other)
      plan.errors.push(`artifacts ${other.localPath} and ${a.localPath} have the same file name ${a.name}: release assets need unique names; rename one`);
    byName.set(a.name, a);
    if (a.size > MAX_ASSET_BYTES) {
      plan.errors.push(
        `artifact ${a.localPath} is ${formatBinarySize(a.size)}, over GitHub's limit of 2 GiB per release asset: store it elsewhere (S3, GCS, the Hugging Face Hub) and list it in the card input's artifacts with \`uri\``
      );
    }
  }
  if (input.artifacts.length + 3 > MAX_ASSETS_PER_RELEASE) {
    plan.errors.push(
      `${input.artifacts.length} artifacts, over GitHub's limit of ${MAX_ASSETS_PER_RELEASE} assets per release (with card.yaml, the metrics file and SHA256SUMS): pack them, or store some elsewhere and list them with \`uri\``
    );
  }
  if (plan.errors.length) return plan;
  const inputCreated = typeof cardInput?.created === "string" ? cardInput.created : void 0;
  const build = (version2, created) => {
    const tag = tagName(registry.settings, model, version2);
    const card = buildCard({
      version: version2,
      created,
      input: cardInput,
      run: input.run,
      artifacts: input.artifacts,
      assetUri: (name) => assetDownloadUrl(repository, tag, name)
    });
    const files = /* @__PURE__ */ new Map();
    files.set(`${versionDir(model, version2)}/${CARD_FILE}`, encoder.encode(card.text));
    files.set(`${versionDir(model, version2)}/${input.metrics.fileName}`, metricsFile.bytes);
    if (modelYaml) files.set(modelFile(model), modelYaml);
    return { files, warnings: card.warnings };
  };
  const sameAs = (version2, theirs, withModelFile) => {
    const dir = `${versionDir(model, version2)}/`;
    const card = theirs.get(`${dir}${CARD_FILE}`);
    const created = inputCreated ?? (card ? createdOf(card) : void 0);
    if (!created) return void 0;
    const ours = build(version2, created);
    const theirPaths = [...theirs.keys()].filter((p) => p.startsWith(dir) || withModelFile && p === modelFile(model));
    const ourPaths = [...ours.files.keys()].filter((p) => p.startsWith(dir) || withModelFile && p === modelFile(model));
    if (theirPaths.length !== ourPaths.length) return void 0;
    for (const path of ourPaths) {
      const their = theirs.get(path);
      if (!their || !sameBytes(their, ours.files.get(path))) return void 0;
    }
    return ours;
  };
  const onDefault = [...registry.models.get(model)?.versions.keys() ?? []];
  const tagged = [...remote.tags ?? [], ...remote.releases.map((r) => r.tag_name)].map((tag) => versionFromTag(registry.settings.tag_format, model, tag)).filter((v) => v !== void 0);
  const pendingVersions = remote.pending.map((p) => p.version);
  const wanted = (version2) => request.kind === "bump" || precedenceKey(request.version) === precedenceKey(version2);
  for (const version2 of [...onDefault].reverse()) {
    if (!wanted(version2)) continue;
    const theirs = /* @__PURE__ */ new Map();
    const dir = `${versionDir(model, version2)}/`;
    for (const e of remote.snapshot.entries) if (e.path.startsWith(dir)) theirs.set(e.path, e.bytes ?? new Uint8Array());
    const ours = sameAs(version2, theirs, false);
    if (ours) return finish(plan, "registered", version2, ours);
  }
  for (const pending of remote.pending) {
    if (!wanted(pending.version)) continue;
    const ours = sameAs(pending.version, pending.files, plan.newModel);
    if (ours) return finish(plan, "resume", pending.version, ours);
  }
  let version;
  if (request.kind === "exact") {
    version = request.version;
    if (isTaken(version, onDefault)) {
      return block(
        `${model} ${version} is already in the registry (${versionDir(model, version)}): released versions never change; register a new version (\`patch\`, \`minor\`, \`major\` or a higher number)`
      );
    }
    const branch = remote.pending.find((p) => precedenceKey(p.version) === precedenceKey(version));
    if (branch) {
      return block(
        `${model} ${version} is being registered by another run (branch ${branch.branch}, with other files): ask for \`patch\`, \`minor\` or \`major\` to get the next free version, or close that pull request and delete its branch`
      );
    }
    const release = remote.releases.find((r) => {
      const v = versionFromTag(registry.settings.tag_format, model, r.tag_name);
      return v !== void 0 && precedenceKey(v) === precedenceKey(version);
    });
    if (release) {
      return block(
        `${model} ${version} already has a ${release.draft ? "draft " : ""}release (tag ${release.tag_name}) that is not this registration's: it was not touched; ask for another version, or delete that ${release.draft ? "draft" : "release"} if it is a leftover`
      );
    }
    const tag = remote.tags?.find((t) => {
      const v = versionFromTag(registry.settings.tag_format, model, t);
      return v !== void 0 && precedenceKey(v) === precedenceKey(version);
    });
    if (tag)
      return block(
        `${model} ${version} already has the tag ${tag}, though the registry has no such version: it was not touched; ask for another version, or delete the tag if it is a leftover`
      );
  } else {
    version = nextVersion([...onDefault, ...pendingVersions, ...tagged], request.level);
  }
  return finish(plan, "create", version, build(version, inputCreated ?? isoSeconds(input.now)));
  function finish(plan2, action, version2, built) {
    const tag = tagName(registry.settings, model, version2);
    const branch = registerBranch(model, version2);
    plan2.version = version2;
    plan2.tag = tag;
    plan2.branch = branch;
    plan2.files = [...built.files].map(([path, bytes]) => ({ path, content: decoder.decode(bytes) }));
    plan2.warnings.push(...built.warnings);
    const metricsPath = `${versionDir(model, version2)}/${input.metrics.fileName}`;
    if (metricsFile.bytes === input.metrics.bytes) plan2.fileLabels[metricsPath] = input.metrics.source;
    plan2.assets = input.artifacts.map((a) => ({
      name: a.name,
      path: a.localPath,
      size: a.size,
      sha256: a.sha256,
      contentType: a.mediaType ?? "application/octet-stream"
    }));
    let overlaid = registry;
    if (action !== "registered") {
      const checked = validateOverlay(remote.snapshot, built.files);
      plan2.problems.push(...checked.problems);
      overlaid = checked.registry;
      if (checked.problems.some((p) => p.severity === "error")) {
        const made = input.card ? ` (${versionDir(model, version2)}/${CARD_FILE} is made from ${input.card.source} and what the run knows)` : "";
        plan2.errors.push(`${model} ${version2} would not pass the registry's checks${made}: fix the inputs; nothing was written`);
      }
    }
    const tagProblem = tagNameProblem(tag);
    if (tagProblem && !plan2.problems.some((p) => p.rule === "invalid-tag")) {
      plan2.errors.push(
        `the release tag \`${tag}\` is not a name git accepts (${tagProblem}): fix tag_format in the registry's registry.yaml first; nothing was written`
      );
    }
    plan2.commitMessage = commitMessage(model, version2, plan2.newModel, input.run);
    if (plan2.assets.length) {
      plan2.release = {
        tag,
        name: `${model} ${version2}`,
        targetCommitish: remote.defaultBranch,
        body: draftBody(model, version2, branch, input.run)
      };
    }
    plan2.pullRequest = {
      title: pullRequestTitle(model, version2, plan2.newModel),
      body: pullRequestBody({
        registry: overlaid,
        model,
        version: version2,
        newModel: plan2.newModel,
        tag,
        branch,
        repository,
        run: input.run,
        artifacts: input.artifacts,
        autoMerge: input.autoMerge
      }),
      head: branch,
      base: remote.defaultBranch
    };
    plan2.action = plan2.errors.length ? "blocked" : action;
    return plan2;
  }
}
function validateOverlay(snapshot, files, others = []) {
  const before = validateSnapshot(snapshot);
  const known = new Set(before.report.problems.map(problemKey));
  const added = /* @__PURE__ */ new Set([...files.keys(), ...others.map((e) => e.path)]);
  const entries = snapshot.entries.filter((e) => !added.has(e.path));
  for (const [path, bytes] of files) entries.push({ path, type: "file", size: bytes.length, bytes });
  entries.push(...others);
  const after = validateSnapshot({ entries });
  const problems = after.report.problems.filter((p) => added.has(p.file) || !known.has(problemKey(p)));
  return { problems, registry: after.registry };
}
function problemKey(p) {
  return `${p.file}:${p.line}:${p.column}:${p.rule}:${p.message}`;
}
function createdOf(bytes) {
  const read = readInputDocument({ source: "card.yaml", bytes });
  return isRecord(read.value) && typeof read.value.created === "string" ? read.value.created : void 0;
}
function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function commitMessage(model, version, newModel, run) {
  const lines = [`Register ${model} ${version}${newModel ? " (new model)" : ""}`, ""];
  if (run.codeRepo && run.commit) lines.push(`Trained from ${run.codeRepo}@${run.commit}.`);
  if (run.runUrl) lines.push(`Training run: ${run.runUrl}`);
  lines.push("Proposed by model-registry register.");
  return lines.join("\n");
}
function draftBody(model, version, branch, run) {
  return [
    `Draft of ${model} ${version}: it holds the artifacts that \`model-registry register\` uploaded${run.runUrl ? ` from ${run.runUrl}` : ""}.`,
    "",
    `When the pull request from the branch \`${branch}\` is merged, the release step checks every asset against the card, adds card.yaml, the metrics file and SHA256SUMS, writes the notes and publishes it. Do not publish it by hand.`
  ].join("\n");
}

export {
  VERDICT_WORDS,
  compareValues,
  metricTitle,
  compareMetrics,
  metricTable,
  readInputDocument,
  isoSeconds,
  buildCard,
  parseVersionRequest,
  isTaken,
  nextVersion,
  versionFromBranch,
  tagPrefix,
  MAX_ASSET_BYTES,
  MAX_ASSETS_PER_RELEASE,
  MAX_RELEASE_BODY,
  DEFAULT_MAX_RELEASES,
  parseMaxReleases,
  METRICS_FORMATS,
  metricNames,
  buildMetricsFile,
  addStatsToCardText,
  prepareInputs,
  planRegistration,
  validateOverlay
};
