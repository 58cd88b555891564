import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createSuccessfulDeployment,
  markDeploymentInactive,
  readEnvironmentDeployments,
  readEnvironmentsRunning
} from "./chunk-TIYAXJ65.js";
import "./chunk-4WC46TPL.js";
import "./chunk-TSDIAPAP.js";
import "./chunk-FH2UIHD2.js";
import "./chunk-EVLFZUIY.js";
import "./chunk-42CJQNK5.js";
import "./chunk-LQK3ML4U.js";
export {
  createSuccessfulDeployment,
  markDeploymentInactive,
  readEnvironmentDeployments,
  readEnvironmentsRunning
};
