import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  environmentRowsOf,
  repositoryOption
} from "./chunk-OTSH5FMT.js";
import {
  audit,
  buildHistory,
  clock,
  isDrift,
  readEnvironments,
  readRegistryHistory,
  releaseTagsFor,
  stageStatus
} from "./chunk-2DIM6KZ2.js";
import "./chunk-42POYOUT.js";
import "./chunk-F7WATFOY.js";
import {
  plural,
  validateForAudit
} from "./chunk-BSQHPLGM.js";
import "./chunk-BTEJVRJL.js";
import "./chunk-3XOCLLN2.js";
import "./chunk-MKY3DIJG.js";
import {
  oneOf,
  parseFlags,
  registryRoot
} from "./chunk-J6ITZTMG.js";
import {
  terminalJson,
  terminalLine,
  terminalLines
} from "./chunk-5ANT45EB.js";
import "./chunk-WC7I4LJN.js";
import "./chunk-HEELOUZM.js";
import "./chunk-RVFGOR2F.js";
import "./chunk-4X3IGKZ4.js";
import "./chunk-4WC46TPL.js";
import "./chunk-TSDIAPAP.js";
import "./chunk-EVLFZUIY.js";
import "./chunk-42CJQNK5.js";
import "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";

// src/app/audit-registry.ts
async function auditRegistry(options) {
  const repository = repositoryOption(options);
  const git = readRegistryHistory(options.root);
  const { registry, report } = await validateForAudit(options.root);
  const notes = [];
  const errors = report.problems.filter((p) => p.severity === "error").length;
  if (errors > 0)
    notes.push(`the registry has ${plural(errors, "validation error")}, its files audited as far as they could be read: run model-registry validate`);
  const history = git.available ? buildHistory(git.facts, registry.settings) : /* @__PURE__ */ new Map();
  const models = stageStatus(registry, history);
  const stageSince = new Map(models.map((m) => [m.name, new Map(m.stages.flatMap((s) => s.since ? [[s.stage, s.since]] : []))]));
  const found = releaseTagsFor(
    { available: git.available, shallow: git.shallow, tags: git.facts.tags.map((t) => t.name) },
    registry.settings.tag_format,
    (name) => registry.models.has(name)
  );
  const releaseTags = found.tags;
  if (found.tags === void 0 && found.missing === "no-git")
    notes.push("not in a git repository: no release check, and silence is counted from observations only");
  else if (found.tags === void 0 && found.missing === "shallow") notes.push("a shallow clone (actions/checkout needs fetch-depth: 0): no release check");
  else if (found.tags === void 0)
    notes.push("no release tag of any model in this clone (the release workflow never ran, or the tags were not fetched): no release check");
  const now = clock().toISOString();
  const readout = await readEnvironments(
    registry,
    models.map((m) => m.name),
    { repository, token: options.token, log: options.log, onRefusal: "note" }
  );
  if (readout.environments.length > 0 && !readout.read && readout.note) notes.push(`environments not read: ${readout.note}`);
  const rows = environmentRowsOf(models, readout, now);
  const observations = /* @__PURE__ */ new Map();
  for (const model of registry.models.values())
    observations.set(
      model.name,
      model.monitoring.flatMap((file) => file.observations)
    );
  return audit({
    registry,
    observations,
    now,
    stageSince,
    ...releaseTags ? { releaseTags } : {},
    ...readout.read ? { drift: rows.filter(isDrift), maxDrift: readout.maxDrift } : {},
    notes
  });
}

// src/core/audit/audit-markdown.ts
function countsText(report) {
  const { errors, warnings } = report.counts;
  if (!errors && !warnings) return "no findings";
  return [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""].filter(Boolean).join(", ");
}

// src/cli/commands/audit.ts
async function auditCommand(argv, io, env = process.env) {
  const { values, positionals } = parseFlags(argv, "audit");
  const format = oneOf("format", values.format, ["text", "json"], "text");
  const report = await auditRegistry({
    root: registryRoot("audit", values.root, positionals),
    repository: values.repository ?? (env.GITHUB_REPOSITORY || void 0),
    token: values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    log: (m) => io.err(terminalLines(m))
  });
  for (const note of report.notes) io.err(terminalLine(`note: ${note}`));
  if (format === "json") io.out(terminalJson(report));
  else {
    for (const f of report.findings)
      io.out(terminalLine(`${f.file}${f.line !== void 0 ? `:${f.line}` : ""}: ${f.severity} ${f.rule} [${f.model}] ${f.message}`));
    io.out(
      terminalLine(`${report.registry}: ${countsText(report)}${report.findings.length ? ` in ${report.models.length} model(s)` : ""} (as of ${report.now})`)
    );
  }
  return report.counts.errors > 0 ? 1 : 0;
}
export {
  auditCommand
};
