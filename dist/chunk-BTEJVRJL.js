import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/adapters/git/run-git.ts
import { spawn, spawnSync } from "node:child_process";
var MAX_BUFFER = 1024 * 1024 * 1024;
function runGit(args, options = {}) {
  const result = spawnSync("git", args, {
    cwd: options.cwd,
    input: options.input,
    env: options.env,
    maxBuffer: MAX_BUFFER,
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
  });
  return { status: result.status, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr?.toString() ?? "", error: result.error };
}
function spawnGit(args, options = {}) {
  return spawn("git", args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
}
function runGitAsync(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawnGit(args, options);
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    child.once("error", (error) => resolve({ status: null, stdout: Buffer.concat(chunks), stderr, error }));
    child.once("close", (status) => resolve({ status, stdout: Buffer.concat(chunks), stderr }));
  });
}

export {
  runGit,
  runGitAsync
};
