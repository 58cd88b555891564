/**
 * `3 errors`, `1 model`. `writeCount` says how the count is written: as is by
 * default, with thousands separators on the site (formatCount).
 */
export function plural(n: number, word: string, writeCount: (n: number) => string = String): string {
  return `${writeCount(n)} ${word}${n === 1 ? '' : 's'}`;
}
