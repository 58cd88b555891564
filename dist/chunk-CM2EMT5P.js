import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readReleaseLinks,
  readRemoteModel
} from "./chunk-R3PM7NHE.js";
import "./chunk-EHOB24VG.js";
import "./chunk-NAT7J3FD.js";
import "./chunk-FH2UIHD2.js";
import "./chunk-EVLFZUIY.js";
import "./chunk-42CJQNK5.js";
import "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";
export {
  readReleaseLinks,
  readRemoteModel
};
