import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelFolders
} from "./chunk-GW4K3VYB.js";
import "./chunk-HVXGKAEQ.js";
import "./chunk-S7NA6TUP.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/workers/check-worker.ts
process.once("message", (job) => {
  process.send?.(checkModelFolders(job), () => process.exit(0));
});
