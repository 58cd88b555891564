import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/stages/gto-tags.ts
var NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var DIRNAME = "[a-zA-Z0-9\\-_./]+=";
var SEMVER = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+(?:[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?";
var GTO_TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME})?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?:(?<deprecated>deprecated)|(?<created>created)))(?:#(?<counter>[0-9]+))?$`
);
function parseGtoTag(name) {
  const match = GTO_TAG_RE.exec(name);
  const groups = match?.groups;
  if (!groups) return void 0;
  const counter = groups.counter === void 0 ? void 0 : Number(groups.counter);
  const base = { model: groups.artifact, ...counter === void 0 ? {} : { counter } };
  if (groups.stage !== void 0) return { ...base, action: groups.cancel ? "unassign" : "assign", stage: groups.stage };
  if (groups.version !== void 0) return { ...base, action: groups.cancel ? "deregister" : "register", version: groups.version };
  if (groups.deprecated !== void 0) return { ...base, action: "deprecate" };
  return void 0;
}
function nextCounter(model, tagNames) {
  let highest = 0;
  for (const name of tagNames) {
    const tag = parseGtoTag(name);
    if (tag?.model === model && tag.counter !== void 0 && tag.counter > highest) highest = tag.counter;
  }
  return highest + 1;
}
function stageTagName(model, stage, counter) {
  return `${model}#${stage}#${counter}`;
}
function unassignTagName(model, stage, counter) {
  return `${model}#${stage}!#${counter}`;
}
function deregisterTagName(model, version, counter) {
  return `${model}@v${version}!#${counter}`;
}
function deprecateTagName(model, counter) {
  return `${model}@deprecated#${counter}`;
}
var TRAILER_KEYS = [
  ["pullRequest", "Pull-Request"],
  ["approvers", "Approved-By"],
  ["changedIn", "Changed-In"],
  ["reason", "Reason"]
];
function stageTagMessage(tag, trailers) {
  let first;
  if (tag.action === "assign") first = `Assigning stage ${tag.stage} to artifact ${tag.model} version ${tag.version}`;
  else if (tag.action === "unassign") first = `Unassigning stage '${tag.stage}' to artifact '${tag.model}' version '${tag.version}'`;
  else if (tag.action === "deregister") first = `Deregistering artifact ${tag.model} version ${tag.version}`;
  else if (tag.action === "deprecate") first = `Deprecating artifact '${tag.model}'`;
  else first = `Registering artifact ${tag.model} version ${tag.version}`;
  const lines = [];
  for (const [key, label] of TRAILER_KEYS) {
    const value = trailers[key];
    if (value === void 0 || Array.isArray(value) && value.length === 0) continue;
    const text = Array.isArray(value) ? value.join(", ") : String(value);
    lines.push(`${label}: ${text.replace(/[\r\n]+/g, " ")}`);
  }
  return lines.length ? `${first}

${lines.join("\n")}
` : `${first}
`;
}
function parseTagTrailers(message) {
  const out = {};
  for (const line of message.split("\n")) {
    const match = /^([A-Za-z-]+): (.*)$/.exec(line.trimEnd());
    if (!match) continue;
    const [, label, value] = match;
    if (label === "Pull-Request" && /^[1-9]\d{0,9}$/.test(value)) out.pullRequest = Number(value);
    else if (label === "Approved-By")
      out.approvers = value.split(",").map((s) => s.trim()).filter(Boolean);
    else if (label === "Changed-In" && /^[0-9a-f]{40,64}$/.test(value)) out.changedIn = value;
    else if (label === "Reason") out.reason = value;
  }
  return out;
}

export {
  parseGtoTag,
  nextCounter,
  stageTagName,
  unassignTagName,
  deregisterTagName,
  deprecateTagName,
  stageTagMessage,
  parseTagTrailers
};
