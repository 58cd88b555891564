import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DownloadFailed,
  UnsafeDestination,
  defaultRetry,
  downloadVerified,
  fetchRetrying,
  isVerified,
  removeCreated
} from "./chunk-T777CU62.js";
import {
  createNewFile
} from "./chunk-DT7R3CAK.js";
import {
  checkOutputFolder,
  codeOrigin,
  conversionLines,
  describeBlocked,
  parseModelRef,
  promotionsMarkdown,
  promotionsText,
  readVersionFiles,
  repositoryFromRemote,
  shellQuote,
  siteCommand
} from "./chunk-W6B2KXYW.js";
import {
  METRICS_FORMATS,
  VERDICT_WORDS,
  addStatsToCardText,
  buildCard,
  buildMetricsFile,
  compareMetrics,
  isTaken,
  isoSeconds,
  metricNames,
  metricTable,
  nextVersion,
  parseVersionRequest,
  prepareInputs,
  validateOverlay
} from "./chunk-CZWVBXSR.js";
import {
  reportStageStatus
} from "./chunk-OTSH5FMT.js";
import {
  buildHistory,
  clock,
  isDrift,
  readRegistryHistory,
  stageStatus
} from "./chunk-2DIM6KZ2.js";
import "./chunk-42POYOUT.js";
import {
  mdCode,
  mdText,
  neutraliseBidi
} from "./chunk-F7WATFOY.js";
import {
  differenceLine,
  plural,
  updateCodeowners,
  validateChange,
  validateRegistry
} from "./chunk-BSQHPLGM.js";
import {
  runGit
} from "./chunk-BTEJVRJL.js";
import {
  loadRegistry,
  validateSnapshot
} from "./chunk-3XOCLLN2.js";
import {
  writeRegistryDocument
} from "./chunk-EYLZ2JSI.js";
import {
  assetDownloadUrl,
  parseRepository,
  releaseUrl
} from "./chunk-MKY3DIJG.js";
import {
  oneOf,
  parseFlags,
  registryRoot
} from "./chunk-J6ITZTMG.js";
import {
  ANSI,
  PLAIN,
  formatProblemText
} from "./chunk-DT5QTXS7.js";
import {
  COMMAND_HELP,
  terminalJson,
  terminalLine,
  terminalLines,
  terminalText
} from "./chunk-5ANT45EB.js";
import "./chunk-WC7I4LJN.js";
import {
  checkDocument,
  checkEntries,
  formatDecimalSize,
  formatNumber,
  require_dist
} from "./chunk-HEELOUZM.js";
import {
  didYouMean
} from "./chunk-RVFGOR2F.js";
import {
  hashFile,
  readRegistryDocument,
  readSnapshot,
  readTopLevel
} from "./chunk-4X3IGKZ4.js";
import {
  outsideMessage,
  prepareFolder,
  writeOne
} from "./chunk-SPVUGOZM.js";
import "./chunk-4WC46TPL.js";
import {
  asArray,
  buildRegistry,
  countBySeverity,
  formatDuration,
  isRecord,
  isValidModelName,
  isValidStageName,
  isValidVersion,
  require_semver,
  tagName
} from "./chunk-TSDIAPAP.js";
import "./chunk-EVLFZUIY.js";
import {
  CARD_FILE,
  NAME_RULE_TEXT,
  REGISTRY_FILE,
  documentKind,
  modelFile,
  versionDir
} from "./chunk-42CJQNK5.js";
import {
  DownloadError,
  GitError,
  RefNotFoundError,
  RegisterBlockedError,
  RegisterInputError,
  RegistryWriteError,
  UsageError
} from "./chunk-IRJELCYE.js";
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
  const { values, positionals } = parseFlags(argv, "list");
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const { registry } = await validateRegistry({ root: registryRoot("list", values.root, positionals) });
  const summary = summarizeRegistry(registry);
  if (format === "json") {
    io.out(terminalJson(summary));
    return 0;
  }
  const stages = registry.settings.stages;
  const header2 = ["model", "versions", "latest", ...stages];
  const rows = summary.models.map((m) => [m.name, String(m.versions.length), m.latest ?? "-", ...stages.map((s) => m.stages[s] ?? "-")]);
  io.out(terminalLine(`${summary.registry}: ${plural(summary.models.length, "model")}, ${plural(summary.versions, "version")}`));
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
function utf8Length(text2) {
  return Buffer.byteLength(text2, "utf8");
}
function cutUtf8(text2, maxBytes) {
  if (maxBytes <= 0) return "";
  const bytes = Buffer.from(text2, "utf8");
  if (bytes.length <= maxBytes) return text2;
  let end = maxBytes;
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  return bytes.subarray(0, end).toString("utf8");
}

// src/core/output/mermaid.ts
function mermaidLabel(text2) {
  const cleaned = neutraliseBidi(text2.replace(/[\r\n\t]+/g, " ").slice(0, 80));
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
    const section2 = problemsSection(problems, max);
    if (max <= 1 || head.length + section2.length + room <= options.maxLength && utf8Length(head) + utf8Length(section2) + room <= maxBytes) return section2;
  }
}
function cutChars(text2, max) {
  if (text2.length <= max) return text2;
  const end = /[\uD800-\uDBFF]/.test(text2[max - 1] ?? "") ? max - 1 : max;
  return text2.slice(0, end);
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

// src/cli/metric-text.ts
function metricRows(rows, columns) {
  return rows.map((row) => {
    const direction = row.direction === "higher" ? " \u2191" : row.direction === "lower" ? " \u2193" : "";
    const unit = row.unit && row.value !== void 0 ? ` ${row.unit}` : "";
    const ci = row.ci ? ` (${formatNumber(row.ci[0])} to ${formatNumber(row.ci[1])})` : "";
    const cells = columns.map((key) => {
      const d = row.against[key];
      if (!d) return "-";
      if (row.value === void 0) return `${formatNumber(d.value)} (not measured now)`;
      const arrow = d.delta > 0 ? "\u25B2 " : d.delta < 0 ? "\u25BC " : "";
      return `${arrow}${d.text} ${VERDICT_WORDS[d.verdict]}`;
    });
    return [`${row.title ?? row.name}${direction}`, `${formatNumber(row.value)}${unit}${ci}`, ...cells];
  });
}

// src/cli/review-text.ts
function reviewText(report, style) {
  const verdict = report.ok ? style.green(style.bold("\u2713 valid")) : style.red(style.bold("\u2717 invalid"));
  const added = report.changed.filter((c) => c.kind === "added").length;
  const parts = [
    `${plural(report.models, "model")}, ${plural(report.versions, "version")}`,
    plural(report.errors, "error"),
    plural(report.warnings, "warning")
  ];
  if (added) parts.push(`${plural(added, "version")} added`);
  if (report.changed.length - added) parts.push(`${plural(report.changed.length - added, "released version")} changed`);
  if (report.stages.length) parts.push(plural(report.stages.length, "stage change"));
  if (!report.changed.length && !report.stages.length) parts.push("no version or stage changes");
  const lines = [`${verdict}: ${parts.join(", ")}`];
  if (report.problems.length) {
    lines.push("", "problems:");
    for (const problem of report.problems) lines.push(formatProblemText(problem, void 0, style));
  }
  if (report.stages.length) {
    lines.push("", "stage changes (what runs where after the merge):");
    lines.push(
      ...textTable(
        ["model", "stage", "now", "after merge"],
        report.stages.map((s) => [s.model, s.stage, s.from ?? "-", s.to ?? "(removed)"])
      )
    );
  }
  if (report.promotions.length) lines.push("", terminalLines(promotionsText(report.promotions)));
  for (const version of report.changed) lines.push("", ...versionText(version, report.productionStage));
  for (const { model, graph } of report.lineage) {
    lines.push("", terminalLine(`lineage of ${model}:`));
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    for (const edge of graph.edges)
      lines.push(terminalLine(`  ${label.get(edge.from) ?? edge.from} \u2192 ${label.get(edge.to) ?? edge.to}${edge.label ? ` (${edge.label})` : ""}`));
    if (graph.edges.length === 0) lines.push("  nothing recorded");
  }
  return lines;
}
function versionText(version, productionStage) {
  const kind = version.kind === "added" ? version.newModel ? "new model" : "new version" : "changed";
  const lines = [terminalLine(`${version.model} ${version.version} (${kind})`)];
  if (version.summary) lines.push(terminalLine(`  ${version.summary.replace(/\s+/g, " ").trim()}`));
  const columns = [];
  if (version.production) columns.push({ key: "production", label: `vs ${productionStage} ${version.production}` });
  if (version.previous && version.previous !== version.production) columns.push({ key: "previous", label: `vs previous ${version.previous}` });
  if (!version.production) lines.push(terminalLine(`  no version of ${version.model} runs in ${productionStage} yet`));
  if (!version.metrics.length) lines.push("  no metrics");
  else
    lines.push(
      ...textTable(
        ["metric", version.version, ...columns.map((c) => c.label)],
        metricRows(
          version.metrics,
          columns.map((c) => c.key)
        )
      )
    );
  return lines;
}

// src/cli/commands/diff.ts
async function diffCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "diff");
  const root = registryRoot("diff", values.root, positionals);
  if (!values.base) throw new UsageError("--base is required: the git ref to compare with, e.g. origin/main");
  const format = oneOf("format", values.format, ["text", "markdown", "json"], io.terminal ? "text" : "markdown");
  const report = await reviewChanges(root, values.base, { head: values.committed ? "HEAD" : void 0 });
  if (format === "json") io.out(terminalJson(report));
  else if (format === "markdown") io.out(terminalLines(renderReviewMarkdown(report, SUMMARY_OPTIONS)));
  else for (const line of reviewText(report, io.color ? ANSI : PLAIN)) io.out(line);
  return report.ok ? 0 : 1;
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
  const { values, positionals } = parseFlags(argv, "history");
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
  const pick2 = (cells) => cells.filter((_, i) => used[i]);
  for (const line of textTable(pick2(header2), rows.map(pick2))) io.out(line);
  return 0;
}
function shorten(text2, max = 60) {
  const chars = [...text2.replace(/\s+/g, " ")];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// src/cli/commands/status.ts
async function statusCommand(argv, io, env = process.env) {
  const { values, positionals } = parseFlags(argv, "status");
  const format = oneOf("format", values.format, ["text", "json"], "text");
  if (values["fail-on"] !== void 0 && values["fail-on"] !== "drift")
    throw new UsageError(`--fail-on must be drift, got ${JSON.stringify(values["fail-on"])}`);
  const report = await reportStageStatus({
    root: registryRoot("status", values.root, positionals),
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
        const metric = s.metric ? `${s.metric.title ?? s.metric.name} ${formatNumber(s.metric.value)}${s.metric.unit ? ` ${s.metric.unit}` : ""}` : "-";
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
  const { values, positionals } = parseFlags(argv, "codeowners");
  return {
    root: registryRoot("codeowners", values.root, positionals),
    repoRoot: values["repo-root"],
    check: values.check ?? false,
    dryRun: values["dry-run"] ?? false
  };
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
var noStage = (model, stage, declared, alias) => declared.includes(stage) ? `${model} runs nothing in ${stage}${alias !== void 0 && alias.toLowerCase() !== stage ? ` (the stage of alias ${alias})` : ""}` : alias !== void 0 ? `no stage or alias ${alias} in this registry${didYouMean(stage, declared)} (registry.yaml's aliases map MLflow aliases to stages: model-registry import mlflow --alias-stage ${alias}=STAGE records one)` : `no stage ${stage} in this registry${didYouMean(stage, declared)}`;
function stageOfRef(registry, ref) {
  if (ref.alias === void 0 || registry.settings.stages.includes(ref.stage)) return ref.stage;
  const raw = registry.settingsFile?.value;
  const aliases = isRecord(raw) && isRecord(raw.aliases) ? raw.aliases : {};
  const key = Object.hasOwn(aliases, ref.alias) ? ref.alias : Object.keys(aliases).find((a) => a.toLowerCase() === ref.alias?.toLowerCase());
  const mapped = key === void 0 ? void 0 : aliases[key];
  return typeof mapped === "string" ? mapped : ref.stage;
}
var noLatest = (model) => `${model} has no version that is not a pre-release or deprecated`;
function latestVersion(versions, deprecated) {
  const candidates = [...versions].filter((v) => isValidVersion(v) && !import_semver2.default.prerelease(v) && !deprecated.has(v));
  return candidates.sort(import_semver2.default.rcompare)[0];
}
function resolveRef(registry, ref, repository, hfEndpoint = HF_ENDPOINT) {
  const model = registry.models.get(ref.model);
  if (!model) return { problem: noModel(ref.model, registry.models.keys()) };
  let version;
  let stage;
  if (ref.kind === "version") {
    if (!model.versions.has(ref.version)) return { problem: noVersion(ref.model, ref.version, model.versions.keys()) };
    version = ref.version;
  } else if (ref.kind === "stage") {
    stage = stageOfRef(registry, ref);
    const stages = isRecord(model.stages?.value) ? model.stages.value : {};
    const held = stages[stage];
    if (typeof held !== "string") return { problem: noStage(ref.model, stage, registry.settings.stages, ref.alias) };
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
      ...stage !== void 0 ? { stage } : {},
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
    const { readCatalogue } = await import("./chunk-6CXG5TJI.js");
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
  const { createGitHubClient } = await import("./chunk-ZSLV6QGD.js");
  const { readReleaseLinks, readRemoteModel } = await import("./chunk-CM2EMT5P.js");
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
  const { values, positionals } = parseFlags(argv, "resolve");
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
import { lstatSync, mkdirSync } from "node:fs";
import { join } from "node:path";
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
  const path = join(options.out, name);
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
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
async function releaseChecksums(resolved, token, retry) {
  const viaApi = resolved.checksumsApiUrl !== void 0 && token !== void 0;
  const url = viaApi ? resolved.checksumsApiUrl : resolved.checksumsUrl;
  const headers = viaApi ? { ...gitHubHeaders(url, token), accept: "application/octet-stream" } : gitHubHeaders(url, token);
  let text2;
  try {
    const response = await fetchRetrying(url, headers, retry);
    if (response.status === 404) {
      await response.body?.cancel();
      return void 0;
    }
    text2 = await boundedText(response);
  } catch (error) {
    if (error instanceof DownloadFailed) throw new DownloadError(`could not read the release's SHA256SUMS (${url}): ${error.message}; nothing was downloaded`);
    throw error;
  }
  const sums = /* @__PURE__ */ new Map();
  for (const line of text2.split("\n")) {
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
  const { values, positionals } = parseFlags(argv, "download");
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
import { basename, resolve } from "node:path";

// src/app/init-registry.ts
import { mkdirSync as mkdirSync2 } from "node:fs";

// raw-text:registry-template/.github/workflows/pages.yml
var pages_default = "# The static catalogue on GitHub Pages: on every push to the default branch,\n# build the site (pages, JSON API, Atom feed, badges) and deploy it.\n# Settings > Pages > Source must be \"GitHub Actions\". The catalogue's address\n# (for absolute links in the feed, badges and API) comes from configure-pages.\nname: Catalogue\n\non:\n  push:\n    branches: [main]\n  workflow_dispatch:\n\n# Read the repository and its deployments (what each environment reports running, for the\n# model pages' Environments table); write only to Pages (id-token proves the deployment\n# comes from this workflow).\npermissions:\n  contents: read\n  deployments: read\n  pages: write\n  id-token: write\n\n# One deployment at a time; a newer push replaces a queued one, never a running one.\nconcurrency:\n  group: pages\n  cancel-in-progress: false\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          fetch-depth: 0 # the full history of stages.yaml: since when each version runs in its stage\n          persist-credentials: false # no later step needs git credentials; none are left in .git/config\n      - id: pages\n        uses: actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0\n      - uses: model-registry/model-registry@v1\n        with:\n          command: site\n          out: _site\n          base-url: ${{ steps.pages.outputs.base_url }}\n          # The workflow's token reads the deployments (`model-registry deployed`); without\n          # deployments: read the pages say that environments were not read.\n      - uses: actions/upload-pages-artifact@7b1f4a764d45c48632c6b24a0339c27f5614fb0b # v4.0.0\n        with:\n          path: _site\n\n  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    environment:\n      name: github-pages\n      url: ${{ steps.deployment.outputs.page_url }}\n    steps:\n      - id: deployment\n        uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5\n";

// raw-text:registry-template/.github/workflows/pull-request.yml
var pull_request_default = "# Checks every pull request to the registry: annotations on the diff, a review\n# in the job summary, and one review comment that is edited on every push.\nname: Registry review\n\non:\n  pull_request:\n  # An approval (or its dismissal) re-evaluates the check: a stage policy with\n  # `approval: owners` passes once an owner approves. Every submitted review\n  # runs the job; never skip it with an `if:`, since a skipped job passes a\n  # required status check.\n  pull_request_review:\n    types: [submitted, dismissed]\n\n# The least the review needs. Pull requests from forks get a read-only token\n# whatever this says; pull-request-comment.yml reviews them again and posts that.\npermissions:\n  contents: read\n  pull-requests: write\n\nconcurrency:\n  group: registry-review-${{ github.event.pull_request.number }}\n  cancel-in-progress: true\n\njobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          # The base commit must be here: released versions are compared with it.\n          fetch-depth: 0\n          # No later step needs git credentials: none are left in .git/config.\n          persist-credentials: false\n\n      - id: registry\n        uses: model-registry/model-registry@v1\n        with:\n          command: validate\n";

// raw-text:registry-template/.github/workflows/pull-request-comment.yml
var pull_request_comment_default = "# Reviews a pull request from a fork and posts the review. The fork's own run\n# gets a read-only token and is the fork's to change (even its workflow file),\n# so nothing it produced is used: this workflow, in this repository's trusted\n# context, fetches the pull request's head (the one that run checked, still\n# the pull request's head) into a bare repository as data, validates it\n# against the base branch and posts what it found. Nothing from the fork is\n# checked out or run.\nname: Registry review comment\n\non:\n  workflow_run:\n    workflows: [Registry review]\n    types: [completed]\n\npermissions:\n  contents: read # fetch the pull request's head and the base branch\n  pull-requests: write\n\njobs:\n  comment:\n    # After the review of a fork's push, and of a review of it (an approval re-evaluates promotions).\n    if: >-\n      (github.event.workflow_run.event == 'pull_request' || github.event.workflow_run.event == 'pull_request_review') &&\n      github.event.workflow_run.head_repository.full_name != github.repository\n    runs-on: ubuntu-latest\n    steps:\n      - uses: model-registry/model-registry@v1\n        with:\n          command: comment\n";

// raw-text:registry-template/.github/workflows/release.yml
var release_default = "# After a merge: every new version becomes an annotated tag and a GitHub\n# Release with its card, metrics, artifacts and SHA256SUMS. The catalogue is\n# rebuilt by pages.yml on the same push: releases made with the workflow's own\n# token start no other workflow, so nothing may wait for a release event.\nname: Registry release\n\non:\n  push:\n    branches: [main]\n  # A run releases at most `max-releases` versions, the oldest first (its\n  # summary says how many remain): to release a backlog (the first release of\n  # an existing registry), run this workflow by hand, about once an hour, until\n  # none remain. An hour keeps each run within GitHub's limit of 500\n  # content-creating requests an hour.\n  workflow_dispatch:\n    inputs:\n      max-releases:\n        description: 'Versions to release in this run, the oldest first (each is about 7 content-creating requests; GitHub allows 500 an hour)'\n        required: false\n        default: '50'\n\n# One release run at a time; a queued run waits instead of racing.\nconcurrency:\n  group: registry-release\n  cancel-in-progress: false\n\njobs:\n  release:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write # tags, releases and their assets\n    outputs:\n      released: ${{ steps.release.outputs.released }}\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          fetch-depth: 0 # every tag too: a version whose tag exists is released, and GitHub is asked only about the others\n          lfs: true # artifacts stored with Git LFS: the release uploads their content, never a pointer\n          persist-credentials: false # the release talks to the API with the token; git needs none after checkout\n      - id: release\n        uses: model-registry/model-registry@v1\n        with:\n          command: release\n          max-releases: ${{ inputs.max-releases || '50' }}\n\n  # After the release, so every version a stage names has its tag: each stage\n  # change and deprecation of the pushed commits becomes a GTO stage tag\n  # (`gto show` reads them) and a GitHub Deployment (the front page's\n  # \"Deployments\"), once; a re-run records nothing twice.\n  record:\n    needs: release\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write # GTO stage tags\n      deployments: write # a deployment per environment <model>/<stage>\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          fetch-depth: 0 # the pushed commits are compared one by one, and the tags say what is recorded already\n          persist-credentials: false\n      - uses: model-registry/model-registry@v1\n        with:\n          command: record\n";

// raw-text:registry-template/.github/workflows/audit.yml
var audit_default = "# The scheduled audit: every day, what is wrong with the registry in production\n# (monitors breached by the newest observations, stages gone silent, retraining\n# overdue, deprecated or unreleased versions in a stage, drift, production\n# models without owners, licence or intended use), in the job summary and in\n# ONE issue labelled model-registry-audit, kept up to date: created when\n# something is wrong, edited on every run, closed when all is well, reopened\n# when something goes wrong again. Owners are mentioned once per new finding.\nname: Audit\n\non:\n  schedule:\n    - cron: '17 6 * * *'\n  workflow_dispatch:\n\n# Read the files and, for drift, what the environments run; write only issues.\npermissions:\n  contents: read\n  deployments: read\n  issues: write\n\n# One audit at a time (two at once still leave one issue open: see docs/action.md#audit).\nconcurrency:\n  group: audit\n  cancel-in-progress: false\n\njobs:\n  audit:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0\n        with:\n          fetch-depth: 0 # the release tags, and since when each stage runs its version\n          persist-credentials: false\n      - uses: model-registry/model-registry@v1\n        id: audit\n        with:\n          command: audit\n";

// src/core/init/starter-files.ts
var SCHEMA_BASE = "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas";
var STARTER_WORKFLOWS = {
  ".github/workflows/pages.yml": pages_default,
  ".github/workflows/pull-request.yml": pull_request_default,
  ".github/workflows/pull-request-comment.yml": pull_request_comment_default,
  ".github/workflows/release.yml": release_default,
  ".github/workflows/audit.yml": audit_default
};
function starterFiles(options) {
  return [
    { path: REGISTRY_FILE, content: registryYaml(options) },
    { path: "README.md", content: readme(options) },
    { path: ".gitattributes", content: GITATTRIBUTES },
    ...Object.entries(STARTER_WORKFLOWS).map(([path, content]) => ({ path, content }))
  ];
}
var quoted = (text2) => JSON.stringify(text2);
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

// src/app/init-registry.ts
function initRegistry(dir, options) {
  const files = starterFiles(options);
  const settings = files.find((f) => f.path === REGISTRY_FILE);
  const checked = checkDocument(REGISTRY_FILE, new TextEncoder().encode(settings.content));
  if (checked.problems.length) {
    throw new UsageError(`these settings would make an invalid registry.yaml: ${checked.problems.map((p) => p.message).join("; ")}`);
  }
  mkdirSync2(dir, { recursive: true });
  const result = { created: [], kept: [] };
  for (const file of files) {
    if (createNewFile(dir, file.path, new TextEncoder().encode(file.content))) result.created.push(file.path);
    else result.kept.push(file.path);
  }
  return result;
}

// src/cli/commands/init.ts
function initCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "init");
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
    name: values.name ?? basename(dir),
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
import { dirname, join as join2, resolve as resolve2 } from "node:path";

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
  const origin = codeOrigin(resolve2(options.cwd, options.code ?? dirname(options.metrics)));
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
      const copied = hashFile(join2(root, copy.path));
      if (copied.sha256 !== copy.sha256 || copied.size !== copy.size)
        throw new RegistryWriteError(`${copy.from} changed while it was copied: run add again once it is complete`);
    }
    for (const file of plan.files) {
      if (!createNewFile(root, file.path, file.bytes)) throw new RegistryWriteError(`${file.path} appeared while adding: nothing was overwritten`);
      written.push(file.path);
    }
  } catch (error) {
    removeCreated(root, written);
    throw error;
  }
  return written;
}

// src/cli/commands/add.ts
var USAGE = "usage: model-registry add <model> --metrics FILE [--artifact GLOB ...] [--card FILE] [--version patch|minor|major|X.Y.Z]";
function addCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "add");
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
  const [head, ...rest] = terminalLines(lines.join("\n")).split("\n");
  io.out([io.color ? ANSI.green(head) : head, ...rest].join("\n"));
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
  const { values, positionals } = parseFlags(argv, "convert-metrics");
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

// src/cli/commands/import.ts
var SOURCES = {
  gto: async () => (await import("./chunk-I6RZ6G5Z.js")).importGtoCommand,
  mlflow: async () => (await import("./chunk-IE7FNFLM.js")).importMlflowCommand
};
async function importCommand(argv, io) {
  const [source, ...rest] = argv;
  const load = source === void 0 ? void 0 : Object.hasOwn(SOURCES, source) ? SOURCES[source] : void 0;
  if (!load) {
    const known = Object.keys(SOURCES).sort().join(", ");
    throw new UsageError(
      `${source === void 0 ? "say where from" : `unknown source ${JSON.stringify(source)}`}: model-registry import <source> \u2026, with a source among ${known}`
    );
  }
  return (await load())(rest, io);
}

// src/app/export-huggingface.ts
import { join as join3, resolve as resolve4 } from "node:path";

// src/core/export/huggingface/model-card.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/export/huggingface/license.ts
var HUB_IDS = /* @__PURE__ */ new Set([
  "apache-2.0",
  "mit",
  "afl-3.0",
  "artistic-2.0",
  "bsl-1.0",
  "bsd-2-clause",
  "bsd-3-clause",
  "bsd-3-clause-clear",
  "cc0-1.0",
  "cc-by-2.0",
  "cc-by-2.5",
  "cc-by-3.0",
  "cc-by-4.0",
  "cc-by-sa-3.0",
  "cc-by-sa-4.0",
  "cc-by-nc-2.0",
  "cc-by-nc-3.0",
  "cc-by-nc-4.0",
  "cc-by-nd-4.0",
  "cc-by-nc-nd-3.0",
  "cc-by-nc-nd-4.0",
  "cc-by-nc-sa-2.0",
  "cc-by-nc-sa-3.0",
  "cc-by-nc-sa-4.0",
  "cdla-sharing-1.0",
  "cdla-permissive-1.0",
  "cdla-permissive-2.0",
  "wtfpl",
  "ecl-2.0",
  "epl-1.0",
  "epl-2.0",
  "etalab-2.0",
  "eupl-1.1",
  "eupl-1.2",
  "agpl-3.0",
  "gpl-2.0",
  "gpl-3.0",
  "lgpl-2.1",
  "lgpl-3.0",
  "isc",
  "lppl-1.3c",
  "ms-pl",
  "mpl-2.0",
  "osl-3.0",
  "postgresql",
  "ofl-1.1",
  "ncsa",
  "unlicense",
  "zlib"
]);
var RENAMED = { "odbl-1.0": "odbl", "odc-by-1.0": "odc-by", "pddl-1.0": "pddl" };
function hubLicense(spdx) {
  if (spdx === "other") return { license: "other" };
  const id = spdx.toLowerCase().replace(/-(?:only|or-later)$/, "");
  if (HUB_IDS.has(id)) return { license: id };
  if (Object.hasOwn(RENAMED, id)) return { license: RENAMED[id] };
  return { license: "other", license_name: spdx };
}

// src/core/export/huggingface/model-card.ts
var RELATIONS = { "fine-tune": "finetune", quantize: "quantized", adapter: "adapter", merge: "merge" };
var HF_MODEL = /^hf:\/\/(?!datasets\/|spaces\/)([A-Za-z0-9][\w.-]*\/[\w.-]+)(?:@[^/]*)?\/?$/;
var HF_DATASET = /^hf:\/\/datasets\/([A-Za-z0-9][\w.-]*\/[\w.-]+)(?:@([^/]+))?(?:\/.*)?$/;
var records = (value) => Array.isArray(value) ? value.filter(isRecord) : [];
var text = (value) => typeof value === "string" && value.trim() !== "" ? value : void 0;
function huggingFaceCard(registry, model, version, options = {}) {
  const card = isRecord(model.card?.value) ? model.card.value : {};
  const vcard = isRecord(version.card?.value) ? version.card.value : {};
  const metrics = isRecord(version.metrics?.value) ? version.metrics.value : {};
  const lineage = isRecord(vcard.lineage) ? vcard.lineage : {};
  const datasets = records(lineage.datasets);
  const parents = records(lineage.parents);
  const hubName = options.namespace ? `${options.namespace}/${model.name}` : model.name;
  const metadata = {};
  if (typeof card.license === "string") Object.assign(metadata, hubLicense(card.license));
  const task = text(card.task);
  if (task) metadata.pipeline_tag = task;
  if (Array.isArray(card.tags) && card.tags.length) metadata.tags = card.tags.filter((t) => typeof t === "string");
  const hubDatasets = [...new Set(datasets.map((d) => typeof d.uri === "string" ? HF_DATASET.exec(d.uri)?.[1] : void 0).filter((d) => d !== void 0))];
  if (hubDatasets.length) metadata.datasets = hubDatasets;
  const bases = [];
  for (const p of parents) {
    const relation = typeof p.relation === "string" ? p.relation : "other";
    if (typeof p.uri === "string") {
      const id = HF_MODEL.exec(p.uri)?.[1];
      if (id) bases.push({ id, relation });
    } else if (typeof p.model === "string" && p.model !== model.name && options.namespace) bases.push({ id: `${options.namespace}/${p.model}`, relation });
  }
  const baseIds = [...new Set(bases.map((b) => b.id))];
  if (baseIds.length) metadata.base_model = baseIds.length === 1 ? baseIds[0] : baseIds;
  const relations = new Set(bases.map((b) => Object.hasOwn(RELATIONS, b.relation) ? RELATIONS[b.relation] : ""));
  if (relations.size === 1 && !relations.has("")) metadata.base_model_relation = [...relations][0];
  const testSet = datasets.find((d) => d.role === "test") ?? datasets.find((d) => d.role === "validation");
  const results = [];
  const evalEntries = /* @__PURE__ */ new Map();
  for (const [name, entry] of Object.entries(metrics)) {
    const value = typeof entry === "number" ? entry : isRecord(entry) && typeof entry.value === "number" ? entry.value : void 0;
    if (value === void 0 || !Number.isFinite(value)) continue;
    const m = isRecord(entry) ? entry : {};
    const datasetName = text(m.dataset) ?? text(testSet?.name) ?? `${model.name} evaluation set`;
    const lineageDataset = datasets.find((d) => d.name === datasetName) ?? (text(m.dataset) ? void 0 : testSet);
    const hub = typeof lineageDataset?.uri === "string" ? HF_DATASET.exec(lineageDataset.uri) : null;
    const split = text(m.split) ?? (text(m.dataset) ? void 0 : lineageDataset?.role === "test" || lineageDataset?.role === "validation" ? lineageDataset.role : void 0);
    const definition = registry.settings.metrics[name];
    results.push({
      task: { type: task ?? "other" },
      dataset: { type: hub?.[1] ?? datasetName, name: datasetName, ...split ? { split } : {}, ...hub?.[2] ? { revision: hub[2] } : {} },
      metrics: [{ type: name, value, name: text(definition?.title) ?? name }]
    });
    if (hub) {
      const list = evalEntries.get(hub[1]) ?? [];
      list.push({
        dataset: { id: hub[1], task_id: name, ...hub[2] ? { revision: hub[2] } : {} },
        value,
        ...typeof vcard.created === "string" ? { date: vcard.created } : {}
      });
      evalEntries.set(hub[1], list);
    }
  }
  if (results.length) metadata["model-index"] = [{ name: hubName, results }];
  metadata.model_registry = { registry: registry.settings.name, model: model.name, version: version.version };
  const front = new import_yaml.Document(metadata, { version: "1.2" }).toString({ lineWidth: 0, minContentWidth: 0 });
  const readme2 = `---
${front}---

${body(registry, model, version, card, vcard, metrics)}`;
  const evalResults = [...evalEntries].map(([id, entries2]) => ({
    file: `${id.replace(/[^A-Za-z0-9_.-]+/g, "_")}.yaml`,
    text: new import_yaml.Document(entries2, { version: "1.2" }).toString({ lineWidth: 0, minContentWidth: 0 })
  }));
  return { readme: readme2, metadata, evalResults };
}
function prose(value) {
  const source = text(value);
  if (!source) return void 0;
  return source.trim().split(/\r?\n/).map((line) => {
    const item = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (item) return `${item[1].replace(/\t/g, "  ")}${/\d/.test(item[2]) ? item[2].replace(/\)$/, ".") : "-"} ${mdText(item[3], 2e3)}`;
    const plain = mdText(line.trim(), 2e3);
    return /^[-=*]/.test(plain) ? `&#${plain.charCodeAt(0)};${plain.slice(1)}` : plain;
  }).join("\n");
}
function section(title, content) {
  return content ? `## ${title}

${content}

` : "";
}
function body(registry, model, version, card, vcard, metrics) {
  let out = `# ${mdText(text(card.title) ?? model.name)}

`;
  out += `Version ${mdCode(version.version)} of ${mdCode(model.name)} in the ${mdText(registry.settings.name)} model registry (release tag ${mdCode(tagName(registry.settings, model.name, version.version))}).

`;
  const summary = text(vcard.summary);
  if (summary) out += `${mdText(summary, 300)}

`;
  out += section("Model description", [prose(card.description), prose(vcard.description)].filter(Boolean).join("\n\n") || void 0);
  out += section("Intended use", prose(card.intended_use));
  out += section("Limitations", prose(card.limitations));
  out += section("Ethical considerations", prose(card.ethical_considerations));
  const rows = Object.entries(metrics).flatMap(([name, entry]) => {
    const value = typeof entry === "number" ? entry : isRecord(entry) ? entry.value : void 0;
    if (typeof value !== "number") return [];
    const m = isRecord(entry) ? entry : {};
    return [`| ${mdCode(name)} | ${value} | ${mdText([m.dataset, m.split].filter((s) => typeof s === "string").join(" / ") || "")} |`];
  });
  out += section(
    "Evaluation",
    rows.length ? `| metric | value | dataset / split |
|---|---|---|
${rows.join("\n")}` : "No metrics were recorded for this version."
  );
  const training = isRecord(vcard.training) ? vcard.training : {};
  const trainingLines = [];
  const table = (title, value) => {
    if (!isRecord(value) || Object.keys(value).length === 0) return;
    trainingLines.push(
      `${title}:

| name | value |
|---|---|
${Object.entries(value).map(([k, v]) => `| ${mdCode(k)} | ${mdCode(typeof v === "string" ? v : JSON.stringify(v))} |`).join("\n")}`
    );
  };
  table("Hyper-parameters", training.params);
  table("Environment", training.environment);
  if (typeof training.run_url === "string") trainingLines.push(`Training run: ${mdCode(training.run_url)}`);
  out += section("Training", trainingLines.join("\n\n") || void 0);
  out += section("Lineage", lineageLines(vcard));
  out += section("Download and verify", downloadLines(registry, model, version, vcard));
  return out.trimEnd() + "\n";
}
function lineageLines(vcard) {
  const lineage = isRecord(vcard.lineage) ? vcard.lineage : {};
  const lines = [];
  for (const p of records(lineage.parents)) {
    const what = typeof p.uri === "string" ? mdCode(p.uri) : `${mdCode(p.model)} ${mdCode(p.version)} (this registry)`;
    lines.push(`- parent: ${what}, ${mdText(p.relation)}`);
  }
  for (const d of records(lineage.datasets)) {
    lines.push(
      `- dataset (${mdText(d.role ?? "other")}): ${mdCode(d.name)}${typeof d.version === "string" ? ` ${mdCode(d.version)}` : ""}${typeof d.uri === "string" ? `, ${mdCode(d.uri)}` : ""}${typeof d.sha256 === "string" ? `, sha256 ${mdCode(d.sha256)}` : ""}`
    );
  }
  if (isRecord(lineage.code))
    lines.push(
      `- code: ${mdCode(lineage.code.repo)} at ${mdCode(lineage.code.commit)}${typeof lineage.code.path === "string" ? `, ${mdCode(lineage.code.path)}` : ""}`
    );
  return lines.length ? lines.join("\n") : void 0;
}
function downloadLines(registry, model, version, vcard) {
  const artifacts = records(vcard.artifacts).filter((a) => typeof a.name === "string" && typeof a.sha256 === "string");
  if (artifacts.length === 0) return void 0;
  const tag = tagName(registry.settings, model.name, version.version);
  const list = artifacts.map((a) => {
    const where = typeof a.uri === "string" ? mdCode(a.uri) : `an asset of the release ${mdCode(tag)}`;
    return `- ${mdCode(a.name)}${typeof a.size === "number" ? `, ${a.size} bytes` : ""}: ${where}`;
  });
  const sums = artifacts.map((a) => `${String(a.sha256)}  ${String(a.name).replace(/[\r\n]+/g, " ")}`).join("\n");
  const fence = "`".repeat(Math.max(3, ...(sums.match(/`+/g) ?? []).map((r) => r.length + 1)));
  return [
    list.join("\n"),
    `With the registry's CLI, which checks each file's size and sha256 before naming it:

${fence}sh
model-registry download ${model.name}@${version.version} --out ${model.name}-${version.version}
${fence}`,
    `Or by hand, then check them against these lines (save them as SHA256SUMS next to the files and run \`sha256sum -c SHA256SUMS\`):

${fence}text
${sums}
${fence}`
  ].join("\n\n");
}

// src/app/export-huggingface.ts
import { realpathSync } from "node:fs";
function exportHuggingFace(options) {
  const root = resolve4(options.cwd, options.root);
  const out = resolve4(options.cwd, options.out);
  checkOutputFolder(root, out, "--out");
  if (options.namespace !== void 0 && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/.test(options.namespace)) {
    throw new UsageError(`--namespace ${JSON.stringify(options.namespace)} is not a Hub user or organisation name (letters, digits, '-', '_', '.')`);
  }
  const { report, registry } = validateSnapshot(readSnapshot(root));
  const bare = !/[@#]/.test(options.ref) && !options.ref.startsWith("models:/");
  if (bare && options.allVersions === false && !registry.models.has(options.ref)) throw new RefNotFoundError(`no model ${options.ref} in this registry`);
  const parsed = parseModelRef(bare ? `${options.ref}@latest` : options.ref);
  if ("problem" in parsed) throw new UsageError(parsed.problem);
  const model = registry.models.get(parsed.ref.model);
  if (!model) throw new RefNotFoundError(`no model ${parsed.ref.model} in this registry`);
  const errors = report.problems.filter((p) => p.severity === "error" && (p.file === "registry.yaml" || p.file.startsWith(`${model.dir}/`)));
  if (errors.length) {
    throw new RefNotFoundError(
      `${model.name} has ${errors.length} error${errors.length === 1 ? "" : "s"} (first: ${errors[0].file}:${errors[0].line}: ${errors[0].message}): run model-registry validate and fix them before exporting`
    );
  }
  let versions;
  if (options.allVersions) versions = [...model.versions.keys()].filter(isValidVersion);
  else {
    const resolved = resolveRef(registry, parsed.ref);
    if ("problem" in resolved) throw new RefNotFoundError(resolved.problem);
    versions = [resolved.resolved.version];
  }
  const files = [];
  const encoder = new TextEncoder();
  for (const v of versions) {
    const entry = model.versions.get(v);
    const card = huggingFaceCard(registry, model, entry, { namespace: options.namespace });
    const folder = options.allVersions ? `${model.name}/${v}` : model.name;
    files.push({ path: `${folder}/README.md`, bytes: encoder.encode(card.readme) });
    if (options.evalResults) for (const e of card.evalResults) files.push({ path: `${folder}/.eval_results/${e.file}`, bytes: encoder.encode(e.text) });
  }
  const base = (() => {
    prepareFolder(out, out, /* @__PURE__ */ new Set());
    return realpathSync(out);
  })();
  const made = /* @__PURE__ */ new Set();
  for (const file of files) {
    const target = join3(base, file.path);
    const folder = target.slice(0, target.lastIndexOf("/"));
    if (!prepareFolder(base, folder, made)) throw new RegistryWriteError(outsideMessage(folder, base));
    writeOne(target, file.bytes);
  }
  return { written: files.map((f) => f.path) };
}

// src/cli/commands/export.ts
var USAGE2 = "usage: model-registry export huggingface <model>[@version|#stage] --out DIR [--namespace ORG] [--all-versions] [--eval-results] [--root DIR]";
function exportCommand(argv, io) {
  const [format, ...rest] = argv;
  if (format !== "huggingface") throw new UsageError(`${format === void 0 ? "say which format" : `unknown format ${JSON.stringify(format)}`}: ${USAGE2}`);
  const { values, positionals } = parseFlags(rest, "export huggingface");
  if (positionals.length !== 1) throw new UsageError(`say which model, once: ${USAGE2}`);
  if (!values.out) throw new UsageError(`--out DIR is required: ${USAGE2}`);
  const { written } = exportHuggingFace({
    root: values.root ?? ".",
    ref: positionals[0],
    out: values.out,
    namespace: values.namespace,
    allVersions: values["all-versions"] === true,
    evalResults: values["eval-results"] === true,
    cwd: process.cwd()
  });
  io.out(terminalLines([`wrote ${written.length} file${written.length === 1 ? "" : "s"} in ${values.out}:`, ...written.map((p) => `  ${p}`)].join("\n")));
  return Promise.resolve(0);
}

// src/core/report/model-view.ts
var import_semver3 = __toESM(require_semver(), 1);
function modelView(registry, ref, status) {
  const model = registry.models.get(ref.model);
  if (!model) return { problem: noModel(ref.model, registry.models.keys()) };
  const card = isRecord(model.card?.value) ? model.card.value : {};
  const deprecated = isRecord(card.deprecated_versions) ? card.deprecated_versions : {};
  const stageOf = stagesByVersion(model);
  const versions = [...model.versions.keys()].map((version2) => versionLine(model, version2, stageOf, deprecated));
  const view = {
    registry: registry.settings.name,
    model: model.name,
    ...pick(card, "title", "description", "task", "license"),
    owners: strings(card.owners),
    tags: strings(card.tags),
    ...typeof card.primary_metric === "string" ? { primaryMetric: card.primary_metric } : {},
    stages: status?.stages ?? [],
    versions
  };
  if (ref.kind === "model") return { view };
  const resolution = resolveRef(registry, ref);
  if ("problem" in resolution) return resolution;
  const { version, stage, artifacts } = resolution.resolved;
  const entry = model.versions.get(version);
  const productionStage = registry.settings.stages[registry.settings.stages.length - 1] ?? "production";
  const stages = isRecord(model.stages?.value) ? model.stages.value : {};
  const production = typeof stages[productionStage] === "string" ? stages[productionStage] : void 0;
  const previous = previousVersion2([...model.versions.keys()], version);
  const others = {
    ...production && production !== version ? { production: model.versions.get(production) } : {},
    ...previous && previous !== production ? { previous: model.versions.get(previous) } : {}
  };
  const versionCard = entry?.card?.value;
  view.version = {
    ...versionLine(model, version, stageOf, deprecated),
    ...stage ? { stage } : {},
    productionStage,
    ...production ? { production } : {},
    ...previous ? { previous } : {},
    metrics: compareMetrics(entry, others, registry.settings.metrics),
    lineage: lineageOf(isRecord(versionCard) ? versionCard.lineage : void 0),
    artifacts
  };
  return { view };
}
function versionLine(model, version, stageOf, deprecated) {
  const card = model.versions.get(version)?.card?.value;
  const fields = isRecord(card) ? card : {};
  const reason = Object.hasOwn(deprecated, version) ? deprecated[version] : void 0;
  return {
    version,
    ...typeof fields.created === "string" ? { created: fields.created } : {},
    ...typeof fields.summary === "string" ? { summary: fields.summary } : {},
    stages: stageOf.get(version) ?? [],
    ...reason !== void 0 ? { deprecated: typeof reason === "string" ? reason : "" } : {}
  };
}
function stagesByVersion(model) {
  const out = /* @__PURE__ */ new Map();
  const stages = isRecord(model.stages?.value) ? model.stages.value : {};
  for (const [stage, version] of Object.entries(stages)) if (typeof version === "string") out.set(version, [...out.get(version) ?? [], stage]);
  return out;
}
function lineageOf(value) {
  const lineage = isRecord(value) ? value : {};
  const parents = asArray(lineage.parents).filter(isRecord).map((p) => pick(p, "model", "version", "uri", "revision", "relation"));
  const datasets = asArray(lineage.datasets).filter(isRecord).filter((d) => typeof d.name === "string").map((d) => ({
    name: d.name,
    ...pick(d, "role", "uri"),
    ...typeof d.version === "string" || typeof d.version === "number" ? { version: String(d.version) } : {}
  }));
  const code = isRecord(lineage.code) && typeof lineage.code.repo === "string" && typeof lineage.code.commit === "string" ? lineage.code : void 0;
  return { parents, datasets, ...code ? { code: { repo: code.repo, commit: code.commit, ...pick(code, "path") } } : {} };
}
function previousVersion2(all, version) {
  if (!isValidVersion(version)) return void 0;
  return all.filter((v) => isValidVersion(v) && import_semver3.default.lt(v, version)).sort(import_semver3.default.compareBuild).pop();
}
function strings(value) {
  return asArray(value).filter((x) => typeof x === "string");
}
function pick(record, ...keys) {
  const out = {};
  for (const key of keys) if (typeof record[key] === "string") out[key] = record[key];
  return out;
}

// src/app/show-model.ts
async function showModel(options) {
  const ref = parseShowRef(options.ref);
  const { registry } = await validateRegistry({ root: options.root });
  const git = readRegistryHistory(options.root);
  const history2 = git.available ? buildHistory(git.facts, registry.settings) : /* @__PURE__ */ new Map();
  const status = stageStatus(registry, history2).find((m) => m.name === ref.model);
  const shown = modelView(registry, ref, status);
  if ("problem" in shown) throw new RefNotFoundError(shown.problem);
  return shown.view;
}
function parseShowRef(text2) {
  if (!/[@#]|^models:\//.test(text2)) {
    if (!isValidModelName(text2)) throw new UsageError(`${JSON.stringify(text2)} is not a model name (e.g. churn-gbm, churn-gbm@1.2.0, churn-gbm#production)`);
    return { model: text2, kind: "model" };
  }
  const parsed = parseModelRef(text2);
  if ("problem" in parsed) throw new UsageError(parsed.problem);
  return parsed.ref;
}

// src/cli/commands/show.ts
async function showCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "show");
  const format = oneOf("format", values.format, ["text", "json"], "text");
  if (positionals.length !== 1)
    throw new UsageError("show takes one model or version, e.g. model-registry show churn-gbm@2.0.0; see `model-registry show --help`");
  const view = await showModel({ root: values.root ?? ".", ref: positionals[0] });
  if (format === "json") io.out(terminalJson(view));
  else for (const line of view.version ? versionText2(view, view.version) : modelText(view)) io.out(line);
  return 0;
}
function modelText(view) {
  const lines = [terminalLine(`${view.model}${view.title ? `: ${view.title}` : ""}`)];
  if (view.description) lines.push(terminalLine(`  ${firstParagraph(view.description)}`));
  const fields = [
    ["owners", view.owners.join(", ") || void 0],
    ["task", view.task],
    ["licence", view.license],
    ["tags", view.tags.join(", ") || void 0],
    ["primary metric", view.primaryMetric]
  ];
  lines.push("", ...fields.filter(([, v]) => v !== void 0).map(([k, v]) => terminalLine(`${`${k}:`.padEnd(16)}${v}`)));
  lines.push("", "stages:");
  if (view.stages.length === 0) lines.push("  none runs a version of this model");
  else
    lines.push(
      ...textTable(
        ["stage", "version", "since", "primary metric"],
        view.stages.map((s) => [
          s.stage,
          s.version,
          s.since ?? "-",
          s.metric ? `${s.metric.title ?? s.metric.name} ${formatNumber(s.metric.value)}${s.metric.unit ? ` ${s.metric.unit}` : ""}` : "-"
        ])
      )
    );
  lines.push("", "versions:");
  if (view.versions.length === 0) lines.push("  none yet");
  else
    lines.push(
      ...textTable(
        ["version", "created", "stages", "summary"],
        [...view.versions].reverse().map((v) => [
          v.version,
          v.created ?? "-",
          v.stages.join(", ") || "-",
          v.deprecated !== void 0 ? shorten2(`deprecated: ${v.deprecated}`) : shorten2(v.summary ?? "-")
        ])
      )
    );
  lines.push("", terminalLine(`A version: model-registry show ${view.model}@<version> (or ${view.model}#<stage>).`));
  return lines;
}
function versionText2(view, v) {
  const lines = [terminalLine(`${view.model} ${v.version}${v.stage ? ` (what ${v.stage} runs)` : ""}${view.title ? `: ${view.title}` : ""}`)];
  if (v.summary) lines.push(terminalLine(`  ${v.summary.replace(/\s+/g, " ").trim()}`));
  lines.push("");
  if (v.created) lines.push(terminalLine(`created:        ${v.created}`));
  lines.push(terminalLine(`stages:         ${v.stages.join(", ") || "in none"}`));
  if (v.deprecated !== void 0) lines.push(terminalLine(`deprecated:     ${v.deprecated || "yes"}`));
  if (view.owners.length) lines.push(terminalLine(`owners:         ${view.owners.join(", ")}`));
  lines.push("");
  const columns = [];
  if (v.production && v.production !== v.version) columns.push({ key: "production", label: `vs ${v.productionStage} ${v.production}` });
  if (v.previous && v.previous !== v.production) columns.push({ key: "previous", label: `vs previous ${v.previous}` });
  const against = v.production === v.version ? ` (this version runs in ${v.productionStage})` : v.production ? "" : ` (no version runs in ${v.productionStage} yet)`;
  lines.push(terminalLine(`metrics${against}:`));
  if (v.metrics.length === 0) lines.push("  none");
  else
    lines.push(
      ...textTable(
        ["metric", v.version, ...columns.map((c) => c.label)],
        metricRows(
          v.metrics,
          columns.map((c) => c.key)
        )
      )
    );
  lines.push("", "lineage:");
  const rows = [];
  for (const p of v.lineage.parents) {
    const what = p.model !== void 0 ? `${p.model} ${p.version ?? ""}`.trim() : `${p.uri ?? ""}${p.revision ? ` @ ${p.revision}` : ""}`;
    rows.push(["parent", `${what}${p.relation ? ` (${p.relation})` : ""}`]);
  }
  for (const d of v.lineage.datasets)
    rows.push(["dataset", `${d.name}${d.version ? ` ${d.version}` : ""}${d.role ? ` (${d.role})` : ""}${d.uri ? `  ${d.uri}` : ""}`]);
  if (v.lineage.code)
    rows.push(["code", `${v.lineage.code.repo} ${v.lineage.code.commit.slice(0, 12)}${v.lineage.code.path ? ` ${v.lineage.code.path}` : ""}`]);
  if (rows.length === 0) lines.push("  none recorded");
  else
    lines.push(
      ...textTable(["from", "what"], rows).slice(2).map((l) => `  ${l}`)
    );
  lines.push("", "artifacts:");
  if (v.artifacts.length === 0) lines.push("  none listed in its card");
  for (const a of v.artifacts) {
    lines.push(terminalLine(`  ${a.name}  ${a.size === void 0 ? "size unknown" : formatDecimalSize(a.size)}  sha256 ${a.sha256 ?? "unknown"}`));
    if (a.stored) lines.push(terminalLine(`    ${a.stored}`));
  }
  return lines;
}
function firstParagraph(text2) {
  return text2.trim().split(/\n\s*\n/)[0].replace(/\s+/g, " ");
}
function shorten2(text2, max = 70) {
  const chars = [...text2.replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// src/cli/completion-script.ts
var entries = () => Object.entries(COMMAND_HELP);
var flags = (help) => [...Object.keys(help.options).map((name) => `--${name}`), "--help"];
var topWords = () => [...new Set(entries().map(([name]) => name.split(" ")[0]))];
var subWords = (top) => entries().flatMap(([name]) => name.startsWith(`${top} `) ? [name.slice(top.length + 1)] : []);
function bashCompletion() {
  const groups = topWords().filter((top) => subWords(top).length > 0);
  const cases = entries().map(([name, help]) => {
    const valued = Object.entries(help.options).filter(([, o]) => o.type === "string").map(([n]) => `--${n}`);
    return `    '${name}') opts='${flags(help).join(" ")}'; valued='${valued.join(" ")}'; models=${help.takesModel ? 1 : 0} ;;`;
  });
  const subs = groups.map((top) => `    ${top}) subs='${subWords(top).join(" ")}' ;;`);
  return `# bash completion for model-registry: source <(model-registry completion bash)
_model_registry_models() {
  local d
  for d in models/*/; do [ -d "$d" ] && d=\${d%/} && printf '%s\\n' "\${d#models/}"; done
}
_model_registry() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd=\${COMP_WORDS[1]}
  local commands='${topWords().join(" ")}' subs='' opts='' valued='' models=0
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$commands help --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${subs.join("\n")}
  esac
  if [ -n "$subs" ]; then
    if [ "$COMP_CWORD" -eq 2 ]; then
      COMPREPLY=($(compgen -W "$subs" -- "$cur"))
      return
    fi
    cmd="$cmd \${COMP_WORDS[2]}"
  fi
  case "$cmd" in
${cases.join("\n")}
    help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
    *) return ;;
  esac
  case " $valued " in *" $prev "*) return ;; esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [ "$models" = 1 ]; then
    COMPREPLY=($(compgen -W "$(_model_registry_models)" -- "$cur"))
  fi
}
complete -o default -F _model_registry model-registry
`;
}
var zshText = (text2) => text2.replace(/[[\]:\\]/g, "\\$&").replace(/'/g, `'\\''`);
function zshCompletion() {
  const described = topWords().map((top) => {
    const help = COMMAND_HELP[top];
    return `    '${top}:${zshText(
      help?.summary ?? subWords(top).map((sub) => `${top} ${sub}`).join(", ")
    )}'`;
  });
  const cases = entries().map(([name, help]) => {
    const specs = Object.entries(help.options).map(([option, o]) => {
      const repeat = o.multiple ? "*" : "";
      const value = o.type === "string" ? `:${zshText(o.arg ?? "value")}:_files` : "";
      return `'${repeat}--${option}[${zshText(o.help)}]${value}'`;
    });
    specs.push("'(-h --help)'{-h,--help}'[this help]'");
    if (help.takesModel) specs.push("'1:model:_model_registry_models'");
    else if (help.rootPositional) specs.push("'1:registry folder:_files -/'");
    else specs.push("'*:file:_files'");
    return `    '${name}') _arguments ${specs.join(" ")} ;;`;
  });
  const subs = topWords().filter((top) => subWords(top).length > 0).map((top) => `    ${top}) subs=(${subWords(top).join(" ")}) ;;`);
  return `#compdef model-registry
# zsh completion for model-registry: source <(model-registry completion zsh), after compinit
_model_registry_models() {
  local -a models
  models=(models/*(N/:t))
  compadd -a models
}
_model_registry() {
  local -a commands subs
  commands=(
${described.join("\n")}
    'help:a command'"'"'s usage, options and example'
  )
  if (( CURRENT == 2 )); then
    _describe command commands
    return
  fi
  local cmd=$words[2]
  case $cmd in
${subs.join("\n")}
  esac
  if (( $#subs )); then
    if (( CURRENT == 3 )); then
      compadd -a subs
      return
    fi
    cmd="$cmd $words[3]"
    shift words
    (( CURRENT-- ))
  fi
  shift words
  (( CURRENT-- ))
  case $cmd in
${cases.join("\n")}
    help) _describe command commands ;;
  esac
}
compdef _model_registry model-registry
`;
}

// src/cli/commands/completion.ts
function completionCommand(argv, io) {
  const { positionals } = parseFlags(argv, "completion");
  const [shell] = positionals;
  if (positionals.length !== 1 || shell !== "bash" && shell !== "zsh")
    throw new UsageError("name the shell: model-registry completion bash, or model-registry completion zsh");
  io.out((shell === "bash" ? bashCompletion() : zshCompletion()).trimEnd());
  return Promise.resolve(0);
}
export {
  addCommand,
  codeownersCommand,
  completionCommand,
  convertMetricsCommand,
  diffCommand,
  downloadCommand,
  exportCommand,
  historyCommand,
  importCommand,
  initCommand,
  listCommand,
  resolveCommand,
  showCommand,
  siteCommand,
  statusCommand
};
