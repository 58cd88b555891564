import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseGtoTag,
  parseTagTrailers
} from "./chunk-42POYOUT.js";
import {
  OWNER_RE,
  isShallow,
  parseStageChanges,
  parseStageLog,
  stageLog
} from "./chunk-BSQHPLGM.js";
import {
  runGit
} from "./chunk-BTEJVRJL.js";
import {
  formatNumber,
  modelMonitoring,
  preciseParse
} from "./chunk-HEELOUZM.js";
import {
  environmentDrift
} from "./chunk-4WC46TPL.js";
import {
  environmentSettings,
  formatDuration,
  isRecord,
  isValidModelName,
  isValidVersion,
  metricNumber,
  own,
  require_semver,
  tagName
} from "./chunk-TSDIAPAP.js";
import {
  RegistryUnreachableError
} from "./chunk-IRJELCYE.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/core/environments/status.ts
function environmentRows(input) {
  const rows = [];
  for (const model of input.models) {
    for (const env of input.environments) {
      const declared = model.stages.get(env.stage);
      if (!input.running) {
        if (declared || input.all)
          rows.push({
            model: model.name,
            environment: env.name,
            stage: env.stage,
            ...declared ? { declared: declared.version, ...declared.since ? { declaredSince: declared.since } : {} } : {}
          });
        continue;
      }
      const running = input.running.get(model.name)?.get(env.name) ?? {};
      if (!declared && running.version === void 0 && !input.all) continue;
      rows.push(
        environmentDrift({ model: model.name, environment: env.name, stage: env.stage, declared, running, now: input.now, maxDriftMs: input.maxDriftMs })
      );
    }
  }
  return rows;
}
function isDrift(row) {
  return "matches" in row;
}

// src/core/audit/audit-rules.ts
var AUDIT_RULES = {
  "monitor-breached": {
    severity: "error",
    summary: "A stage's version's newest observation of a metric is outside its monitor: below min, above max, or worse than registered by more than max_drop."
  },
  "monitor-silent": { severity: "warning", summary: "A stage runs a version with no observation for longer than max_silence." },
  "retrain-overdue": { severity: "warning", summary: "A model's newest version (by its card's created) is older than retrain_after." },
  "deprecated-in-stage": { severity: "warning", summary: "A stage runs a version that model.yaml deprecates." },
  "stage-unreleased": { severity: "warning", summary: "A stage runs a version that has no release tag." },
  "environment-drift": { severity: "error", summary: "An environment has run another version than its stage declares for longer than max_drift." },
  "production-card-incomplete": { severity: "warning", summary: "A model in production without owners, a licence or an intended use in model.yaml." }
};
var AUDIT_RULE_IDS = Object.keys(AUDIT_RULES);

// src/core/audit/finding.ts
function finding(rule, model, file, message, subject, extra = {}) {
  return {
    rule,
    severity: AUDIT_RULES[rule].severity,
    model,
    file,
    ...extra.line !== void 0 ? { line: extra.line } : {},
    message,
    key: JSON.stringify([rule, model, ...subject]),
    ...extra.version !== void 0 ? { version: extra.version } : {},
    ...extra.stage !== void 0 ? { stage: extra.stage } : {},
    ...extra.metric !== void 0 ? { metric: extra.metric } : {}
  };
}
function compareFindings(a, b) {
  const order = (f) => f.severity === "error" ? 0 : 1;
  const text = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return order(a) - order(b) || text(a.model, b.model) || text(a.rule, b.rule) || text(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || text(a.key, b.key);
}

// src/core/audit/monitor-findings.ts
function monitorFindings({ registry, model, monitoring, stages, observations }) {
  if (monitoring.metrics.size === 0 || observations.length === 0) return [];
  const running = new Set(stages.values());
  const newest = /* @__PURE__ */ new Map();
  for (const o of observations) {
    if (!monitoring.metrics.has(o.metric) || running.size > 0 && !running.has(o.version)) continue;
    const key = JSON.stringify([o.version, o.metric, o.segment ?? null, o.environment ?? null]);
    const seen = newest.get(key);
    if (!seen || Date.parse(o.time) >= Date.parse(seen.time)) newest.set(key, o);
  }
  const findings = [];
  for (const o of newest.values()) {
    const bounds = monitoring.metrics.get(o.metric);
    const breaches = [];
    if (bounds.min !== void 0 && o.value < bounds.min) breaches.push(`below min ${formatNumber(bounds.min)} by ${formatNumber(bounds.min - o.value)}`);
    if (bounds.max !== void 0 && o.value > bounds.max) breaches.push(`above max ${formatNumber(bounds.max)} by ${formatNumber(o.value - bounds.max)}`);
    const direction = registry.settings.metrics[o.metric]?.direction;
    const registered = registeredValue(model, o.version, o.metric);
    if (bounds.max_drop !== void 0 && direction && registered !== void 0) {
      const drop = direction === "higher" ? registered - o.value : o.value - registered;
      if (drop > bounds.max_drop)
        breaches.push(
          `${formatNumber(drop)} worse than the registered ${formatNumber(registered)}, more than max_drop ${formatNumber(bounds.max_drop)} (by ${formatNumber(drop - bounds.max_drop)})`
        );
    }
    if (!breaches.length) continue;
    const where = [o.segment !== void 0 ? `segment ${o.segment}` : "", o.environment !== void 0 ? `environment ${o.environment}` : ""].filter(Boolean).join(", ");
    findings.push(
      finding(
        "monitor-breached",
        model.name,
        o.file,
        `${o.metric} of ${o.version} was ${formatNumber(o.value)}${where ? ` (${where})` : ""} at ${o.time}: ${breaches.join("; ")}`,
        [o.version, o.metric, o.segment ?? "", o.environment ?? ""],
        { line: o.line, version: o.version, metric: o.metric }
      )
    );
  }
  return findings;
}
function registeredValue(model, version, metric) {
  const metrics = model.versions.get(version)?.metrics?.value;
  return isRecord(metrics) ? metricNumber(own(metrics, metric)) : void 0;
}

// src/core/audit/drift-findings.ts
function driftFindings(rows, stagesFile, maxDrift) {
  const findings = [];
  for (const row of rows) {
    const file = stagesFile(row.model);
    if (!row.exceeded || row.matches || file === void 0) continue;
    const how = row.driftMs === void 0 ? "for an unknown time" : `for ${formatDuration(row.driftMs)}`;
    findings.push(
      finding(
        "environment-drift",
        row.model,
        file,
        `${row.environment} runs ${row.running ?? "nothing"} while ${row.stage} declares ${row.declared ?? "nothing"}, ${how}: longer than max_drift${maxDrift ? ` ${maxDrift}` : ""}; deploy what the stage declares, or change the stage`,
        [row.environment, row.stage, row.declared ?? "", row.running ?? ""],
        { stage: row.stage, ...row.declared ? { version: row.declared } : {} }
      )
    );
  }
  return findings;
}

// src/core/audit/audit.ts
function audit(input) {
  const { registry } = input;
  const nowMs = Date.parse(input.now);
  const findings = [];
  const production = registry.settings.stages.at(-1);
  for (const model of registry.models.values()) {
    const card = model.card?.value;
    const monitoring = modelMonitoring(registry.settingsFile?.value, card);
    const stages = stagesOf(model);
    const deprecated = isRecord(card) && isRecord(own(card, "deprecated_versions")) ? own(card, "deprecated_versions") : {};
    const observations = input.observations.get(model.name) ?? [];
    const stagesFile2 = model.stages?.path ?? `${model.dir}/stages.yaml`;
    findings.push(...monitorFindings({ registry, model, monitoring, stages, observations }));
    if (monitoring.maxSilence) {
      const newest = newestObservationByVersion(observations);
      for (const [version, inStages] of byVersion(stages)) {
        const last = newest.get(version);
        const since = last?.time ?? earliest(inStages.map((s) => input.stageSince?.get(model.name)?.get(s)));
        const silentMs = since === void 0 ? void 0 : nowMs - Date.parse(since);
        if (silentMs !== void 0 && silentMs <= monitoring.maxSilence.ms) continue;
        const where = `${inStages.join(" and ")} ${inStages.length > 1 ? "run" : "runs"} ${version}`;
        const how = last !== void 0 ? `whose newest observation (${last.time}) is ${formatDuration(silentMs)} old` : since !== void 0 ? `with no observation in the ${formatDuration(silentMs)} since ${since}` : "with no observation at all";
        findings.push(
          finding(
            "monitor-silent",
            model.name,
            last?.file ?? stagesFile2,
            `${where}, ${how}: longer than max_silence ${monitoring.maxSilence.text}; check the job that records its observations`,
            [version],
            {
              version,
              ...last ? { line: last.line } : {}
            }
          )
        );
      }
    }
    if (monitoring.retrainAfter) {
      const newest = newestVersion(model);
      if (newest && nowMs - Date.parse(newest.created) > monitoring.retrainAfter.ms) {
        findings.push(
          finding(
            "retrain-overdue",
            model.name,
            newest.file,
            `the newest version, ${newest.version}, was created ${newest.created}, ${formatDuration(nowMs - Date.parse(newest.created))} ago: longer than retrain_after ${monitoring.retrainAfter.text}; retrain and register a new version`,
            [newest.version],
            { version: newest.version }
          )
        );
      }
    }
    for (const [stage, version] of stages) {
      const reason = own(deprecated, version);
      if (typeof reason === "string")
        findings.push(
          finding(
            "deprecated-in-stage",
            model.name,
            stagesFile2,
            `${stage} runs ${version}, which model.yaml deprecates (${reason}): promote another version or demote ${stage}`,
            [stage, version],
            {
              stage,
              version
            }
          )
        );
      if (input.releaseTags && model.versions.has(version)) {
        const tag = tagName(registry.settings, model.name, version);
        if (!input.releaseTags.has(tag))
          findings.push(
            finding(
              "stage-unreleased",
              model.name,
              stagesFile2,
              `${stage} runs ${version}, which has no release (no tag ${tag}): run the release workflow, or check why it failed`,
              [stage, version],
              {
                stage,
                version
              }
            )
          );
      }
    }
    if (production !== void 0 && stages.has(production) && isRecord(card)) {
      const missing = [
        ...ownersOf(card).length ? [] : ["owners"],
        ...nonEmpty(own(card, "license")) ? [] : ["license"],
        ...nonEmpty(own(card, "intended_use")) ? [] : ["intended_use"]
      ];
      if (missing.length)
        findings.push(
          finding(
            "production-card-incomplete",
            model.name,
            model.card.path,
            `${model.name} runs in ${production} without ${missing.join(", ")} in model.yaml: add ${missing.length > 1 ? "them" : "it"}`,
            missing
          )
        );
    }
  }
  const stagesFile = (name) => {
    const model = registry.models.get(name);
    return model && (model.stages?.path ?? `${model.dir}/stages.yaml`);
  };
  findings.push(...driftFindings(input.drift ?? [], stagesFile, input.maxDrift));
  findings.sort(compareFindings);
  const affected = [...new Set(findings.map((f) => f.model))].sort();
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    registry: registry.settings.name,
    now: input.now,
    findings,
    counts: { errors, warnings: findings.length - errors },
    models: affected.map((name) => auditedModel(name, registry.models.get(name)?.card?.value)),
    notes: [...input.notes ?? []]
  };
}
function stagesOf(model) {
  const value = model.stages?.value;
  const out = /* @__PURE__ */ new Map();
  if (isRecord(value)) {
    for (const [stage, version] of Object.entries(value)) if (typeof version === "string") out.set(stage, version);
  }
  return out;
}
function byVersion(stages) {
  const out = /* @__PURE__ */ new Map();
  for (const [stage, version] of stages) out.set(version, [...out.get(version) ?? [], stage]);
  return out;
}
function newestObservationByVersion(observations) {
  const out = /* @__PURE__ */ new Map();
  for (const o of observations) {
    const seen = out.get(o.version);
    if (!seen || Date.parse(o.time) >= Date.parse(seen.time)) out.set(o.version, o);
  }
  return out;
}
function earliest(times) {
  const known = times.filter((t) => t !== void 0 && Number.isFinite(Date.parse(t)));
  return known.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}
function newestVersion(model) {
  let newest;
  for (const entry of model.versions.values()) {
    const card = entry.card?.value;
    const created = isRecord(card) ? own(card, "created") : void 0;
    if (typeof created !== "string" || !Number.isFinite(Date.parse(created))) continue;
    if (!newest || Date.parse(created) > Date.parse(newest.created)) newest = { version: entry.version, created, file: entry.card.path };
  }
  return newest;
}
function nonEmpty(value) {
  return typeof value === "string" && value.trim() !== "";
}
function ownersOf(card) {
  const owners = own(card, "owners");
  return Array.isArray(owners) ? owners.filter((o) => typeof o === "string" && OWNER_RE.test(o)) : [];
}
function auditedModel(name, card) {
  const consumers = [];
  const raw = isRecord(card) ? own(card, "consumers") : void 0;
  for (const c of Array.isArray(raw) ? raw : []) {
    if (!isRecord(c) || typeof c.name !== "string") continue;
    consumers.push({
      name: c.name,
      ...typeof c.owner === "string" && OWNER_RE.test(c.owner) ? { owner: c.owner } : {},
      ...typeof c.contact === "string" ? { contact: c.contact } : {},
      ...typeof c.kind === "string" ? { kind: c.kind } : {}
    });
  }
  return { name, owners: isRecord(card) ? ownersOf(card) : [], consumers };
}

// src/core/stages/status.ts
function stageStatus(registry, history) {
  const order = registry.settings.stages;
  const rank = (stage) => order.includes(stage) ? order.indexOf(stage) : order.length;
  const models = [];
  for (const entry of registry.models.values()) {
    const card = isRecord(entry.card?.value) ? entry.card.value : {};
    const primary = typeof card.primary_metric === "string" ? card.primary_metric : void 0;
    const assigned = isRecord(entry.stages?.value) ? Object.entries(entry.stages.value) : [];
    const events = history.get(entry.name) ?? [];
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
        const { unit, title } = registry.settings.metrics[primary] ?? {};
        status.metric = { name: primary, value, ...unit ? { unit } : {}, ...title ? { title } : {} };
      }
      stages.push(status);
    }
    stages.sort((a, b) => rank(a.stage) - rank(b.stage) || (a.stage < b.stage ? -1 : 1));
    models.push({ name: entry.name, ...primary ? { primaryMetric: primary } : {}, stages });
  }
  return models;
}

// src/core/stages/history.ts
var import_semver = __toESM(require_semver(), 1);
var SEMVER_SOURCE = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?";
var MODEL_SOURCE = "[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?";
function versionTagParser(format) {
  let source = "";
  let modelGroup = 0;
  let versionGroup = 0;
  let groups = 0;
  for (const part of format.split(/(\{model\}|\{version\})/)) {
    if (part === "{model}") source += modelGroup ? `\\${modelGroup}` : `(${MODEL_SOURCE})`;
    else if (part === "{version}") source += versionGroup ? `\\${versionGroup}` : `(${SEMVER_SOURCE})`;
    else source += part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    if (part === "{model}" && !modelGroup) modelGroup = ++groups;
    if (part === "{version}" && !versionGroup) versionGroup = ++groups;
  }
  if (!modelGroup || !versionGroup) return () => void 0;
  const re = new RegExp(`^${source}$`);
  return (name) => {
    const match = re.exec(name);
    return match && isValidVersion(match[versionGroup]) ? { model: match[modelGroup], version: match[versionGroup] } : void 0;
  };
}
function versionInMessage(message) {
  const first = message.split("\n", 1)[0];
  const match = new RegExp(`\\bversion '?v?(${SEMVER_SOURCE})'?\\s*$`).exec(first.trimEnd());
  return match?.[1];
}
function utcDate(date) {
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? void 0 : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function tagChanges(tags, settings) {
  const versionTag = versionTagParser(settings.tag_format);
  const out = [];
  const versionAt = /* @__PURE__ */ new Map();
  const parsed = tags.map((tag) => ({ tag, date: utcDate(tag.date), gto: parseGtoTag(tag.name), version: versionTag(tag.name) }));
  for (const { tag, version, gto } of parsed) {
    const registered = version ?? (gto?.action === "register" && gto.version ? { model: gto.model, version: gto.version } : void 0);
    if (registered) versionAt.set(`${registered.model}
${tag.target}`, registered.version);
  }
  for (const { tag, date, gto, version } of parsed) {
    if (!date) continue;
    const trailers = parseTagTrailers(tag.message);
    const base = { date, tag: tag.name, commit: trailers.changedIn ?? tag.target, seq: gto?.counter ?? 0, ...trailers };
    if (version) {
      out.push({ ...base, op: "register", model: version.model, version: version.version, commit: tag.target });
      continue;
    }
    if (!gto) continue;
    if (gto.action === "register" && gto.version) out.push({ ...base, op: "register", model: gto.model, version: gto.version, commit: tag.target });
    else if (gto.action === "deregister" && gto.version) out.push({ ...base, op: "deprecate", model: gto.model, version: gto.version });
    else if ((gto.action === "assign" || gto.action === "unassign") && gto.stage) {
      const named = versionInMessage(tag.message) ?? versionAt.get(`${gto.model}
${tag.target}`);
      if (named) out.push({ ...base, op: gto.action, model: gto.model, stage: gto.stage, version: named });
    }
  }
  return out;
}
var keyOf = (c) => `${c.op}
${c.model}
${c.stage ?? ""}
${c.version}`;
function logChanges(facts, fromTags) {
  const records = [];
  facts.registrations.forEach((r, i, all) => {
    const date = utcDate(r.date);
    if (date) records.push({ op: "register", model: r.model, version: r.version, date, commit: r.commit, seq: all.length - i });
  });
  facts.deprecations.forEach((r, i, all) => {
    const date = utcDate(r.date);
    if (date) records.push({ op: "deprecate", model: r.model, version: r.version, date, commit: r.commit, reason: r.reason, seq: all.length - i });
  });
  facts.stageChanges.forEach((r, i, all) => {
    const date = utcDate(r.date);
    const version = r.version ?? r.from;
    if (!date || !version) return;
    const op = r.version ? "assign" : "unassign";
    records.push({ op, model: r.model, stage: r.stage, version, from: r.version ? r.from : void 0, date, commit: r.commit, seq: all.length - i });
  });
  const valid = records.filter((r) => isValidVersion(r.version));
  const byKey = /* @__PURE__ */ new Map();
  for (const r of valid) {
    const list = byKey.get(keyOf(r)) ?? [];
    list.push(r);
    byKey.set(keyOf(r), list);
  }
  const unmatched = [];
  for (const tag of fromTags) {
    const candidates = byKey.get(keyOf(tag)) ?? [];
    const same = candidates.find((r) => !r.claimed && r.commit === tag.commit);
    if (same) claim(tag, same);
    else unmatched.push(tag);
  }
  for (const tag of unmatched) {
    const candidates = (byKey.get(keyOf(tag)) ?? []).filter((r) => !r.claimed && Date.parse(r.date) <= Date.parse(tag.date));
    const newest = candidates.sort((a, b) => Date.parse(b.date) - Date.parse(a.date))[0];
    if (newest) claim(tag, newest);
  }
  return valid.filter((r) => !r.claimed);
}
function claim(tag, record) {
  record.claimed = true;
  if (tag.op !== "register") {
    tag.date = record.date;
    tag.commit = record.commit;
  }
  tag.from ??= record.from;
  tag.reason ??= record.reason;
}
var RANK = { registration: 0, demotion: 1, promotion: 2, rollback: 2, deprecation: 3 };
function buildHistory(facts, settings) {
  const fromTags = tagChanges(facts.tags, settings);
  const changes = [...fromTags, ...logChanges(facts, fromTags)];
  const events = [];
  const registered = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.op !== "register") continue;
    const key = `${c.model}
${c.version}`;
    const seen = registered.get(key);
    if (!seen || c.tag && !seen.tag || Boolean(c.tag) === Boolean(seen.tag) && c.date < seen.date) registered.set(key, c);
  }
  for (const c of registered.values()) events.push(eventOf("registration", c));
  const deprecated = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.op !== "deprecate") continue;
    const key = `${c.model}
${c.version}`;
    const seen = deprecated.get(key);
    if (!seen || c.date < seen.date) deprecated.set(key, c);
  }
  for (const c of deprecated.values()) events.push(eventOf("deprecation", c));
  const byStage = /* @__PURE__ */ new Map();
  for (const c of changes) {
    if (c.op !== "assign" && c.op !== "unassign") continue;
    const key = `${c.model}
${c.stage}`;
    const list = byStage.get(key) ?? [];
    list.push(c);
    byStage.set(key, list);
  }
  for (const list of byStage.values()) {
    list.sort((a, b) => cmp(a.date, b.date) || a.seq - b.seq);
    let held;
    for (const c of list) {
      if (c.op === "unassign") {
        events.push(eventOf("demotion", { ...c, from: void 0 }));
        held = void 0;
        continue;
      }
      const before = held ?? c.from;
      held = c.version;
      if (before === c.version) continue;
      const lower = before !== void 0 && isValidVersion(before) && isValidVersion(c.version) && import_semver.default.lt(c.version, before);
      events.push(eventOf(lower ? "rollback" : "promotion", { ...c, from: before }));
    }
  }
  const stageIndex = (stage) => stage === void 0 ? -1 : settings.stages.indexOf(stage);
  events.sort(
    (a, b) => cmp(b.date, a.date) || cmp(a.model, b.model) || RANK[b.kind] - RANK[a.kind] || stageIndex(b.stage) - stageIndex(a.stage) || cmp(a.stage ?? "", b.stage ?? "") || versionCmp(b.version, a.version) || cmp(a.tag ?? "", b.tag ?? "")
  );
  const byModel = /* @__PURE__ */ new Map();
  for (const e of events) {
    const list = byModel.get(e.model) ?? [];
    list.push(e);
    byModel.set(e.model, list);
  }
  return byModel;
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var versionCmp = (a, b) => isValidVersion(a) && isValidVersion(b) ? import_semver.default.compare(a, b) : cmp(a, b);
function eventOf(kind, c) {
  const event = { kind, date: c.date, model: c.model, version: c.version, commit: c.commit };
  if (c.stage !== void 0) event.stage = c.stage;
  if (c.from !== void 0 && (kind === "promotion" || kind === "rollback")) event.from = c.from;
  if (c.pullRequest !== void 0) event.pullRequest = c.pullRequest;
  if (c.approvers?.length) event.approvers = c.approvers;
  if (c.tag !== void 0) event.tag = c.tag;
  if (c.reason !== void 0 && kind === "deprecation") event.reason = c.reason;
  return event;
}
function deprecatedVersionsIn(text) {
  const out = /* @__PURE__ */ new Map();
  if (text === void 0) return out;
  const parsed = preciseParse(text);
  if (!parsed.ok || !isRecord(parsed.value) || !isRecord(parsed.value.deprecated_versions)) return out;
  for (const [version, reason] of Object.entries(parsed.value.deprecated_versions)) {
    if (isValidVersion(version)) out.set(version, typeof reason === "string" ? reason : "");
  }
  return out;
}
function newlyDeprecated(before, after) {
  const was = deprecatedVersionsIn(before);
  return [...deprecatedVersionsIn(after)].filter(([version]) => !was.has(version));
}

// src/core/audit/release-tags.ts
function releaseTagsFor(git, tagFormat, isModel) {
  if (!git.available) return { missing: "no-git" };
  if (git.shallow) return { missing: "shallow" };
  const parseTag = versionTagParser(tagFormat);
  const anyRelease = git.tags.some((name) => {
    const model = parseTag(name)?.model;
    return model !== void 0 && isModel(model);
  });
  return anyRelease ? { tags: new Set(git.tags) } : { missing: "no-release" };
}

// src/adapters/git/registry-history.ts
var EMPTY = { tags: [], stageChanges: [], deprecations: [], registrations: [] };
function readRegistryHistory(root) {
  const stages = stageLog(root);
  if (stages === void 0) return { facts: EMPTY, stageEvents: {}, shallow: false, available: false };
  const facts = {
    tags: readAnnotatedTags(root),
    stageChanges: parseStageChanges(stages),
    deprecations: parseModelCardLog(gitText(root, MODEL_LOG) ?? ""),
    registrations: parseCardAdditions(gitText(root, CARD_ADDITIONS) ?? "")
  };
  return { facts, stageEvents: parseStageLog(stages), shallow: isShallow(root), available: true };
}
function gitText(root, args) {
  const run = runGit(args, { cwd: root });
  return run.error || run.status !== 0 ? void 0 : run.stdout.toString("utf8");
}
var TAG_FORMAT = ["%(refname)", "%(objecttype)", "%(creatordate:iso-strict)", "%(*objectname)", "%(*objecttype)", "%(contents)"].join("%00") + "%00";
var TAG_FIELDS = 6;
function readAnnotatedTags(root) {
  return parseTagRefs(gitText(root, ["for-each-ref", `--format=${TAG_FORMAT}`, "refs/tags"]) ?? "");
}
function parseTagRefs(output) {
  const fields = output.split("\0");
  const out = [];
  for (let i = 0; i + TAG_FIELDS <= fields.length; i += TAG_FIELDS) {
    const [ref, type, date, target, targetType, message] = fields.slice(i, i + TAG_FIELDS);
    const name = ref.replace(/^\n/, "");
    if (!name.startsWith("refs/tags/") || type !== "tag" || targetType !== "commit" || !/^[0-9a-f]{40,64}$/.test(target)) continue;
    out.push({ name: name.slice("refs/tags/".length), date, target, message });
  }
  return out;
}
var MODEL_LOG = [
  "-c",
  "core.quotePath=false",
  "log",
  "--no-color",
  "--no-ext-diff",
  "--no-renames",
  "--format=%x1e%H%x1f%cI",
  "-p",
  "--unified=2000000",
  "--",
  ":(glob)models/*/model.yaml"
];
var MODEL_PATH = /(?:^|\/)models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/model\.yaml$/;
function parseModelCardLog(output) {
  const out = [];
  for (const chunk of output.split("")) {
    const newline = chunk.indexOf("\n");
    if (newline < 0) continue;
    const [commit, date] = chunk.slice(0, newline).split("");
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? "") || !date) continue;
    for (const file of chunk.slice(newline + 1).split(/^diff --git /m).slice(1)) {
      const lines = file.split("\n");
      let model;
      let before = [];
      let after = [];
      let body = false;
      for (const line of lines) {
        if (!body) {
          if (line.startsWith("--- ")) before = line === "--- /dev/null" ? void 0 : before;
          else if (line.startsWith("+++ ")) {
            after = line === "+++ /dev/null" ? void 0 : after;
            model = MODEL_PATH.exec(line.slice(4).replace(/^"|"$/g, ""))?.[1];
          } else if (line.startsWith("@@")) body = true;
          continue;
        }
        if (line.startsWith("@@") || line.startsWith("\\")) continue;
        if (line.startsWith(" ") || line.startsWith("-")) before?.push(line.slice(1));
        if (line.startsWith(" ") || line.startsWith("+")) after?.push(line.slice(1));
      }
      if (!model || !after) continue;
      for (const [version, reason] of newlyDeprecated(before?.join("\n"), after.join("\n"))) out.push({ model, version, commit, date, reason });
    }
  }
  return out;
}
var CARD_ADDITIONS = [
  "-c",
  "core.quotePath=false",
  "log",
  "--no-color",
  "--no-renames",
  "--diff-filter=A",
  "--format=%x1e%H%x1f%cI",
  "--name-only",
  "--",
  ":(glob)models/*/versions/*/card.yaml"
];
var CARD_PATH = /(?:^|\/)models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/versions\/([0-9A-Za-z.+-]+)\/card\.yaml$/;
function parseCardAdditions(output) {
  const out = [];
  for (const chunk of output.split("")) {
    const [head, ...paths] = chunk.split("\n");
    const [commit, date] = head.split("");
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? "") || !date) continue;
    for (const path of paths) {
      const match = CARD_PATH.exec(path.replace(/^"|"$/g, ""));
      if (match) out.push({ model: match[1], version: match[2], commit, date });
    }
  }
  return out;
}

// src/app/read-environments.ts
async function readEnvironments(registry, models, source) {
  const settings = environmentSettings(registry);
  if (settings.environments.length === 0) return { ...settings, read: false, note: "registry.yaml declares no environments" };
  const { repository, token } = source;
  if (!repository) return { ...settings, read: false, note: "no repository given (--repository, or GITHUB_REPOSITORY): the declared side only" };
  const fullName = `${repository.owner}/${repository.repo}`;
  if (!token) return { ...settings, read: false, note: `no token to read the deployments of ${fullName} (GITHUB_TOKEN): the declared side only` };
  const { createGitHubClient, httpStatus } = await import("./chunk-ZSLV6QGD.js");
  const { readEnvironmentsRunning } = await import("./chunk-XYZTTVUU.js");
  const octokit = createGitHubClient(token, source.log);
  try {
    const running = await readEnvironmentsRunning(
      octokit,
      { owner: repository.owner, repo: repository.repo },
      models.filter(isValidModelName),
      settings.environments.map((e) => e.name)
    );
    return { ...settings, read: true, repository: fullName, running };
  } catch (error) {
    const status = httpStatus(error);
    const refused = status === 401 || status === 403 || status === 404;
    if (source.onRefusal === "throw" && !refused) throw error;
    const why = refused ? `GitHub answered HTTP ${status} to reading the deployments of ${fullName}: the token needs deployments: read there` : `the deployments of ${fullName} could not be read (${error.message})`;
    if (source.onRefusal === "throw") throw new RegistryUnreachableError(why);
    return { ...settings, read: false, note: why };
  }
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

export {
  compareFindings,
  driftFindings,
  environmentRows,
  isDrift,
  audit,
  stageStatus,
  buildHistory,
  releaseTagsFor,
  readRegistryHistory,
  readEnvironments,
  clock,
  buildTime
};
