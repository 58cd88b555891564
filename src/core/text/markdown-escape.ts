/**
 * Card text is untrusted: a pull request writes it. Placed into Markdown (a
 * comment, a job summary, release notes) it must stay text: no links, images,
 * mentions, issue references, HTML or table breaks. Markup characters become
 * HTML entities; autolink, mention and reference triggers (`@user`, `#123`,
 * `owner/repo#123`, `GH-123`) are broken with a zero-width space, which
 * GitHub's renderer leaves visible as nothing. Control characters are
 * dropped, and bidirectional overrides and isolates, which could make text
 * read differently from what it says, are shown as U+FFFD.
 *
 * Bare commit SHAs are left alone: GitHub links one only to a commit of this
 * repository, which neither notifies anyone nor cross-references anything.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '`': '&#96;',
  '!': '&#33;',
  '\\': '&#92;',
  $: '&#36;',
};
const ZWSP = '\u200B';

/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), as U+FFFD. */
export function neutraliseBidi(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

/** C0 controls other than the line breaks and tabs callers turn into spaces, DEL and C1 controls. */

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Inline text: one line, every markup character neutralised. */
export function mdText(value: unknown, maxLength = 500): string {
  // Controls go first: dropped after the zero-width spaces, they could join what those split (`:\u0001//` would become `://`).
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- card values of any type are shown as text
  let text = neutraliseBidi(String(value ?? '').replace(/[\r\n\t]+/g, ' ')).replace(CONTROLS, '');
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}…`;
  // Zero-width spaces first (so entity-encoding sees them as plain text), then entities.
  text = text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/(gh)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
  return text.replace(/[&<>"'|[\]()*_~`!\\$]/g, (c) => ENTITIES[c]);
}

/** Text inside a code span: backticks cannot end it, because the fence is longer than any run inside. */
export function mdCode(value: unknown, maxLength = 200): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- card values of any type are shown as text
  let text = neutraliseBidi(String(value ?? '').replace(/[\r\n\t]+/g, ' ')).replace(CONTROLS, '');
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}…`;
  // GFM splits table cells at | even inside code spans; \| keeps it in the cell.
  text = text.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text || ' '}${pad}${fence}`;
}

/**
 * A link whose address we built ourselves (a GitHub URL from validated parts);
 * never used for an address that came from a card.
 */
export function mdLink(text: string, url: string): string {
  // Percent codes written out: encodeURIComponent leaves ( and ) as they are, and one ) would end the address.
  return `[${text}](${url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}
