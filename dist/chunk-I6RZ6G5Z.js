import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  registryYaml
} from "./chunk-GWJ7BH5T.js";
import {
  createNewFile
} from "./chunk-DT7R3CAK.js";
import {
  buildMetricsFile,
  metricNames,
  validateOverlay
} from "./chunk-CZWVBXSR.js";
import {
  parseGtoTag
} from "./chunk-42POYOUT.js";
import "./chunk-F7WATFOY.js";
import {
  runGit
} from "./chunk-BTEJVRJL.js";
import {
  loadRegistry
} from "./chunk-3XOCLLN2.js";
import "./chunk-MKY3DIJG.js";
import {
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
import "./chunk-HEELOUZM.js";
import "./chunk-RVFGOR2F.js";
import {
  readSnapshot
} from "./chunk-4X3IGKZ4.js";
import {
  isRecord,
  isValidModelName,
  isValidStageName,
  require_semver
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
  GitError,
  RegistryWriteError,
  UsageError
} from "./chunk-IRJELCYE.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/app/import-gto.ts
import { rmSync } from "node:fs";
import { join, posix, resolve } from "node:path";

// src/adapters/git/annotated-tags.ts
function git(cwd, args, input) {
  const result = runGit(args, { cwd, input });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed in ${cwd}: ${result.stderr.trim().split("\n")[0]}`);
  return result.stdout;
}
var FORMAT = [
  "%(objecttype)",
  "%(refname:strip=2)",
  "%(*objecttype)",
  "%(*objectname)",
  "%(taggername)",
  "%(taggeremail:trim)",
  "%(taggerdate:unix)",
  "%(taggerdate:iso-strict)",
  "%(contents)"
].join("%00") + "%00%1e";
function readAnnotatedTags(repo) {
  const out = git(repo, ["for-each-ref", `--format=${FORMAT}`, "refs/tags"]).toString("utf8");
  const tags = [];
  for (const record of out.split("\0")) {
    const fields = record.replace(/^\n/, "").split("\0");
    if (fields.length < 9) continue;
    const [type, name, peeled, commit, taggerName, taggerEmail, time, date, message] = fields;
    if (type !== "tag" || peeled !== "commit" || !/^[0-9a-f]{40,64}$/.test(commit)) continue;
    tags.push({ name, commit, taggerName, taggerEmail, time: Number(time), date: date.replace(/\+00:00$/, "Z"), message });
  }
  return tags;
}
function repositoryTopOf(dir) {
  return git(dir, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
}
function readFilesAtCommits(repo, specs) {
  const result = /* @__PURE__ */ new Map();
  if (specs.length === 0) return result;
  const out = git(repo, ["cat-file", "--batch"], `${specs.join("\n")}
`);
  let offset = 0;
  for (const spec of specs) {
    const newline = out.indexOf(10, offset);
    const header = out.subarray(offset, newline).toString("utf8");
    offset = newline + 1;
    const [, type, sizeText] = header.split(" ");
    if (header.endsWith(" missing") || header.endsWith(" ambiguous") || sizeText === void 0) {
      result.set(spec, null);
      continue;
    }
    const size = Number(sizeText);
    result.set(spec, type === "blob" ? out.subarray(offset, offset + size) : null);
    offset += size + 1;
  }
  return result;
}

// src/core/import/gto/model-name.ts
function registryModelName(gtoName) {
  const name = gtoName.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[-_]+|[-_]+$/g, "");
  return MODEL_NAME_RE.test(name) ? name : void 0;
}

// src/core/import/gto/plan.ts
var metricsKey = (artifact, version) => `${artifact}@${version}`;
function planGtoImport(input, snapshot) {
  const plan = { files: [], models: [], notes: [...input.state.notes], problems: [], errors: [] };
  if (!snapshot.entries.some((e) => e.path === REGISTRY_FILE && e.type === "file")) {
    const stages = [...new Set([...input.state.artifacts.values()].flatMap((a) => Object.keys(a.stages)))];
    plan.errors.push(
      `this folder is not a registry (no registry.yaml): run \`model-registry init${stages.length ? ` --stages ${stages.join(",")}` : ""}\` here first, or give the registry folder with --root`
    );
    return plan;
  }
  const registry = loadRegistry(snapshot);
  const exists = new Set(snapshot.entries.map((e) => e.path));
  const names = metricNames(registry);
  const files = /* @__PURE__ */ new Map();
  const byModel = /* @__PURE__ */ new Map();
  for (const artifact of input.state.artifacts.values()) {
    const model = registryModelName(artifact.name);
    if (!model || !isValidModelName(model)) {
      plan.errors.push(
        `GTO artifact ${JSON.stringify(artifact.name)} has no registry name (1 to 64 lowercase letters, digits, '_' or '-'): rename it in GTO first`
      );
      continue;
    }
    const other = byModel.get(model);
    if (other !== void 0) {
      plan.errors.push(
        `GTO artifacts ${JSON.stringify(other)} and ${JSON.stringify(artifact.name)} would both be the registry model ${model}: rename one in GTO first`
      );
      continue;
    }
    byModel.set(model, artifact.name);
    if (artifact.versions.length === 0) {
      plan.notes.push(`${artifact.name}: no registered version (only stage tags or deprecations), nothing to import`);
      continue;
    }
    plan.models.push(importModel(artifact, model, registry, input, names, exists, files, plan.notes));
  }
  if (plan.models.some((m) => m.newModel) && input.owners.length === 0) {
    plan.errors.push("new models need owners: give --owner @org/team (or list the registry's maintainers in registry.yaml)");
  }
  if (plan.errors.length) return plan;
  plan.files = [...files].map(([path, bytes]) => ({ path, bytes }));
  if (files.size === 0) return plan;
  plan.problems.push(...validateOverlay(snapshot, files).problems);
  if (plan.problems.some((p) => p.severity === "error"))
    plan.errors.push("the imported files would not pass the registry's checks (the problems above): nothing was written");
  return plan;
}
function importModel(artifact, model, registry, input, names, exists, files, notes) {
  const newModel = !exists.has(modelFile(model));
  const out = { gto: artifact.name, model, newModel, added: [], kept: [], stages: {}, deprecated: {} };
  if (model !== artifact.name) notes.push(`GTO artifact ${artifact.name} is the registry model ${model}`);
  for (const version of artifact.versions) {
    const dir = versionDir(model, version.version);
    if (exists.has(`${dir}/${CARD_FILE}`) || exists.has(dir)) {
      out.kept.push(version.version);
      continue;
    }
    out.added.push(version.version);
    const metrics = metricsFile(artifact, version, input.metrics, names, notes);
    files.set(`${dir}/${CARD_FILE}`, versionCard(artifact, version, metrics.stats));
    files.set(`${dir}/${metrics.name}`, metrics.bytes);
  }
  for (const version of artifact.versions) {
    if (version.deregistered) out.deprecated[version.version] = reason(version.deregistered.message, `Deregistered in GTO (${version.deregistered.name}).`);
    else if (artifact.deprecated) out.deprecated[version.version] = reason(artifact.deprecated.message, `Deprecated in GTO (${artifact.deprecated.name}).`);
  }
  if (!artifact.deprecated) {
    for (const [stage, version] of Object.entries(artifact.stages)) {
      if (isValidStageName(stage)) out.stages[stage] = version;
      else
        notes.push(`${artifact.name}: GTO stage ${JSON.stringify(stage)} is not a registry stage name (lowercase letters, digits, '_' or '-'): not imported`);
    }
  }
  if (newModel) {
    const card = {
      name: model,
      description: `Imported from the GTO artifact \`${artifact.name}\`: its versions, stages and deprecations as GTO's annotated tags recorded them.`,
      owners: [...input.owners]
    };
    if (Object.keys(out.deprecated).length) card.deprecated_versions = out.deprecated;
    card["x-gto-artifact"] = artifact.name;
    files.set(modelFile(model), registryYaml(card, "model"));
    if (Object.keys(out.stages).length) files.set(`models/${model}/${STAGES_FILE}`, registryYaml(out.stages, "stages"));
  } else {
    notes.push(...differences(model, out, registry.models.get(model)));
  }
  return out;
}
function differences(model, out, entry) {
  const notes = [];
  const card = entry?.card?.value;
  const deprecated = isRecord(card) && isRecord(card.deprecated_versions) ? card.deprecated_versions : {};
  for (const [version, why] of Object.entries(out.deprecated)) {
    if (!Object.hasOwn(deprecated, version))
      notes.push(
        `${model} ${version} is deprecated in GTO, not in model.yaml, which is left as it is: model-registry deprecate ${model}@${version} --reason ${JSON.stringify(why)}`
      );
  }
  const value = entry?.stages?.value;
  const stages = isRecord(value) ? value : {};
  for (const [stage, version] of Object.entries(out.stages)) {
    if (stages[stage] !== version)
      notes.push(`${model}: GTO puts ${version} in ${stage}; stages.yaml is left to a promotion: model-registry promote ${model}@${version} --to ${stage}`);
  }
  for (const [stage, version] of Object.entries(stages)) {
    if (!Object.hasOwn(out.stages, stage))
      notes.push(`${model}: GTO has nothing in ${stage}, stages.yaml has ${String(version)}: model-registry demote ${model} --from ${stage}`);
  }
  return notes;
}
function reason(message, fallback) {
  const text = message.trim();
  return text === "" ? fallback : text;
}
function versionCard(artifact, version, stats) {
  const tag = version.registered;
  const firstLine = tag.message.trim().split("\n")[0].trim();
  const summary = (firstLine.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").slice(0, 300) || `Registered in GTO as ${tag.name}.`).trim();
  const card = {
    version: version.version,
    created: tag.date,
    summary
  };
  if (tag.message.trim().includes("\n")) card.description = tag.message.trim();
  if (Object.keys(stats).length) card.training = { stats };
  card["x-gto-artifact"] = artifact.name;
  card["x-gto-tag"] = tag.name;
  card["x-gto-commit"] = version.commit;
  card["x-gto-registered-by"] = tag.taggerEmail ? `${tag.taggerName} <${tag.taggerEmail}>` : tag.taggerName;
  return registryYaml(card, "card");
}
function metricsFile(artifact, version, metrics, names, notes) {
  const found = metrics?.get(metricsKey(artifact.name, version.version));
  if (!found) {
    if (metrics)
      notes.push(`${artifact.name} ${version.version}: no metrics file at its commit ${version.commit.slice(0, 7)}; imported without metrics (no-metrics)`);
    return {
      name: "metrics.yaml",
      stats: {},
      bytes: registryYaml(
        {},
        "metrics",
        `No metrics: GTO's tag ${version.registered.name} records none.
Write the evaluation here when there is one (model-registry validate warns until then: no-metrics).`
      )
    };
  }
  const name = /\.json$/i.test(found.path) ? "metrics.json" : "metrics.yaml";
  const built = buildMetricsFile({ source: found.source, bytes: found.bytes }, name, names);
  if (built.changes.length) notes.push(`${artifact.name} ${version.version}: ${found.source} converted: ${built.changes.join("; ")}`);
  return { name, bytes: built.bytes, stats: built.stats };
}

// src/core/stages/gto-state.ts
var import_semver = __toESM(require_semver(), 1);
var KIND = { deprecate: "artifact", register: "version", deregister: "version", assign: "stage", unassign: "stage" };
function readGtoState(tags) {
  const notes = [];
  const works = /* @__PURE__ */ new Map();
  const work = (name) => {
    let w = works.get(name);
    if (!w) works.set(name, w = { name, versions: /* @__PURE__ */ new Map(), vstages: /* @__PURE__ */ new Map(), deprecations: [], times: [] });
    return w;
  };
  const parsed = tags.map((tag) => ({ tag, gto: parseGtoTag(tag.name) })).filter((t) => t.gto !== void 0).sort((a, b) => a.tag.time - b.tag.time || (a.tag.name < b.tag.name ? -1 : a.tag.name > b.tag.name ? 1 : 0));
  for (const kind of ["artifact", "version", "stage"]) {
    for (const { tag, gto } of parsed) {
      if (KIND[gto.action] !== kind) continue;
      const w = work(gto.model.replace(/=/g, ":"));
      if (gto.action === "deprecate") {
        w.deprecations.push(tag);
        w.times.push(tag.time);
      } else if (gto.action === "register" || gto.action === "deregister") {
        const version = gto.version;
        let v = w.versions.get(version);
        if (!v) w.versions.set(version, v = { version, commit: tag.commit, events: [] });
        else if (v.commit !== tag.commit)
          notes.push(`${tag.name} points at ${tag.commit.slice(0, 7)}, not at ${version}'s commit ${v.commit.slice(0, 7)}: read as ${version}'s`);
        v.events.push({ tag, add: gto.action === "register" });
        w.times.push(tag.time);
      } else {
        const at = [...w.versions.values()].filter((v) => v.commit === tag.commit);
        if (at.length !== 1) {
          notes.push(
            at.length === 0 ? `${tag.name} assigns a commit (${tag.commit.slice(0, 7)}) where no version of ${w.name} is registered: the registry has no version to put in stage ${gto.stage}, skipped` : `${tag.name} points at a commit where ${at.map((v) => v.version).join(" and ")} are registered: GTO refuses such a repository (ManyVersions), skipped`
          );
          continue;
        }
        const key = `${at[0].version}/${gto.stage}`;
        let s = w.vstages.get(key);
        if (!s) w.vstages.set(key, s = { version: at[0].version, stage: gto.stage, events: [] });
        s.events.push({ tag, add: gto.action === "assign" });
        w.times.push(tag.time);
      }
    }
  }
  const artifacts = /* @__PURE__ */ new Map();
  for (const w of [...works.values()].sort((a, b) => a.name < b.name ? -1 : 1)) artifacts.set(w.name, artifactOf(w));
  return { artifacts, notes };
}
function latest(events) {
  return events.at(-1);
}
function artifactOf(w) {
  const versions = [];
  const active = /* @__PURE__ */ new Set();
  for (const v of w.versions.values()) {
    const registered = v.events.find((e) => e.add);
    if (!registered) continue;
    const last = latest(v.events);
    versions.push({ version: v.version, commit: v.commit, registered: registered.tag, ...last.add ? {} : { deregistered: last.tag } });
    if (last.add) active.add(v.version);
  }
  versions.sort((a, b) => import_semver.default.compare(a.version, b.version));
  const best = /* @__PURE__ */ new Map();
  for (const s of w.vstages.values()) {
    if (!active.has(s.version)) continue;
    const last = latest(s.events);
    if (!last.add) continue;
    const held = best.get(s.stage);
    if (!held || last.tag.time > held.time || last.tag.time === held.time && import_semver.default.gt(s.version, held.version))
      best.set(s.stage, { version: s.version, time: last.tag.time });
  }
  const stages = {};
  for (const [stage, held] of [...best].sort(([a], [b]) => a < b ? -1 : 1)) stages[stage] = held.version;
  const deprecation = latest(w.deprecations.map((tag) => ({ tag })))?.tag;
  const deprecated = deprecation && w.times.every((t) => t <= deprecation.time) && w.times.filter((t) => t === deprecation.time).length === 1 ? deprecation : void 0;
  return { name: w.name, versions, stages, ...deprecated ? { deprecated } : {} };
}

// src/app/import-gto.ts
function importGto(options) {
  const root = resolve(options.cwd, options.root);
  const top = repositoryTopOf(resolve(options.cwd, options.repo));
  const state = readGtoState(readAnnotatedTags(top));
  const snapshot = readSnapshot(root);
  let owners = options.owners;
  if (owners.length === 0) {
    const settings = loadRegistry(snapshot).settingsFile?.value;
    if (isRecord(settings) && Array.isArray(settings.maintainers)) owners = settings.maintainers.filter((m) => typeof m === "string");
  }
  let metrics;
  if (options.metricsPath !== void 0) {
    const path = metricsPathInRepo(options.metricsPath);
    const specs = /* @__PURE__ */ new Map();
    for (const artifact of state.artifacts.values()) for (const v of artifact.versions) specs.set(metricsKey(artifact.name, v.version), `${v.commit}:${path}`);
    const read = readFilesAtCommits(top, [...new Set(specs.values())]);
    metrics = /* @__PURE__ */ new Map();
    for (const [key, spec] of specs) {
      const bytes = read.get(spec);
      metrics.set(key, bytes ? { source: spec.slice(0, 7) + spec.slice(spec.indexOf(":")), path, bytes } : null);
    }
  }
  const plan = planGtoImport({ state, owners, metrics }, snapshot);
  if (plan.errors.length || options.dryRun) return { plan, written: [] };
  return { plan, written: write(root, plan) };
}
function metricsPathInRepo(given) {
  const path = posix.normalize(given.replace(/\\/g, "/")).replace(/^\.\//, "");
  if (/[\n\r\0]/.test(given) || path === "." || path.startsWith("/") || path === ".." || path.startsWith("../")) {
    throw new UsageError(
      `--metrics-path must be a file's path from the GTO repository's top, such as metrics.json or models/churn/metrics.json (got ${JSON.stringify(given)})`
    );
  }
  return path;
}
function write(root, plan) {
  const written = [];
  try {
    for (const file of plan.files) {
      if (!createNewFile(root, file.path, file.bytes)) throw new RegistryWriteError(`${file.path} appeared while importing: nothing was overwritten`);
      written.push(file.path);
    }
  } catch (error) {
    for (const path of written) rmSync(join(root, path), { force: true });
    throw error;
  }
  return written;
}

// src/cli/commands/import-gto.ts
var USAGE = "usage: model-registry import gto [--repo DIR] [--root DIR] [--owner @ORG/TEAM ...] [--metrics-path PATH] [--dry-run]";
function importGtoCommand(argv, io) {
  const { values, positionals } = parseFlags(argv, "import gto");
  if (positionals.length) throw new UsageError(`unexpected ${JSON.stringify(positionals[0])}: ${USAGE}`);
  const owners = (values.owner ?? []).flatMap((o) => o.split(/[\s,]+/)).filter(Boolean);
  const dryRun = values["dry-run"] === true;
  const { plan, written } = importGto({
    repo: values.repo ?? ".",
    root: values.root ?? ".",
    owners,
    metricsPath: values["metrics-path"],
    dryRun,
    cwd: process.cwd()
  });
  const style = io.color ? ANSI : PLAIN;
  for (const note of plan.notes) io.err(terminalLines(`note: ${note}`));
  const decoder = new TextDecoder();
  const planned = new Map(plan.files.map((f) => [f.path, decoder.decode(f.bytes).split(/\r?\n/)]));
  for (const problem of plan.problems) io.err(`${formatProblemText(problem, planned.get(problem.file)?.[problem.line - 1], style)}
`);
  if (plan.errors.length) {
    io.err(terminalLines(plan.errors.map((e) => `model-registry import gto: ${e}`).join("\n")));
    return Promise.resolve(1);
  }
  const lines = [];
  for (const m of plan.models) {
    const parts = [m.added.length ? `${m.added.length} new version${m.added.length === 1 ? "" : "s"} (${m.added.join(", ")})` : "no new version"];
    if (m.kept.length) parts.push(`${m.kept.length} already here`);
    if (m.newModel) {
      const stages = Object.entries(m.stages).map(([s, v]) => `${s}: ${v}`);
      if (stages.length) parts.push(`stages ${stages.join(", ")}`);
      const deprecated = Object.keys(m.deprecated);
      if (deprecated.length) parts.push(`deprecated ${deprecated.join(", ")}`);
    }
    lines.push(`${m.model}${m.model !== m.gto ? ` (GTO ${m.gto})` : ""}${m.newModel ? " (a new model)" : ""}: ${parts.join("; ")}`);
  }
  if (lines.length === 0) lines.push("no GTO artifact with a registered version: nothing to import");
  const files = dryRun ? plan.files.map((f) => f.path) : written;
  const verb = dryRun ? "would write" : "wrote";
  lines.push(files.length ? `${verb} ${files.length} file${files.length === 1 ? "" : "s"}:` : "nothing new to write", ...files.map((p) => `  ${p}`));
  if (!dryRun && files.length) lines.push("", "Next: model-registry validate, then commit the new files and open a pull request.");
  io.out(terminalLines(lines.join("\n")));
  return Promise.resolve(0);
}
export {
  importGtoCommand
};
