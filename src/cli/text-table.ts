/** Columns padded to their widest cell; every cell is registry text, escaped before it is measured. */
import { terminalLine, terminalText } from '../core/text/terminal-text.js';

export function textTable(header: string[], rows: string[][]): string[] {
  const safe = rows.map((row) => row.map((cell) => terminalText(cell)));
  const widths = header.map((h, i) => Math.max(h.length, ...safe.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    terminalLine(
      cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...safe.map(line)];
}
