import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createBranchWithFiles,
  createFilesCommit,
  ensurePullRequest
} from "./chunk-PSGE5JGY.js";
import {
  registryFolderOf
} from "./chunk-EYLZ2JSI.js";
import {
  parseRepository
} from "./chunk-MKY3DIJG.js";
import {
  parseFlags
} from "./chunk-J6ITZTMG.js";
import {
  terminalJson,
  terminalLines
} from "./chunk-5ANT45EB.js";
import {
  checkModel,
  checkObservationFile,
  monthOf,
  observationKey,
  registrySettings
} from "./chunk-HEELOUZM.js";
import "./chunk-RVFGOR2F.js";
import {
  errorCode,
  readModelFolder,
  readTopLevel
} from "./chunk-4X3IGKZ4.js";
import "./chunk-SPVUGOZM.js";
import {
  environmentSettings,
  isRecord
} from "./chunk-TSDIAPAP.js";
import {
  backoff,
  createGitHubClient
} from "./chunk-EHOB24VG.js";
import {
  httpStatus
} from "./chunk-NAT7J3FD.js";
import {
  snapshotFromTree,
  walkTree
} from "./chunk-FH2UIHD2.js";
import "./chunk-EVLFZUIY.js";
import {
  MODELS_DIR,
  MODEL_NAME_RE,
  NAME_RULE_TEXT,
  REGISTRY_FILE,
  classifyPath,
  documentKind,
  monitoringFile
} from "./chunk-42CJQNK5.js";
import {
  ObserveConflictError,
  ObserveRefusedError,
  RegistryUnreachableError,
  RegistryWriteError,
  UsageError
} from "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";

// src/cli/commands/observe.ts
import { readFileSync } from "node:fs";

// src/adapters/github/observation-commit.ts
async function readObserveHead(octokit, repo, model, onBranch) {
  let branch;
  try {
    branch = (await octokit.rest.repos.get({ ...repo })).data.default_branch;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 401 || status === 403)
      throw new RegistryUnreachableError(
        `the registry repository ${repo.owner}/${repo.repo} was not found, or the token cannot read it (HTTP ${status}): give a token with contents: write on it (--token, or GITHUB_TOKEN)`
      );
    throw error;
  }
  let commit;
  try {
    commit = (await octokit.rest.git.getRef({ ...repo, ref: `heads/${onBranch ?? branch}` })).data.object.sha;
  } catch (error) {
    if (onBranch !== void 0 && httpStatus(error) === 404) return void 0;
    throw error;
  }
  const tree = (await octokit.rest.git.getCommit({ ...repo, commit_sha: commit })).data.tree.sha;
  const root = (await octokit.rest.git.getTree({ ...repo, tree_sha: tree })).data.tree;
  const modelsTree = root.find((item) => item.path === MODELS_DIR && item.type === "tree");
  const models = modelsTree?.sha ? (await octokit.rest.git.getTree({ ...repo, tree_sha: modelsTree.sha })).data.tree : [];
  const folder = models.find((item) => item.path === model && item.type === "tree");
  const items = root.filter((item) => item.path === REGISTRY_FILE);
  if (folder?.sha) items.push(...await walkTree(octokit, repo, folder.sha, `${MODELS_DIR}/${model}/`));
  const wanted = (path) => {
    const kind = documentKind(path);
    return kind === "registry" || kind === "model" || kind === "stages" || kind === "observations";
  };
  const { entries } = await snapshotFromTree(octokit, repo, items, wanted);
  return { branch, commit, tree, top: entries.filter((e) => e.path === REGISTRY_FILE), model: entries.filter((e) => e.path !== REGISTRY_FILE) };
}
async function fastForward(octokit, repo, branch, sha) {
  try {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
    return "moved";
  } catch (error) {
    if (httpStatus(error) === 422) return "stale";
    throw error;
  }
}
async function openObservationPull(octokit, repo, model, base) {
  const { data } = await octokit.rest.pulls.list({ ...repo, state: "open", base, sort: "created", direction: "asc", per_page: 100 });
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  return data.find((pr) => pr.head.ref.startsWith(`observe/${model}/`) && pr.head.repo?.full_name.toLowerCase() === fullName);
}
async function pullStillOpen(octokit, repo, number) {
  return (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data.state === "open";
}

// src/adapters/fs/append-observations.ts
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
var APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);
function appendObservationLines(root, path, tail) {
  const monitoring = dirname(path);
  try {
    lstatSync(join(root, monitoring));
  } catch (error) {
    if (errorCode(error) === "ENOENT") mkdirSync(join(registryFolderOf(root, monitoring), monitoring.slice(monitoring.lastIndexOf("/") + 1)));
  }
  const folder = registryFolderOf(root, path);
  let fd;
  try {
    fd = openSync(join(folder, path.slice(path.lastIndexOf("/") + 1)), APPEND_FLAGS, 420);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP") throw new RegistryWriteError(`refusing to write ${path}: it is a symbolic link; the registry never writes through a link`);
    throw new RegistryWriteError(`${path} could not be written: ${code ?? error.message}`);
  }
  try {
    const data = new TextEncoder().encode(tail);
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}

// src/core/monitoring/observe-plan.ts
var FIELD_ORDER = ["time", "version", "metric", "value", "n", "segment", "environment"];
function planObservations(request, topEntries, modelEntries) {
  const { model } = request;
  const empty = (refusals2, mode2 = "commit") => ({
    model,
    mode: mode2,
    files: [],
    appended: 0,
    present: 0,
    refusals: refusals2,
    warnings: []
  });
  const bytesOf = new Map(modelEntries.filter((e) => e.bytes).map((e) => [e.path, e.bytes]));
  const settings = registrySettings(topEntries.filter((e) => e.path === REGISTRY_FILE).map((e) => ({ ...e })));
  const { registry } = checkModel(
    settings,
    model,
    modelEntries.map((e) => ({ ...e }))
  );
  if (!registry.models.get(model)?.card && !modelEntries.some((e) => e.path === `models/${model}/model.yaml`)) {
    const names = modelEntries.length ? "" : ": check the name (models/<model>/model.yaml)";
    return empty([`the registry has no model \`${model}\`${names}`]);
  }
  const mode = observeMode(registry, model);
  const refusals = [];
  const byFile = /* @__PURE__ */ new Map();
  let present = 0;
  for (const requested of request.records) {
    const resolved = resolveRecord(requested, registry, model, request.now);
    if ("refusal" in resolved) {
      refusals.push(resolved.refusal);
      continue;
    }
    const { record, time } = resolved;
    const path = monitoringFile(model, monthOf(time));
    let file = byFile.get(path);
    if (!file) {
      file = { keys: existingKeys(path, bytesOf.get(path)), lines: [], sources: [] };
      byFile.set(path, file);
    }
    const key = observationKey(record, time);
    if (file.keys.has(key)) {
      present++;
      continue;
    }
    file.keys.add(key);
    file.lines.push(JSON.stringify(record));
    file.sources.push(requested.source);
  }
  for (const path of byFile.keys()) {
    const entry = modelEntries.find((e) => e.path === path);
    if (entry && (entry.type !== "file" || !entry.bytes || entry.bytes.length !== entry.size))
      refusals.push(
        `${path} ${entry.type === "file" ? "is over the 1 MiB limit for a month of observations" : `is a ${entry.type}, not a file`}: nothing can be appended to it`
      );
  }
  if (refusals.length) return empty(refusals, mode);
  const files = [];
  for (const [path, { lines, sources }] of byFile) {
    if (!lines.length) continue;
    const before = bytesOf.has(path) ? new TextDecoder().decode(bytesOf.get(path)) : "";
    const separator = before === "" || before.endsWith("\n") ? "" : "\n";
    const tail = `${separator}${lines.join("\n")}
`;
    files.push({ path, content: `${before}${tail}`, lines, tail, sources });
  }
  files.sort((a, b) => a.path < b.path ? -1 : 1);
  const appended = files.reduce((sum, f) => sum + f.lines.length, 0);
  const judged = judgeAppend(settings, model, modelEntries, files);
  return {
    model,
    mode,
    files: judged.refusals.length ? [] : files,
    appended: judged.refusals.length ? 0 : appended,
    present,
    refusals: judged.refusals,
    warnings: judged.warnings
  };
}
function resolveRecord(requested, registry, model, now) {
  const fields = { ...requested.fields };
  const where = requested.source;
  if (fields.model !== void 0) {
    if (fields.model !== model)
      return { refusal: `${where}: the record is for model ${JSON.stringify(fields.model)}, not \`${model}\`: observe one model at a time` };
    delete fields.model;
  }
  if (fields.time === void 0) fields.time = new Date(now).toISOString().replace(/\.000Z$/, "Z");
  if (typeof fields.time !== "string" || Number.isNaN(Date.parse(fields.time)))
    return { refusal: `${where}: time ${JSON.stringify(fields.time)} is not a date-time: write one such as 2025-03-14T06:00:00Z` };
  if (fields.version === void 0) {
    if (typeof fields.environment !== "string") return { refusal: `${where}: say which version was observed: a version, or the environment it runs in` };
    const version = environmentVersion(registry, model, fields.environment);
    if ("refusal" in version) return { refusal: `${where}: ${version.refusal}` };
    fields.version = version.version;
  }
  const record = {};
  for (const key of FIELD_ORDER) if (fields[key] !== void 0) record[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (!FIELD_ORDER.includes(key)) record[key] = value;
  return { record, time: Date.parse(fields.time) };
}
function environmentVersion(registry, model, environment) {
  const declared = environmentSettings(registry).environments;
  const env = declared.find((e) => e.name === environment);
  if (!env) {
    const names = declared.map((e) => e.name).join(", ");
    return {
      refusal: `environment \`${environment}\` is not declared in registry.yaml's environments (${names || "none declared"}): give --version, or declare it`
    };
  }
  const stages = registry.models.get(model)?.stages?.value;
  const version = isRecord(stages) ? stages[env.stage] : void 0;
  if (typeof version !== "string")
    return { refusal: `environment \`${environment}\` serves stage ${env.stage}, where \`${model}\` runs no version (stages.yaml): give --version` };
  return { version };
}
function observeMode(registry, model) {
  const pick = (doc) => isRecord(doc) && isRecord(doc.monitoring) && (doc.monitoring.observe === "commit" || doc.monitoring.observe === "pull-request") ? doc.monitoring.observe : void 0;
  return pick(registry.models.get(model)?.card?.value) ?? pick(registry.settingsFile?.value) ?? "commit";
}
function existingKeys(path, bytes) {
  const keys = /* @__PURE__ */ new Set();
  if (!bytes) return keys;
  for (const o of checkObservationFile(path, bytes).value ?? []) keys.add(observationKey(o, Date.parse(o.time)));
  return keys;
}
function judgeAppend(settings, model, modelEntries, files) {
  if (!files.length) return { refusals: [], warnings: [] };
  const encoder = new TextEncoder();
  const firstAppended = /* @__PURE__ */ new Map();
  const entries = modelEntries.filter((e) => !files.some((f) => f.path === e.path)).map((e) => ({ ...e }));
  for (const file of files) {
    const bytes = encoder.encode(file.content);
    entries.push({ path: file.path, type: "file", size: bytes.length, bytes });
    firstAppended.set(file.path, file.content.split("\n").length - file.lines.length);
  }
  const { problems } = checkModel(settings, model, entries);
  const sourceOf = (p) => {
    const file = files.find((f) => f.path === p.file);
    const source = file?.sources[p.line - firstAppended.get(p.file)];
    return source ? `${source} (${p.file}:${p.line}:${p.column})` : `${p.file}:${p.line}:${p.column}`;
  };
  const ours = problems.filter((p) => {
    const first = firstAppended.get(p.file);
    return first !== void 0 && (p.line >= first || p.rule === "file-too-large" && classifyPath(p.file).kind === "observations");
  });
  return {
    refusals: ours.filter((p) => p.severity === "error").map((p) => `${sourceOf(p)}: ${p.message} [${p.rule}]`),
    warnings: ours.filter((p) => p.severity === "warning")
  };
}

// src/app/observe-pull-request.ts
import { createHash } from "node:crypto";

// src/app/observe-result.ts
var MAX_ATTEMPTS = 10;
function refuseOn(plan) {
  if (plan.refusals.length) throw new ObserveRefusedError(`refused, nothing was written:
${plan.refusals.map((r) => `error: ${r}`).join("\n")}`);
}
function commitMessage(plan) {
  return `Observe ${plan.model}: ${plan.appended} record${plan.appended === 1 ? "" : "s"}`;
}

// src/app/observe-pull-request.ts
async function proposeObservations(octokit, repo, options, run, wait) {
  const { head, plan, spec, retries } = run;
  const open = await openObservationPull(octokit, repo, plan.model, head.branch);
  if (open) {
    const joined = await appendToPull(octokit, repo, options, { number: open.number, url: open.html_url, branch: open.head.ref }, wait);
    if (joined) return { ...joined, retries: retries + joined.retries };
    options.log(`the pull request ${open.html_url} was closed meanwhile; reading ${head.branch} again`);
    return "read-again";
  }
  const branch = `observe/${plan.model}/${createHash("sha256").update(plan.files.map((f) => `${f.path}
${f.lines.join("\n")}`).join("\n")).digest("hex").slice(0, 12)}`;
  const created = await createBranchWithFiles(octokit, repo, branch, spec);
  options.log(created === "created" ? `created the branch ${branch}` : `the branch ${branch} holds these observations already`);
  const pr = await ensurePullRequest(octokit, repo, { head: branch, base: head.branch, title: commitMessage(plan), body: pullRequestBody(plan) }, options.log);
  return { plan, action: "pull-request", pullRequest: { number: pr.number, url: pr.html_url }, retries };
}
async function appendToPull(octokit, repo, options, pull, wait) {
  const pullRequest = { number: pull.number, url: pull.url };
  for (let attempt = 1; ; attempt++) {
    const head = await readObserveHead(octokit, repo, options.model, pull.branch);
    if (!head) return void 0;
    const plan = planObservations({ model: options.model, records: options.records, now: options.now() }, head.top, head.model);
    refuseOn(plan);
    const retries = attempt - 1;
    if (!plan.files.length) return { plan, action: "nothing-to-do", pullRequest, retries };
    const spec = {
      files: plan.files.map((f) => ({ path: f.path, content: f.content })),
      message: commitMessage(plan),
      baseSha: head.commit,
      baseTreeSha: head.tree
    };
    const commit = await createFilesCommit(octokit, repo, spec);
    if (await fastForward(octokit, repo, pull.branch, commit) === "moved") {
      if (!await pullStillOpen(octokit, repo, pull.number)) return void 0;
      options.log(`appended to the open pull request ${pull.url}`);
      return { plan, action: "pull-request", commit, pullRequest, retries };
    }
    if (attempt >= MAX_ATTEMPTS)
      throw new ObserveConflictError(`${pull.branch} moved under each of ${MAX_ATTEMPTS} attempts (other jobs appending): nothing was written; run this again`);
    options.log(`${pull.branch} moved since it was read (another job appended); reading it again to append only what is missing`);
    await wait(attempt);
  }
}
function pullRequestBody(plan) {
  const files = plan.files.map((f) => `- \`${f.path}\`: ${f.lines.length} record${f.lines.length === 1 ? "" : "s"}`).join("\n");
  return `Observations of \`${plan.model}\`, appended by \`model-registry observe\` (registry.yaml's \`monitoring.observe: pull-request\`).

${files}
`;
}

// src/app/observe.ts
async function observe(options) {
  if (!MODEL_NAME_RE.test(options.model)) throw new UsageError(`${JSON.stringify(options.model)} is not a model name: ${NAME_RULE_TEXT}`);
  return options.registry ? observeThroughApi(options, options.registry) : observeLocally(options);
}
function observeLocally(options) {
  const top = readTopLevel(options.root).entries;
  const plan = planObservations({ model: options.model, records: options.records, now: options.now() }, top, readModelFolder(options.root, options.model));
  refuseOn(plan);
  if (options.dryRun) return { plan, action: "dry-run", retries: 0 };
  for (const file of plan.files) appendObservationLines(options.root, file.path, file.tail);
  return { plan, action: plan.files.length ? "appended" : "nothing-to-do", retries: 0 };
}
async function observeThroughApi(options, registry) {
  const repository = parseRepository(registry, options.serverUrl);
  if (!repository) throw new UsageError(`the registry must be a GitHub repository as owner/name; got ${JSON.stringify(registry)}`);
  if (!options.token) throw new UsageError("a token that can write to the registry repository is required with --registry");
  const repo = { owner: repository.owner, repo: repository.repo };
  const octokit = createGitHubClient(options.token, options.log);
  const wait = options.wait ?? ((attempt) => backoff(Math.min(attempt, 3)));
  for (let attempt = 1; ; attempt++) {
    const head = await readObserveHead(octokit, repo, options.model);
    const plan = planObservations({ model: options.model, records: options.records, now: options.now() }, head.top, head.model);
    refuseOn(plan);
    const retries = attempt - 1;
    if (options.dryRun) return { plan, action: "dry-run", retries };
    if (!plan.files.length) return { plan, action: "nothing-to-do", retries };
    const spec = {
      files: plan.files.map((f) => ({ path: f.path, content: f.content })),
      message: commitMessage(plan),
      baseSha: head.commit,
      baseTreeSha: head.tree
    };
    if (plan.mode === "pull-request") {
      const proposed = await proposeObservations(octokit, repo, options, { head, plan, spec, retries }, wait);
      if (proposed !== "read-again") return proposed;
      if (attempt >= MAX_ATTEMPTS) throw new ObserveConflictError(`observation pull requests kept closing under ${MAX_ATTEMPTS} attempts: run this again`);
      continue;
    }
    const commit = await createFilesCommit(octokit, repo, spec);
    if (await fastForward(octokit, repo, head.branch, commit) === "moved") return { plan, action: "committed", commit, retries };
    if (attempt >= MAX_ATTEMPTS)
      throw new ObserveConflictError(
        `${head.branch} moved under each of ${MAX_ATTEMPTS} attempts (other jobs committing): nothing was written; run this again`
      );
    options.log(`${head.branch} moved since it was read (another job committed); reading it again to append only what is missing`);
    await wait(attempt);
  }
}

// src/core/monitoring/observe-input.ts
var NUMERIC = /* @__PURE__ */ new Set(["value", "n"]);
function parseObservationInput(name, text) {
  const body = text.replace(/^\uFEFF/, "");
  return body.trimStart().startsWith("{") ? parseJsonLines(name, body) : parseCsv(name, body);
}
function parseJsonLines(name, text) {
  const records = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (line.trim() === "") continue;
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return {
        problem: `${name} line ${i + 1} is not valid JSON (${String(error.message).replace(/, ".*$/s, "")}): write one JSON object per line`
      };
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return { problem: `${name} line ${i + 1} is not a JSON object: write one object per line` };
    records.push({ fields: value, source: `${name} line ${i + 1}` });
  }
  return records.length ? { records } : { problem: `${name} holds no record` };
}
function parseCsv(name, text) {
  const rows = csvRows(text);
  if ("problem" in rows) return { problem: `${name}: ${rows.problem}` };
  const [headerRow, ...data] = rows.rows;
  const header = headerRow?.cells;
  if (!header || header.every((h) => h.trim() === ""))
    return { problem: `${name} is empty: write a header row (time,version,metric,value,\u2026) and one row per record` };
  const columns = header.map((h) => h.trim());
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated !== void 0) return { problem: `${name}: the header names column ${JSON.stringify(repeated)} twice` };
  const records = [];
  for (const { cells, line } of data) {
    if (cells.length === 1 && cells[0].trim() === "") continue;
    if (cells.length !== columns.length)
      return { problem: `${name} line ${line} has ${cells.length} fields, but the header has ${columns.length}: quote values that hold commas` };
    const fields = {};
    for (let c = 0; c < columns.length; c++) {
      const cell = cells[c];
      if (cell === "") continue;
      fields[columns[c]] = NUMERIC.has(columns[c]) && cell.trim() !== "" && Number.isFinite(Number(cell)) ? Number(cell) : cell;
    }
    records.push({ fields, source: `${name} line ${line}` });
  }
  return records.length ? { records } : { problem: `${name} holds a header but no record` };
}
function csvRows(text) {
  const rows = [];
  let cells = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) return { problem: `a quote opened on line ${rowLine} is never closed` };
  if (cell !== "" || cells.length) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return { rows };
}

// src/cli/commands/observe.ts
var USAGE = "usage: model-registry observe <model> --metric NAME --value X [--version V | --environment E] (or --from FILE)";
async function observeCommand(argv, io, env = process.env) {
  const { values, positionals } = parseFlags(argv, "observe");
  if (positionals.length !== 1) throw new UsageError(`name one model: ${USAGE}`);
  if (values.registry !== void 0 && values.root !== void 0)
    throw new UsageError("--root appends in a folder, --registry through the API: give one of them");
  const records = requestedRecords(values);
  const token = values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN ?? "";
  if (values.registry && !token) throw new UsageError("--registry needs a token that can write to it: --token, or GITHUB_TOKEN / GH_TOKEN in the environment");
  const result = await observe({
    model: positionals[0],
    records,
    root: values.root ?? ".",
    registry: values.registry,
    token,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    dryRun: Boolean(values["dry-run"]),
    now: () => Date.now(),
    log: (m) => io.err(terminalLines(m))
  });
  const { plan } = result;
  for (const w of plan.warnings) io.err(terminalLines(`warning: ${w.file}:${w.line}:${w.column} ${w.message} [${w.rule}]`));
  if (result.action === "dry-run") {
    io.out(
      terminalJson({
        model: plan.model,
        mode: plan.mode,
        appended: plan.appended,
        present: plan.present,
        files: plan.files.map((f) => ({ path: f.path, lines: f.lines }))
      })
    );
    return 0;
  }
  const present = plan.present ? ` (${plan.present} already there)` : "";
  if (result.action === "nothing-to-do") io.out(terminalLines(`nothing to append: every record is there already${present}`));
  else {
    const where = result.action === "committed" ? ` in commit ${result.commit}` : result.action === "pull-request" ? ` in pull request ${result.pullRequest?.url}` : "";
    io.out(terminalLines(`appended ${plan.appended} record${plan.appended === 1 ? "" : "s"} to ${plan.files.map((f) => f.path).join(", ")}${where}${present}`));
  }
  return 0;
}
function requestedRecords(values) {
  const single = ["metric", "value", "version", "environment", "n", "segment", "time"];
  if (values.from !== void 0) {
    const given = single.filter((k) => values[k] !== void 0);
    if (given.length) throw new UsageError(`--from gives every field of every record; drop --${given.join(", --")}`);
    let text;
    try {
      text = readFileSync(values.from, "utf8");
    } catch (error) {
      throw new UsageError(`--from ${values.from} cannot be read: ${error.code ?? error.message}`);
    }
    const parsed = parseObservationInput(values.from, text);
    if ("problem" in parsed) throw new UsageError(parsed.problem);
    return parsed.records;
  }
  if (values.metric === void 0 || values.value === void 0) throw new UsageError(`--metric and --value are required (or --from FILE): ${USAGE}`);
  if (values.version === void 0 && values.environment === void 0)
    throw new UsageError(`say which version was observed: --version V, or --environment E (its stage's version)`);
  const number = (flag, text, integer = false) => {
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n) || integer && !Number.isInteger(n))
      throw new UsageError(`--${flag} must be a ${integer ? "whole" : "finite"} number, got ${JSON.stringify(text)}`);
    return n;
  };
  const fields = { metric: values.metric, value: number("value", values.value) };
  if (values.time !== void 0) fields.time = values.time;
  if (values.version !== void 0) fields.version = values.version;
  if (values.n !== void 0) fields.n = number("n", values.n, true);
  if (values.segment !== void 0) fields.segment = values.segment;
  if (values.environment !== void 0) fields.environment = values.environment;
  return [{ fields, source: "the command line" }];
}
export {
  observeCommand
};
