import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  plural,
  repositoryPlace,
  validateRegistry
} from "./chunk-BSQHPLGM.js";
import "./chunk-BTEJVRJL.js";
import "./chunk-3XOCLLN2.js";
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
  terminalJson,
  terminalText
} from "./chunk-5ANT45EB.js";
import "./chunk-WC7I4LJN.js";
import "./chunk-HEELOUZM.js";
import "./chunk-RVFGOR2F.js";
import {
  readRegistryDocument
} from "./chunk-4X3IGKZ4.js";
import {
  countBySeverity
} from "./chunk-TSDIAPAP.js";
import "./chunk-EVLFZUIY.js";
import "./chunk-42CJQNK5.js";
import {
  UsageError
} from "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";

// src/core/output/workflow-commands.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function problemCommand(problem, prefix = "") {
  const command = problem.severity === "error" ? "error" : "warning";
  const props = [
    `file=${escapeProperty(terminalText(prefix + problem.file))}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(problem.rule)}`
  ].join(",");
  return `::${command} ${props}::${escapeData(
    problem.message.split("\n").map((line) => terminalText(line)).join("\n")
  )}`;
}

// src/cli/commands/validate.ts
var FORMATS = ["text", "json", "github"];
function parseValidateSettings(argv) {
  const { values, positionals } = parseFlags(argv, "validate");
  if (values.committed && !values.base) throw new UsageError("--committed reviews the commit checked out against --base: give --base too");
  return {
    root: registryRoot("validate", values.root, positionals),
    base: values.base,
    committed: values.committed ?? false,
    format: oneOf("format", values.format, FORMATS, "text")
  };
}
async function validateCommand(argv, io) {
  const settings = parseValidateSettings(argv);
  const { report } = await validateRegistry({ root: settings.root, base: settings.base, head: settings.committed ? "HEAD" : void 0, needRegistry: false });
  if (settings.format === "json") {
    io.out(terminalJson(report));
  } else if (settings.format === "github") {
    for (const problem of report.problems) io.out(problemCommand(problem));
  } else {
    const style = io.color ? ANSI : PLAIN;
    const lines = new SourceLines(settings.root);
    for (const problem of report.problems) io.out(`${formatProblemText(problem, lines.get(problem.file, problem.line), style)}
`);
    const { errors, warnings } = countBySeverity(report.problems);
    const verdict = errors ? style.red(style.bold("\u2717 invalid")) : style.green(style.bold("\u2713 valid"));
    io.out(`${verdict}: ${plural(report.models, "model")}, ${plural(report.versions, "version")}, ${plural(errors, "error")}, ${plural(warnings, "warning")}`);
  }
  if (!settings.base && repositoryPlace(settings.root).inGit) {
    io.err(
      "note: released versions were not compared with the base branch (no --base): to check that none changed, run `model-registry validate --base origin/main`"
    );
  }
  return report.ok ? 0 : 1;
}
var SourceLines = class {
  constructor(root) {
    this.root = root;
  }
  root;
  cache = /* @__PURE__ */ new Map();
  get(file, line) {
    if (!this.cache.has(file)) {
      const bytes = readRegistryDocument(this.root, file);
      const lines = bytes && bytes.length <= 1024 * 1024 && !bytes.includes(0) ? Buffer.from(bytes).toString("utf8").split(/\r?\n/) : void 0;
      this.cache.set(file, lines);
    }
    return this.cache.get(file)?.[line - 1];
  }
};
export {
  parseValidateSettings,
  validateCommand
};
