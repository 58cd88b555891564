import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  terminalText
} from "./chunk-NQUV3GZM.js";
import {
  CROSS_FILE_RULES,
  ENTRY_RULES,
  GLOBAL_RULES,
  buildRegistry,
  checkDocument,
  checkEntries,
  checkEveryModelFolder,
  checkModelFolders,
  compareProblems,
  formatDelta,
  formatNumber,
  isRecord,
  metricNumber,
  runRules,
  skeletonModel,
  tagName
} from "./chunk-GW4K3VYB.js";
import {
  REGISTRY_FILE,
  classifyPath,
  documentKind,
  isDocumentPath,
  readModelFolder,
  readRegistryDocument,
  readTopLevel
} from "./chunk-HVXGKAEQ.js";
import {
  GitError,
  UsageError
} from "./chunk-S7NA6TUP.js";

// src/core/output/text-format.ts
var PLAIN = { red: (t) => t, yellow: (t) => t, bold: (t) => t, dim: (t) => t };
var ANSI = {
  red: (t) => `\x1B[31m${t}\x1B[39m`,
  yellow: (t) => `\x1B[33m${t}\x1B[39m`,
  bold: (t) => `\x1B[1m${t}\x1B[22m`,
  dim: (t) => `\x1B[2m${t}\x1B[22m`
};
function formatProblemText(problem, sourceLine, style, fileLabel = problem.file) {
  const severity = problem.severity === "error" ? style.red("error") : style.yellow("warning");
  const head = `${style.bold(`${printable(fileLabel)}:${problem.line}:${problem.column}`)}: ${severity}: ${printable(problem.message, 2e3)} ${style.dim(`[${problem.rule}]`)}`;
  if (sourceLine === void 0) return head;
  const shown = printable(sourceLine);
  const gutter = `${problem.line} | `;
  const caretPad = printable(sourceLine.slice(0, Math.max(0, problem.column - 1))).replace(/[^\t]/g, " ");
  return `${head}
${style.dim(gutter)}${shown}
${" ".repeat(gutter.length)}${caretPad}${style.bold("^")}`;
}
function printable(text, max = 200) {
  return terminalText(text.slice(0, max), { keepTabs: true });
}

// src/adapters/git/git.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/core/registry/snapshot.ts
function foldersAtFilePlaces(entries) {
  const out = [];
  const folders = new Set(entries.filter((e) => e.type === "directory").map((e) => e.path));
  for (const entry of entries) {
    const folder = documentFolderOf(entry.path);
    if (folder === void 0) out.push(entry);
    else if (!folders.has(folder)) {
      folders.add(folder);
      out.push({ path: folder, type: "directory", size: 0 });
    }
  }
  return out;
}
function documentFolderOf(path) {
  if (path.startsWith(`${REGISTRY_FILE}/`)) return REGISTRY_FILE;
  const info = classifyPath(path);
  const inner = info.kind === "model-file" || info.kind === "version-file" ? info.inner : void 0;
  const slash = inner?.indexOf("/") ?? -1;
  if (inner === void 0 || slash === -1) return void 0;
  const folder = path.slice(0, path.length - inner.length + slash);
  return isDocumentPath(folder) ? folder : void 0;
}

// src/adapters/git/run-git.ts
import { spawn, spawnSync } from "node:child_process";
var MAX_BUFFER = 1024 * 1024 * 1024;
function runGit(args, options = {}) {
  const result = spawnSync("git", args, {
    cwd: options.cwd,
    input: options.input,
    env: options.env,
    maxBuffer: MAX_BUFFER,
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
  });
  return { status: result.status, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr?.toString() ?? "", error: result.error };
}

// src/adapters/git/git.ts
function git(cwd, args, input, env) {
  const result = runGit(args, { cwd, input, env: env && { ...process.env, ...env } });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split("\n")[0]}`);
  }
  return result.stdout;
}
function repositoryPrefix(root) {
  return git(root, ["rev-parse", "--show-prefix"]).toString().trim();
}
function repositoryTop(root) {
  return git(root, ["rev-parse", "--show-toplevel"]).toString().trim();
}
function resolveCommit(root, ref) {
  if (ref.startsWith("-")) throw new GitError(`not a git ref: ${ref}`);
  try {
    return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).toString().trim();
  } catch {
    throw new GitError(`git ref \`${ref}\` does not exist here (is the history fetched? actions/checkout needs fetch-depth: 0)`);
  }
}
function listTree(root, commit) {
  const prefix = repositoryPrefix(root);
  const out = git(root, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", `${prefix}registry.yaml`, `${prefix}models`]).toString();
  const files = [];
  for (const record of out.split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("	");
    const [mode, type, blob] = record.slice(0, tab).split(" ");
    if (type !== "blob") continue;
    files.push({ path: record.slice(tab + 1).slice(prefix.length), mode, blob });
  }
  return files;
}
function readBlobs(root, blobs) {
  const result = /* @__PURE__ */ new Map();
  if (blobs.length === 0) return result;
  const out = git(root, ["cat-file", "--batch"], `${blobs.join("\n")}
`);
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    const [id, , sizeText] = out.subarray(offset, newline).toString().split(" ");
    const size = Number(sizeText);
    result.set(id, out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return result;
}
function snapshotAtCommit(root, commit) {
  const files = listTree(root, commit);
  const documents = files.filter((f) => isDocumentPath(f.path) && f.mode !== "120000");
  const blobs = readBlobs(root, [...new Set(documents.map((f) => f.blob))]);
  const entries = files.map((f) => {
    const type = f.mode === "120000" ? "symlink" : f.mode.startsWith("10") ? "file" : "other";
    const bytes = type === "file" && isDocumentPath(f.path) ? blobs.get(f.blob) : void 0;
    return { path: f.path, type, size: bytes?.length ?? 0, bytes };
  });
  return { entries: foldersAtFilePlaces(entries) };
}
function baseState(root, baseCommit, current, tagFor) {
  const released = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Set();
  const add = (files) => {
    for (const file of files) {
      const info = classifyPath(file.path);
      if (info.kind !== "card" && info.kind !== "metrics" && info.kind !== "version-file") continue;
      released.set(file.path, file.blob);
      dirs.add(file.path.split("/").slice(0, 4).join("/"));
    }
  };
  const baseFiles = listTree(root, baseCommit);
  add(baseFiles);
  const settingsFile = baseFiles.find((f) => f.path === "registry.yaml" && f.mode.startsWith("10"));
  const settingsBytes = settingsFile ? readBlobs(root, [settingsFile.blob]).get(settingsFile.blob) : void 0;
  if (tagFor) {
    const tags = localTags(root);
    const candidates = /* @__PURE__ */ new Map();
    for (const entry of current) {
      const info = classifyPath(entry.path);
      if (info.kind !== "card" && info.kind !== "metrics" && info.kind !== "version-file") continue;
      const dir = entry.path.split("/").slice(0, 4).join("/");
      if (!dirs.has(dir)) candidates.set(dir, { model: info.model, version: info.version });
    }
    for (const [dir, { model, version }] of candidates) {
      const tag = tagFor(model, version);
      if (tags.has(tag)) add(listTree(root, `refs/tags/${tag}`).filter((f) => f.path.startsWith(`${dir}/`)));
    }
  }
  const inReleasedDirs = current.filter((e) => dirs.has(e.path.split("/").slice(0, 4).join("/")) && e.type === "file");
  const now = hashObjects(
    root,
    inReleasedDirs.map((e) => e.path)
  );
  return { released, current: now, settingsBytes };
}
function localTags(root) {
  const out = git(root, ["for-each-ref", "--format=%(refname:strip=2)", "refs/tags"]).toString();
  return new Set(out.split("\n").filter(Boolean));
}
var UNTRACKABLE = "untrackable";
function hashObjects(root, paths) {
  const ids = /* @__PURE__ */ new Map();
  if (paths.length === 0) return ids;
  const prefix = repositoryPrefix(root);
  const scratch = mkdtempSync(join(tmpdir(), "model-registry-index-"));
  try {
    const env = { GIT_INDEX_FILE: join(scratch, "index") };
    const top = repositoryTop(root);
    git(top, ["update-index", "--add", "-z", "--stdin"], Buffer.from(paths.map((p) => `${prefix}${p}\0`).join(""), "utf8"), env);
    const out = git(top, ["ls-files", "--stage", "-z"], void 0, env).toString("utf8");
    for (const record of out.split("\0")) {
      if (!record) continue;
      const tab = record.indexOf("	");
      const path = record.slice(tab + 1);
      if (path.startsWith(prefix)) ids.set(path.slice(prefix.length), record.slice(0, tab).split(" ")[1]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const path of paths) if (!ids.has(path)) ids.set(path, UNTRACKABLE);
  return ids;
}

// src/app/validate-registry.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

// src/core/validate.ts
function validateSnapshot(snapshot, options = {}) {
  const documents = snapshot.entries.filter((e) => e.type === "file" && e.bytes && documentKind(e.path)).map((e) => checkDocument(e.path, e.bytes, e.size));
  const texts = new Map(snapshot.entries.filter((e) => e.bytes).map((e) => [e.path, e.bytes]));
  return crossCheck(documents, snapshot.entries, options, (path) => texts.get(path));
}
function crossCheck(documents, entries, options, readDocument) {
  const registry = buildRegistry(documents, entries);
  return assembleValidation(
    registry,
    entries,
    CROSS_FILE_RULES,
    documents.flatMap((d) => d.problems),
    readDocument,
    options.base
  );
}
function validateFromModels(topEntries, topDocuments, models, readDocument) {
  const top = buildRegistry(topDocuments, topEntries);
  const registry = { ...top, models: new Map(models.map((m) => [m.summary.name, skeletonModel(m.summary)])) };
  const found = topDocuments.flatMap((d) => d.problems);
  for (const model of models) for (const p of model.problems) found.push(p);
  return assembleValidation(registry, topEntries, [...ENTRY_RULES, ...GLOBAL_RULES], found, readDocument);
}
function assembleValidation(registry, entries, rules, problems, readDocument, base) {
  problems.push(...runRules(rules, { registry, entries: new Map(entries.map((e) => [e.path, e])), base }, readDocument));
  problems.sort(compareProblems);
  let versions = 0;
  for (const model of registry.models.values()) versions += model.versions.size;
  return { registry, report: { ok: !problems.some((p) => p.severity === "error"), models: registry.models.size, versions, problems: dedupe(problems) } };
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.rule}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/adapters/workers/parallel-check.ts
import { fork } from "node:child_process";
async function validateInParallel(workerFile, root, parts) {
  const top = readTopLevel(root);
  const helpers = Array.from({ length: parts - 1 }, (_, i) => runHelper(workerFile, { root, models: top.modelFolders, part: i + 1, parts }));
  const topDocuments = checkEntries(top.entries.map((e) => ({ ...e })));
  const mine = checkModelFolders({ root, models: top.modelFolders, part: 0, parts });
  return validatedFromChunks(root, top.entries, topDocuments, [mine, ...await Promise.all(helpers)]);
}
async function validateVisiting(root, onModel) {
  const top = readTopLevel(root);
  const documents = checkEntries(top.entries.map((e) => ({ ...e })));
  const chunks = await checkEveryModelFolder(root, { ...top, documents }, onModel);
  return validatedFromChunks(root, top.entries, documents, [chunks]);
}
function validatedFromChunks(root, topEntries, topDocuments, shares) {
  const chunks = shares.flat().sort((a, b) => a.index - b.index);
  return validateFromModels(topEntries, topDocuments, chunks, (path) => readRegistryDocument(root, path));
}
function runHelper(file, job) {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { serialization: "advanced", stdio: ["ignore", "ignore", "inherit", "ipc"] });
    let results;
    child.once("message", (message) => {
      results = message;
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (results) resolve(results);
      else reject(new Error(`validation helper process stopped with exit code ${code}`));
    });
    child.send(job);
  });
}

// src/app/validate-registry.ts
var PARALLEL_THRESHOLD = 100;
async function validateRegistry(options) {
  const { root } = options;
  const workerFile = fileURLToPath(new URL("./check-worker.js", import.meta.url));
  const threads = workerCount();
  const top = readTopLevel(root);
  if (options.needRegistry === false && !options.base) {
    const parallel = threads > 1 && top.modelFolders.length >= PARALLEL_THRESHOLD && existsSync(workerFile);
    return validateInParallel(workerFile, root, parallel ? threads : 1);
  }
  const topDocuments = checkEntries(top.entries);
  const entries = [...top.entries];
  const documents = [...topDocuments];
  for (const model of top.modelFolders) {
    const modelEntries = readModelFolder(root, model);
    for (const d of checkEntries(modelEntries)) documents.push(d);
    for (const e of modelEntries) entries.push(e);
  }
  let base;
  if (options.base) {
    const settings = buildRegistry(topDocuments, top.entries).settings;
    base = baseState(root, resolveCommit(root, options.base), entries, (model, version) => tagName(settings, model, version));
  }
  return crossCheck(documents, entries, { base }, (path) => readRegistryDocument(root, path));
}
function workerCount() {
  const configured = Number(process.env.MODEL_REGISTRY_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return Math.min(configured, 8);
  return Math.min(availableParallelism(), 8);
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseFlags(argv, spec) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...spec, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(error.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

// src/app/clock.ts
function clock() {
  const fixed = process.env.MODEL_REGISTRY_NOW;
  const date = fixed ? new Date(fixed) : /* @__PURE__ */ new Date();
  return Number.isNaN(date.getTime()) ? /* @__PURE__ */ new Date() : date;
}
function buildTime(env = process.env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH?.trim() ? new Date(epoch * 1e3).toISOString() : (/* @__PURE__ */ new Date()).toISOString();
}

// src/core/registry/load.ts
function loadRegistry(snapshot) {
  const documents = snapshot.entries.filter((e) => e.type === "file" && e.bytes && documentKind(e.path)).map((e) => checkDocument(e.path, e.bytes, e.size));
  return buildRegistry(documents, snapshot.entries);
}

// src/core/text/markdown-escape.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "`": "&#96;",
  "!": "&#33;",
  "\\": "&#92;",
  $: "&#36;"
};
var ZWSP = "\u200B";
function neutraliseBidi(text) {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function mdText(value, maxLength = 500) {
  let text = neutraliseBidi(String(value ?? "").replace(/[\r\n\t]+/g, " ")).replace(CONTROLS, "");
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}\u2026`;
  text = text.replace(/@/g, `@${ZWSP}`).replace(/#/g, `#${ZWSP}`).replace(/(gh)-(?=\d)/gi, `$1-${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
  return text.replace(/[&<>"'|[\]()*_~`!\\$]/g, (c) => ENTITIES[c]);
}
function mdCode(value, maxLength = 200) {
  let text = neutraliseBidi(String(value ?? "").replace(/[\r\n\t]+/g, " ")).replace(CONTROLS, "");
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}\u2026`;
  text = text.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text || " "}${pad}${fence}`;
}
function mdLink(text, url) {
  return `[${text}](${url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})`;
}

// src/core/output/metric-table.ts
var VERDICT_ICON = { better: "\u{1F7E2}", worse: "\u{1F534}", same: "\u26AA", unknown: "\u26AA" };
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
    return `${VERDICT_ICON[d.verdict]} ${arrow} ${formatDelta(d.delta)}`.replace(/ {2}/g, " ");
  });
  return `| ${mdText(row.name)}${direction} | ${formatNumber(row.value)}${unit}${ci} | ${cells.join(" | ")}${cells.length ? " |" : ""}`;
}

// src/core/report/metric-comparison.ts
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
      const delta = own ? roundDelta(own.value - other.value) : NaN;
      against[label] = { version, value: other.value, delta, verdict: own ? judge(delta, definition?.direction) : "unknown" };
    }
    return { name, value: own?.value, unit: definition?.unit, direction: definition?.direction, ci: own?.ci, against };
  });
}
function roundDelta(delta) {
  return Math.abs(delta) < 1e-12 ? 0 : Number(delta.toPrecision(12));
}

// src/core/text/shell-quote.ts
function shellQuote(text) {
  return /^[A-Za-z0-9._+:@%/=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export {
  PLAIN,
  ANSI,
  formatProblemText,
  validateSnapshot,
  foldersAtFilePlaces,
  runGit,
  resolveCommit,
  snapshotAtCommit,
  validateVisiting,
  validateRegistry,
  parseFlags,
  oneOf,
  judge,
  compareMetrics,
  loadRegistry,
  neutraliseBidi,
  mdText,
  mdCode,
  mdLink,
  metricTable,
  shellQuote,
  clock,
  buildTime
};
