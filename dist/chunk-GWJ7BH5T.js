import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-HEELOUZM.js";
import {
  __toESM
} from "./chunk-LQK3ML4U.js";

// src/core/import/yaml-document.ts
var import_yaml = __toESM(require_dist(), 1);
var SCHEMA_BASE = "https://raw.githubusercontent.com/model-registry/model-registry/main/schemas";
var QUOTED = /^(?:[0-9a-f]{40}|[0-9a-f]{64}|\d{4}-\d{2}-\d{2}(?:[Tt ].*)?|\d+(?:\.\d+)*)$/;
function registryYaml(value, kind, comment) {
  const doc = new import_yaml.Document(value, { version: "1.2" });
  (0, import_yaml.visit)(doc, {
    Scalar(_key, node) {
      if ((0, import_yaml.isScalar)(node) && typeof node.value === "string" && QUOTED.test(node.value)) node.type = "QUOTE_DOUBLE";
    }
  });
  const lines = comment ? comment.split("\n").map((l) => `# ${l}`.trimEnd()) : [];
  const text = [`# yaml-language-server: $schema=${SCHEMA_BASE}/${kind}.schema.json`, ...lines, doc.toString({ lineWidth: 0, minContentWidth: 0 })].join("\n");
  return new TextEncoder().encode(text);
}

export {
  registryYaml
};
