import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelFolders
} from "./chunk-WC7I4LJN.js";
import "./chunk-HEELOUZM.js";
import "./chunk-RVFGOR2F.js";
import "./chunk-4X3IGKZ4.js";
import "./chunk-TSDIAPAP.js";
import "./chunk-42CJQNK5.js";
import "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/workers/check-worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort?.postMessage(checkModelFolders(workerData));
