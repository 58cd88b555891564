/** The I/O floor: list and read every file of a registry, in one Node process. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let bytes = 0;
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else {
      bytes += readFileSync(path).length;
      files++;
    }
  }
})(process.argv[2]);
console.log(JSON.stringify({ files, bytes }));
