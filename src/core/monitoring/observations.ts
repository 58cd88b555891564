/**
 * Reading the observations of models/<model>/monitoring/<YYYY>-<MM>.jsonl:
 * one JSON object per line (schemas/observation.schema.json), one file per
 * month (UTC) of the records' times. Each line is checked alone, so a bad
 * line is one problem at its line and column and never hides the good ones.
 *
 * The fast path is one JSON.parse of the whole file (line by line when a line
 * is not JSON) and a hand-written check of the common record shape
 * (observation-shape.ts); the compiled schema sees only the other records, and
 * positions are found (by the precise parser, on that line only) only for bad lines.
 *
 * For use cases (the audit, the catalogue): `readObservations(files)` takes a
 * model's month files as bytes and returns every good record, in file and
 * line order, and the problems each file has on its own. The rules that need
 * the rest of the registry (the version exists, the metric is catalogued)
 * are rules/observation-rules.ts; a validated registry holds each model's
 * files in `ModelEntry.monitoring` (registry/registry.ts).
 */
import { documentValidators } from '../format/document-validators.js';
import { classifyPath } from '../format/layout.js';
import { decodeDocument } from '../parse/decode.js';
import type { PendingProblem, Problem } from '../problems.js';
import { isRecord } from '../values.js';
import type { Observation } from './observation.js';
import { locateObservationProblems, observationAt } from './observation-positions.js';
import { schemaProblems } from '../format/schema-errors.js';
import { acceptedStrings, commonShapeTime, rememberAccepted, type FileMonth } from './observation-shape.js';

/** A month file of observations, as a model holds it (registry.ts): the good records, and whether the file had no problem of its own. */
export interface ObservationFile {
  path: string;
  /** YYYY-MM, from the file's name. */
  month: string;
  observations: Observation[];
  valid: boolean;
}

export function readObservations(files: readonly { path: string; bytes: Uint8Array }[]): { observations: Observation[]; problems: Problem[] } {
  const observations: Observation[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const checked = checkObservationFile(file.path, file.bytes);
    for (const o of checked.value ?? []) observations.push(o);
    for (const p of checked.problems) problems.push(p);
  }
  return { observations, problems };
}

/**
 * The identity of a record: `observe` never appends a record with the same
 * identity twice, and the validator refuses a file that holds one twice. The
 * time counts as an instant (2025-03-01T00:00:00Z = 2025-03-01T01:00:00+01:00).
 */
export function observationKey(record: Pick<Observation, 'version' | 'metric' | 'segment' | 'environment'>, timeMs: number): string {
  return `${timeMs}\u0000${record.version}\u0000${record.metric}\u0000${record.segment ?? ''}\u0000${record.environment ?? ''}`;
}

/** The record of the same instant with the identity of `b` (observationKey's other fields), if any. */
function sameIdentityAs(atInstant: Observation[], b: Observation): Observation | undefined {
  for (const a of atInstant) {
    if (a.version === b.version && a.metric === b.metric && a.segment === b.segment && a.environment === b.environment) return a;
  }
  return undefined;
}

/** YYYY-MM of an instant, in UTC: the month file a record belongs in. */
export function monthOf(timeMs: number): string {
  const date = new Date(timeMs);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The per-file check (check-document.ts calls it for an observations file): the good records as the value. */
/** A checked month file, as check-document.ts's DocumentResult (which imports this module) has it. */
interface ObservationFileResult {
  path: string;
  kind: 'observations';
  value: Observation[];
  valid: boolean;
  problems: Problem[];
}

export function checkObservationFile(path: string, bytes: Uint8Array, size = bytes.length): ObservationFileResult {
  const info = classifyPath(path);
  if (info.kind !== 'observations') throw new Error(`not an observations file: ${path}`);
  const decoded = decodeDocument(bytes, size);
  if ('problem' in decoded) {
    const { rule, severity } = decoded.problem;
    const message =
      rule === 'file-too-large'
        ? `${decoded.problem.message.replace(/, over the 1 MiB limit.*$/, '')}, over the 1 MiB limit for a month of observations (about 8,000 records): aggregate them (hourly values into daily ones) before appending`
        : decoded.problem.message;
    return { path, kind: 'observations', valid: false, value: [], problems: [{ file: path, rule, severity, message, line: 1, column: 1 }] };
  }
  const text = decoded.text;
  const [year, month] = info.month.split('-').map(Number);
  const start = Date.UTC(year, month - 1, 1);
  const end = Date.UTC(year, month, 1);
  const fileMonth: FileMonth = { start, year, month, days: Math.round((end - start) / 86_400_000) };
  const accepted = acceptedStrings();
  const validate = documentValidators().observation;
  const observations: Observation[] = [];
  const pending: PendingProblem[] = [];
  // The good records by instant: a number, not a string of the whole identity, per line (observationKey's fields).
  const seen = new Map<number, Observation[]>();

  /** One line's parsed value: a good record is kept, anything else is the line's one problem. */
  const take = (record: unknown, lineNumber: number): void => {
    if (!isRecord(record)) {
      pending.push({
        file: path,
        rule: 'observation-syntax',
        severity: 'error',
        message: `each line of a monitoring file is one JSON object, but this one holds ${Array.isArray(record) ? 'a list' : 'a single value'}: write {"time": …, "version": …, "metric": …, "value": …}`,
        at: { line: lineNumber, column: 1 },
      });
      return;
    }
    let time = commonShapeTime(record, accepted, fileMonth);
    if (Number.isNaN(time)) {
      // Not the common shape: the compiled schema decides, and says what is wrong.
      if (!validate(record)) {
        for (const p of schemaProblems(path, validate.errors ?? [])) pending.push(onLine(p, lineNumber));
        return;
      }
      rememberAccepted(accepted, record);
      time = Date.parse(record.time as string);
    }
    const observation = record as unknown as Observation;
    if (!(time >= start && time < end)) {
      pending.push({
        file: path,
        rule: 'observation-time',
        severity: 'error',
        message: Number.isNaN(time)
          ? `\`time\` ${JSON.stringify(observation.time)} is not a moment that exists: write a date-time such as ${info.month}-01T00:00:00Z`
          : `\`time\` ${observation.time} is in ${monthOf(time)} (UTC), not in this file's month ${info.month}: move the line to monitoring/${monthOf(time)}.jsonl`,
        at: observationAt(lineNumber, 'time'),
      });
      return;
    }
    const atInstant = seen.get(time);
    const first = atInstant && sameIdentityAs(atInstant, observation);
    if (first) {
      pending.push({
        file: path,
        rule: 'duplicate-observation',
        severity: 'error',
        message: `the same observation (time, version, metric, segment and environment) as line ${first.line}: keep one of them`,
        at: { line: lineNumber, column: 1 },
      });
      return;
    }
    if (atInstant) atInstant.push(observation);
    else seen.set(time, [observation]);
    observation.file = path;
    observation.line = lineNumber;
    observations.push(observation);
  };

  const values = everyLineParsed(text);
  if (values) {
    for (let i = 0; i < values.length; i++) take(values[i], i + 1);
  } else {
    let lineNumber = 0;
    let from = 0;
    while (from < text.length) {
      let to = text.indexOf('\n', from);
      if (to === -1) to = text.length;
      lineNumber++;
      const line = text.charCodeAt(to - 1) === 13 ? text.slice(from, to - 1) : text.slice(from, to);
      from = to + 1;
      if (line.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        pending.push(syntaxProblem(path, lineNumber, line, error));
        continue;
      }
      take(record, lineNumber);
    }
  }
  const problems = pending.length ? locateObservationProblems(text, pending) : [];
  return { path, kind: 'observations', value: observations, valid: problems.length === 0, problems };
}

/**
 * Every line's value, line 1 first, read by one JSON.parse of the whole file
 * (a third less time than a call per line); undefined unless every line holds
 * exactly one JSON value, so the caller then reads line by line and reports
 * each bad line. Each line break becomes "line break, comma": the result is
 * JSON only when every break lies between two top-level values (a break in a
 * string, or within a value, or a blank line, gives an error), so the values
 * are one per line exactly when there are as many as lines.
 */
function everyLineParsed(text: string): unknown[] | undefined {
  const body = text.charCodeAt(text.length - 1) === 10 ? text.slice(0, -1) : text;
  let lines = 1;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lines++;
  let values: unknown;
  try {
    values = JSON.parse(`[${body.replaceAll('\n', '\n,')}]`);
  } catch {
    return undefined;
  }
  return Array.isArray(values) && values.length === lines ? values : undefined;
}

/** A schema problem of one line's record, its path prefixed with the line (how observation-positions.ts places it). */
function onLine(problem: PendingProblem, line: number): PendingProblem {
  const at = problem.at && 'path' in problem.at ? { path: [line, ...problem.at.path], target: problem.at.target } : { line, column: 1 };
  return { ...problem, message: problem.message.replace(/^the file\b/, 'this record'), at };
}

/** JSON.parse's complaint, at the column it names; Python's NaN and Infinity get their own hint. */
function syntaxProblem(file: string, line: number, text: string, error: unknown): PendingProblem {
  const nonFinite = /(?<![\w"])-?(NaN|Infinity)(?![\w"])/.exec(text);
  if (nonFinite) {
    return {
      file,
      rule: 'observation-syntax',
      severity: 'error',
      message: `\`${nonFinite[0]}\` is not a JSON number (Python's json.dumps writes it for a failed evaluation): write a finite value, or leave the record out`,
      at: { line, column: nonFinite.index + 1 },
    };
  }
  const message = String((error as Error)?.message ?? error);
  const position = /at position (\d+)/.exec(message);
  const column = position ? Number(position[1]) + 1 : /end of JSON/.test(message) ? text.length + 1 : 1;
  // V8's message quotes the line itself after a comma ("… 'x', "{…}" is not valid JSON"): keep only what is wrong.
  const reason = message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, ".*$/s, '')
    .replace(/ of JSON input$/, ' of the line');
  return {
    file,
    rule: 'observation-syntax',
    severity: 'error',
    message: `not valid JSON (${reason.charAt(0).toLowerCase()}${reason.slice(1)}): each line is one JSON object such as {"time": "2025-03-14T06:00:00Z", "version": "1.2.0", "metric": "accuracy", "value": 0.91}`,
    at: { line, column },
  };
}
