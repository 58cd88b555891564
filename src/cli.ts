#!/usr/bin/env node
/** Entry of the `model-registry` command (bundled as dist/cli.js). */
import { ignoreClosedPipes } from './cli/io.js';
import { runCli } from './cli/main.js';

ignoreClosedPipes();

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: say so plainly, with the details a bug report needs.
    process.stderr.write(`model-registry: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
