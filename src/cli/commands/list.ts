import { validateRegistry } from '../../app/validate-registry.js';
import { summarizeRegistry } from '../../core/report/registry-summary.js';
import { oneOf, parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';
import { terminalJson, terminalLine } from '../../core/text/terminal-text.js';
import { textTable } from '../text-table.js';
import { plural } from '../../core/text/plural.js';

export async function listCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'list');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const { registry } = await validateRegistry({ root: registryRoot('list', values.root, positionals) });
  const summary = summarizeRegistry(registry);
  if (format === 'json') {
    io.out(terminalJson(summary));
    return 0;
  }
  const stages = registry.settings.stages;
  const header = ['model', 'versions', 'latest', ...stages];
  const rows = summary.models.map((m) => [m.name, String(m.versions.length), m.latest ?? '-', ...stages.map((s) => m.stages[s] ?? '-')]);
  io.out(terminalLine(`${summary.registry}: ${plural(summary.models.length, 'model')}, ${plural(summary.versions, 'version')}`));
  // Names and stage values are registry text: textTable escapes them before the columns are measured.
  for (const line of textTable(header, rows)) io.out(line);
  return 0;
}
