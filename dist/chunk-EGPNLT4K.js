import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createSuccessfulDeployment,
  markDeploymentInactive,
  readEnvironmentDeployments,
  readEnvironmentsRunning
} from "./chunk-DXNVTQIC.js";
import "./chunk-4WC46TPL.js";
import "./chunk-SZOKZ5UG.js";
import "./chunk-AZ5A3D2C.js";
import "./chunk-ZQHKJ2T3.js";
import "./chunk-5PI7IBHV.js";
import "./chunk-LQK3ML4U.js";
export {
  createSuccessfulDeployment,
  markDeploymentInactive,
  readEnvironmentDeployments,
  readEnvironmentsRunning
};
