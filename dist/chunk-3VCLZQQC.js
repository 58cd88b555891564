import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createSuccessfulDeployment,
  markDeploymentInactive,
  readEnvironmentDeployments,
  readEnvironmentsRunning
} from "./chunk-6LWWBPIQ.js";
import "./chunk-SCVTTLDF.js";
import "./chunk-GFVT5YNI.js";
import "./chunk-GRBGX22T.js";
import "./chunk-2MO3Y3TF.js";
import "./chunk-KIBMBXOT.js";
import "./chunk-LQK3ML4U.js";
export {
  createSuccessfulDeployment,
  markDeploymentInactive,
  readEnvironmentDeployments,
  readEnvironmentsRunning
};
