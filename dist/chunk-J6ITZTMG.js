import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  COMMAND_HELP
} from "./chunk-5ANT45EB.js";
import {
  didYouMean
} from "./chunk-RVFGOR2F.js";
import {
  UsageError
} from "./chunk-IRJELCYE.js";

// src/cli/args.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
function parseFlags(argv, which, name) {
  const command = typeof which === "string" ? which : name;
  const spec = typeof which === "string" ? COMMAND_HELP[which].options : which;
  const options = Object.fromEntries(
    Object.entries(spec).map(([key, { type, short, multiple }]) => [key, { type, ...short ? { short } : {}, ...multiple ? { multiple } : {} }])
  );
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(`${optionProblem(error, spec)}; see \`model-registry ${command ? `${command} ` : ""}--help\``);
  }
}
function optionProblem(error, spec) {
  const message = error.message.replace(/^TypeError \[[A-Z_]+\]: /, "");
  const unknown = error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /^Unknown option '([^']*)'/.exec(message)?.[1] : void 0;
  if (unknown === void 0) return message.replace(/^Option '([^' ]+)(?: <value>)?' argument missing/, "$1 needs a value");
  const known = [...Object.keys(spec).map((name2) => `--${name2}`), "--help"];
  const name = unknown.split("=")[0];
  return `unknown option ${name}${didYouMean(name, known)}`;
}
function registryRoot(command, root, positionals) {
  if (positionals.length > 1)
    throw new UsageError(`${command} takes one registry folder, got ${positionals.length}: ${positionals.join(" ")}; see \`model-registry ${command} --help\``);
  const [dir] = positionals;
  if (dir !== void 0 && root !== void 0 && resolve(dir) !== resolve(root))
    throw new UsageError(`the registry folder is given twice, as ${JSON.stringify(dir)} and --root ${JSON.stringify(root)}: give one of them`);
  return dir ?? root ?? ".";
}
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

export {
  parseFlags,
  registryRoot,
  oneOf
};
