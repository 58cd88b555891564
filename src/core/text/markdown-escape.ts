/**
 * Card text is untrusted: a pull request writes it. Placed into Markdown (a
 * comment, a job summary, release notes) it must stay text: no links, images,
 * mentions, issue references, HTML or table breaks. Markup characters become
 * HTML entities; autolink and mention triggers are broken with a zero-width
 * space, which GitHub's renderer leaves visible as nothing.
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
  '$': '&#36;',
};
const ZWSP = '\u200B';

/** Inline text: one line, every markup character neutralised. */
export function mdText(value: unknown, maxLength = 500): string {
  let text = String(value ?? '').replace(/[\r\n\t]+/g, ' ');
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1)}…`;
  // Zero-width spaces first (so entity-encoding sees them as plain text), then entities.
  text = text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"'|[\]()*_~`!\\$]/g, (c) => ENTITIES[c]);
}

/** Text inside a code span: backticks cannot end it, because the fence is longer than any run inside. */
export function mdCode(value: unknown, maxLength = 200): string {
  let text = String(value ?? '').replace(/[\r\n\t]+/g, ' ');
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
  return `[${text}](${url.replace(/[()\s<>]/g, encodeURIComponent)})`;
}
