import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readReleaseLinks,
  readRemoteModel
} from "./chunk-UUA4BGR6.js";
import "./chunk-EHOB24VG.js";
import "./chunk-NAT7J3FD.js";
import "./chunk-AZ5A3D2C.js";
import "./chunk-ZQHKJ2T3.js";
import "./chunk-5PI7IBHV.js";
import "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";
export {
  readReleaseLinks,
  readRemoteModel
};
