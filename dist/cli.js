#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  gitHubRequestError
} from "./chunk-G2LSDDI5.js";
import {
  ANSI
} from "./chunk-DT5QTXS7.js";
import {
  COMMAND_HELP,
  commandHelpOf,
  terminalLines
} from "./chunk-5ANT45EB.js";
import {
  didYouMean
} from "./chunk-RVFGOR2F.js";
import "./chunk-NAT7J3FD.js";
import {
  RegistryError
} from "./chunk-IRJELCYE.js";
import "./chunk-LQK3ML4U.js";

// src/cli/io.ts
function colorFor(stream, env = process.env) {
  if (env.FORCE_COLOR !== void 0) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR || env.TERM === "dumb") return false;
  return Boolean(stream.isTTY);
}
var write = (stream, text) => {
  if (!stream.destroyed) stream.write(`${text}
`);
};
var yellowWarnings = (text) => text.replace(/^warning:.*$/gm, (line) => ANSI.yellow(line));
var outColor = colorFor(process.stdout);
var errColor = colorFor(process.stderr);
var processIo = {
  out: (text) => write(process.stdout, outColor ? yellowWarnings(text) : text),
  err: (text) => write(process.stderr, errColor ? yellowWarnings(text) : text),
  color: outColor,
  errColor,
  terminal: Boolean(process.stdout.isTTY)
};
function ignoreClosedPipes() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
}

// src/cli/usage.ts
var WIDTH = 80;
function globalUsage() {
  const names = Object.keys(COMMAND_HELP);
  const pad = Math.max(...names.map((n) => n.length)) + 2;
  const lines = [
    "model-registry: a GitHub-native registry for machine-learning models",
    "",
    "usage: model-registry <command> [options]",
    "",
    "Commands:",
    ...names.map((name) => wrap(commandHelpOf(name).summary, `  ${name.padEnd(pad)}`, " ".repeat(pad + 2))),
    "",
    "Options:",
    "  -h, --help     this help; `model-registry <command> --help` (or `model-registry help <command>`) for a command",
    "  -V, --version  the version",
    "",
    "Exit status: 0 ok (warnings allowed), 1 problems found or refused, 2 usage error or unreadable input.",
    "Every command and option, with examples: docs/cli.md."
  ];
  return lines.join("\n");
}
function commandUsage(name, words = []) {
  const sub = words[0] !== void 0 && commandHelpOf(`${name} ${words[0]}`) ? `${name} ${words[0]}` : void 0;
  if (sub !== void 0 || commandHelpOf(name)) return page(sub ?? name);
  const subs = Object.keys(COMMAND_HELP).filter((key) => key.startsWith(`${name} `));
  return subs.length ? subs.map(page).join(`

${"-".repeat(WIDTH)}

`) : void 0;
}
function page(name) {
  const help2 = commandHelpOf(name);
  const [first, ...more] = help2.usage;
  const lines = [`usage: model-registry ${first}`, ...more.map((line) => `       model-registry ${line}`), "", wrap(help2.about, "", ""), ""];
  const rows = optionRows(help2);
  const pad = Math.min(28, Math.max(...rows.map(([flag]) => flag.length)) + 2);
  lines.push("Options:");
  for (const [flag, text] of rows) {
    const head = `  ${flag}`;
    lines.push(
      head.length + 1 > pad + 2 ? `${head}
${wrap(text, " ".repeat(pad + 2), " ".repeat(pad + 2))}` : wrap(text, `  ${flag.padEnd(pad)}`, " ".repeat(pad + 2))
    );
  }
  lines.push("", help2.examples.length > 1 ? "Examples:" : "Example:", ...help2.examples.map((e) => `  ${e}`));
  return lines.join("\n");
}
function optionRows(help2) {
  const rows = Object.entries(help2.options).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : ""}--${name}${option.arg ? ` ${option.arg}` : ""}`,
    option.help
  ]);
  return [...rows, ["-h, --help", "this help"]];
}
function unknownCommand(command, commands) {
  return `model-registry: unknown command ${JSON.stringify(command)}${didYouMean(command, commands)}; see \`model-registry --help\` for the commands`;
}
function wrap(text, first, rest) {
  const lines = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

// package.json
var package_default = {
  name: "model-registry",
  version: "0.1.0",
  description: "A GitHub-native registry for machine-learning models: versioned model cards with lineage and metrics, validated on pull requests, released as GitHub Releases, browsable as a static catalogue.",
  type: "module",
  license: "MIT",
  private: true,
  bin: {
    "model-registry": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    start: "node dist/cli.js validate --root registry-template && node dist/cli.js list --root registry-template && node dist/cli.js site --root registry-template --out site-out",
    test: "node scripts/prepare-tests.mjs && tsc --noEmit && npm run format:check && npm run lint && npm run knip && vitest run",
    build: "node scripts/gen-types.mjs && node scripts/gen-validators.mjs && node scripts/build.mjs",
    "gen:types": "node scripts/gen-types.mjs && node scripts/gen-validators.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint --cache --cache-strategy content --cache-location node_modules/.cache/eslint/ .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    knip: "knip",
    bench: "node bench/run.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    bottleneck: "^2.19.5",
    "js-yaml": "^4.3.2",
    "markdown-it": "^15.0.3",
    semver: "^7.8.6",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@octokit/openapi": "^23.0.2",
    "@types/js-yaml": "^4.0.9",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    "ajv-cli": "^5.0.0",
    "axe-core": "^4.14.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.11.0",
    globals: "^17.14.0",
    "json-schema-to-typescript": "^16.0.0",
    knip: "^6.44.2",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0",
    vite: "8.3.8",
    vitest: "4.1.12"
  },
  allowScripts: {
    esbuild: false
  }
};

// src/cli/main.ts
var local = (name) => async () => (await import("./chunk-Q5CREORD.js"))[name];
var github = (name) => async () => (await import("./chunk-FLMJMJZV.js"))[name];
var COMMANDS = {
  // Alone, without the other commands' code (the catalogue's pages, Markdown): it starts sooner, and so does its helper thread.
  validate: async () => (await import("./chunk-RVHJ7NOX.js")).validateCommand,
  list: local("listCommand"),
  diff: local("diffCommand"),
  site: local("siteCommand"),
  status: local("statusCommand"),
  // Alone too: the scheduled audit reads the whole registry, as validate does.
  audit: async () => (await import("./chunk-2W3ONRG2.js")).auditCommand,
  history: local("historyCommand"),
  codeowners: local("codeownersCommand"),
  resolve: local("resolveCommand"),
  download: local("downloadCommand"),
  init: local("initCommand"),
  add: local("addCommand"),
  "convert-metrics": local("convertMetricsCommand"),
  import: local("importCommand"),
  export: local("exportCommand"),
  show: local("showCommand"),
  completion: local("completionCommand"),
  release: github("releaseCommand"),
  register: github("registerCommand"),
  promote: github("promoteCommand"),
  demote: github("demoteCommand"),
  deprecate: github("deprecateCommand"),
  record: github("recordCommand"),
  deployed: github("deployedCommand"),
  observe: async () => (await import("./chunk-GECL74NM.js")).observeCommand
};
async function runCli(argv, io = processIo) {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-V") {
    io.out(package_default.version);
    return 0;
  }
  if (!command || command === "--help" || command === "-h") {
    io.out(globalUsage());
    return command ? 0 : 2;
  }
  if (command === "help") return help(rest, io);
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
  if (!load) {
    io.err(paint(io, unknownCommand(command, Object.keys(COMMANDS))));
    return 2;
  }
  const options = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
  if (options.includes("--help") || options.includes("-h")) {
    io.out(commandUsage(command, rest) ?? globalUsage());
    return 0;
  }
  const run = await load();
  try {
    return await run(rest, io);
  } catch (error) {
    const next = rest.includes("--dry-run") ? "nothing was written (a dry run): run it again later" : "nothing half-done was published: run it again to resume";
    const failure = gitHubRequestError(error, ` after retrying; ${next}`) ?? error;
    if (!(failure instanceof RegistryError)) throw error;
    io.err(paint(io, terminalLines(`model-registry ${command}: ${failure.message}`)));
    return failure.exitStatus;
  }
}
function help(rest, io) {
  if (rest.length === 0) {
    io.out(globalUsage());
    return 0;
  }
  const usage = Object.hasOwn(COMMANDS, rest[0]) ? commandUsage(rest[0], rest.slice(1)) : void 0;
  if (usage === void 0) {
    io.err(paint(io, unknownCommand(rest[0], Object.keys(COMMANDS))));
    return 2;
  }
  io.out(usage);
  return 0;
}
function paint(io, message) {
  return io.errColor ? ANSI.red(message) : message;
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
