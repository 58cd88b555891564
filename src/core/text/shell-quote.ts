/**
 * Command lines we write for people to copy (release notes, the catalogue):
 * every value in them is one shell word, whatever it holds, so a tag or a
 * file name can never add a command.
 */

/** A shell word: as is when plainly safe, else single-quoted (a quote inside becomes '\''). */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9._+:@%/=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
