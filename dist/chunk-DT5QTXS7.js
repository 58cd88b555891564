import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  terminalText
} from "./chunk-5ANT45EB.js";

// src/core/output/text-format.ts
var PLAIN = { red: (t) => t, yellow: (t) => t, green: (t) => t, bold: (t) => t, dim: (t) => t };
var ANSI = {
  red: (t) => `\x1B[31m${t}\x1B[39m`,
  yellow: (t) => `\x1B[33m${t}\x1B[39m`,
  green: (t) => `\x1B[32m${t}\x1B[39m`,
  bold: (t) => `\x1B[1m${t}\x1B[22m`,
  dim: (t) => `\x1B[2m${t}\x1B[22m`
};
function formatProblemText(problem, sourceLine, style, fileLabel = problem.file) {
  const severity = problem.severity === "error" ? style.red("error") : style.yellow("warning");
  const head = `${style.bold(`${printable(fileLabel)}:${problem.line}:${problem.column}`)}: ${severity}: ${printable(problem.message, 2e3)} ${style.dim(`[${problem.rule}]`)}`;
  if (sourceLine === void 0) return head;
  const shown = printable(sourceLine);
  const gutter = `${problem.line} | `;
  const caretPad = printable(sourceLine.slice(0, Math.max(0, problem.column - 1))).replace(/[^\t]/g, " ");
  return `${head}
${style.dim(gutter)}${shown}
${" ".repeat(gutter.length)}${caretPad}${style.bold("^")}`;
}
function printable(text, max = 200) {
  return terminalText(text.slice(0, max), { keepTabs: true });
}

export {
  PLAIN,
  ANSI,
  formatProblemText
};
