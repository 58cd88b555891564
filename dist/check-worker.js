import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelFolders
} from "./chunk-PQMC47EG.js";
import "./chunk-CKKNZLQX.js";
import "./chunk-HQ7DWFT2.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/workers/check-worker.ts
process.once("message", (job) => {
  process.send?.(checkModelFolders(job), () => process.exit(0));
});
