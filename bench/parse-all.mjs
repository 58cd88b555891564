/** Reads and parses every registry file with one YAML library: `yaml` or `js-yaml` (and JSON Lines observations with JSON.parse). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import jsYaml from 'js-yaml';

const [root, library] = process.argv.slice(2);
const parse = library === 'js-yaml' ? (text) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) : (text) => YAML.parse(text, { schema: 'core' });
let files = 0;
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(yaml|json)$/.test(entry.name)) {
      parse(readFileSync(path, 'utf8'));
      files++;
    } else if (entry.name.endsWith('.jsonl')) {
      // Observations (issue 17): one JSON object a line, as the validator reads them.
      for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) JSON.parse(line);
      files++;
    }
  }
})(root);
console.log(JSON.stringify({ files }));
