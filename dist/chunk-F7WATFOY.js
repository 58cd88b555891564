import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/text/markdown-escape.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "`": "&#96;",
  "!": "&#33;",
  "\\": "&#92;",
  $: "&#36;"
};
var ZWSP = "\u200B";
function neutraliseBidi(text) {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function mdText(value, maxLength = 500) {
  let text = neutraliseBidi(String(value ?? "").replace(/[\r\n\t]+/g, " ")).replace(CONTROLS, "");
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}\u2026`;
  text = text.replace(/@/g, `@${ZWSP}`).replace(/#/g, `#${ZWSP}`).replace(/(gh)-(?=\d)/gi, `$1-${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
  return text.replace(/[&<>"'|[\]()*_~`!\\$]/g, (c) => ENTITIES[c]);
}
function mdCode(value, maxLength = 200) {
  let text = neutraliseBidi(String(value ?? "").replace(/[\r\n\t]+/g, " ")).replace(CONTROLS, "");
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}\u2026`;
  text = text.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text || " "}${pad}${fence}`;
}
function mdLink(text, url) {
  return `[${text}](${url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})`;
}

export {
  neutraliseBidi,
  mdText,
  mdCode,
  mdLink
};
