import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/text/terminal-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var UNSAFE_BUT_TAB = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escape(c) {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}
function terminalText(text, options = {}) {
  return text.replace(options.keepTabs ? UNSAFE_BUT_TAB : UNSAFE, escape);
}
function terminalLine(line) {
  const safe = terminalText(line, { keepTabs: true });
  return /^\s*(?:::|##\[)/.test(safe) ? safe.replace(/[:#]/, escape) : safe;
}
function terminalLines(text) {
  return text.split("\n").map(terminalLine).join("\n");
}
function terminalJson(value, replacer) {
  return JSON.stringify(value, replacer, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  terminalText,
  terminalLine,
  terminalLines,
  terminalJson
};
