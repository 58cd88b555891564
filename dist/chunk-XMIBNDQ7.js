import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readReleaseLinks,
  readRemoteModel
} from "./chunk-YWKAUCQ6.js";
import "./chunk-G6FI25FB.js";
import "./chunk-NAT7J3FD.js";
import "./chunk-GRBGX22T.js";
import "./chunk-2MO3Y3TF.js";
import "./chunk-KIBMBXOT.js";
import "./chunk-VPRRMIUW.js";
import "./chunk-LQK3ML4U.js";
export {
  readReleaseLinks,
  readRemoteModel
};
