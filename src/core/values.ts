/** Narrowing for values parsed from files, whose shape is not yet known. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `record[key]` for a key from a file (a metric, stage or version name): only
 * the record's own entries, never Object.prototype's (`toString`, `constructor`).
 */
export function own(record: object | undefined, key: string): unknown {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
