import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/fs/write-file.ts
import { closeSync, constants, mkdirSync, openSync, realpathSync, writeSync } from "node:fs";
import { sep } from "node:path";
var WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
function prepareFolder(base, folder, made) {
  if (made.has(folder)) return true;
  mkdirSync(folder, { recursive: true });
  const real = realpathSync(folder);
  if (real !== base && !real.startsWith(base + sep)) return false;
  made.add(folder);
  return true;
}
function outsideMessage(folder, base) {
  return `refusing to write into ${folder}: it leads outside ${base}`;
}
function writeOne(target, data) {
  const fd = openSync(target, WRITE_FLAGS, 420);
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}

export {
  prepareFolder,
  outsideMessage,
  writeOne
};
