/**
 * One production observation of a model (issue 17): a line of a JSON Lines
 * file under models/<model>/monitoring/, appended by any job. `file` and
 * `line` say where it was read, so an audit finding can point at it.
 */
export interface Observation {
  /** ISO 8601 date-time with a zone. */
  time: string;
  /** The version observed. */
  version: string;
  metric: string;
  value: number;
  /** How many examples the value was computed on. */
  n?: number;
  segment?: string;
  environment?: string;
  /** Registry-relative path of the file it was read from, and its 1-based line. */
  file: string;
  line: number;
}
