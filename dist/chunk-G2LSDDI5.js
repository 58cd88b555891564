import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-NAT7J3FD.js";
import {
  GitHubRequestError,
  GitHubUnreachableError
} from "./chunk-IRJELCYE.js";

// src/adapters/github/request-error.ts
function gitHubRequestError(error, rest) {
  if (error instanceof GitHubUnreachableError) return void 0;
  const status = httpStatus(error);
  const request = error?.request;
  if (status === void 0 && !request) return void 0;
  const answer = status === void 0 ? "with a broken connection" : `HTTP ${status}`;
  return new GitHubRequestError(
    `GitHub answered ${answer} to ${request?.method ?? ""} ${request?.url ?? ""} (${error.message.split("\n")[0]})${rest}`
  );
}

export {
  gitHubRequestError
};
