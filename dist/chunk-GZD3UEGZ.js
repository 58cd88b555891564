import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  METRICS_FORMATS,
  addStatsToCardText,
  assetDownloadUrl,
  buildCard,
  buildHistory,
  buildMetricsFile,
  clock,
  codeOrigin,
  compareMetrics,
  conversionLines,
  describeBlocked,
  environmentRows,
  isDrift,
  isTaken,
  isoSeconds,
  mdCode,
  mdText,
  metricNames,
  metricTable,
  neutraliseBidi,
  nextVersion,
  parseModelRef,
  parseRepository,
  parseVersionRequest,
  prepareInputs,
  promotionsMarkdown,
  readEnvironments,
  readRegistryHistory,
  readVersionFiles,
  releaseUrl,
  repositoryFromRemote,
  shellQuote,
  siteCommand,
  validateOverlay,
  writeRegistryDocument
} from "./chunk-VZRK3VV6.js";
import {
  ANSI,
  PLAIN,
  differenceLine,
  loadRegistry,
  oneOf,
  parseFlags,
  plural,
  runGit,
  updateCodeowners,
  validateChange,
  validateRegistry
} from "./chunk-7W2ZMMZC.js";
import {
  terminalJson,
  terminalLine,
  terminalLines,
  terminalText
} from "./chunk-NQUV3GZM.js";
import {
  checkDocument,
  checkEntries,
  didYouMean,
  formatDecimalSize,
  formatNumber
} from "./chunk-MYH36YWD.js";
import {
  errorCode,
  hashFile,
  readRegistryDocument,
  readSnapshot,
  readTopLevel
} from "./chunk-MPTIOZNZ.js";
import "./chunk-SPVUGOZM.js";
import {
  formatDuration
} from "./chunk-SCVTTLDF.js";
import {
  asArray,
  buildRegistry,
  countBySeverity,
  isRecord,
  isValidModelName,
  isValidStageName,
  isValidVersion,
  metricNumber,
  require_semver,
  tagName
} from "./chunk-GFVT5YNI.js";
import "./chunk-2MO3Y3TF.js";
import {
  CARD_FILE,
  NAME_RULE_TEXT,
  REGISTRY_FILE,
  documentKind,
  modelDir,
  modelFile,
  versionDir
} from "./chunk-KIBMBXOT.js";
import {
  DownloadError,
  GitError,
  RefNotFoundError,
  RegisterBlockedError,
  RegisterInputError,
  RegistryWriteError,
  UsageError
} from "./chunk-VPRRMIUW.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/core/report/registry-summary.ts
function summarizeRegistry(registry) {
  let total = 0;
  const models = [...registry.models.values()].map((m) => {
    const versions = [...m.versions.keys()];
    total += versions.length;
    const stages = /* @__PURE__ */ Object.create(null);
    if (m.stages && isRecord(m.stages.value)) {
      for (const [stage, version] of Object.entries(m.stages.value)) if (typeof version === "string") stages[stage] = version;
    }
    const valid = versions.filter(isValidVersion);
    return { name: m.name, versions, latest: valid[valid.length - 1], stages };
  });
  return { registry: registry.settings.name, versions: total, models };
}

// src/cli/text-table.ts
function textTable(header2, rows) {
  const safe = rows.map((row) => row.map((cell) => terminalText(cell)));
  const widths = header2.map((h, i) => Math.max(h.length, ...safe.map((r) => r[i].length)));
  const line = (cells) => terminalLine(
    cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()
  );
  return [line(header2), line(widths.map((w) => "-".repeat(w))), ...safe.map(line)];
}

// src/cli/commands/list.ts
async function listCommand(argv, io) {
  const { values } = parseFlags(argv, { root: { type: "string" }, format: { type: "string" } });
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const { registry } = await validateRegistry({ root: values.root ?? "." });
  const summary = summarizeRegistry(registry);
  if (format === "json") {
    io.out(terminalJson(summary));
    return 0;
  }
  const stages = registry.settings.stages;
  const header2 = ["model", "versions", "latest", ...stages];
  const rows = summary.models.map((m) => [m.name, String(m.versions.length), m.latest ?? "-", ...stages.map((s) => m.stages[s] ?? "-")]);
  io.out(terminalLine(`${summary.registry}: ${summary.models.length} models, ${summary.versions} versions`));
  for (const line of textTable(header2, rows)) io.out(line);
  return 0;
}

// src/core/report/review.ts
var import_semver = __toESM(require_semver(), 1);

// src/core/report/change-set.ts
function computeChangeSet(base, head) {
  const versions = [];
  const stages = [];
  const modelCards = [];
  for (const model of head.models.values()) {
    const before = base.models.get(model.name);
    if (before === model) continue;
    for (const version of model.versions.values()) {
      const old = before?.versions.get(version.version);
      if (!old) versions.push({ model: model.name, version: version.version, kind: "added", newModel: !before });
      else if (!sameVersion(old, version)) versions.push({ model: model.name, version: version.version, kind: "changed", newModel: false });
    }
    const was = stageMap(before);
    const now = stageMap(model);
    for (const stage of /* @__PURE__ */ new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (was[stage] !== now[stage]) stages.push({ model: model.name, stage, from: was[stage], to: now[stage] });
    }
    if (before && JSON.stringify(before.card?.value) !== JSON.stringify(model.card?.value)) modelCards.push(model.name);
  }
  const removedModels = [...base.models.keys()].filter((name) => !head.models.has(name));
  for (const name of removedModels) {
    for (const [stage, version] of Object.entries(stageMap(base.models.get(name)))) stages.push({ model: name, stage, from: version });
  }
  return { versions, stages, modelCards, removedModels };
}
function stageMap(model) {
  const out = /* @__PURE__ */ Object.create(null);
  const value = model?.stages?.value;
  if (isRecord(value)) {
    for (const [stage, version] of Object.entries(value)) if (typeof version === "string") out[stage] = version;
  }
  return out;
}
function sameVersion(a, b) {
  return JSON.stringify(a.card?.value) === JSON.stringify(b.card?.value) && JSON.stringify(a.metrics?.value) === JSON.stringify(b.metrics?.value) && a.files.join("\n") === b.files.join("\n");
}

// src/core/report/lineage.ts
function lineageGraph(registry, focus, depth = 3) {
  const nodes = /* @__PURE__ */ new Map();
  const edges = [];
  const edgeKeys = /* @__PURE__ */ new Set();
  const addNode = (node) => {
    const existing = nodes.get(node.id);
    if (!existing || node.kind === "focus") nodes.set(node.id, node);
  };
  const addEdge = (edge) => {
    const key = `${edge.from}>${edge.to}>${edge.label ?? ""}`;
    if (edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push(edge);
  };
  const focusIds = new Set(focus.map((f) => `${f.model}@${f.version}`));
  const visit = (model, version, level, isFocus) => {
    const id = `${model}@${version}`;
    addNode({ id, label: `${model} ${version}`, kind: isFocus ? "focus" : "version" });
    const card = registry.models.get(model)?.versions.get(version)?.card?.value;
    if (!isRecord(card) || !isRecord(card.lineage)) return;
    for (const parent of asArray(card.lineage.parents)) {
      if (!isRecord(parent)) continue;
      const relation = typeof parent.relation === "string" ? parent.relation : void 0;
      if (typeof parent.uri === "string") {
        const pid = `uri:${parent.uri}`;
        const revision = typeof parent.revision === "string" ? ` @ ${parent.revision.slice(0, 12)}` : "";
        addNode({ id: pid, label: `${parent.uri}${revision}`, kind: "external" });
        addEdge({ from: pid, to: id, label: relation });
      } else if (typeof parent.model === "string" && typeof parent.version === "string") {
        const pid = `${parent.model}@${parent.version}`;
        if (level < depth && !nodes.has(pid)) visit(parent.model, parent.version, level + 1, focusIds.has(pid));
        else addNode({ id: pid, label: `${parent.model} ${parent.version}`, kind: focusIds.has(pid) ? "focus" : "version" });
        addEdge({ from: pid, to: id, label: relation });
      }
    }
    if (!isFocus) return;
    for (const dataset of asArray(card.lineage.datasets)) {
      if (!isRecord(dataset) || typeof dataset.name !== "string") continue;
      const version2 = typeof dataset.version === "string" || typeof dataset.version === "number" ? ` ${dataset.version}` : "";
      const did = `dataset:${dataset.name}${version2}`;
      addNode({ id: did, label: `${dataset.name}${version2}`, kind: "dataset" });
      addEdge({ from: did, to: id, label: typeof dataset.role === "string" ? dataset.role : void 0 });
    }
    const code = card.lineage.code;
    if (isRecord(code) && typeof code.repo === "string" && typeof code.commit === "string") {
      const cid = `code:${code.repo}@${code.commit}`;
      addNode({ id: cid, label: `${code.repo} ${code.commit.slice(0, 7)}`, kind: "code" });
      addEdge({ from: cid, to: id, label: "code" });
    }
  };
  for (const f of focus) visit(f.model, f.version, 0, true);
  return { nodes: [...nodes.values()], edges };
}

// src/core/report/review.ts
function buildReview(base, head, problems, promotions = []) {
  const changes = computeChangeSet(base, head);
  const productionStage = head.settings.stages[head.settings.stages.length - 1] ?? "production";
  const catalogue = head.settings.metrics;
  const changed = changes.versions.map((change) => {
    const model = head.models.get(change.model);
    const entry = model.versions.get(change.version);
    const production = stageMap(base.models.get(change.model))[productionStage];
    const previous = previousVersion([...model.versions.keys()], change.version);
    const card = entry?.card?.value;
    return {
      ...change,
      summary: isRecord(card) && typeof card.summary === "string" ? card.summary : void 0,
      production,
      previous,
      metrics: compareMetrics(
        entry,
        {
          // What runs now: the base's content, even when this change edits that very version.
          production: production ? base.models.get(change.model)?.versions.get(production) ?? model.versions.get(production) : void 0,
          previous: previous ? model.versions.get(previous) : void 0
        },
        catalogue
      )
    };
  });
  const byModel = /* @__PURE__ */ new Map();
  for (const c of changed) byModel.set(c.model, [...byModel.get(c.model) ?? [], { model: c.model, version: c.version }]);
  const { errors, warnings } = countBySeverity(problems);
  let versions = 0;
  for (const m of head.models.values()) versions += m.versions.size;
  return {
    ok: errors === 0,
    errors,
    warnings,
    models: head.models.size,
    versions,
    problems,
    changed,
    stages: changes.stages,
    lineage: [...byModel].map(([model, focus]) => ({ model, graph: lineageGraph(head, focus) })),
    productionStage,
    promotions
  };
}
function previousVersion(all, version) {
  if (!isValidVersion(version)) return void 0;
  const lower = all.filter((v) => isValidVersion(v) && import_semver.default.lt(v, version));
  return lower.sort(import_semver.default.compareBuild).pop();
}

// src/app/review-changes.ts
async function reviewChanges(root, baseRef, options = {}) {
  return (await reviewWithPaths(root, baseRef, options)).review;
}
async function reviewWithPaths(root, baseRef, options = {}) {
  const { report, registry, baseRegistry, promotions, changed } = await validateChange(root, baseRef, options.approvals, options.head);
  return { review: buildReview(baseRegistry, registry, report.problems, promotions ?? []), changed };
}

// src/core/text/utf8-cut.ts
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function cutUtf8(text, maxBytes) {
  if (maxBytes <= 0) return "";
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  return bytes.subarray(0, end).toString("utf8");
}

// src/core/output/mermaid.ts
function mermaidLabel(text) {
  const cleaned = neutraliseBidi(text.replace(/[\r\n\t]+/g, " ").slice(0, 80));
  return cleaned.replace(/[^A-Za-z0-9 .,_\-/@+]/g, (c) => `#${c.codePointAt(0)};`);
}
var SHAPES = {
  focus: ['[["', '"]]'],
  version: ['["', '"]'],
  external: ['(["', '"])'],
  dataset: ['[("', '")]'],
  code: ['{{"', '"}}']
};
function renderMermaid(nodes, edges) {
  const ids = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ["flowchart LR"];
  for (const node of nodes) {
    const [open, close] = SHAPES[node.kind];
    lines.push(`  ${ids.get(node.id)}${open}${mermaidLabel(node.label)}${close}`);
  }
  for (const edge of edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (!from || !to) continue;
    lines.push(edge.label ? `  ${from} -->|"${mermaidLabel(edge.label)}"| ${to}` : `  ${from} --> ${to}`);
  }
  const focus = nodes.filter((n) => n.kind === "focus").map((n) => ids.get(n.id));
  if (focus.length) lines.push(`  classDef focus stroke-width:3px`, `  class ${focus.join(",")} focus`);
  return lines.join("\n");
}

// src/core/output/review-markdown.ts
var SUMMARY_OPTIONS = { maxLength: 1e6, maxBytes: 1e6, maxProblems: 1e3 };
function renderReviewMarkdown(report, options) {
  const sections = [header(report)];
  if (report.problems.length) sections.push(problemsThatFit(report.problems, options, sections[0]));
  if (report.stages.length) sections.push(stagesSection(report));
  if (report.promotions?.length) sections.push(promotionsMarkdown(report.promotions));
  for (const version of report.changed) sections.push(versionSection(version, report.productionStage));
  if (report.lineage.length) sections.push(lineageSection(report));
  if (options.footer) sections.push(options.footer);
  const maxBytes = options.maxBytes ?? Infinity;
  let out = "";
  let outBytes = 0;
  for (let i = 0; i < sections.length; i++) {
    const next = `${out}${out ? "\n\n" : ""}${sections[i]}`;
    const nextBytes = outBytes + (out ? 2 : 0) + utf8Length(sections[i]);
    const remaining = sections.length - i - 1;
    const note = `

> [!NOTE]
> This report was cut to fit GitHub's size limit: ${remaining + 1} more section(s) are in the job summary and the JSON report.`;
    const room = remaining ? note.length : 0;
    if (next.length + room > options.maxLength || nextBytes + room > maxBytes) {
      return cutUtf8(cutChars(`${out}${note}`, options.maxLength), maxBytes);
    }
    out = next;
    outBytes = nextBytes;
  }
  return out;
}
function problemsThatFit(problems, options, head) {
  const maxBytes = options.maxBytes ?? Infinity;
  const room = 300;
  for (let max = options.maxProblems; ; max = Math.floor(max / 2)) {
    const section = problemsSection(problems, max);
    if (max <= 1 || head.length + section.length + room <= options.maxLength && utf8Length(head) + utf8Length(section) + room <= maxBytes) return section;
  }
}
function cutChars(text, max) {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return text.slice(0, end);
}
function header(report) {
  const verdict = report.ok ? `## \u2705 Model registry: valid${report.warnings ? ` (${plural(report.warnings, "warning")})` : ""}` : `## \u274C Model registry: ${plural(report.errors, "error")}${report.warnings ? `, ${plural(report.warnings, "warning")}` : ""}`;
  const added = report.changed.filter((c) => c.kind === "added").length;
  const changed = report.changed.length - added;
  const parts = [`${plural(report.models, "model")}, ${plural(report.versions, "version")} in the registry`];
  if (added) parts.push(`${plural(added, "version")} added`);
  if (changed) parts.push(`${plural(changed, "released version")} changed`);
  if (report.stages.length) parts.push(plural(report.stages.length, "stage change"));
  if (!report.changed.length && !report.stages.length) parts.push("no version or stage changes");
  return `${verdict}

${parts.join(" \xB7 ")}`;
}
function problemsSection(problems, max) {
  const rows = problems.slice(0, max).map((p) => `| ${p.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} | ${mdCode(`${p.file}:${p.line}:${p.column}`)} | ${mdCode(p.rule)} | ${mdText(p.message, 400)} |`);
  const more = problems.length > max ? `

\u2026and ${problems.length - max} more in the job summary and the JSON report.` : "";
  return `### Problems

| | Where | Rule | What to do |
|---|---|---|---|
${rows.join("\n")}${more}`;
}
function stagesSection(report) {
  const rows = report.stages.map(
    (s) => `| ${mdText(s.model)} | ${mdText(s.stage)} | ${s.from ? mdText(s.from) : "\u2013"} | ${s.to ? `**${mdText(s.to)}**` : "_(removed)_"} |`
  );
  return `### Stage changes

What will run where after the merge:

| Model | Stage | Now | After merge |
|---|---|---|---|
${rows.join("\n")}`;
}
function versionSection(version, productionStage) {
  const title = `### ${mdText(version.model)} ${mdText(version.version)} ${version.kind === "added" ? version.newModel ? "(new model)" : "(new version)" : "(changed)"}`;
  const lines = [title, ""];
  if (version.summary) lines.push(`> ${mdText(version.summary, 300)}`, "");
  const columns = [];
  if (version.production) columns.push({ key: "production", label: `vs ${mdText(productionStage)} ${mdText(version.production)}` });
  if (version.previous && version.previous !== version.production) columns.push({ key: "previous", label: `vs previous ${mdText(version.previous)}` });
  if (!version.production) lines.push(`_No version of ${mdText(version.model)} runs in ${mdText(productionStage)} yet._`, "");
  if (!version.metrics.length) {
    lines.push("_No metrics._");
    return lines.join("\n");
  }
  lines.push(metricTable(version.version, version.metrics, columns));
  return lines.join("\n");
}
function lineageSection(report) {
  const blocks = report.lineage.map(
    ({ model, graph }) => `<details open><summary>Lineage of ${mdText(model)}</summary>

\`\`\`mermaid
${renderMermaid(graph.nodes, graph.edges)}
\`\`\`

</details>`
  );
  return `### Lineage

${blocks.join("\n\n")}`;
}

// src/cli/commands/diff.ts
async function diffCommand(argv, io) {
  const { values } = parseFlags(argv, { root: { type: "string" }, base: { type: "string" }, committed: { type: "boolean" }, format: { type: "string" } });
  if (!values.base) throw new UsageError("--base is required: the git ref to compare with, e.g. origin/main");
  const format = oneOf("format", values.format, ["markdown", "json"], "markdown");
  const report = await reviewChanges(values.root ?? ".", values.base, { head: values.committed ? "HEAD" : void 0 });
  io.out(format === "json" ? terminalJson(report) : terminalLines(renderReviewMarkdown(report, SUMMARY_OPTIONS)));
  return report.ok ? 0 : 1;
}

// src/core/stages/status.ts
function stageStatus(registry, history2) {
  const order = registry.settings.stages;
  const rank = (stage) => order.includes(stage) ? order.indexOf(stage) : order.length;
  const models = [];
  for (const entry of registry.models.values()) {
    const card = isRecord(entry.card?.value) ? entry.card.value : {};
    const primary = typeof card.primary_metric === "string" ? card.primary_metric : void 0;
    const assigned = isRecord(entry.stages?.value) ? Object.entries(entry.stages.value) : [];
    const events = history2.get(entry.name) ?? [];
    const stages = [];
    for (const [stage, version] of assigned) {
      if (typeof version !== "string") continue;
      const status = { stage, version };
      const since = events.find((e) => e.stage === stage && e.version === version && (e.kind === "promotion" || e.kind === "rollback"));
      if (since) {
        status.since = since.date;
        status.commit = since.commit;
        if (since.pullRequest !== void 0) status.pullRequest = since.pullRequest;
        if (since.approvers) status.approvers = since.approvers;
      }
      const metrics = entry.versions.get(version)?.metrics?.value;
      const value = primary && isRecord(metrics) ? metricNumber(metrics[primary]) : void 0;
      if (primary && value !== void 0) {
        const unit = registry.settings.metrics[primary]?.unit;
        status.metric = { name: primary, value, ...unit ? { unit } : {} };
      }
      stages.push(status);
    }
    stages.sort((a, b) => rank(a.stage) - rank(b.stage) || (a.stage < b.stage ? -1 : 1));
    models.push({ name: entry.name, ...primary ? { primaryMetric: primary } : {}, stages });
  }
  return models;
}

// src/app/stage-status.ts
async function reportStageStatus(options) {
  const repository = options.repository === void 0 ? void 0 : parseRepository(options.repository, options.serverUrl);
  if (options.repository !== void 0 && !repository) throw new UsageError(`--repository must be OWNER/NAME, not ${JSON.stringify(options.repository)}`);
  const { registry } = await validateRegistry({ root: options.root });
  const git = readRegistryHistory(options.root);
  const history2 = git.available ? buildHistory(git.facts, registry.settings) : /* @__PURE__ */ new Map();
  const models = stageStatus(registry, history2);
  const readout = await readEnvironments(
    registry,
    models.map((m) => m.name),
    { repository, token: options.token, log: options.log, onRefusal: "throw" }
  );
  const now = clock().toISOString();
  const rows = environmentRows({
    models: models.map((m) => ({
      name: m.name,
      stages: new Map(m.stages.map((s) => [s.stage, { version: s.version, ...s.since ? { since: s.since } : {} }]))
    })),
    environments: readout.environments,
    running: readout.running,
    now,
    maxDriftMs: readout.maxDriftMs
  });
  const environments = {
    declared: readout.environments,
    maxDrift: readout.maxDrift,
    read: readout.read,
    ...readout.repository ? { repository: readout.repository } : {},
    ...readout.note ? { note: readout.note } : {},
    now,
    rows
  };
  return { registry: registry.settings.name, history: git.available, shallow: git.shallow, models, ...environments.declared.length ? { environments } : {} };
}

// src/core/environments/status-table.ts
var ENVIRONMENT_COLUMNS = ["model", "stage", "declared", "environment", "running", "since", "drift"];
function environmentCells(rows, maxDrift) {
  return rows.map((row) => {
    const head = [row.model, row.stage, row.declared ?? "-", row.environment];
    if (!isDrift(row)) return [...head, "not read", "-", "-"];
    return [...head, row.running ?? "nothing", row.runningSince ?? "-", driftWords(row, maxDrift)];
  });
}
function driftWords(row, maxDrift) {
  if (row.matches) return "matches";
  if (row.driftMs === void 0) return "drifted (since unknown)";
  return `drifted ${formatDuration(row.driftMs)}${row.exceeded ? ` (over ${maxDrift})` : ""}`;
}

// src/app/stage-history.ts
function reportStageHistory(options) {
  const top = readTopLevel(options.root);
  const { settings } = buildRegistry(checkEntries(top.entries), top.entries);
  const git = readRegistryHistory(options.root);
  if (!git.available) throw new GitError(`the history is read from git, and ${options.root} is not in a git repository (or git is not installed)`);
  const history2 = buildHistory(git.facts, settings);
  const { model } = options;
  if (model !== void 0 && !history2.has(model) && !top.modelFolders.includes(model)) {
    throw new UsageError(`no model \`${model}\` in the registry or its history${didYouMean(model, [...top.modelFolders, ...history2.keys()])}`);
  }
  const events = model !== void 0 ? history2.get(model) ?? [] : newestFirst([...history2.values()].flat());
  return { registry: settings.name, ...model !== void 0 ? { model } : {}, shallow: git.shallow, events };
}
function newestFirst(events) {
  const place = new Map(events.map((e, i) => [e, i]));
  const order = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return events.sort((a, b) => order(b.date, a.date) || order(a.model, b.model) || place.get(a) - place.get(b));
}

// src/cli/commands/history.ts
var SHALLOW_NOTE = "note: this is a shallow clone, so the history is incomplete (fetch it whole: git fetch --unshallow, or actions/checkout with fetch-depth: 0)";
function historyCommand(argv, io) {
  return Promise.resolve(history(argv, io));
}
function history(argv, io) {
  const { values, positionals } = parseFlags(argv, { root: { type: "string" }, format: { type: "string" } });
  const format = oneOf("format", values.format, ["text", "json"], "text");
  if (positionals.length > 1) throw new UsageError(`history takes at most one model, got ${positionals.length}: ${positionals.join(" ")}`);
  const report = reportStageHistory({ root: values.root ?? ".", model: positionals[0] });
  if (report.shallow) io.err(SHALLOW_NOTE);
  if (format === "json") {
    io.out(terminalJson(report));
    return 0;
  }
  if (report.events.length === 0) {
    io.out(terminalLine(`${report.model ?? report.registry}: no history yet`));
    return 0;
  }
  const header2 = ["date", "model", "event", "version", "stage", "from", "commit", "pull request", "approved by", "reason"];
  const rows = report.events.map((e) => [
    e.date,
    e.model,
    e.kind,
    e.version,
    e.stage ?? "-",
    e.from ?? "-",
    e.commit.slice(0, 7),
    e.pullRequest === void 0 ? "-" : `#${e.pullRequest}`,
    e.approvers?.join(", ") ?? "-",
    e.reason === void 0 ? "-" : shorten(e.reason)
  ]);
  const used = header2.map((_, i) => ![5, 7, 8, 9].includes(i) || rows.some((r) => r[i] !== "-"));
  const pick = (cells) => cells.filter((_, i) => used[i]);
  for (const line of textTable(pick(header2), rows.map(pick))) io.out(line);
  return 0;
}
function shorten(text, max = 60) {
  const chars = [...text.replace(/\s+/g, " ")];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// src/cli/commands/status.ts
async function statusCommand(argv, io, env = process.env) {
  const { values } = parseFlags(argv, {
    root: { type: "string" },
    format: { type: "string" },
    repository: { type: "string" },
    token: { type: "string" },
    "fail-on": { type: "string" }
  });
  const format = oneOf("format", values.format, ["text", "json"], "text");
  if (values["fail-on"] !== void 0 && values["fail-on"] !== "drift")
    throw new UsageError(`--fail-on must be drift, got ${JSON.stringify(values["fail-on"])}`);
  const report = await reportStageStatus({
    root: values.root ?? ".",
    repository: values.repository ?? (env.GITHUB_REPOSITORY || void 0),
    token: values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    log: (m) => io.err(terminalLines(m))
  });
  if (report.shallow) io.err(SHALLOW_NOTE);
  else if (!report.history) io.err("note: not in a git repository, so no `since` dates (they come from git history)");
  const environments = report.environments;
  if (environments && !environments.read && environments.note) io.err(terminalLine(`note: environments not read: ${environments.note}`));
  const exceeded = (environments?.rows ?? []).filter((r) => isDrift(r) && r.exceeded);
  if (format === "json") io.out(terminalJson(report));
  else {
    const rows = [];
    for (const model of report.models) {
      if (model.stages.length === 0) rows.push([model.name, "-", "-", "-", "-"]);
      model.stages.forEach((s, i) => {
        const metric = s.metric ? `${s.metric.name} ${formatNumber(s.metric.value)}${s.metric.unit ? ` ${s.metric.unit}` : ""}` : "-";
        rows.push([i === 0 ? model.name : "", s.stage, s.version, s.since ?? "-", metric]);
      });
    }
    io.out(terminalLine(`${report.registry}: ${plural(report.models.length, "model")}`));
    for (const line of textTable(["model", "stage", "version", "since", "primary metric"], rows)) io.out(line);
    if (environments) {
      const where = environments.read ? `as reported in ${environments.repository}` : "declared side only";
      io.out("");
      io.out(terminalLine(`environments (${where}; max drift ${environments.maxDrift}):`));
      for (const line of textTable(ENVIRONMENT_COLUMNS, environmentCells(environments.rows, environments.maxDrift))) io.out(line);
    }
  }
  if (values["fail-on"] !== "drift") return 0;
  if (!environments) return 0;
  if (!environments.read) {
    io.err(terminalLine(`model-registry status: --fail-on drift needs what the environments run, which was not read (${environments.note ?? "unknown"})`));
    return 2;
  }
  for (const row of exceeded)
    io.err(
      terminalLine(
        `drift: ${row.model} in ${row.environment} runs ${"running" in row && row.running ? row.running : "nothing"}, ${row.stage} declares ${row.declared ?? "nothing"} (longer than ${environments.maxDrift})`
      )
    );
  return exceeded.length > 0 ? 1 : 0;
}

// src/cli/commands/codeowners.ts
function parseCodeownersSettings(argv) {
  const { values } = parseFlags(argv, {
    root: { type: "string" },
    "repo-root": { type: "string" },
    check: { type: "boolean" },
    "dry-run": { type: "boolean" }
  });
  return { root: values.root ?? ".", repoRoot: values["repo-root"], check: values.check ?? false, dryRun: values["dry-run"] ?? false };
}
function codeownersCommand(argv, io) {
  return Promise.resolve(runCodeowners(argv, io));
}
function runCodeowners(argv, io) {
  const settings = parseCodeownersSettings(argv);
  const outcome = updateCodeowners({ root: settings.root, repoRoot: settings.repoRoot, write: !settings.check && !settings.dryRun });
  const file = outcome.file;
  const changes = outcome.differences.map((d) => terminalLine(`  ${differenceLine(d)}`));
  if (settings.check) {
    if (changes.length === 0) {
      io.out(terminalLine(`${file} is in step with the registry's owners`));
      return 0;
    }
    io.out(terminalLine(outcome.existed ? `${file} is out of step with the registry's owners:` : `${file} does not exist; it would hold:`));
    for (const line of changes) io.out(line);
    io.out("run `model-registry codeowners` to write it");
    return 1;
  }
  if (!outcome.changed) {
    io.out(terminalLine(`${file} is up to date: nothing written`));
    return 0;
  }
  const verb = settings.dryRun ? outcome.existed ? "would update" : "would create" : outcome.existed ? "updated" : "created";
  io.out(terminalLine(`${verb} ${file}${changes.length ? ":" : ""}`));
  for (const line of changes) io.out(line);
  if (changes.length === 0) io.out("  (the registry's section was laid out anew; every owner was already in step)");
  if (settings.dryRun) io.out("dry run: nothing written");
  return 0;
}

// src/core/serving/resolve.ts
var import_semver2 = __toESM(require_semver(), 1);
var HF_ENDPOINT = "https://huggingface.co";
var noModel = (model, models) => `no model ${model} in this registry${didYouMean(model, models)}`;
var noVersion = (model, version, versions) => `${model} has no version ${version}${didYouMean(version, versions)}`;
var noStage = (model, stage, declared) => declared.includes(stage) ? `${model} runs nothing in ${stage}` : `no stage ${stage} in this registry${didYouMean(stage, declared)}`;
var noLatest = (model) => `${model} has no version that is not a pre-release or deprecated`;
function latestVersion(versions, deprecated) {
  const candidates = [...versions].filter((v) => isValidVersion(v) && !import_semver2.default.prerelease(v) && !deprecated.has(v));
  return candidates.sort(import_semver2.default.rcompare)[0];
}
function resolveRef(registry, ref, repository, hfEndpoint = HF_ENDPOINT) {
  const model = registry.models.get(ref.model);
  if (!model) return { problem: noModel(ref.model, registry.models.keys()) };
  let version;
  if (ref.kind === "version") {
    if (!model.versions.has(ref.version)) return { problem: noVersion(ref.model, ref.version, model.versions.keys()) };
    version = ref.version;
  } else if (ref.kind === "stage") {
    const stages = isRecord(model.stages?.value) ? model.stages.value : {};
    const held = stages[ref.stage];
    if (typeof held !== "string") return { problem: noStage(ref.model, ref.stage, registry.settings.stages) };
    version = held;
  } else {
    version = latestVersion(model.versions.keys(), deprecatedVersions(model));
    if (!version) return { problem: noLatest(ref.model) };
  }
  const entry = model.versions.get(version);
  const card = entry?.card?.value;
  if (!entry || !isRecord(card)) return { problem: `${ref.model} ${version} has no readable card.yaml: run model-registry validate` };
  const tag = tagName(registry.settings, ref.model, version);
  const artifacts = (Array.isArray(card.artifacts) ? card.artifacts : []).filter(isRecord).flatMap((a) => {
    if (typeof a.name !== "string") return [];
    const stored = typeof a.path === "string" ? a.path : typeof a.uri === "string" ? a.uri : void 0;
    const source = typeof a.path === "string" ? repository ? { kind: "release-asset", url: assetDownloadUrl(repository, tag, a.name) } : { kind: "committed", path: `${entry.dir}/${a.path}` } : sourceOfUri(typeof a.uri === "string" ? a.uri : "", hfEndpoint);
    return [
      {
        name: a.name,
        ...typeof a.size === "number" ? { size: a.size } : {},
        ...typeof a.sha256 === "string" ? { sha256: a.sha256 } : {},
        ...stored !== void 0 ? { stored } : {},
        source
      }
    ];
  });
  return {
    resolved: {
      model: ref.model,
      version,
      ...ref.kind === "stage" ? { stage: ref.stage } : {},
      tag,
      ...repository ? { releaseUrl: releaseUrl(repository, tag), checksumsUrl: assetDownloadUrl(repository, tag, "SHA256SUMS") } : {},
      artifacts
    }
  };
}
function sourceOfUri(uri, hfEndpoint = HF_ENDPOINT) {
  if (/^https:\/\//i.test(uri)) return { kind: "https", url: uri };
  const hf = /^hf:\/\/([^/@]+\/[^/@]+)@([^/]+)\/(.+)$/.exec(uri);
  if (hf) {
    const [, repo, revision, file] = hf;
    const encoded = (path) => path.split("/").map(encodeURIComponent).join("/");
    const url = `${hfEndpoint.replace(/\/+$/, "")}/${encoded(repo)}/resolve/${encodeURIComponent(revision)}/${encoded(file)}`;
    return { kind: "hf", repo, revision, path: file, url };
  }
  return { kind: "other", uri };
}
function deprecatedVersions(model) {
  const card = model.card?.value;
  return new Set(isRecord(card) && isRecord(card.deprecated_versions) ? Object.keys(card.deprecated_versions) : []);
}
function verifyCommand(artifact) {
  return artifact.sha256 && /^[0-9a-f]{64}$/.test(artifact.sha256) ? `echo ${shellQuote(`${artifact.sha256}  ${artifact.name}`)} | sha256sum -c` : void 0;
}

// src/core/serving/catalogue.ts
function resolveFromCatalogue(ref, answers, hfEndpoint = HF_ENDPOINT) {
  if (ref.kind === "stage" && answers.stage) return { resolved: fromApiVersion(ref.model, answers.stage, ref.stage, hfEndpoint) };
  const model = answers.model;
  if (!model) return { problem: noModel(ref.model, answers.index?.models.map((m) => m.name) ?? []) };
  const versions = model.versions.map((v) => v.version);
  let version;
  if (ref.kind === "version") {
    if (!versions.includes(ref.version)) return { problem: noVersion(ref.model, ref.version, versions) };
    version = ref.version;
  } else if (ref.kind === "stage") {
    version = model.stages[ref.stage];
    if (version === void 0) return { problem: noStage(ref.model, ref.stage, answers.index?.registry.stages ?? Object.keys(model.stages)) };
  } else {
    version = latestVersion(versions, new Set(model.versions.filter((v) => v.deprecated).map((v) => v.version)));
    if (!version) return { problem: noLatest(ref.model) };
  }
  const entry = model.versions.find((v) => v.version === version);
  if (!entry) return { problem: `${ref.model} ${version} is not in the catalogue: run model-registry validate on the registry` };
  return { resolved: fromApiVersion(ref.model, entry, ref.kind === "stage" ? ref.stage : void 0, hfEndpoint) };
}
function fromApiVersion(model, v, stage, hfEndpoint) {
  const download = v.release_url ? downloadPrefix(v.release_url) : void 0;
  return {
    model,
    version: v.version,
    ...stage !== void 0 ? { stage } : {},
    tag: v.tag,
    ...v.release_url ? { releaseUrl: v.release_url } : {},
    ...download ? { checksumsUrl: `${download}SHA256SUMS` } : {},
    artifacts: v.artifacts.map((a) => artifactOf(a, download, hfEndpoint))
  };
}
function artifactOf(a, download, hfEndpoint) {
  return {
    name: a.name,
    ...a.size !== null ? { size: a.size } : {},
    ...a.sha256 !== null ? { sha256: a.sha256 } : {},
    ...a.url !== null ? { stored: a.url } : {},
    source: sourceOfUrl(a, download, hfEndpoint)
  };
}
function sourceOfUrl(a, download, hfEndpoint) {
  if (a.url === null) return { kind: "other", uri: "" };
  if (download && a.url === `${download}${encodeURIComponent(a.name)}`) return { kind: "release-asset", url: a.url };
  return sourceOfUri(a.url, hfEndpoint);
}
function downloadPrefix(releaseUrl2) {
  const m = /^(https:\/\/[^?#]+)\/releases\/tag\/([^/?#]+)$/.exec(releaseUrl2);
  return m ? `${m[1]}/releases/download/${m[2]}/` : void 0;
}

// src/app/resolve-version.ts
async function resolveVersion(options) {
  const parsed = parseModelRef(options.ref);
  if ("problem" in parsed) throw new UsageError(parsed.problem);
  const hfEndpoint = options.hfEndpoint ?? HF_ENDPOINT;
  const repository = options.repository === void 0 ? void 0 : parseRepository(options.repository, options.serverUrl);
  if (options.repository !== void 0 && !repository) throw new UsageError(`--repository must be OWNER/NAME, not ${JSON.stringify(options.repository)}`);
  let resolution;
  if (options.catalogue !== void 0) {
    const { readCatalogue } = await import("./chunk-M666RV7S.js");
    resolution = resolveFromCatalogue(parsed.ref, await readCatalogue(options.catalogue, parsed.ref, { timeoutMs: options.timeoutMs }), hfEndpoint);
  } else if (options.fromGitHub) {
    if (!repository) throw new UsageError("reading the registry from GitHub needs its repository: --repository OWNER/NAME");
    return fromGitHub(parsed.ref, repository, options.fromGitHub, hfEndpoint);
  } else {
    const { registry } = await validateRegistry({ root: options.root });
    resolution = resolveRef(registry, parsed.ref, repository, hfEndpoint);
  }
  if ("problem" in resolution) throw new RefNotFoundError(resolution.problem);
  return resolution.resolved;
}
async function fromGitHub(ref, repository, github, hfEndpoint) {
  const { createGitHubClient } = await import("./chunk-TKDMHJQR.js");
  const { readReleaseLinks, readRemoteModel } = await import("./chunk-XMIBNDQ7.js");
  const octokit = createGitHubClient(github.token, github.log);
  const repo = { owner: repository.owner, repo: repository.repo };
  const remote = await readRemoteModel(octokit, repo, ref.model);
  if (!remote.snapshot) throw new RefNotFoundError(noModel(ref.model, remote.models));
  const resolution = resolveRef(loadRegistry(remote.snapshot), ref, void 0, hfEndpoint);
  if ("problem" in resolution) throw new RefNotFoundError(resolution.problem);
  const resolved = resolution.resolved;
  const release = await readReleaseLinks(octokit, repo, resolved.tag);
  if (!release) return resolved;
  const asset = new Map(release.assets.map((a) => [a.name, a]));
  const sums = asset.get("SHA256SUMS");
  return {
    ...resolved,
    releaseUrl: release.htmlUrl,
    ...sums ? { checksumsUrl: sums.browserUrl, checksumsApiUrl: sums.apiUrl } : {},
    artifacts: resolved.artifacts.map((a) => {
      const held = a.source.kind === "committed" ? asset.get(a.name) : void 0;
      return held ? { ...a, source: { kind: "release-asset", url: held.browserUrl, apiUrl: held.apiUrl } } : a;
    })
  };
}

// src/cli/registry-source.ts
var SOURCE_FLAGS = {
  root: { type: "string" },
  repository: { type: "string" },
  catalogue: { type: "string" },
  token: { type: "string" }
};
function sourceOptions(ref, values, log, env = process.env) {
  const common = { ref, serverUrl: env.GITHUB_SERVER_URL || "https://github.com", hfEndpoint: env.HF_ENDPOINT || void 0 };
  if (values.catalogue !== void 0) {
    if (values.root !== void 0 || values.repository !== void 0)
      throw new UsageError("--catalogue is a source of its own: give it without --root or --repository");
    return { ...common, root: ".", catalogue: values.catalogue };
  }
  if (values.repository !== void 0 && values.root === void 0) {
    const token = values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN ?? "";
    if (!token) throw new UsageError("reading the registry from GitHub (--repository) needs a token: --token, or GITHUB_TOKEN / GH_TOKEN in the environment");
    return { ...common, root: ".", repository: values.repository, fromGitHub: { token, log } };
  }
  return { ...common, root: values.root ?? ".", repository: values.repository ?? (env.GITHUB_REPOSITORY || void 0) };
}

// src/cli/commands/resolve.ts
async function resolveCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, { ...SOURCE_FLAGS, format: { type: "string" } });
  const format = oneOf("format", values.format, ["text", "json"], "text");
  if (positionals.length !== 1) throw new UsageError("resolve takes one reference, e.g. model-registry resolve churn-gbm#production");
  const resolved = await resolveVersion(sourceOptions(positionals[0], values, (m) => io.err(terminalLine(m))));
  if (format === "json") {
    io.out(terminalJson(resolved));
    return 0;
  }
  io.out(terminalLine(`${resolved.model} ${resolved.version}${resolved.stage ? ` (${resolved.stage})` : ""}  tag ${resolved.tag}`));
  io.out(
    terminalLine(
      resolved.releaseUrl ? `release  ${resolved.releaseUrl}` : "release  none known: give --repository OWNER/NAME, or the tag has no published release yet"
    )
  );
  if (!resolved.artifacts.length) io.out("no artifacts listed in its card");
  for (const artifact of resolved.artifacts) for (const line of artifactLines(artifact)) io.out(terminalLine(line));
  return 0;
}
function artifactLines(a) {
  const size = a.size === void 0 ? "size unknown" : formatDecimalSize(a.size);
  const lines = [`${a.name}  ${size}  sha256 ${a.sha256 ?? "unknown"}`];
  if (a.source.kind === "committed")
    lines.push(`  committed at ${a.source.path} (no release address: give --repository OWNER/NAME, or it has no published release)`);
  else if (a.source.kind === "other") {
    lines.push(
      a.source.uri ? `  stored at ${a.source.uri}: fetch it with your own tool, then verify:` : "  no address given: fetch it with your own tool, then verify:"
    );
    const verify = verifyCommand(a);
    if (verify) lines.push(`  ${verify}`);
  } else lines.push(`  ${a.source.url}`);
  return lines;
}

// src/app/download-artifacts.ts
import { lstatSync as lstatSync2, mkdirSync } from "node:fs";
import { join as join2 } from "node:path";

// src/adapters/fs/verified-file.ts
import { createHash, randomBytes } from "node:crypto";
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var UnsafeDestination = class extends Error {
};
var NOFOLLOW = constants.O_NOFOLLOW ?? 0;
var CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW;
function refuseUnsafeDestination(path) {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if (error.code === "ENOENT") return;
    throw error;
  }
  if (stat.isSymbolicLink()) throw new UnsafeDestination(`${path} is a symbolic link: nothing is written through one or over it; remove it and run again`);
  if (!stat.isFile()) throw new UnsafeDestination(`${path} is there and is not a regular file: remove it and run again`);
}
function isVerified(path, expected) {
  refuseUnsafeDestination(path);
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW);
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || expected.size !== void 0 && stat.size !== expected.size) return false;
    const hash = createHash("sha256");
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let read;
    while ((read = readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, read));
    return hash.digest("hex") === expected.sha256;
  } finally {
    closeSync(fd);
  }
}
var VerifiedFile = class _VerifiedFile {
  constructor(destination, temporary, fd) {
    this.destination = destination;
    this.temporary = temporary;
    this.fd = fd;
  }
  destination;
  temporary;
  /** Bytes written so far. */
  size = 0;
  hash = createHash("sha256");
  fd;
  done = false;
  /** Opens a temporary file in the destination's folder; refuses a link or a non-file at the destination. */
  static create(destination) {
    refuseUnsafeDestination(destination);
    const temporary = join(dirname(destination), `.${basename(destination).slice(0, 200)}.${randomBytes(6).toString("hex")}.partial`);
    return new _VerifiedFile(destination, temporary, openSync(temporary, CREATE, 420));
  }
  write(chunk) {
    if (this.fd === void 0) throw new Error("write after commit or discard");
    this.hash.update(chunk);
    for (let offset = 0; offset < chunk.length; ) offset += writeSync(this.fd, chunk, offset);
    this.size += chunk.length;
  }
  /**
   * Verifies what was written; when it matches, fsyncs it and renames it to
   * the destination (then fsyncs the folder). On a mismatch the temporary
   * file is removed and what differs is returned: nothing gets the name.
   */
  commit(expected) {
    if (this.fd === void 0) throw new Error("commit after commit or discard");
    const sha256 = this.hash.digest("hex");
    const mismatch = expected.size !== void 0 && this.size !== expected.size ? { kind: "size", got: this.size } : sha256 !== expected.sha256 ? { kind: "sha256", got: sha256 } : void 0;
    if (mismatch) {
      this.discard();
      return mismatch;
    }
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = void 0;
      refuseUnsafeDestination(this.destination);
      renameSync(this.temporary, this.destination);
      this.done = true;
    } finally {
      if (!this.done) this.discard();
    }
    syncFolder(dirname(this.destination));
    return void 0;
  }
  /** Removes the temporary file (no-op after a successful commit). */
  discard() {
    if (this.done) return;
    if (this.fd !== void 0) {
      try {
        closeSync(this.fd);
      } catch {
      }
      this.fd = void 0;
    }
    rmSync(this.temporary, { force: true });
    this.done = true;
  }
};
function syncFolder(folder) {
  try {
    const fd = openSync(folder, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
  }
}

// src/adapters/http/download-file.ts
var DownloadFailed = class extends Error {
  constructor(failure) {
    super(describe(failure));
    this.failure = failure;
  }
  failure;
};
function describe(f) {
  if (f.kind === "http") return `the server answered HTTP ${f.status}`;
  if (f.kind === "size") return `${f.announced ? "the server announces" : "got"} ${f.got} bytes, not the ${f.expected} bytes expected`;
  if (f.kind === "sha256") return `its sha256 is ${f.got}, not the expected ${f.expected}`;
  if (f.kind === "truncated")
    return `the transfer broke after ${f.got}${f.expected === void 0 ? "" : ` of ${f.expected}`} bytes${f.detail ? ` (${f.detail})` : ""}`;
  return f.message;
}
function isTransient(f) {
  if (f.kind === "network" || f.kind === "truncated") return true;
  return f.kind === "http" && (f.status === 408 || f.status === 429 || f.status >= 500);
}
function defaultRetry(env = process.env) {
  const configured = Number(env.MODEL_REGISTRY_RETRY_BASE_MS);
  const base = env.MODEL_REGISTRY_RETRY_BASE_MS !== void 0 && Number.isFinite(configured) && configured >= 0 ? configured : 1e3;
  return { attempts: 4, wait: (attempt) => new Promise((resolve4) => setTimeout(resolve4, base * 2 ** attempt)) };
}
var MAX_REDIRECTS = 5;
async function fetchFollowing(url, headers) {
  let current = new URL(url);
  const origin = current.origin;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response;
    try {
      const sent = current.origin === origin ? { ...headers, "accept-encoding": "identity" } : { "accept-encoding": "identity" };
      response = await fetch(current, { headers: sent, redirect: "manual" });
    } catch (error) {
      throw new DownloadFailed({ kind: "network", message: networkMessage(error) });
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      current = new URL(location, current);
      continue;
    }
    return response;
  }
  throw new DownloadFailed({ kind: "network", message: `more than ${MAX_REDIRECTS} redirects` });
}
async function fetchRetrying(url, headers, retry) {
  for (let attempt = 0; ; attempt++) {
    let failure;
    try {
      const response = await fetchFollowing(url, headers);
      if (response.ok || response.status === 404) return response;
      await response.body?.cancel();
      failure = { kind: "http", status: response.status };
    } catch (error) {
      if (!(error instanceof DownloadFailed)) throw error;
      failure = error.failure;
    }
    if (!isTransient(failure) || attempt + 1 >= retry.attempts) throw new DownloadFailed(failure);
    await retry.wait(attempt);
  }
}
async function downloadVerified(url, destination, expected, settings = {}) {
  const retry = settings.retry ?? defaultRetry();
  for (let attempt = 0; ; attempt++) {
    try {
      await downloadOnce(url, destination, expected, settings.headers ?? {});
      return;
    } catch (error) {
      if (!(error instanceof DownloadFailed) || !isTransient(error.failure) || attempt + 1 >= retry.attempts) throw error;
      settings.onRetry?.(error, attempt);
      await retry.wait(attempt);
    }
  }
}
async function downloadOnce(url, destination, expected, headers) {
  const file = VerifiedFile.create(destination);
  try {
    const response = await fetchFollowing(url, headers);
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new DownloadFailed({ kind: "http", status: response.status });
    }
    const announced = response.headers.get("content-length");
    const announcedSize = announced === null ? void 0 : Number(announced);
    if (expected.size !== void 0 && announcedSize !== void 0 && announcedSize !== expected.size) {
      await response.body.cancel();
      throw new DownloadFailed({ kind: "size", got: announcedSize, expected: expected.size, announced: true });
    }
    try {
      for await (const chunk of response.body) {
        if (expected.size !== void 0 && file.size + chunk.length > expected.size)
          throw new DownloadFailed({ kind: "size", got: file.size + chunk.length, expected: expected.size });
        file.write(chunk);
      }
    } catch (error) {
      if (error instanceof DownloadFailed) throw error;
      throw new DownloadFailed({ kind: "truncated", got: file.size, expected: expected.size ?? announcedSize, detail: networkMessage(error) });
    }
    if (expected.size !== void 0 && file.size < expected.size) throw new DownloadFailed({ kind: "truncated", got: file.size, expected: expected.size });
    const mismatch = file.commit(expected);
    if (mismatch?.kind === "size") throw new DownloadFailed({ kind: "size", got: mismatch.got, expected: expected.size ?? 0 });
    if (mismatch?.kind === "sha256") throw new DownloadFailed({ kind: "sha256", got: mismatch.got, expected: expected.sha256 });
  } finally {
    file.discard();
  }
}
function networkMessage(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : void 0;
  return cause ? `${error.message}: ${cause}` : error.message;
}

// src/app/download-artifacts.ts
var MAX_SUMS_BYTES = 1024 * 1024;
async function downloadArtifacts(resolved, options) {
  const wanted = options.artifacts?.length ? new Set(options.artifacts) : void 0;
  if (wanted) {
    const unknown = [...wanted].filter((name) => !resolved.artifacts.some((a) => a.name === name));
    if (unknown.length)
      throw new UsageError(
        `${resolved.model} ${resolved.version} has no artifact ${unknown.join(", ")}; it has ${resolved.artifacts.map((a) => a.name).join(", ") || "none"}`
      );
  }
  const chosen = resolved.artifacts.filter((a) => !wanted || wanted.has(a.name));
  for (const a of chosen) if (!safeName(a.name)) throw new DownloadError(`refusing the artifact name ${JSON.stringify(a.name)}: not a plain file name`);
  const unfetchable = wanted ? chosen.filter((a) => !fetchable(a)) : [];
  if (unfetchable.length)
    throw new DownloadError(unfetchable.map((a) => `${a.name}: ${listedNote(a)}`).join("\n") + "\nmodel-registry cannot fetch it: nothing was downloaded");
  const retry = options.retry ?? defaultRetry();
  const tokens = { github: options.token, hf: options.hfToken ?? process.env.HF_TOKEN };
  const sums = resolved.checksumsUrl ? await releaseChecksums(resolved, tokens.github, retry) : void 0;
  const plans = chosen.map((artifact) => ({ artifact, expected: fetchable(artifact) ? expectation(artifact, sums) : void 0 }));
  mkdirSync(options.out, { recursive: true });
  const outcomes = [];
  for (const { artifact, expected } of plans) {
    if (!expected) outcomes.push({ name: artifact.name, result: "listed", note: listedNote(artifact) });
    else outcomes.push(await downloadOne(artifact, expected, options, tokens, retry));
  }
  return outcomes;
}
function fetchable(a) {
  return a.source.kind === "release-asset" || a.source.kind === "https" || a.source.kind === "hf";
}
function listedNote(artifact) {
  const { source } = artifact;
  const where = source.kind === "other" ? source.uri || "no address" : source.kind === "committed" ? `${source.path} in the registry (no release address)` : "";
  const verify = verifyCommand(artifact);
  return `stored at ${where}: fetch it yourself${verify ? `, then verify: ${verify}` : ""}`;
}
function expectation(artifact, sums) {
  const { name } = artifact;
  const listed = sums?.get(name);
  if (listed !== void 0 && artifact.sha256 !== void 0 && listed !== artifact.sha256)
    throw new DownloadError(
      `${name}: the release's SHA256SUMS says ${listed}, the card says ${artifact.sha256}: nothing was downloaded; the release does not hold what the registry says`
    );
  if (sums && listed === void 0 && artifact.source.kind === "release-asset")
    throw new DownloadError(`${name}: the release's SHA256SUMS does not list it: nothing was downloaded; the release does not hold what the registry says`);
  const sha256 = artifact.sha256 ?? listed;
  if (sha256 === void 0)
    throw new DownloadError(`${name}: neither the card nor the release gives a sha256, so it cannot be verified: nothing was downloaded`);
  return { size: artifact.size, sha256 };
}
async function downloadOne(artifact, expected, options, tokens, retry) {
  const { name } = artifact;
  const path = join2(options.out, name);
  const { url, headers } = request(artifact, tokens);
  let wasThere;
  try {
    if (isVerified(path, expected)) return { name, result: "present", path };
    wasThere = existsAsFile(path);
    await downloadVerified(url, path, expected, {
      headers,
      retry,
      onRetry: (failure, attempt) => options.log?.(`${name}: ${failure.message}; trying again (${attempt + 2} of ${retry.attempts})`)
    });
  } catch (error) {
    if (error instanceof UnsafeDestination) throw new DownloadError(`${name}: ${error.message}`);
    if (error instanceof DownloadFailed) throw new DownloadError(`${name}: ${failureMessage(error, artifact, tokens.github)} (${url})`);
    throw error;
  }
  return { name, result: wasThere ? "replaced" : "downloaded", path };
}
function failureMessage(error, artifact, token) {
  const f = error.failure;
  const what = f.kind === "sha256" ? `its sha256 is ${f.got}, not ${artifact.sha256 === void 0 ? "the release's SHA256SUMS's" : "the card's"} ${f.expected}` : f.kind === "size" && !f.announced ? `got ${f.got} bytes, not the ${f.expected} bytes the card gives` : f.kind === "size" ? `the server announces ${f.got} bytes, not the ${f.expected} bytes the card gives` : error.message;
  const hint = f.kind === "http" && (f.status === 404 || f.status === 401 || f.status === 403) && artifact.source.kind === "release-asset" && !artifact.source.apiUrl ? token ? "; a private repository serves release assets only through the API: resolve from GitHub (--repository OWNER/NAME without --root)" : "; a private repository needs a token (--token or GITHUB_TOKEN)" : "";
  return `${what}${hint}; nothing was written under its name`;
}
function request(artifact, tokens) {
  const { source } = artifact;
  if (source.kind === "release-asset" && source.apiUrl && tokens.github)
    return { url: source.apiUrl, headers: { ...gitHubHeaders(source.apiUrl, tokens.github), accept: "application/octet-stream" } };
  if (source.kind === "release-asset") return { url: source.url, headers: gitHubHeaders(source.url, tokens.github) };
  if (source.kind === "hf") return { url: source.url, headers: tokens.hf ? { authorization: `Bearer ${tokens.hf}` } : {} };
  if (source.kind === "https") return { url: source.url, headers: {} };
  throw new Error(`${artifact.name} is not fetchable`);
}
function gitHubHeaders(url, token) {
  if (!token) return {};
  const origins = /* @__PURE__ */ new Set(["https://github.com", "https://api.github.com"]);
  for (const configured of [process.env.GITHUB_SERVER_URL, process.env.GITHUB_API_URL]) if (configured) origins.add(new URL(configured).origin);
  return origins.has(new URL(url).origin) ? { authorization: `Bearer ${token}` } : {};
}
function safeName(name) {
  return name.length > 0 && name !== "." && name !== ".." && !/[/\\\0]/.test(name) && !name.startsWith(".");
}
function existsAsFile(path) {
  try {
    return lstatSync2(path).isFile();
  } catch {
    return false;
  }
}
async function releaseChecksums(resolved, token, retry) {
  const viaApi = resolved.checksumsApiUrl !== void 0 && token !== void 0;
  const url = viaApi ? resolved.checksumsApiUrl : resolved.checksumsUrl;
  const headers = viaApi ? { ...gitHubHeaders(url, token), accept: "application/octet-stream" } : gitHubHeaders(url, token);
  let text;
  try {
    const response = await fetchRetrying(url, headers, retry);
    if (response.status === 404) {
      await response.body?.cancel();
      return void 0;
    }
    text = await boundedText(response);
  } catch (error) {
    if (error instanceof DownloadFailed) throw new DownloadError(`could not read the release's SHA256SUMS (${url}): ${error.message}; nothing was downloaded`);
    throw error;
  }
  const sums = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trimEnd());
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}
async function boundedText(response) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.length;
      if (size > MAX_SUMS_BYTES) throw new DownloadFailed({ kind: "network", message: `more than ${MAX_SUMS_BYTES} bytes: not a SHA256SUMS file` });
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DownloadFailed) throw error;
    throw new DownloadFailed({ kind: "truncated", got: size });
  }
  return Buffer.concat(chunks).toString("utf8");
}

// src/cli/commands/download.ts
var SAID = { downloaded: "downloaded and verified", present: "already there, verified", replaced: "replaced, now verified", listed: "not downloaded" };
async function downloadCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, {
    ...SOURCE_FLAGS,
    out: { type: "string" },
    artifact: { type: "string", multiple: true }
  });
  if (positionals.length !== 1) throw new UsageError("download takes one reference, e.g. model-registry download churn-gbm#production --out model/");
  if (!values.out) throw new UsageError("download needs --out DIR: the folder the artifacts go to");
  const log = (m) => io.err(terminalLine(m));
  const resolved = await resolveVersion(sourceOptions(positionals[0], values, log));
  const artifacts = Array.isArray(values.artifact) ? values.artifact : values.artifact ? [values.artifact] : void 0;
  const token = values.token ?? (process.env.GITHUB_TOKEN || process.env.GH_TOKEN || void 0);
  const outcomes = await downloadArtifacts(resolved, { out: values.out, artifacts, token, hfToken: process.env.HF_TOKEN || void 0, log });
  io.out(terminalLine(`${resolved.model} ${resolved.version} (tag ${resolved.tag}) into ${values.out}`));
  for (const o of outcomes) io.out(terminalLine(`${SAID[o.result].padEnd(24)} ${o.name}${o.note ? `: ${o.note}` : ""}`));
  return 0;
}

// src/cli/commands/init.ts
import { existsSync } from "node:fs";
import { basename as basename2, resolve } from "node:path";

// src/app/init-registry.ts
import { mkdirSync as mkdirSync3 } from "node:fs";

// raw-text:registry-template/.github/workflows/pages.yml
var pages_default = "# The static catalogue on GitHub Pages: on every push to the default branch,\n# build the site (pages, JSON API, Atom feed, badges) and deploy it.\n# Settings > Pages > Source must be \"GitHub Actions\". The catalogue's address\n# (for absolute links in the feed, badges and API) comes from configure-pages.\nname: Catalogue\n\non:\n  push:\n    branches: [main]\n  workflow_dispatch:\n\n# Read the repository and its deployments (what each environment reports running, for the\n# model pages' Environments table); write only to Pages (id-token proves the deployment\n# comes from this workflow).\npermissions:\n  contents: read\n  deployments: read\n  pages: write\n  id-token: write\n\n# One deployment at a time; a newer push replaces a queued one, never a running one.\nconcurrency:\n  group: pages\n  cancel-in-progress: false\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          fetch-depth: 0 # the full history of stages.yaml: since when each version runs in its stage\n          persist-credentials: false # no later step needs git credentials; none are left in .git/config\n      - id: pages\n        uses: actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0\n      - uses: model-registry/model-registry@v1\n        with:\n          command: site\n          out: _site\n          base-url: ${{ steps.pages.outputs.base_url }}\n          # The workflow's token reads the deployments (`model-registry deployed`); without\n          # deployments: read the pages say that environments were not read.\n      - uses: actions/upload-pages-artifact@7b1f4a764d45c48632c6b24a0339c27f5614fb0b # v4.0.0\n        with:\n          path: _site\n\n  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    environment:\n      name: github-pages\n      url: ${{ steps.deployment.outputs.page_url }}\n    steps:\n      - id: deployment\n        uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5\n";

// raw-text:registry-template/.github/workflows/pull-request.yml
var pull_request_default = "# Checks every pull request to the registry: annotations on the diff, a review\n# in the job summary, and one review comment that is edited on every push.\nname: Registry review\n\non:\n  pull_request:\n  # An approval (or its dismissal) re-evaluates the check: a stage policy with\n  # `approval: owners` passes once an owner approves. Every submitted review\n  # runs the job; never skip it with an `if:`, since a skipped job passes a\n  # required status check.\n  pull_request_review:\n    types: [submitted, dismissed]\n\n# The least the review needs. Pull requests from forks get a read-only token\n# whatever this says; pull-request-comment.yml reviews them again and posts that.\npermissions:\n  contents: read\n  pull-requests: write\n\nconcurrency:\n  group: registry-review-${{ github.event.pull_request.number }}\n  cancel-in-progress: true\n\njobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          # The base commit must be here: released versions are compared with it.\n          fetch-depth: 0\n          # No later step needs git credentials: none are left in .git/config.\n          persist-credentials: false\n\n      - id: registry\n        uses: model-registry/model-registry@v1\n        with:\n          command: validate\n";

// raw-text:registry-template/.github/workflows/pull-request-comment.yml
var pull_request_comment_default = "# Reviews a pull request from a fork and posts the review. The fork's own run\n# gets a read-only token and is the fork's to change (even its workflow file),\n# so nothing it produced is used: this workflow, in this repository's trusted\n# context, fetches the pull request's head (the one that run checked, still\n# the pull request's head) into a bare repository as data, validates it\n# against the base branch and posts what it found. Nothing from the fork is\n# checked out or run.\nname: Registry review comment\n\non:\n  workflow_run:\n    workflows: [Registry review]\n    types: [completed]\n\npermissions:\n  contents: read # fetch the pull request's head and the base branch\n  pull-requests: write\n\njobs:\n  comment:\n    # After the review of a fork's push, and of a review of it (an approval re-evaluates promotions).\n    if: >-\n      (github.event.workflow_run.event == 'pull_request' || github.event.workflow_run.event == 'pull_request_review') &&\n      github.event.workflow_run.head_repository.full_name != github.repository\n    runs-on: ubuntu-latest\n    steps:\n      - uses: model-registry/model-registry@v1\n        with:\n          command: comment\n";

// raw-text:registry-template/.github/workflows/release.yml
var release_default = "# After a merge: every new version becomes an annotated tag and a GitHub\n# Release with its card, metrics, artifacts and SHA256SUMS. The catalogue is\n# rebuilt by pages.yml on the same push: releases made with the workflow's own\n# token start no other workflow, so nothing may wait for a release event.\nname: Registry release\n\non:\n  push:\n    branches: [main]\n  # A run releases at most `max-releases` versions, the oldest first (its\n  # summary says how many remain): to release a backlog (the first release of\n  # an existing registry), run this workflow by hand, about once an hour, until\n  # none remain. An hour keeps each run within GitHub's limit of 500\n  # content-creating requests an hour.\n  workflow_dispatch:\n    inputs:\n      max-releases:\n        description: 'Versions to release in this run, the oldest first (each is about 7 content-creating requests; GitHub allows 500 an hour)'\n        required: false\n        default: '50'\n\n# One release run at a time; a queued run waits instead of racing.\nconcurrency:\n  group: registry-release\n  cancel-in-progress: false\n\njobs:\n  release:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write # tags, releases and their assets\n    outputs:\n      released: ${{ steps.release.outputs.released }}\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          fetch-depth: 0 # every tag too: a version whose tag exists is released, and GitHub is asked only about the others\n          lfs: true # artifacts stored with Git LFS: the release uploads their content, never a pointer\n          persist-credentials: false # the release talks to the API with the token; git needs none after checkout\n      - id: release\n        uses: model-registry/model-registry@v1\n        with:\n          command: release\n          max-releases: ${{ inputs.max-releases || '50' }}\n\n  # After the release, so every version a stage names has its tag: each stage\n  # change and deprecation of the pushed commits becomes a GTO stage tag\n  # (`gto show` reads them) and a GitHub Deployment (the front page's\n  # \"Deployments\"), once; a re-run records nothing twice.\n  record:\n    needs: release\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write # GTO stage tags\n      deployments: write # a deployment per environment <model>/<stage>\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          fetch-depth: 0 # the pushed commits are compared one by one, and the tags say what is recorded already\n          persist-credentials: false\n      - uses: model-registry/model-registry@v1\n        with:\n          command: record\n";

// src/core/init/starter-files.ts
var SCHEMA_BASE = "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas";
var STARTER_WORKFLOWS = {
  ".github/workflows/pages.yml": pages_default,
  ".github/workflows/pull-request.yml": pull_request_default,
  ".github/workflows/pull-request-comment.yml": pull_request_comment_default,
  ".github/workflows/release.yml": release_default
};
function starterFiles(options) {
  return [
    { path: REGISTRY_FILE, content: registryYaml(options) },
    { path: "README.md", content: readme(options) },
    { path: ".gitattributes", content: GITATTRIBUTES },
    ...Object.entries(STARTER_WORKFLOWS).map(([path, content]) => ({ path, content }))
  ];
}
var quoted = (text) => JSON.stringify(text);
function registryYaml(o) {
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/registry.schema.json`,
    "# Settings of this model registry; the format is docs/format.md of model-registry.",
    "format: 1",
    `name: ${quoted(o.name)}`
  ];
  if (o.url) lines.push("# Where the catalogue is served (GitHub Pages): links in release notes and reviews.", `url: ${quoted(o.url)}`);
  lines.push(
    "# Release tags: sentiment@v1.2.0. Fixed once a version is released.",
    'tag_format: "{model}@v{version}"',
    "# Deployment stages, in promotion order.",
    `stages: [${o.stages.join(", ")}]`
  );
  if (o.owner) {
    lines.push(
      "# Code owners of registry.yaml, of new model folders and of .github/: `model-registry codeowners` writes CODEOWNERS.",
      "maintainers:",
      `  - ${quoted(o.owner)}`
    );
  }
  lines.push(STARTER_CATALOGUE);
  return `${lines.join("\n")}
`;
}
var STARTER_CATALOGUE = `
# The metrics catalogue: every metric a version reports is declared here, with
# the direction that is better (higher or lower) and its possible range, so
# versions compare and a percentage written as a fraction is caught. Ratios are
# fractions in [0, 1], not percentages. Delete what you do not use; add yours.
metrics:
  # Classification
  accuracy: {direction: higher, min: 0, max: 1, description: "Share of examples whose top prediction is the label."}
  f1: {direction: higher, min: 0, max: 1, description: "F1 of the positive class (binary)."}
  f1_macro: {direction: higher, min: 0, max: 1, description: "F1 averaged over classes with equal weight."}
  f1_weighted: {direction: higher, min: 0, max: 1, description: "F1 averaged over classes weighted by their support."}
  precision: {direction: higher, min: 0, max: 1}
  precision_macro: {direction: higher, min: 0, max: 1}
  recall: {direction: higher, min: 0, max: 1}
  recall_macro: {direction: higher, min: 0, max: 1}
  roc_auc: {direction: higher, min: 0, max: 1, description: "Area under the ROC curve."}
  pr_auc: {direction: higher, min: 0, max: 1, description: "Average precision (area under the precision-recall curve)."}
  log_loss: {direction: lower, min: 0, description: "Mean negative log-likelihood of the label (cross-entropy)."}
  loss: {direction: lower, min: 0, description: "The training objective on held-out data, as the trainer reports it (eval_loss)."}
  # Regression
  mae: {direction: lower, min: 0, description: "Mean absolute error, in the target's unit."}

  rmse: {direction: lower, min: 0, description: "Root mean squared error, in the target's unit."}

  r2: {direction: higher, max: 1, description: "Coefficient of determination."}
  # Serving
  latency_p95_ms: {direction: lower, min: 0, unit: ms, description: "95th-percentile latency of one request."}
  model_size_mb: {direction: lower, min: 0, unit: MB, description: "Size of the serving artifacts (10^6 bytes)."}

# Names training scripts use for catalogue metrics: \`add\` and \`register\`
# rename them when they convert a metrics file (an eval_/test_ prefix becomes
# the value's split either way).
# metric_names:
#   eval_acc: accuracy
#   roc-auc: roc_auc`;
var GITATTRIBUTES = `# Model weights in version folders go to Git LFS (run \`git lfs install\` once per machine):
# git keeps a small pointer, the card keeps the real file's sha256 and size.
models/*/versions/**/*.safetensors filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.onnx filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.bin filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.pt filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.pth filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.ckpt filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.h5 filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.keras filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.gguf filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.tflite filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.pkl filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.joblib filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.zip filter=lfs diff=lfs merge=lfs -text
models/*/versions/**/*.tar.gz filter=lfs diff=lfs merge=lfs -text
`;
function readme(o) {
  const lines = [`# ${o.name.replace(/[\\`*_[\]<>#|]/g, "\\$&")}`, ""];
  if (o.repository) {
    const actions = `https://github.com/${o.repository}/actions/workflows`;
    const badge = (label, file) => `[![${label}](${actions}/${file}/badge.svg)](${actions}/${file})`;
    lines.push([badge("Registry review", "pull-request.yml"), badge("Registry release", "release.yml"), badge("Catalogue", "pages.yml")].join(" "), "");
  }
  lines.push("The models this team deploys: every version with its lineage, metrics and artifacts, reviewed by pull request.", "");
  if (o.url) lines.push(`Catalogue: **<${o.url}>**`, "");
  lines.push(
    "## Add a model version",
    "",
    "```sh",
    'model-registry add sentiment --metrics out/eval_results.json --artifact "out/*.safetensors" \\',
    '  --owner @you --description "Sentiment of product reviews"   # owner and description: a new model only',
    "model-registry validate",
    'git add . && git commit -m "Add sentiment 1.0.0" && git push   # then open a pull request',
    "```",
    "",
    "`add` converts metrics as training scripts write them (Hugging Face Trainer results, scikit-learn classification reports) and prints what it changed.",
    "The pull request is reviewed by the `Registry review` workflow; merging it releases the version.",
    "",
    "```",
    "registry.yaml                              settings and the metrics catalogue",
    "models/<model>/model.yaml                  what the model is, who owns it",
    "models/<model>/stages.yaml                 which version runs in each stage",
    "models/<model>/versions/<x.y.z>/card.yaml  lineage, training, artifacts",
    "models/<model>/versions/<x.y.z>/metrics.*  evaluation results",
    "```",
    ""
  );
  return lines.join("\n");
}

// src/adapters/fs/create-file.ts
import { closeSync as closeSync2, constants as constants2, lstatSync as lstatSync3, mkdirSync as mkdirSync2, openSync as openSync2, readSync as readSync2, realpathSync, writeSync as writeSync2 } from "node:fs";
import { join as join3 } from "node:path";
var CREATE_FLAGS = constants2.O_WRONLY | constants2.O_CREAT | constants2.O_EXCL | (constants2.O_NOFOLLOW ?? 0);
function makeFolders(root, path) {
  let folder = root;
  for (const part of path.split("/").filter(Boolean)) {
    folder = join3(folder, part);
    let stat;
    try {
      stat = lstatSync3(folder);
    } catch {
      try {
        mkdirSync2(folder);
      } catch (error) {
        throw new RegistryWriteError(`${folder} could not be made: ${errorCode(error) ?? error.message}`);
      }
      continue;
    }
    if (!stat.isDirectory())
      throw new RegistryWriteError(
        `refusing to write into ${folder}: it is ${stat.isSymbolicLink() ? "a symbolic link" : "not a folder"}; nothing is written through a link`
      );
  }
  if (realpathSync(folder) !== join3(realpathSync(root), ...path.split("/").filter(Boolean))) {
    throw new RegistryWriteError(`refusing to write into ${path}: it leads outside ${root}`);
  }
  return folder;
}
function createNewFile(root, path, data) {
  const slash = path.lastIndexOf("/");
  const folder = makeFolders(root, slash === -1 ? "" : path.slice(0, slash));
  let fd;
  try {
    fd = openSync2(join3(folder, path.slice(slash + 1)), CREATE_FLAGS, 420);
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw new RegistryWriteError(`${path} could not be written: ${errorCode(error) ?? error.message}`);
  }
  try {
    if (data instanceof Uint8Array) writeAll(fd, data);
    else copyInto(fd, data.copyOf);
  } catch (error) {
    throw new RegistryWriteError(`${path} could not be written: ${errorCode(error) ?? error.message}`);
  } finally {
    closeSync2(fd);
  }
  return true;
}
function writeAll(fd, data) {
  let offset = 0;
  while (offset < data.length) offset += writeSync2(fd, data, offset, data.length - offset);
}
function copyInto(fd, source) {
  const input = openSync2(source, constants2.O_RDONLY);
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (; ; ) {
      const n = readSync2(input, buffer, 0, buffer.length, null);
      if (n === 0) break;
      writeAll(fd, buffer.subarray(0, n));
    }
  } finally {
    closeSync2(input);
  }
}

// src/app/init-registry.ts
function initRegistry(dir, options) {
  const files = starterFiles(options);
  const settings = files.find((f) => f.path === REGISTRY_FILE);
  const checked = checkDocument(REGISTRY_FILE, new TextEncoder().encode(settings.content));
  if (checked.problems.length) {
    throw new UsageError(`these settings would make an invalid registry.yaml: ${checked.problems.map((p) => p.message).join("; ")}`);
  }
  mkdirSync3(dir, { recursive: true });
  const result = { created: [], kept: [] };
  for (const file of files) {
    if (createNewFile(dir, file.path, new TextEncoder().encode(file.content))) result.created.push(file.path);
    else result.kept.push(file.path);
  }
  return result;
}

// src/cli/commands/init.ts
function initCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, {
    name: { type: "string" },
    url: { type: "string" },
    stages: { type: "string" },
    owner: { type: "string" }
  });
  if (positionals.length > 1) throw new UsageError(`init takes one folder; got ${positionals.length}: ${positionals.join(" ")}`);
  const dir = resolve(positionals[0] ?? ".");
  const stages = (values.stages ?? "staging,production").split(/[\s,]+/).filter(Boolean);
  const badStage = stages.find((s) => !isValidStageName(s));
  if (badStage !== void 0 || stages.length === 0) {
    throw new UsageError(
      `--stages must be stage names separated by commas (lowercase letters, digits, _ or -, e.g. staging,production); got ${JSON.stringify(values.stages)}`
    );
  }
  const repository = gitHubRepository(dir) ?? (values.url ? pagesRepository(values.url) : void 0);
  const url = values.url ?? (repository ? pagesUrl(repository) : void 0);
  const result = initRegistry(dir, {
    name: values.name ?? basename2(dir),
    url,
    stages,
    owner: values.owner,
    repository
  });
  const lines = [...result.created.map((p) => `created ${p}`), ...result.kept.map((p) => `kept    ${p} (already there; not overwritten)`)];
  if (result.created.length === 0) lines.push("nothing to do: every file of a new registry is already there");
  else {
    const cd = positionals[0] ? `cd ${positionals[0]} && ` : "";
    lines.push(
      "",
      "Next: add a model version and check it:",
      `  ${cd}model-registry add <model> --metrics <metrics file> --artifact "<files>" --owner @<you> --description "<what it does>"`,
      "  model-registry validate"
    );
  }
  io.out(terminalLines(lines.join("\n")));
  return Promise.resolve(0);
}
function gitHubRepository(dir) {
  if (!existsSync(dir)) return void 0;
  const run = runGit(["remote", "get-url", "origin"], { cwd: dir });
  return run.status === 0 ? repositoryFromRemote(run.stdout.toString("utf8")) : void 0;
}
function pagesRepository(url) {
  const m = /^https:\/\/([A-Za-z0-9-]+)\.github\.io\/([A-Za-z0-9_.-]+)\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : void 0;
}
function pagesUrl(repository) {
  const [owner, name] = repository.split("/");
  return `https://${owner.toLowerCase()}.github.io/${name}/`;
}

// src/app/add-version.ts
import { rmdirSync, rmSync as rmSync2 } from "node:fs";
import { dirname as dirname2, join as join4, resolve as resolve2 } from "node:path";

// src/core/register/local-plan.ts
function planLocalAdd(input, snapshot) {
  const { model } = input;
  const plan = { model, newModel: false, files: [], copies: [], problems: [], fileLabels: {}, errors: [], warnings: [] };
  const block = (message) => {
    plan.errors.push(message);
    return plan;
  };
  if (!snapshot.entries.some((e) => e.path === REGISTRY_FILE && e.type === "file")) {
    return block("this folder is not a registry (no registry.yaml): run `model-registry init` here first, or give the registry folder with --root");
  }
  if (!isValidModelName(model)) return block(`model name ${JSON.stringify(model)} is not valid: ${NAME_RULE_TEXT} (e.g. churn-gbm)`);
  const request2 = parseVersionRequest(input.version);
  if ("error" in request2) return block(request2.error);
  const registry = loadRegistry(snapshot);
  plan.newModel = !snapshot.entries.some((e) => e.path === modelFile(model));
  const prepared = prepareInputs(
    input,
    registry,
    model,
    plan.newModel,
    `give its model card: --owner (e.g. @acme/ml-team) and --description, or --model-card FILE (a model.yaml): model-registry add ${model} --owner @you --description "what it does" \u2026`
  );
  plan.problems.push(...prepared.problems);
  plan.warnings.push(...prepared.warnings);
  if (prepared.error) return block(prepared.error);
  if (prepared.metricsFile.shape) plan.metricsConversion = { shape: prepared.metricsFile.shape, changes: prepared.metricsFile.changes };
  const taken = [...registry.models.get(model)?.versions.keys() ?? []];
  const version = request2.kind === "exact" ? request2.version : nextVersion(taken, request2.level);
  if (isTaken(version, taken)) {
    return block(
      `${model} ${version} is already in the registry (${versionDir(model, version)}): add a new version (\`--version patch\`, \`minor\`, \`major\` or a higher number)`
    );
  }
  plan.version = version;
  const names = /* @__PURE__ */ new Map();
  for (const a of input.artifacts) {
    const other = names.get(a.name);
    if (other) plan.errors.push(`artifacts ${other} and ${a.localPath} have the same file name ${a.name}: rename one`);
    names.set(a.name, a.localPath);
  }
  if (plan.errors.length) return plan;
  const dir = versionDir(model, version);
  const card = buildCard({ version, created: isoSeconds(input.now), input: prepared.cardInput, run: input.run, artifacts: input.artifacts, by: "add" });
  plan.warnings.push(...card.warnings);
  const files = /* @__PURE__ */ new Map();
  files.set(`${dir}/${CARD_FILE}`, new TextEncoder().encode(card.text));
  const metricsPath = `${dir}/${input.metrics.fileName}`;
  files.set(metricsPath, prepared.metricsFile.bytes);
  if (prepared.metricsFile.bytes === input.metrics.bytes) plan.fileLabels[metricsPath] = input.metrics.source;
  if (prepared.modelYaml) {
    files.set(modelFile(model), prepared.modelYaml);
    if (prepared.modelYamlSource) plan.fileLabels[modelFile(model)] = prepared.modelYamlSource;
  }
  plan.files = [...files].map(([path, bytes]) => ({ path, bytes }));
  plan.copies = input.artifacts.map((a) => ({ path: `${dir}/${a.name}`, from: a.localPath, size: a.size, sha256: a.sha256 }));
  const artifacts = plan.copies.map((c) => ({ path: c.path, type: "file", size: c.size, sha256: c.sha256 }));
  plan.problems.push(...validateOverlay(snapshot, files, artifacts).problems);
  if (plan.problems.some((p) => p.severity === "error")) {
    plan.errors.push(`${model} ${version} would not pass the registry's checks: fix the inputs; nothing was written`);
  }
  return plan;
}

// src/app/add-version.ts
function addVersion(options) {
  const root = resolve2(options.cwd, options.root);
  const snapshot = readSnapshot(root);
  const files = readVersionFiles(options);
  const origin = codeOrigin(resolve2(options.cwd, options.code ?? dirname2(options.metrics)));
  for (const warning of origin.warnings) options.log(`warning: ${warning}`);
  const plan = planLocalAdd(
    {
      model: options.model,
      version: options.version,
      metrics: files.metrics,
      metricsFormat: options.metricsFormat,
      card: files.card,
      modelCard: files.modelCard,
      modelFields: options.modelFields,
      artifacts: files.artifacts,
      run: { codeRepo: origin.codeRepo, commit: origin.commit, runUrl: origin.runUrl },
      now: options.now()
    },
    snapshot
  );
  for (const line of conversionLines(plan.metricsConversion, options.metrics)) options.log(line);
  for (const warning of plan.warnings) options.log(`warning: ${warning}`);
  if (plan.errors.length || !plan.version) {
    const decoder = new TextDecoder();
    const shown = { ...plan, files: plan.files.map((f) => ({ path: f.path, content: decoder.decode(f.bytes) })) };
    throw new RegisterBlockedError(describeBlocked(shown, files, options.style ?? PLAIN));
  }
  const folder = versionDir(plan.model, plan.version);
  return { plan, folder, written: write(root, plan) };
}
function write(root, plan) {
  const written = [];
  try {
    for (const copy of plan.copies) {
      if (!createNewFile(root, copy.path, { copyOf: copy.from })) throw new RegistryWriteError(`${copy.path} appeared while adding: nothing was overwritten`);
      written.push(copy.path);
      const copied = hashFile(join4(root, copy.path));
      if (copied.sha256 !== copy.sha256 || copied.size !== copy.size)
        throw new RegistryWriteError(`${copy.from} changed while it was copied: run add again once it is complete`);
    }
    for (const file of plan.files) {
      if (!createNewFile(root, file.path, file.bytes)) throw new RegistryWriteError(`${file.path} appeared while adding: nothing was overwritten`);
      written.push(file.path);
    }
  } catch (error) {
    for (const path of written) rmSync2(join4(root, path), { force: true });
    const folders = [versionDir(plan.model, plan.version), `${modelDir(plan.model)}/versions`, modelDir(plan.model)];
    for (const folder of folders) {
      try {
        rmdirSync(join4(root, folder));
      } catch {
        break;
      }
    }
    throw error;
  }
  return written;
}

// src/cli/commands/add.ts
var USAGE = "usage: model-registry add <model> --metrics FILE [--artifact GLOB ...] [--card FILE] [--version patch|minor|major|X.Y.Z]";
function addCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, {
    root: { type: "string" },
    version: { type: "string" },
    metrics: { type: "string" },
    "metrics-format": { type: "string" },
    artifact: { type: "string", multiple: true },
    card: { type: "string" },
    code: { type: "string" },
    "model-card": { type: "string" },
    owner: { type: "string", multiple: true },
    description: { type: "string" },
    title: { type: "string" },
    task: { type: "string" },
    license: { type: "string" },
    tag: { type: "string", multiple: true }
  });
  const list = (value) => Array.isArray(value) ? value.map(String) : value === void 0 ? [] : [String(value)];
  if (positionals.length !== 1) throw new UsageError(`say which model, once: ${USAGE}`);
  if (!values.metrics) throw new UsageError(`--metrics FILE is required (the metrics the training wrote, JSON or YAML): ${USAGE}`);
  const result = addVersion({
    root: values.root ?? ".",
    model: positionals[0],
    version: values.version,
    metrics: values.metrics,
    metricsFormat: oneOf("metrics-format", values["metrics-format"], METRICS_FORMATS, "auto"),
    card: values.card,
    modelCard: values["model-card"],
    modelFields: {
      title: values.title,
      description: values.description,
      owners: list(values.owner).flatMap((o) => o.split(/[\s,]+/)).filter(Boolean),
      task: values.task,
      license: values.license,
      tags: list(values.tag)
    },
    artifacts: list(values.artifact),
    cwd: process.cwd(),
    code: values.code,
    now: clock,
    log: (m) => io.err(terminalLines(m)),
    style: io.color ? ANSI : PLAIN
  });
  const { plan, folder } = result;
  const lines = [`added ${plan.model} ${plan.version}${plan.newModel ? " (a new model)" : ""}:`, ...result.written.map((p) => `  ${p}`)];
  lines.push("", `Next: model-registry validate, then commit ${folder}/ and open a pull request.`);
  io.out(terminalLines(lines.join("\n")));
  return Promise.resolve(0);
}

// src/app/convert-metrics-file.ts
import { posix, relative, resolve as resolve3, sep } from "node:path";
function convertMetricsFile(root, file, cwd) {
  const rootPath = resolve3(cwd, root);
  const rel = relative(rootPath, resolve3(cwd, file)).split(sep).join("/");
  if (rel.startsWith("../") || rel === ".." || documentKind(rel) !== "metrics") {
    throw new RegisterInputError(
      `${file} is not a metrics file of the registry at ${root} (models/<model>/versions/<version>/metrics.json or metrics.yaml): a training run's own file is converted as \`add\` or \`register\` adds it`
    );
  }
  const bytes = readRegistryDocument(rootPath, rel);
  if (!bytes) throw new RegisterInputError(`${rel} cannot be read (missing, or a symbolic link, which is never followed)`);
  const registry = loadRegistry({ entries: readTopLevel(rootPath).entries });
  const fileName = rel.endsWith(".json") ? "metrics.json" : "metrics.yaml";
  const build = buildMetricsFile({ source: rel, bytes }, fileName, metricNames(registry));
  if (!build.changes.length) return { path: rel, build };
  let card;
  if (Object.keys(build.stats).length) {
    const cardPath = posix.join(posix.dirname(rel), CARD_FILE);
    const cardBytes = readRegistryDocument(rootPath, cardPath);
    if (!cardBytes) throw new RegisterInputError(`${cardPath} cannot be read, so the run statistics of ${rel} have nowhere to go: add the card first`);
    writeRegistryDocument(rootPath, cardPath, addStatsToCardText(new TextDecoder().decode(cardBytes), build.stats));
    card = cardPath;
  }
  writeRegistryDocument(rootPath, rel, new TextDecoder().decode(build.bytes));
  return { path: rel, build, card };
}

// src/cli/commands/convert-metrics.ts
function convertMetricsCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, { root: { type: "string" } });
  if (positionals.length !== 1) throw new UsageError("usage: model-registry convert-metrics <metrics file> [--root DIR]");
  const result = convertMetricsFile(values.root ?? ".", positionals[0], process.cwd());
  const { build } = result;
  if (!build.shape) {
    io.out(terminalLines(`${result.path} is already in the registry's format: nothing to convert`));
    return Promise.resolve(0);
  }
  const lines = conversionLines({ shape: build.shape, changes: build.changes }, result.path, false);
  lines.push(`converted ${result.path}${result.card ? `; run statistics added to ${result.card} (training.stats)` : ""}`);
  io.out(terminalLines(lines.join("\n")));
  return Promise.resolve(0);
}
export {
  addCommand,
  codeownersCommand,
  convertMetricsCommand,
  diffCommand,
  downloadCommand,
  historyCommand,
  initCommand,
  listCommand,
  resolveCommand,
  siteCommand,
  statusCommand
};
