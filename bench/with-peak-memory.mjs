/** Runs a Node program in this process and reports its peak resident memory on stderr. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [program, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(program), ...args];
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
await import(pathToFileURL(resolve(program)).href);
