import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  MAX_RATE_LIMIT_WAIT_SECONDS,
  RETRIES,
  backoff,
  createGitHubClient
} from "./chunk-EHOB24VG.js";
import {
  httpStatus
} from "./chunk-NAT7J3FD.js";
import "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";
export {
  MAX_RATE_LIMIT_WAIT_SECONDS,
  RETRIES,
  backoff,
  createGitHubClient,
  httpStatus
};
