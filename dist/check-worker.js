import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelFolders
} from "./chunk-E6QNFPJS.js";
import "./chunk-JZWNMCSN.js";
import "./chunk-FX2ZAUGK.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/workers/check-worker.ts
process.once("message", (job) => {
  process.send?.(checkModelFolders(job), () => process.exit(0));
});
