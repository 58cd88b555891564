import { validateRegistry } from '../../app/validate-registry.js';
import { summarizeRegistry } from '../../core/report/registry-summary.js';
import { oneOf, parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { terminalJson, terminalLine, terminalText } from '../../core/text/terminal-text.js';

export async function listCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { root: { type: 'string' }, format: { type: 'string' } });
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const { registry } = await validateRegistry({ root: values.root ?? '.' });
  const summary = summarizeRegistry(registry);
  if (format === 'json') {
    io.out(terminalJson(summary));
    return 0;
  }
  const stages = registry.settings.stages;
  const header = ['model', 'versions', 'latest', ...stages];
  // Names and stage values are registry text: escaped before the columns are measured.
  const rows = summary.models.map((m) =>
    [m.name, String(m.versions.length), m.latest ?? '-', ...stages.map((s) => m.stages[s] ?? '-')].map((cell) => terminalText(cell)),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    terminalLine(
      cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  io.out(terminalLine(`${summary.registry}: ${summary.models.length} models, ${summary.versions} versions`));
  io.out(line(header));
  io.out(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) io.out(line(row));
  return 0;
}
