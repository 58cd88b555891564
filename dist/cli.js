#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-NAT7J3FD.js";
import {
  HELP,
  UsageError
} from "./chunk-FB7TVIBW.js";
import "./chunk-LQK3ML4U.js";

// src/cli/io.ts
var processIo = {
  out: (text) => process.stdout.write(`${text}
`),
  err: (text) => process.stderr.write(`${text}
`),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
};

// src/cli/main.ts
var local = (name) => async () => {
  const m = await import("./chunk-QD7RSHFZ.js");
  return { run: m[name], failureStatus: m.failureStatus };
};
var github = (name) => async () => {
  const m = await import("./chunk-3D2OQ3UV.js");
  return { run: m[name], failureStatus: m.failureStatus };
};
var COMMANDS = {
  validate: local("validateCommand"),
  list: local("listCommand"),
  diff: local("diffCommand"),
  site: local("siteCommand"),
  release: github("releaseCommand"),
  register: github("registerCommand")
};
async function runCli(argv, io = processIo) {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(`model-registry: unknown command ${JSON.stringify(command)}

${HELP}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(HELP);
    return 0;
  }
  const loaded = await load();
  try {
    return await loaded.run(rest, io);
  } catch (error) {
    const status = error instanceof UsageError ? 2 : loaded.failureStatus(error);
    if (status !== void 0) {
      io.err(`model-registry ${command}: ${error.message}`);
      return status;
    }
    const http = httpStatus(error);
    if (http !== void 0) {
      const request = error.request;
      io.err(`model-registry ${command}: GitHub answered HTTP ${http} to ${request?.method ?? ""} ${request?.url ?? ""} (${error.message}) after retrying; nothing half-done was published: run it again to resume`);
      return 1;
    }
    throw error;
  }
}

// src/cli.ts
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`model-registry: internal error (please report it): ${error?.stack ?? String(error)}
`);
    process.exitCode = 2;
  }
);
