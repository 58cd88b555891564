#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-NAT7J3FD.js";
import {
  HELP,
  UsageError,
  terminalLines
} from "./chunk-L4RBJLS2.js";
import "./chunk-LQK3ML4U.js";

// src/cli/io.ts
var write = (stream, text) => {
  if (!stream.destroyed) stream.write(`${text}
`);
};
var processIo = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
};
function ignoreClosedPipes() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
}

// src/cli/main.ts
var local = (name) => async () => {
  const m = await import("./chunk-KPAQ5GHS.js");
  return { run: m[name], failureStatus: m.failureStatus };
};
var github = (name) => async () => {
  const m = await import("./chunk-YVGMMDI5.js");
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
      io.err(terminalLines(`model-registry ${command}: ${error.message}`));
      return status;
    }
    const http = httpStatus(error);
    if (http !== void 0) {
      const request = error.request;
      const next = rest.includes("--dry-run") ? "nothing was written (a dry run): run it again later" : "nothing half-done was published: run it again to resume";
      io.err(`model-registry ${command}: GitHub answered HTTP ${http} to ${request?.method ?? ""} ${request?.url ?? ""} (${error.message.split("\n")[0]}) after retrying; ${next}`);
      return 1;
    }
    throw error;
  }
}

// src/cli.ts
ignoreClosedPipes();
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
