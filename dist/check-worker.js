import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelFolders
} from "./chunk-3TB2HYSJ.js";
import "./chunk-MZPI3LP2.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/check-worker.ts
process.once("message", (job) => {
  process.send?.(checkModelFolders(job), () => process.exit(0));
});
