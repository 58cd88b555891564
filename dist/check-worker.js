import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelFolders
} from "./chunk-MYH36YWD.js";
import "./chunk-MPTIOZNZ.js";
import "./chunk-GFVT5YNI.js";
import "./chunk-KIBMBXOT.js";
import "./chunk-VPRRMIUW.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/workers/check-worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort?.postMessage(checkModelFolders(workerData));
