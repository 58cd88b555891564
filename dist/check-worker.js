import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelFolders
} from "./chunk-V6NTE6CD.js";
import "./chunk-K6YOJ6X6.js";
import "./chunk-DVNKNSIR.js";
import "./chunk-2B44FNTG.js";
import "./chunk-SZOKZ5UG.js";
import "./chunk-5PI7IBHV.js";
import "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";

// src/adapters/workers/check-worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort?.postMessage(checkModelFolders(workerData));
