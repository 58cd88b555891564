import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runGit,
  runGitAsync
} from "./chunk-BTEJVRJL.js";
import {
  crossCheck,
  loadRegistry,
  validateFromModels
} from "./chunk-3XOCLLN2.js";
import {
  checkEveryModelFolder,
  checkModelFolders
} from "./chunk-WC7I4LJN.js";
import {
  checkDocument,
  checkEntries,
  checkModel,
  detachRecord,
  formatNumber,
  judgedPolicy,
  locateAll,
  metricDelta,
  parsePrecise,
  registrySettings,
  suggestModelName
} from "./chunk-HEELOUZM.js";
import {
  assertReadableRoot,
  errorCode,
  openRegistryFile,
  readModelFolder,
  readRegistryDocument,
  readTopLevel
} from "./chunk-4X3IGKZ4.js";
import {
  asArray,
  atValue,
  buildRegistry,
  compareProblems,
  isRecord,
  isValidModelName,
  isValidVersion,
  metricNumber,
  own,
  require_semver,
  sortVersionEntries,
  tagName
} from "./chunk-TSDIAPAP.js";
import {
  foldersAtFilePlaces
} from "./chunk-EVLFZUIY.js";
import {
  MODELS_DIR,
  REGISTRY_FILE,
  classifyPath,
  isDocumentPath,
  modelFile
} from "./chunk-42CJQNK5.js";
import {
  CodeownersWriteError,
  GitError,
  UsageError
} from "./chunk-IRJELCYE.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/adapters/git/repository-root.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
function repositoryPlace(folder) {
  const real = realpathSync(folder);
  for (let dir = real; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) {
      const inside = relative(dir, real);
      return { top: dir, prefix: inside ? `${inside.split(sep).join("/")}/` : "", inGit: true };
    }
    if (dirname(dir) === dir) return { top: real, prefix: "", inGit: false };
  }
}

// src/app/validate-registry.ts
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

// src/adapters/git/git.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
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
function listTree(root, commit, paths = ["registry.yaml", "models"]) {
  const prefix = repositoryPrefix(root);
  if (paths.length === 0) return [];
  const literal = paths.map((p) => `:(literal)${prefix}${p}`);
  const out = git(root, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...literal]).toString();
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
function snapshotAtCommit(root, commit, models) {
  const files = listTree(root, commit, models && ["registry.yaml", ...models.map((m) => `models/${m}`)]);
  const documents = files.filter((f) => isDocumentPath(f.path) && f.mode !== "120000");
  const blobs = readBlobs(root, [...new Set(documents.map((f) => f.blob))]);
  const entries = files.map((f) => {
    const type = f.mode === "120000" ? "symlink" : f.mode.startsWith("10") ? "file" : "other";
    const bytes = type === "file" && isDocumentPath(f.path) ? blobs.get(f.blob) : void 0;
    return { path: f.path, type, size: bytes?.length ?? 0, bytes };
  });
  return { entries: foldersAtFilePlaces(entries) };
}
function baseState(root, baseCommit, current, scope, tagFor) {
  const released = /* @__PURE__ */ new Map();
  const tagged = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Set();
  const add = (files) => {
    for (const file of files) {
      const info = classifyPath(file.path);
      if (info.kind !== "card" && info.kind !== "metrics" && info.kind !== "version-file") continue;
      released.set(file.path, file.blob);
      dirs.add(versionDir(file.path));
    }
  };
  const baseFiles = listTree(root, baseCommit, scope.models ? ["registry.yaml", ...scope.models.map((m) => `models/${m}/versions`)] : void 0);
  add(baseFiles);
  const settingsFile = baseFiles.find((f) => f.path === "registry.yaml" && f.mode.startsWith("10"));
  const settingsBytes = settingsFile ? readBlobs(root, [settingsFile.blob]).get(settingsFile.blob) : void 0;
  if (tagFor) {
    const candidates = [...scope.changedDirs].filter((dir) => !dirs.has(dir) && dir.split("/").length === 4);
    const tags = candidates.length ? localTags(root) : /* @__PURE__ */ new Set();
    for (const dir of candidates) {
      const [, model, , version] = dir.split("/");
      const tag = tagFor(model, version);
      if (!tags.has(tag)) continue;
      add(listTree(root, `refs/tags/${tag}`, [dir]).filter((f) => f.path.startsWith(`${dir}/`)));
      tagged.set(dir, tag);
    }
  }
  const changed = current.filter((e) => e.type === "file" && dirs.has(versionDir(e.path)) && scope.changedDirs.has(versionDir(e.path)));
  const now = hashObjects(
    root,
    changed.map((e) => e.path)
  );
  for (const [path, blob] of released) if (!scope.changedDirs.has(versionDir(path))) now.set(path, blob);
  return { released, current: now, settingsBytes, tagged };
}
function versionDir(path) {
  return path.split("/").slice(0, 4).join("/");
}
function localTags(root) {
  const out = git(root, ["for-each-ref", "--format=%(refname:strip=2)", "refs/tags"]).toString();
  return new Set(out.split("\n").filter(Boolean));
}
function localTagNames(root) {
  const shallow = runGit(["rev-parse", "--is-shallow-repository"], { cwd: root });
  if (shallow.status !== 0 || shallow.stdout.toString().trim() !== "false") return void 0;
  const out = runGit(["for-each-ref", "--format=%(refname:strip=2)", "refs/tags"], { cwd: root });
  return out.status === 0 ? new Set(out.stdout.toString().split("\n").filter(Boolean)) : void 0;
}
var UNTRACKABLE = "untrackable";
function hashObjects(root, paths) {
  const ids = /* @__PURE__ */ new Map();
  if (paths.length === 0) return ids;
  const prefix = repositoryPrefix(root);
  const scratch = mkdtempSync(join2(tmpdir(), "model-registry-index-"));
  try {
    const env = { GIT_INDEX_FILE: join2(scratch, "index") };
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

// src/adapters/workers/parallel-check.ts
import { Worker } from "node:worker_threads";
async function validateInParallel(workerFile, root, parts, against) {
  return (await checkInParallel(workerFile, root, parts, false, against)).validated;
}
async function auditInParallel(workerFile, root, parts) {
  const { validated, chunks } = await checkInParallel(workerFile, root, parts, true);
  const views = chunks.flatMap((c) => c.model ? [c.model] : []).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { ...validated, registry: { ...validated.registry, models: new Map(views.map((m) => [m.name, m])) } };
}
async function checkInParallel(workerFile, root, parts, audit, against) {
  const top = readTopLevel(root);
  const job = { root, models: top.modelFolders, next: new Int32Array(new SharedArrayBuffer(4)), ...audit ? { audit } : {} };
  const helpers = Array.from({ length: parts - 1 }, () => runHelper(workerFile, job));
  const topDocuments = checkEntries(top.entries.map((e) => ({ ...e })));
  const mine = checkModelFolders(job);
  const chunks = [mine, ...await Promise.all(helpers)].flat().sort((a, b) => a.index - b.index);
  return { validated: validatedFromChunks(root, top.entries, topDocuments, chunks, against), chunks };
}
async function validateVisiting(root, onModel) {
  const top = readTopLevel(root);
  const documents = checkEntries(top.entries.map((e) => ({ ...e })));
  const chunks = await checkEveryModelFolder(root, { ...top, documents }, onModel);
  return validatedFromChunks(root, top.entries, documents, chunks);
}
function validatedFromChunks(root, topEntries, topDocuments, chunks, against) {
  return validateFromModels(topEntries, topDocuments, chunks, (path) => readRegistryDocument(root, path), against);
}
function runHelper(file, job) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: job });
    let results;
    worker.once("message", (message) => {
      results = message;
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (results) resolve(results);
      else reject(new Error(`validation helper thread stopped with exit code ${code}`));
    });
  });
}

// src/app/update-codeowners.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { join as join4, relative as relative2, sep as sep2 } from "node:path";

// src/core/codeowners/expected.ts
var UNSAFE_PATH_RE = /[\\#*?[\]!\u0000-\u001f\u007f-\u009f]/;
function unsafePrefix(prefix) {
  const bad = UNSAFE_PATH_RE.exec(prefix);
  if (!bad) return void 0;
  return `the registry's folder ${JSON.stringify(prefix)} holds ${JSON.stringify(bad[0])}, which a CODEOWNERS pattern reads as syntax: move the registry to a folder whose path has none of \\ # * ? [ ] ! or control characters`;
}
function expectedOwners(ownership, prefix, codeownersFile) {
  const registry = `/${prefix}`;
  const lines = [];
  const { maintainers } = ownership;
  if (maintainers.length > 0) {
    lines.push({ pattern: `${registry}registry.yaml`, owners: maintainers, subject: { kind: "registry" } });
    lines.push({ pattern: `${registry}models/`, owners: maintainers, subject: { kind: "models" } });
    if (prefix === "") lines.push({ pattern: "/.github/", owners: maintainers, subject: { kind: "github" } });
    if (prefix !== "" || !codeownersFile.startsWith(".github/")) {
      lines.push({ pattern: `/${codeownersFile}`, owners: maintainers, subject: { kind: "codeowners" } });
    }
  }
  const unowned = [];
  for (const { model, owners } of ownership.models) {
    if (owners) lines.push({ pattern: `${registry}models/${model}/`, owners, subject: { kind: "model", model } });
    else unowned.push(model);
  }
  return { registry, lines, unowned, renamed: ownership.renamed };
}
function escapePattern(pattern) {
  return pattern.replace(/ /g, "\\ ");
}

// src/core/codeowners/parse.ts
var SPACE = /[ \t]/;
function parseCodeowners(text) {
  const rules = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    let i = 0;
    while (i < line.length && SPACE.test(line[i])) i++;
    if (i === line.length || line[i] === "#") return;
    const patternColumn = i + 1;
    let pattern = "";
    while (i < line.length && !SPACE.test(line[i])) {
      if (line[i] === "\\" && i + 1 < line.length) i++;
      pattern += line[i++];
    }
    const owners = [];
    for (; ; ) {
      while (i < line.length && SPACE.test(line[i])) i++;
      if (i === line.length || line[i] === "#") break;
      const column = i + 1;
      let token = "";
      while (i < line.length && !SPACE.test(line[i])) token += line[i++];
      owners.push({ text: token, column });
    }
    rules.push({ line: index + 1, pattern, patternColumn, owners, endColumn: line.trimEnd().length + 1 });
  });
  return rules;
}
function patternKey(pattern) {
  let key = pattern;
  if (!key.startsWith("/") && key.slice(0, -1).includes("/")) key = `/${key}`;
  if (key.endsWith("/**")) key = key.slice(0, -2);
  if (key.length > 1 && key.endsWith("/")) key = key.slice(0, -1);
  return key;
}

// src/core/codeowners/render.ts
var COMMAND = "model-registry codeowners";
function beginMarker(registry) {
  return `# BEGIN model-registry ${escapePattern(registry)}`;
}
function endMarker(registry) {
  return `# END model-registry ${escapePattern(registry)}`;
}
function renderSection(expected) {
  const out = [
    beginMarker(expected.registry),
    `# Generated by \`${COMMAND}\` from registry.yaml's maintainers and each model.yaml's owners.`,
    `# Do not edit these lines: change the owners there, then run \`${COMMAND}\` to regenerate them`,
    "# (`validate` warns while they are out of step). GitHub applies the last matching line, so",
    "# each model folder is owned by its model's owners, everything else here by the maintainers."
  ];
  if (!expected.lines.some((l) => l.subject.kind === "registry")) {
    out.push("# registry.yaml lists no maintainers: registry.yaml and new model folders have no code owners here.");
  }
  for (const line of expected.lines) out.push(`${escapePattern(line.pattern)} ${line.owners.join(" ")}`);
  for (const model of expected.unowned) out.push(`# models/${model}/model.yaml lists no valid owners: its folder falls to the models/ line.`);
  out.push(endMarker(expected.registry));
  return `${out.join("\n")}
`;
}
function placeSection(existing, section, registry) {
  if (existing === void 0 || existing.trim() === "") return section;
  const lines = existing.split("\n");
  const begin = lines.findIndex((l) => l.trimEnd() === beginMarker(registry));
  const end = begin < 0 ? -1 : lines.findIndex((l, i) => i > begin && l.trimEnd() === endMarker(registry));
  if (begin >= 0 && end > begin) {
    const before = lines.slice(0, begin).join("\n");
    return `${begin > 0 ? `${before}
` : ""}${section}${lines.slice(end + 1).join("\n")}`;
  }
  const body = existing.endsWith("\n") ? existing : `${existing}
`;
  return `${body}
${section}`;
}

// src/core/codeowners/compare.ts
function compareCodeowners(expected, text) {
  const rules = parseCodeowners(text);
  const last = /* @__PURE__ */ new Map();
  for (const rule of rules) last.set(patternKey(rule.pattern), rule);
  const differences = [];
  for (const line of expected.lines) {
    const rule = last.get(patternKey(line.pattern));
    if (!rule) differences.push({ kind: "missing", expected: line });
    else if (!sameOwners(
      line.owners,
      rule.owners.map((o) => o.text)
    ))
      differences.push({ kind: "different", expected: line, rule });
  }
  const models = patternKey(`${expected.registry}models/`) + "/";
  const known = new Set(expected.lines.flatMap((l) => l.subject.kind === "model" ? [l.subject.model] : []));
  for (const model of expected.unowned) known.add(model);
  for (const model of expected.renamed) known.add(model);
  for (const [key, rule] of last) {
    if (!key.startsWith(models)) continue;
    const model = key.slice(models.length);
    if (isValidModelName(model) && !known.has(model)) differences.push({ kind: "stale", model, rule });
  }
  return differences.sort((a, b) => position(a) - position(b));
}
function sameOwners(want, have) {
  const norm = (list2) => [...new Set(list2.map((o) => o.toLowerCase()))].sort().join(" ");
  return norm(want) === norm(have);
}
function position(d) {
  return d.kind === "missing" ? 0 : d.rule.line;
}
function codeownersProblems(expected, text, file) {
  const sectionLine = text.split("\n").findIndex((l) => l.trimEnd() === beginMarker(expected.registry)) + 1 || 1;
  return compareCodeowners(expected, text).map((d) => {
    const [line, column] = d.kind === "missing" ? [sectionLine, 1] : d.kind === "different" ? [d.rule.line, differingColumn(d)] : [d.rule.line, d.rule.patternColumn];
    return { file, line, column, severity: "warning", rule: "codeowners-out-of-step", message: differenceMessage(d) };
  });
}
function differingColumn(d) {
  const want = new Set(d.expected.owners.map((o) => o.toLowerCase()));
  return d.rule.owners.find((o) => !want.has(o.text.toLowerCase()))?.column ?? d.rule.endColumn;
}
function differenceMessage(d) {
  const fix = `run \`${COMMAND}\``;
  if (d.kind === "stale") {
    return `\`${escapePattern(d.rule.pattern)}\` gives owners to model \`${d.model}\`, which is not in the registry: ${fix} to remove the line`;
  }
  const { pattern, owners, subject } = d.expected;
  const want = `${list(owners)} (${source(subject)})`;
  if (d.kind === "missing")
    return `CODEOWNERS has no line for ${what(subject)} \`${escapePattern(pattern)}\`, which should be owned by ${want}: ${fix} to add it`;
  const have = d.rule.owners.length ? list(d.rule.owners.map((o) => o.text)) : "nobody";
  return `${capital(what(subject))} \`${escapePattern(pattern)}\` is owned by ${have} here, but should be owned by ${want}: ${fix} to bring CODEOWNERS in step`;
}
function what(subject) {
  switch (subject.kind) {
    case "model":
      return `model \`${subject.model}\`'s folder`;
    case "models":
      return "the models folder";
    case "registry":
      return "the registry settings";
    case "github":
      return "the workflows folder";
    case "codeowners":
      return "the CODEOWNERS file";
  }
}
function source(subject) {
  return subject.kind === "model" ? `models/${subject.model}/model.yaml's owners` : "registry.yaml's maintainers";
}
function list(owners) {
  return owners.map((o) => `\`${o}\``).join(", ");
}
function capital(text) {
  return text[0].toUpperCase() + text.slice(1);
}
function differenceLine(d) {
  if (d.kind === "stale")
    return `- ${escapePattern(d.rule.pattern)} ${d.rule.owners.map((o) => o.text).join(" ")}  (model ${d.model} is not in the registry)`.trimEnd();
  const want = `${escapePattern(d.expected.pattern)} ${d.expected.owners.join(" ")}`;
  if (d.kind === "missing") return `+ ${want}`;
  return `~ ${want}  (was: ${d.rule.owners.map((o) => o.text).join(" ") || "no owners"})`;
}

// src/core/codeowners/ownership.ts
var OWNER_RE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;
function ownershipOf(settings, models) {
  const maintainers = handles(isRecord(settings) ? settings.maintainers : void 0) ?? [];
  const owned = models.filter((m) => isValidModelName(m.model)).map((m) => ({ model: m.model, owners: handles(isRecord(m.card) ? m.card.owners : void 0) })).sort((a, b) => a.model < b.model ? -1 : a.model > b.model ? 1 : 0);
  const renamed = models.filter((m) => !isValidModelName(m.model)).map((m) => suggestModelName(m.model));
  return { maintainers, models: owned, renamed };
}
function handles(value) {
  if (!Array.isArray(value) || value.length === 0) return void 0;
  return value.every((v) => typeof v === "string" && OWNER_RE.test(v)) ? value : void 0;
}

// src/adapters/fs/codeowners-file.ts
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { dirname as dirname2, join as join3 } from "node:path";
var CODEOWNERS_PLACES = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;
function findCodeowners(top) {
  for (const path of CODEOWNERS_PLACES) {
    const kind = entryKind(top, path);
    if (kind === "missing" || kind === "other") continue;
    if (kind === "link") return { path, refused: "symbolic-link" };
    const text = readText(join3(top, path));
    return text === void 0 ? { path, refused: "too-large" } : { path, text };
  }
  return void 0;
}
function entryKind(top, path) {
  const parts = path.split("/");
  let current = top;
  for (const [i, part] of parts.entries()) {
    current = join3(current, part);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      return "missing";
    }
    if (stat.isSymbolicLink()) return "link";
    if (i < parts.length - 1 && !stat.isDirectory()) return "missing";
    if (i === parts.length - 1) return stat.isFile() ? "file" : "other";
  }
  return "missing";
}
function readText(absolute) {
  const fd = openRegistryFile(absolute);
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_CODEOWNERS_BYTES) return void 0;
    const buffer = Buffer.alloc(size + 1);
    let length = 0;
    let read;
    while (length < buffer.length && (read = readSync(fd, buffer, length, buffer.length - length, null)) > 0) length += read;
    return length > size ? void 0 : buffer.subarray(0, length).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
var WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function writeCodeowners(top, path, text) {
  const kind = entryKind(top, path);
  if (kind === "link")
    throw new CodeownersWriteError(`refusing to write ${path}: it (or its folder) is a symbolic link, which is never followed; replace it with a plain file`);
  if (kind === "other") throw new CodeownersWriteError(`refusing to write ${path}: it is not a file`);
  const folder = dirname2(join3(top, path));
  if (kind === "missing") {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new CodeownersWriteError(`cannot create ${dirname2(path)}: ${error.message}`);
    }
    const again = entryKind(top, path);
    if (again === "link" || again === "other") throw new CodeownersWriteError(`refusing to write ${path}: its folder is a symbolic link or not a folder`);
  }
  let fd;
  try {
    fd = openSync(join3(top, path), WRITE_FLAGS, 420);
  } catch (error) {
    const code = errorCode(error);
    const why = code === "ELOOP" ? "it is a symbolic link, which is never followed" : error.message;
    throw new CodeownersWriteError(`refusing to write ${path}: ${why}`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new CodeownersWriteError(`refusing to write ${path}: it is not a file`);
    const data = Buffer.from(text, "utf8");
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}

// src/app/update-codeowners.ts
function updateCodeowners(options) {
  assertReadableRoot(options.root);
  const { top, prefix } = place(options.root, options.repoRoot);
  const unsafe = unsafePrefix(prefix);
  if (unsafe) throw new CodeownersWriteError(unsafe);
  const found = findCodeowners(top);
  if (found && "refused" in found) {
    throw new CodeownersWriteError(
      found.refused === "symbolic-link" ? `refusing to read or write ${found.path}: it (or its folder) is a symbolic link, which is never followed; replace it with a plain file` : `${found.path} is over 3 MB, which GitHub ignores: shorten it by hand first`
    );
  }
  const file = found?.path ?? CODEOWNERS_PLACES[0];
  const expected = expectedOwners(readOwnership(options.root), prefix, file);
  const existing = found?.text;
  const text = placeSection(existing, renderSection(expected), expected.registry);
  const differences = compareCodeowners(expected, existing ?? "");
  const changed = text !== existing;
  if (changed && options.write) writeCodeowners(top, file, text);
  return { file, absolute: join4(top, file), existed: found !== void 0, differences, changed, written: changed && options.write, text };
}
function codeownersCheck(root) {
  const { top, prefix } = place(root);
  if (unsafePrefix(prefix)) return [];
  const found = findCodeowners(top);
  if (!found) return [];
  const file = relative2(realpathSync2(root), join4(top, found.path)).split(sep2).join("/");
  if ("refused" in found) return [refusedProblem(found, file)];
  return codeownersProblems(expectedOwners(readOwnership(root), prefix, found.path), found.text, file);
}
function refusedProblem(found, file) {
  const message = found.refused === "symbolic-link" ? `${found.path} is a symbolic link (or in a linked folder), which the registry never follows: replace it with a plain file, then run \`model-registry codeowners\`` : `${found.path} is over 3 MB, which GitHub ignores: shorten it, then run \`model-registry codeowners\``;
  return { file, line: 1, column: 1, severity: "warning", rule: "codeowners-out-of-step", message };
}
function readOwnership(root) {
  const top = readTopLevel(root);
  const value = (path) => {
    const bytes = readRegistryDocument(root, path);
    return bytes ? checkDocument(path, bytes).value : void 0;
  };
  return ownershipOf(
    value(REGISTRY_FILE),
    top.modelFolders.map((model) => ({ model, card: value(modelFile(model)) }))
  );
}
function place(root, repoRoot) {
  if (repoRoot === void 0) return repositoryPlace(root);
  let top;
  try {
    top = realpathSync2(repoRoot);
  } catch {
    throw new UsageError(`--repo-root ${repoRoot} does not exist`);
  }
  const inside = relative2(top, realpathSync2(root));
  if (inside.startsWith("..") || inside.startsWith(sep2) || /^[A-Za-z]:/.test(inside)) {
    throw new UsageError(`--repo-root ${repoRoot} does not contain the registry folder ${root}`);
  }
  return { top, prefix: inside === "" ? "" : `${inside.split(sep2).join("/")}/` };
}

// src/app/validate-against-base.ts
import { lstatSync as lstatSync2 } from "node:fs";

// src/core/report/change-scope.ts
function changeScope(paths) {
  let global = false;
  const models = /* @__PURE__ */ new Set();
  const versionDirs = /* @__PURE__ */ new Set();
  for (const path of paths) {
    if (path === REGISTRY_FILE || path.startsWith(`${REGISTRY_FILE}/`) || path === MODELS_DIR) global = true;
    if (!path.startsWith(`${MODELS_DIR}/`)) continue;
    const parts = path.split("/");
    if (parts.length < 3) continue;
    models.add(parts[1]);
    if (parts[2] === "versions" && parts.length >= 4) versionDirs.add(parts.slice(0, 4).join("/"));
  }
  return { global, models: [...models].sort(), versionDirs };
}

// src/core/report/scoped-registry.ts
function untouchedSummaries(versionFolders, changed) {
  const summaries = /* @__PURE__ */ new Map();
  for (const [name, versions] of versionFolders) {
    if (changed.has(name)) continue;
    summaries.set(name, { name, versions: versions.map((version) => ({ version })) });
  }
  return summaries;
}
function followAncestors(changed, untouched, readCard) {
  const pending = [];
  for (const model of changed) for (const version of model.versions) pending.push(...version.parents ?? []);
  const visited = /* @__PURE__ */ new Set();
  const index = /* @__PURE__ */ new Map();
  while (pending.length > 0) {
    const parent = pending.pop();
    if (!isRecord(parent) || typeof parent.model !== "string" || typeof parent.version !== "string" || "uri" in parent) continue;
    const model = untouched.get(parent.model);
    if (!model || visited.has(`${parent.model}@${parent.version}`)) continue;
    visited.add(`${parent.model}@${parent.version}`);
    let versions = index.get(model.name);
    if (!versions) {
      model.versions = sortVersionEntries(model.versions.map((v) => [v.version, v])).map(([, v]) => v);
      index.set(model.name, versions = new Map(model.versions.map((v) => [v.version, v])));
    }
    const version = versions.get(parent.version);
    if (!version) continue;
    const path = `models/${model.name}/versions/${version.version}/card.yaml`;
    const card = readCard(path);
    if (card === void 0) continue;
    version.card = path;
    version.parents = isRecord(card) && isRecord(card.lineage) ? asArray(card.lineage.parents).map(detachRecord) : void 0;
    pending.push(...version.parents ?? []);
  }
}
function withModels(registry, full) {
  const models = new Map(registry.models);
  for (const model of full) models.set(model.name, model);
  return { ...registry, models: new Map([...models].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) };
}

// src/adapters/git/cached-status.ts
import {
  closeSync as closeSync2,
  copyFileSync,
  existsSync as existsSync2,
  fstatSync as fstatSync2,
  mkdirSync as mkdirSync2,
  openSync as openSync2,
  readFileSync,
  readSync as readSync2,
  renameSync,
  rmSync as rmSync2,
  statSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import { dirname as dirname3, isAbsolute, join as join5 } from "node:path";
async function cachedStatusChanges(root) {
  const where = await runGitAsync(["rev-parse", "--show-prefix", "--git-path", "index", "--git-path", "model-registry/review-index"], { cwd: root });
  if (where.status !== 0) return void 0;
  const [prefix, index, copy] = where.stdout.toString("utf8").split("\n");
  const absolute = (path) => isAbsolute(path) ? path : join5(root, path);
  if (!index || !copy || !renewCopy(absolute(index), absolute(copy))) return void 0;
  const status = await runGitAsync(
    ["-c", "core.untrackedCache=true", "-c", "status.showUntrackedFiles=all", "status", "--porcelain", "-z", "-uall", "--no-renames", "--ignore-submodules"],
    { cwd: root, env: { ...process.env, GIT_INDEX_FILE: absolute(copy) } }
  );
  if (status.status !== 0) return void 0;
  const paths = [];
  for (const record of status.stdout.toString("utf8").split("\0"))
    if (record.length > 3 && record[1] !== " " && record.startsWith(prefix, 3)) paths.push(record.slice(3 + prefix.length));
  return paths;
}
function renewCopy(index, copy) {
  try {
    const before = statSync(index);
    const identity = indexIdentity(index);
    let copied = "";
    try {
      copied = readFileSync(`${copy}.source`, "utf8");
    } catch {
    }
    if (copied === identity && existsSync2(copy)) return true;
    mkdirSync2(dirname3(copy), { recursive: true });
    const temporary = `${copy}.${process.pid}`;
    copyFileSync(index, temporary);
    const after = statSync(index);
    if (after.mtimeMs !== before.mtimeMs || after.size !== before.size) {
      rmSync2(temporary, { force: true });
      return false;
    }
    utimesSync(temporary, /* @__PURE__ */ new Date(), new Date(Math.floor(before.mtimeMs)));
    renameSync(temporary, copy);
    writeFileSync(`${copy}.source`, identity);
    return true;
  } catch {
    return false;
  }
}
function indexIdentity(path) {
  const fd = openSync2(path, "r");
  try {
    const size = fstatSync2(fd).size;
    const tail = Buffer.alloc(Math.min(32, size));
    readSync2(fd, tail, 0, tail.length, size - tail.length);
    return `${size} ${tail.toString("hex")}`;
  } finally {
    closeSync2(fd);
  }
}

// src/adapters/git/changed-paths.ts
async function changedPaths(root, commit, head) {
  if (![commit, head ?? commit].every((c) => /^[0-9a-f]{40,64}$/.test(c))) throw new GitError(`not a commit id: ${commit}`);
  let where = ["."];
  const outputs = [];
  if (head) {
    const committed = await gitOutput(root, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--relative", commit, head, "--", "."]);
    outputs.push(committed);
    const models = new Set(listed([committed]).flatMap((path) => /^models\/[^/]+\//.test(path) ? [path.split("/")[1]] : []));
    where = [":(literal)registry.yaml", ...[...models].map((m) => `:(literal)models/${m}`)];
  }
  outputs.push(...await workingTreeChanges(root, commit, where));
  return listed(outputs);
}
async function workingTreeChanges(root, commit, where) {
  const diff = ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--relative"];
  const whole = where.length === 1 && where[0] === ".";
  const [staged, cached] = await Promise.all([gitOutput(root, [...diff, "--cached", commit, "--", ...where]), whole ? cachedStatusChanges(root) : void 0]);
  if (cached) return [staged, Buffer.from(cached.join("\0"))];
  return [staged, ...await Promise.all([gitOutput(root, [...diff, "--", ...where]), gitOutput(root, ["ls-files", "--others", "-z", "--", ...where])])];
}
function listed(outputs) {
  const paths = /* @__PURE__ */ new Set();
  for (const out of outputs) for (const path of out.toString("utf8").split("\0")) if (path) paths.add(path);
  return [...paths].sort();
}
async function gitOutput(cwd, args) {
  const result = await runGitAsync(args, { cwd });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split("\n")[0]}`);
  return result.stdout;
}
async function versionFoldersAtCommit(root, commit) {
  const out = (await gitOutput(root, ["ls-tree", "-r", "-d", "-z", "--name-only", commit, "--", ":(literal)models"])).toString("utf8");
  const models = /* @__PURE__ */ new Map();
  for (const record of out.split("\0")) {
    const parts = record.split("/");
    if (parts[0] !== "models" || parts.length < 2) continue;
    let versions = models.get(parts[1]);
    if (!versions) models.set(parts[1], versions = []);
    if (parts.length === 4 && parts[2] === "versions") versions.push(parts[3]);
  }
  return models;
}

// src/core/promotion/evaluate.ts
var import_semver = __toESM(require_semver(), 1);

// src/core/rules/catalog.ts
var RULES = {
  "yaml-syntax": { severity: "error", summary: "The file is not valid YAML (or JSON)." },
  "duplicate-key": { severity: "error", summary: "A mapping has the same key twice; YAML forbids it and tools disagree on which wins." },
  "yaml-alias-limit": { severity: "error", summary: "Too many alias expansions: YAML bombs are refused, not expanded." },
  "yaml-depth-limit": { severity: "error", summary: "Nesting deeper than any card needs; refused to keep tools safe." },
  "unsafe-key": { severity: "error", summary: "A key such as __proto__ or constructor that JavaScript tools mishandle." },
  encoding: { severity: "error", summary: "The file is binary or not UTF-8 text." },
  "empty-file": { severity: "error", summary: "The file is empty or holds only comments." },
  "file-too-large": { severity: "error", summary: "A card or metrics file over 1 MiB." },
  "unconverted-metrics": {
    severity: "error",
    summary: "A metrics file as a training script wrote it (Hugging Face Trainer results, a map of splits, a classification report), not the registry's format."
  },
  schema: { severity: "error", summary: "A value does not match the file format (JSON Schema in schemas/)." },
  "name-mismatch": { severity: "error", summary: "model.yaml's name differs from its folder name." },
  "invalid-name": { severity: "error", summary: "A model folder name that is not safe in a git tag, a URL, a file name and a GTO tag." },
  "invalid-tag": { severity: "error", summary: "A release tag (tag_format applied to a model and version) that git refuses as a ref name." },
  "version-mismatch": { severity: "error", summary: "card.yaml's version differs from its folder name." },
  "invalid-version": { severity: "error", summary: "A version folder that is not a strict SemVer 2.0.0 version." },
  "duplicate-version": { severity: "error", summary: "Two version folders of the same SemVer precedence (1.0.0 and 1.0.0+build)." },
  "unknown-parent": { severity: "error", summary: "A lineage parent names a model or version that is not in the registry." },
  "lineage-cycle": { severity: "error", summary: "Versions that are, through their parents, their own ancestors." },
  "unknown-metric": { severity: "warning", summary: "A metric that is not in registry.yaml's catalogue (with a did-you-mean)." },
  "uncatalogued-metric": {
    severity: "error",
    summary: "A metric or primary_metric that registry.yaml's metrics catalogue lacks, while the catalogue is strict (metrics_catalogue, the default)."
  },
  "no-metrics": {
    severity: "warning",
    summary: "A version whose metrics file is empty: accepted (imported history, no evaluation yet), but it cannot be compared."
  },
  "metric-range": { severity: "error", summary: "A metric value outside the catalogue's min/max, not finite, or a confidence interval that does not hold it." },
  "observation-syntax": {
    severity: "error",
    summary: "A line of a monitoring file (models/<model>/monitoring/<YYYY>-<MM>.jsonl) that is not one JSON object."
  },
  "observation-time": { severity: "error", summary: "An observation whose time is not in its file's month (UTC)." },
  "duplicate-observation": { severity: "error", summary: "The same observation (time, version, metric, segment, environment) twice in a monitoring file." },
  "observation-version": { severity: "error", summary: "An observation of a version the model does not have." },
  "observation-environment": { severity: "error", summary: "An observation in an environment that registry.yaml's environments do not declare." },
  "observation-file-name": { severity: "error", summary: "A file in a monitoring folder not named <YYYY>-<MM>.jsonl, so never read." },
  "unknown-stage": {
    severity: "error",
    summary: "A stage in stages.yaml (or registry.yaml's promotion, environments or aliases) that registry.yaml's stages do not list."
  },
  "stage-version-missing": { severity: "error", summary: "A stage (or a deprecation) names a version that has no folder." },
  "deprecated-in-stage": { severity: "warning", summary: "A stage runs a version that model.yaml deprecates." },
  "monitor-bounds": { severity: "error", summary: "A metric's monitor whose min is greater than its max: every observation would breach it." },
  "duplicate-consumer": { severity: "error", summary: "model.yaml lists two consumers with the same name." },
  "artifact-path": { severity: "error", summary: "An artifact path that is absolute, uses .., is missing, or leaves the version folder." },
  "artifact-checksum": { severity: "error", summary: "A committed artifact whose size or sha256 differs from its card." },
  "duplicate-artifact": { severity: "error", summary: "Two artifacts of one version with the same name (release assets need unique names)." },
  "immutable-version": { severity: "error", summary: "A released version (on the base branch, or tagged) whose card, metrics or artifacts changed." },
  "immutable-tags": { severity: "error", summary: "registry.yaml's tag_format changed while versions are released under the old tags." },
  "one-version-per-commit": {
    severity: "warning",
    summary: "A change adds two versions of one model: they will share its merge commit, and GTO reads one version per commit."
  },
  "missing-file": { severity: "error", summary: "A registry without registry.yaml, a model without model.yaml, or a version without card or metrics." },
  "ambiguous-file": { severity: "error", summary: "A version with both metrics.yaml and metrics.json." },
  "unexpected-file": {
    severity: "warning",
    summary: "A file the registry layout does not know (a stray file; a near name such as README.txt gets a did-you-mean)."
  },
  "misnamed-file": {
    severity: "error",
    summary: "A registry file under a name the registry never reads (stages.yml, model.yml, card.yml, metrics.yml, registry.yml), so what it says silently does not apply."
  },
  "unlisted-artifact": {
    severity: "error",
    summary: "A file over 1 MiB in a version folder that card.yaml's artifacts do not list: a forgotten artifact, never released or checked."
  },
  "symbolic-link": { severity: "error", summary: "A symbolic link anywhere in the registry (file or folder): never followed, whatever it points at." },
  "wrong-kind": {
    severity: "error",
    summary: "A folder where a file belongs (a folder named registry.yaml), a file where a folder belongs, or a pipe, socket or device."
  },
  "control-character-in-name": { severity: "error", summary: "A file or folder name with a control character (newline, tab, NUL, DEL, U+0080\u2013U+009F)." },
  "promotion-order": { severity: "error", summary: "A stage change puts a version in a stage before it was in the stage the policy's `after` names." },
  "promotion-unreleased": { severity: "error", summary: "A stage change puts a version in a stage whose policy requires its release, before its tag exists." },
  "promotion-gate": { severity: "error", summary: "A stage change puts a version in a stage whose metric gate it does not meet (or whose metric it lacks)." },
  "promotion-regression": {
    severity: "error",
    summary: "A stage change puts a version in a stage with a metric worse than the version the stage held, beyond the tolerance and the noise."
  },
  "promotion-approval": {
    severity: "error",
    summary: "A stage change into a stage that requires an owner's approving review, which the pull request does not have."
  },
  "promotion-deprecated": { severity: "error", summary: "A stage change puts a version that model.yaml deprecates in a stage." },
  "promotion-policy-loosened": {
    severity: "error",
    summary: "model.yaml's `promotion` asks less of a stage than registry.yaml's: a model may only tighten a policy."
  },
  "codeowners-out-of-step": {
    severity: "warning",
    summary: "CODEOWNERS gives a model folder (or registry.yaml) other owners than model.yaml's owners (or registry.yaml's maintainers)."
  }
};
var RULE_IDS = Object.keys(RULES);

// src/core/promotion/requirements.ts
function measured(registry, model, version, metric) {
  const metrics = registry?.models.get(model)?.versions.get(version)?.metrics?.value;
  if (!isRecord(metrics)) return void 0;
  const entry = own(metrics, metric);
  const value = metricNumber(entry);
  if (value === void 0 || !Number.isFinite(value)) return void 0;
  const ci = isRecord(entry) ? entry.ci : void 0;
  if (Array.isArray(ci) && ci.length === 2 && ci.every((b) => typeof b === "number" && Number.isFinite(b)) && ci[0] <= ci[1]) {
    return { value, ci: [ci[0], ci[1]] };
  }
  return { value };
}
function show(m) {
  return m.ci ? `${formatNumber(m.value)} (CI ${formatNumber(m.ci[0])} to ${formatNumber(m.ci[1])})` : formatNumber(m.value);
}
function day(since) {
  return /^\d{4}-\d{2}-\d{2}/.test(since) ? since.slice(0, 10) : since;
}
function orderRequirement(change, version, after, context) {
  if (after === change.stage || !context.head.settings.stages.includes(after)) return void 0;
  const requirement = `after ${after}`;
  const events = context.stageHistory[change.model] ?? [];
  const event = events.find((e) => e.stage === after && e.version === version);
  if (event) return { rule: "promotion-order", requirement, figure: `in ${after} since ${day(event.since)}`, verdict: "pass" };
  const base = context.base?.models.get(change.model)?.stages?.value;
  if (isRecord(base) && own(base, after) === version) return { rule: "promotion-order", requirement, figure: `in ${after} at the base`, verdict: "pass" };
  return {
    rule: "promotion-order",
    requirement,
    figure: `never in ${after}`,
    verdict: "fail",
    message: `${change.model}@${version} has never been in ${after} on the default branch, and ${change.stage} takes only versions that were: promote it to ${after} first, then to ${change.stage} in a later pull request`
  };
}
function releasedRequirement(change, version, context) {
  const tag = tagName(context.head.settings, change.model, version);
  const released = context.isReleased(change.model, version);
  const requirement = "released";
  if (released === void 0) return { rule: "promotion-unreleased", requirement, figure: `tag ${tag} unknown here`, verdict: "pending" };
  if (released) return { rule: "promotion-unreleased", requirement, figure: `tag ${tag} exists`, verdict: "pass" };
  return {
    rule: "promotion-unreleased",
    requirement,
    figure: `no tag ${tag}`,
    verdict: "fail",
    message: `${change.stage} takes only released versions, and ${change.model}@${version} has no tag ${tag} yet: merge the version first (the release workflow tags it), then promote it`
  };
}
function gateText(metric, gate) {
  if (gate.min !== void 0 && gate.max !== void 0) return `${formatNumber(gate.min)} <= ${metric} <= ${formatNumber(gate.max)}`;
  return gate.min !== void 0 ? `${metric} >= ${formatNumber(gate.min)}` : `${metric} <= ${formatNumber(gate.max)}`;
}
function gateRequirements(change, version, gates, head) {
  return Object.entries(gates).map(([metric, gate]) => {
    const requirement = gateText(metric, gate);
    const m = measured(head, change.model, version, metric);
    if (!m) {
      return {
        rule: "promotion-gate",
        requirement,
        figure: "not measured",
        verdict: "fail",
        message: `${change.stage} requires ${requirement}, and ${change.model}@${version}'s metrics file has no ${metric}: measure it, or promote another version`
      };
    }
    const ok = (gate.min === void 0 || m.value >= gate.min) && (gate.max === void 0 || m.value <= gate.max);
    if (ok) return { rule: "promotion-gate", requirement, figure: show(m), verdict: "pass" };
    return {
      rule: "promotion-gate",
      requirement,
      figure: show(m),
      verdict: "fail",
      message: `${change.stage} requires ${requirement}, and ${change.model}@${version} has ${metric} ${formatNumber(m.value)}: promote a version that meets the gate`
    };
  });
}
var EPSILON = 1e-9;
function regressionRequirements(change, version, policy, context) {
  const tolerance = policy.tolerance ?? 0;
  const from = change.from;
  const rollback = change.kind === "rollback";
  return policy.metrics.map((metric) => {
    const requirement = `${metric} no worse than ${from ?? "the stage held"}${tolerance > 0 ? ` (tolerance ${formatNumber(tolerance)})` : ""}`;
    const rule = "promotion-regression";
    if (from === void 0) return { rule, requirement, figure: `${change.stage} held no version`, verdict: "pass" };
    const direction = context.head.settings.metrics[metric]?.direction;
    const now = measured(context.head, change.model, version, metric);
    const before = measured(context.base, change.model, from, metric) ?? measured(context.head, change.model, from, metric);
    if (!before) return { rule, requirement, figure: `${from} has no ${metric}`, verdict: rollback ? "reported" : "pass" };
    if (!direction) {
      return {
        rule,
        requirement,
        figure: "direction unknown",
        verdict: rollback ? "reported" : "fail",
        message: `${change.stage} requires ${metric} not to get worse, but registry.yaml's metrics do not say which way ${metric} is better: add it with direction higher or lower`
      };
    }
    if (!now) {
      return {
        rule,
        requirement,
        figure: "not measured",
        verdict: rollback ? "reported" : "fail",
        message: `${change.stage} requires ${metric} no worse than ${from}'s, and ${change.model}@${version}'s metrics file has no ${metric}: measure it`
      };
    }
    const worse = direction === "higher" ? before.value - now.value : now.value - before.value;
    const scale = Math.max(1, Math.abs(before.value), Math.abs(now.value));
    const figure = `${show(now)} vs ${show(before)} in ${from} (${metricDelta(now.value, before.value).text})`;
    const verdict = rollback ? "reported" : "pass";
    if (worse <= tolerance + EPSILON * scale) return { rule, requirement, figure, verdict };
    if (now.ci && before.ci && now.ci[0] <= before.ci[1] && before.ci[0] <= now.ci[1]) {
      return { rule, requirement, figure: `${figure}, within noise (confidence intervals overlap)`, verdict };
    }
    if (rollback) return { rule, requirement, figure: `${figure}, worse (a rollback: reported, not enforced)`, verdict: "reported" };
    return {
      rule,
      requirement,
      figure: `${figure}, worse`,
      verdict: "fail",
      message: `${change.model}@${version} has ${metric} ${formatNumber(now.value)}, worse than ${formatNumber(before.value)} in ${from} which ${change.stage} runs${tolerance > 0 ? ` by more than the tolerance ${formatNumber(tolerance)}` : ""}: promote a version at least as good`
    };
  });
}
function ownerHandles(head, model) {
  const card = head.models.get(model)?.card?.value;
  return isRecord(card) && Array.isArray(card.owners) ? card.owners.filter((o) => typeof o === "string") : [];
}
function teamMembers(facts, team) {
  const wanted = team.toLowerCase();
  for (const [key, members] of Object.entries(facts.teamMembers)) if (key.replace(/^@/, "").toLowerCase() === wanted) return members;
  return void 0;
}
function approvalRequirement(change, context) {
  const rule = "promotion-approval";
  const requirement = "approved by an owner";
  const owners = ownerHandles(context.base?.models.has(change.model) ? context.base : context.head, change.model);
  const facts = context.approvals;
  if (!facts) return { rule, requirement, figure: "decided by the pull request review", verdict: "pending" };
  const approvers = facts.approvers.map((a) => a.toLowerCase());
  const unknownTeams = [];
  for (const owner of owners) {
    const handle = owner.replace(/^@/, "");
    if (!handle.includes("/")) {
      const hit2 = facts.approvers.find((a) => a.toLowerCase() === handle.toLowerCase());
      if (hit2) return { rule, requirement, figure: `approved by @${hit2}`, verdict: "pass" };
      continue;
    }
    const members = teamMembers(facts, handle);
    if (!members) {
      unknownTeams.push(owner);
      continue;
    }
    const hit = facts.approvers.find((a) => members.some((m) => m.toLowerCase() === a.toLowerCase()));
    if (hit) return { rule, requirement, figure: `approved by @${hit} (${owner})`, verdict: "pass" };
  }
  if (unknownTeams.length && approvers.length) {
    const enforced = "team approval is enforced by CODEOWNERS and branch protection";
    const reason = facts.teamsUnknownReason;
    const why = !reason ? enforced : reason.includes("CODEOWNERS") ? reason : `${reason}; ${enforced}`;
    return { rule, requirement, figure: `members of ${unknownTeams.join(", ")} unknown: ${why}`, verdict: "pending" };
  }
  const figure = approvers.length ? `approved by ${facts.approvers.map((a) => `@${a}`).join(", ")}, none an owner` : "no approving review";
  return {
    rule,
    requirement,
    figure,
    verdict: "fail",
    message: `${change.stage} requires an approving review from an owner of ${change.model} (${owners.join(", ") || "model.yaml lists none"}): ask one of them to approve the pull request`
  };
}

// src/core/promotion/evaluate.ts
function stageAssignments(registry, model) {
  const value = registry?.models.get(model)?.stages?.value;
  const out = /* @__PURE__ */ new Map();
  if (!isRecord(value)) return out;
  for (const [stage, version] of Object.entries(value)) if (typeof version === "string") out.set(stage, version);
  return out;
}
function stageChanges(base, head) {
  const models = [.../* @__PURE__ */ new Set([...base?.models.keys() ?? [], ...head.models.keys()])].sort();
  const order = head.settings.stages;
  const rank = (stage) => order.includes(stage) ? order.indexOf(stage) : order.length;
  const changes = [];
  for (const model of models) {
    const before = stageAssignments(base, model);
    const after = stageAssignments(head, model);
    const stages = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const stage of stages) {
      const from = before.get(stage);
      const to = after.get(stage);
      if (from === to) continue;
      const change = { model, stage, kind: to === void 0 ? "demotion" : isRollback(from, to) ? "rollback" : "promotion" };
      if (from !== void 0) change.from = from;
      if (to !== void 0) change.to = to;
      changes.push(change);
    }
  }
  return changes;
}
function isRollback(from, to) {
  return from !== void 0 && isValidVersion(from) && isValidVersion(to) && import_semver.default.lt(to, from);
}
function evaluatePromotion(change, context) {
  const policy = judgedPolicy(context.base, context.head, change.model, change.stage);
  if (change.to === void 0) return { change, requirements: [], allowed: true, ...policy ? { policy } : {} };
  const requirements = [deprecatedRequirement(change, change.to, context.head)];
  if (policy) {
    if (policy.after !== void 0) {
      const order = orderRequirement(change, change.to, policy.after, context);
      if (order) requirements.push(order);
    }
    if (policy.released) requirements.push(releasedRequirement(change, change.to, context));
    if (policy.gates) requirements.push(...gateRequirements(change, change.to, policy.gates, context.head));
    if (policy.no_regression) requirements.push(...regressionRequirements(change, change.to, policy.no_regression, context));
    if (policy.approval === "owners") requirements.push(approvalRequirement(change, context));
  }
  return { change, requirements, allowed: !requirements.some((r) => r.verdict === "fail"), ...policy ? { policy } : {} };
}
function deprecatedRequirement(change, version, head) {
  const card = head.models.get(change.model)?.card?.value;
  const reason = isRecord(card) && isRecord(card.deprecated_versions) ? own(card.deprecated_versions, version) : void 0;
  const requirement = "not deprecated";
  if (reason === void 0) return { rule: "promotion-deprecated", requirement, figure: `${version} is not deprecated`, verdict: "pass" };
  const why = typeof reason === "string" ? reason : "deprecated";
  return {
    rule: "promotion-deprecated",
    requirement,
    figure: `deprecated: ${why}`,
    verdict: "fail",
    message: `${change.model}@${version} is deprecated in model.yaml (${why}) and can never be put in ${change.stage}: keep ${change.from ?? "the stage empty"} or promote another version`
  };
}
function evaluateStageChanges(context) {
  return stageChanges(context.base, context.head).map((change) => evaluatePromotion(change, context));
}
function promotionProblems(evaluations, head, readDocument) {
  const byFile = /* @__PURE__ */ new Map();
  for (const evaluation of evaluations) {
    const { model, stage } = evaluation.change;
    const file = head.models.get(model)?.stages?.path ?? `models/${model}/stages.yaml`;
    for (const r of evaluation.requirements) {
      if (r.verdict !== "fail") continue;
      const list2 = byFile.get(file) ?? [];
      list2.push({
        file,
        rule: r.rule,
        severity: RULES[r.rule].severity,
        message: r.message ?? `${model}: ${stage} requires ${r.requirement}`,
        at: atValue(stage)
      });
      byFile.set(file, list2);
    }
  }
  const problems = [];
  for (const [file, list2] of byFile) {
    const bytes = readDocument?.(file);
    if (bytes) problems.push(...locateAll(parsePrecise(new TextDecoder().decode(bytes)), list2));
    else problems.push(...list2.map(({ at: _at, ...p }) => ({ ...p, line: 1, column: 1 })));
  }
  return problems.sort(compareProblems);
}

// src/core/promotion/judge.ts
function judgePromotions(report, context, readDocument) {
  const promotions = evaluateStageChanges(context);
  const found = promotionProblems(promotions, context.head, readDocument);
  if (found.length === 0) return { report, promotions };
  const problems = [...withoutSuperseded(report.problems, found), ...found].sort(compareProblems);
  return { report: { ...report, problems, ok: !problems.some((p) => p.severity === "error") }, promotions };
}
function withoutSuperseded(problems, found) {
  const refused = new Set(found.filter((p) => p.rule === "promotion-deprecated").map((p) => `${p.file}:${p.line}`));
  return problems.filter((p) => !(p.rule === "deprecated-in-stage" && refused.has(`${p.file}:${p.line}`)));
}

// src/core/promotion/approvers.ts
var DECIDING = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function approversOf(reviews, author) {
  const latest = /* @__PURE__ */ new Map();
  reviews.forEach((review, index) => {
    if (!review.submittedAt || !DECIDING.has(review.state)) return;
    const at = Date.parse(review.submittedAt);
    if (Number.isNaN(at)) return;
    const key = review.login.toLowerCase();
    const seen = latest.get(key);
    if (!seen || at > seen.at || at === seen.at && index > seen.index) latest.set(key, { login: review.login, state: review.state, at, index });
  });
  const self = author?.toLowerCase();
  return [...latest.values()].filter((r) => r.state === "APPROVED" && r.login.toLowerCase() !== self).sort((a, b) => a.at - b.at || a.index - b.index).map((r) => r.login);
}
function approvalTeams(head, changes, base) {
  let needed = false;
  const teams = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (change.to === void 0 || judgedPolicy(base, head, change.model, change.stage)?.approval !== "owners") continue;
    needed = true;
    const card = (base?.models.get(change.model) ?? head.models.get(change.model))?.card?.value;
    const owners = isRecord(card) && Array.isArray(card.owners) ? card.owners : [];
    for (const owner of owners) if (typeof owner === "string" && /^@?[^/@\s]+\/[^/\s]+$/.test(owner)) teams.add(owner.replace(/^@/, ""));
  }
  return needed ? [...teams].sort() : void 0;
}
async function readApprovalsFor(head, changes, reader, base) {
  const teams = reader ? approvalTeams(head, changes, base) : void 0;
  return teams && reader ? reader(teams) : void 0;
}
async function resolveApprovals(source2, head, base) {
  return typeof source2 === "function" ? readApprovalsFor(head, stageChanges(base, head), source2, base) : source2;
}

// src/adapters/git/stage-history.ts
var STAGE_LINE = /^\+([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)[ \t]*:[ \t]*(["']?)([0-9A-Za-z.+-]+)\2[ \t]*(?:#.*)?$/;
var STAGES_PATH = /(?:^|\/)models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/stages\.yaml$/;
function readStageHistory(root, rev, models) {
  const none = { history: {}, shallow: false, available: false };
  const log = stageLog(root, rev, models);
  if (log === void 0) return none;
  return { history: parseStageLog(log), shallow: isShallow(root), available: true };
}
var STAGE_LOG_OPTIONS = ["--no-color", "--no-ext-diff", "--no-renames", "--format=%x1e%H%x1f%cI", "-p", "--unified=0"];
function stageLog(root, rev, models) {
  if (rev !== void 0 && !/^[0-9a-f]{40,64}$/.test(rev)) return void 0;
  if (models?.length === 0) return "";
  const paths = models ? models.map((m) => `:(literal)models/${m}/stages.yaml`) : [":(glob)models/*/stages.yaml"];
  const log = runGit(["-c", "core.quotePath=false", "log", ...STAGE_LOG_OPTIONS, ...rev ? [rev] : [], "--", ...paths], { cwd: root });
  return log.error || log.status !== 0 ? void 0 : log.stdout.toString("utf8");
}
function isShallow(root) {
  return runGit(["rev-parse", "--is-shallow-repository"], { cwd: root }).stdout.toString("utf8").trim() === "true";
}
function parseStageLog(output) {
  const history = /* @__PURE__ */ Object.create(null);
  for (const chunk of output.split("")) {
    if (!chunk) continue;
    const newline = chunk.indexOf("\n");
    const [commit, since] = (newline < 0 ? chunk : chunk.slice(0, newline)).split("");
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? "") || !since) continue;
    let model;
    for (const line of chunk.slice(newline + 1).split("\n")) {
      if (line.startsWith("+++ ")) {
        const path = line.slice(4).replace(/^"|"$/g, "");
        model = path === "/dev/null" ? void 0 : STAGES_PATH.exec(path)?.[1];
        continue;
      }
      if (line.startsWith("diff --git ")) {
        model = void 0;
        continue;
      }
      if (!model || !line.startsWith("+")) continue;
      const match = STAGE_LINE.exec(line);
      if (!match) continue;
      (history[model] ??= []).push({ stage: match[1], version: match[3], since, commit });
    }
  }
  return { ...history };
}
var CHANGED_LINE = /^([+-])([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)[ \t]*:[ \t]*(["']?)([0-9A-Za-z.+-]+)\3[ \t]*(?:#.*)?$/;
function parseStageChanges(output) {
  const out = [];
  for (const chunk of output.split("")) {
    if (!chunk) continue;
    const newline = chunk.indexOf("\n");
    const [commit, date] = (newline < 0 ? chunk : chunk.slice(0, newline)).split("");
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? "") || !date) continue;
    const byModel = /* @__PURE__ */ new Map();
    let header = false;
    let oldModel;
    let newModel;
    for (const line of chunk.slice(newline + 1).split("\n")) {
      if (line.startsWith("diff --git ")) {
        header = true;
        oldModel = newModel = void 0;
        continue;
      }
      if (header) {
        if (line.startsWith("--- ")) oldModel = STAGES_PATH.exec(line.slice(4).replace(/^"|"$/g, ""))?.[1];
        else if (line.startsWith("+++ ")) newModel = STAGES_PATH.exec(line.slice(4).replace(/^"|"$/g, ""))?.[1];
        else if (line.startsWith("@@")) header = false;
        continue;
      }
      const model = newModel ?? oldModel;
      const match = model ? CHANGED_LINE.exec(line) : null;
      if (!model || !match) continue;
      const stages = byModel.get(model) ?? /* @__PURE__ */ new Map();
      byModel.set(model, stages);
      const pair = stages.get(match[2]) ?? [void 0, void 0];
      pair[match[1] === "-" ? 0 : 1] = match[4];
      stages.set(match[2], pair);
    }
    for (const [model, stages] of byModel) {
      for (const [stage, [removed, added]] of stages) {
        if (removed === added) continue;
        out.push({ model, stage, ...added === void 0 ? {} : { version: added }, ...removed === void 0 ? {} : { from: removed }, commit, date });
      }
    }
  }
  return out;
}

// src/app/promotion-review.ts
async function withPromotions(root, commit, validated, base, models, readDocument, approvals) {
  let tags;
  const released = (model, version) => releasedBy(validated.registry, (tags ??= { names: localTagNames(root) }).names)(model, version);
  const judged = judgePromotions(
    validated.report,
    {
      head: validated.registry,
      base,
      stageHistory: readStageHistory(root, commit, models).history,
      isReleased: released,
      // A reader (the Action) is asked only when some change needs an owner's approval.
      approvals: await resolveApprovals(approvals, validated.registry, base)
    },
    readDocument
  );
  return { ...validated, report: judged.report, promotions: judged.promotions };
}
function releasedBy(head, tags) {
  return (model, version) => tags ? tags.has(tagName(head.settings, model, version)) : void 0;
}

// src/app/validate-against-base.ts
async function validateAgainstBase(root, commit, options) {
  const folders = versionFoldersAtCommit(root, commit);
  folders.catch(() => void 0);
  const changed = await changedPaths(root, commit, options.head);
  const scope = changeScope(changed);
  const top = readTopLevel(root);
  const present = scope.models.filter((m) => isFolder(root, `models/${m}`));
  const removed = present.length < scope.models.length || [...scope.versionDirs].some((dir) => !isFolder(root, dir));
  const whole = scope.global || removed;
  const topDocuments = checkEntries(top.entries.map((e) => ({ ...e })));
  const settings = registrySettings(top.entries, topDocuments);
  const resolved = buildRegistry(topDocuments, top.entries).settings;
  const entries = [];
  const checks = present.map((name) => {
    const folder = readModelFolder(root, name);
    entries.push(...folder);
    return checkModel(settings, name, folder);
  });
  const base = baseState(
    root,
    commit,
    entries,
    { changedDirs: scope.versionDirs, models: scope.global ? void 0 : scope.models },
    (model, version) => tagName(resolved, model, version)
  );
  const readDocument = (path) => readRegistryDocument(root, path);
  const against = { base, entries };
  let validated;
  if (whole) {
    validated = await validateInParallel(options.workerFile, root, options.threads, against);
  } else {
    const untouched = untouchedSummaries(await folders, new Set(scope.models));
    followAncestors(
      checks.map((c) => c.summary),
      untouched,
      (path) => {
        const bytes = readRegistryDocument(root, path);
        return bytes ? checkDocument(path, bytes).value : void 0;
      }
    );
    const models = [...checks, ...[...untouched.values()].map((summary) => ({ problems: [], summary }))].sort(
      (a, b) => a.summary.name < b.summary.name ? -1 : a.summary.name > b.summary.name ? 1 : 0
    );
    validated = validateFromModels(top.entries, topDocuments, models, readDocument, against);
  }
  const head = withModels(
    validated.registry,
    checks.flatMap((c, i) => c.registry.models.get(present[i]) ?? [])
  );
  const atBase = loadRegistry(snapshotAtCommit(root, commit, scope.models));
  const touched = new Set(scope.models);
  const unchanged = [...head.models.values()].filter((m) => !touched.has(m.name));
  const baseRegistry = withModels({ ...atBase, models: /* @__PURE__ */ new Map() }, [...unchanged, ...atBase.models.values()]);
  const judged = await withPromotions(root, commit, { ...validated, registry: head }, baseRegistry, scope.models, readDocument, options.approvals);
  return { ...judged, baseRegistry, changed, whole };
}
function isFolder(root, path) {
  try {
    return lstatSync2(`${root}/${path}`).isDirectory();
  } catch {
    return false;
  }
}

// src/app/validate-registry.ts
var PARALLEL_THRESHOLD = 100;
async function validateRegistry(options) {
  const { root } = options;
  const workerFile = fileURLToPath(new URL("./check-worker.js", import.meta.url));
  const threads = workerCount();
  if (options.base) return validateChange(root, options.base, options.approvals, options.head);
  const top = readTopLevel(root);
  if (options.needRegistry === false) {
    const parallel = threads > 1 && top.modelFolders.length >= PARALLEL_THRESHOLD && existsSync3(workerFile);
    return withCodeowners(root, await validateInParallel(workerFile, root, parallel ? threads : 1));
  }
  const topDocuments = checkEntries(top.entries);
  const entries = [...top.entries];
  const documents = [...topDocuments];
  for (const model of top.modelFolders) {
    const modelEntries = readModelFolder(root, model);
    for (const d of checkEntries(modelEntries)) documents.push(d);
    for (const e of modelEntries) entries.push(e);
  }
  const readDocument = (path) => readRegistryDocument(root, path);
  return withCodeowners(root, crossCheck(documents, entries, {}, readDocument));
}
async function validateForAudit(root) {
  const workerFile = fileURLToPath(new URL("./check-worker.js", import.meta.url));
  const threads = workerCount();
  const parallel = threads > 1 && readTopLevel(root).modelFolders.length >= PARALLEL_THRESHOLD && existsSync3(workerFile);
  return withCodeowners(root, await auditInParallel(workerFile, root, parallel ? threads : 1));
}
async function validateChange(root, baseRef, approvals, head) {
  const workerFile = fileURLToPath(new URL("./check-worker.js", import.meta.url));
  const threads = workerCount();
  const parallel = threads > 1 && readTopLevel(root).modelFolders.length >= PARALLEL_THRESHOLD && existsSync3(workerFile);
  return withCodeowners(
    root,
    await validateAgainstBase(root, resolveCommit(root, baseRef), {
      threads: parallel ? threads : 1,
      workerFile,
      approvals,
      head: head && resolveCommit(root, head)
    })
  );
}
function withCodeowners(root, validated) {
  const found = codeownersCheck(root);
  if (found.length === 0) return validated;
  const problems = [...validated.report.problems, ...found].sort(compareProblems);
  return { ...validated, report: { ...validated.report, problems, ok: !problems.some((p) => p.severity === "error") } };
}
function workerCount() {
  const configured = Number(process.env.MODEL_REGISTRY_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return Math.min(configured, 8);
  return Math.min(availableParallelism(), 8);
}

// src/core/text/plural.ts
function plural(n, word, writeCount = String) {
  return `${writeCount(n)} ${word}${n === 1 ? "" : "s"}`;
}

export {
  repositoryPrefix,
  resolveCommit,
  validateVisiting,
  differenceLine,
  OWNER_RE,
  repositoryPlace,
  updateCodeowners,
  stageAssignments,
  evaluateStageChanges,
  promotionProblems,
  withoutSuperseded,
  approversOf,
  readStageHistory,
  stageLog,
  isShallow,
  parseStageLog,
  parseStageChanges,
  validateRegistry,
  validateForAudit,
  validateChange,
  plural
};
