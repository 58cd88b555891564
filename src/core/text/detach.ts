/**
 * A copy of a string that shares nothing with the text it was cut from.
 * Parsers return substrings that may keep their whole file's text alive (V8
 * slices strings of 13 characters or more); a value kept after its file is
 * done (page data, a lineage skeleton) would then keep every file read, for
 * the garbage collector to copy again and again.
 */
export function detach(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

/** A parsed mapping's own copy, its string values detached (nested values are kept as they are). */
export function detachRecord(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return typeof value === 'string' ? detach(value) : value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // Assignment would set the prototype: fromEntries defines each key as data, so even a key named __proto__ stays a plain key.
    if (key === '__proto__') return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, typeof item === 'string' ? detach(item) : item]));
    const item = (value as Record<string, unknown>)[key];
    copy[key] = typeof item === 'string' ? detach(item) : item;
  }
  return copy;
}
