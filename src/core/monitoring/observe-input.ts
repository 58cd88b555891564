/**
 * What `observe` is asked to append, before it is resolved against the
 * registry: one record from the command line, or many from a file (`--from`:
 * JSON Lines, or CSV with a header row naming the fields). Fields stay as
 * given; the registry's own rules judge them once resolved (observe-plan.ts).
 */

/** One record as asked for, with where it came from (for messages). */
export interface RequestedRecord {
  fields: Record<string, unknown>;
  /** "the command line", or "obs.csv line 3". */
  source: string;
}

export type ParsedInput = { records: RequestedRecord[] } | { problem: string };

const NUMERIC = new Set(['value', 'n']);

/** A --from file's text: JSON Lines when its first non-blank character is `{`, CSV with a header otherwise. */
export function parseObservationInput(name: string, text: string): ParsedInput {
  const body = text.replace(/^\uFEFF/, '');
  return body.trimStart().startsWith('{') ? parseJsonLines(name, body) : parseCsv(name, body);
}

function parseJsonLines(name: string, text: string): ParsedInput {
  const records: RequestedRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return {
        problem: `${name} line ${i + 1} is not valid JSON (${String((error as Error).message).replace(/, ".*$/s, '')}): write one JSON object per line`,
      };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { problem: `${name} line ${i + 1} is not a JSON object: write one object per line` };
    records.push({ fields: value as Record<string, unknown>, source: `${name} line ${i + 1}` });
  }
  return records.length ? { records } : { problem: `${name} holds no record` };
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(name: string, text: string): ParsedInput {
  const rows = csvRows(text);
  if ('problem' in rows) return { problem: `${name}: ${rows.problem}` };
  const [headerRow, ...data] = rows.rows;
  const header = headerRow?.cells;
  if (!header || header.every((h) => h.trim() === ''))
    return { problem: `${name} is empty: write a header row (time,version,metric,value,…) and one row per record` };
  const columns = header.map((h) => h.trim());
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated !== undefined) return { problem: `${name}: the header names column ${JSON.stringify(repeated)} twice` };
  const records: RequestedRecord[] = [];
  for (const { cells, line } of data) {
    if (cells.length === 1 && cells[0].trim() === '') continue;
    if (cells.length !== columns.length)
      return { problem: `${name} line ${line} has ${cells.length} fields, but the header has ${columns.length}: quote values that hold commas` };
    const fields: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const cell = cells[c];
      // An empty cell is an absent field (a CSV has no other way to leave one out).
      if (cell === '') continue;
      fields[columns[c]] = NUMERIC.has(columns[c]) && cell.trim() !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell;
    }
    records.push({ fields, source: `${name} line ${line}` });
  }
  return records.length ? { records } : { problem: `${name} holds a header but no record` };
}

function csvRows(text: string): { rows: { cells: string[]; line: number }[] } | { problem: string } {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) return { problem: `a quote opened on line ${rowLine} is never closed` };
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return { rows };
}
