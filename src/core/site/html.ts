/**
 * HTML by tagged template: every interpolated value is escaped unless it is
 * markup this module made (a `Raw`), so card text can never become markup.
 *
 *   html`<a href="${href}">${title}</a>`   -> both escaped
 *   html`<div>${raw(trustedMarkup)}</div>` -> inserted as is
 *
 * Arrays are joined (each item escaped or raw); null, undefined and false
 * render nothing. Attribute values must always be quoted in the template.
 */
export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks markup as safe to insert. Only for markup built here or by the sanitizing Markdown renderer. */
export function raw(markup: string): Raw {
  return new Raw(markup);
}

/**
 * Besides the five characters markup needs escaped, the marks the pages write
 * themselves (– · … ±) become references: a page of ASCII cards then stays
 * ASCII, which Node encodes much faster (docs/performance.md).
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\u2013': '&#8211;',
  '\u00b7': '&#183;',
  '\u2026': '&#8230;',
  '\u00b1': '&#177;',
};
const ESCAPE_RE = /[&<>"'\u2013\u00b7\u2026\u00b1]/g;
const NEEDS_ESCAPE = /[&<>"'\u2013\u00b7\u2026\u00b1]/;

/** Text for an HTML text node or a quoted attribute value (also valid in XML and SVG). */
export function escapeHtml(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_RE, (c) => ESCAPES[c]) : value;
}

export type Interpolation = Raw | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Raw) return value.value;
  if (Array.isArray(value)) {
    let out = '';
    for (let i = 0; i < value.length; i++) {
      const item = (value as readonly Interpolation[])[i];
      out += item instanceof Raw ? item.value : render(item);
    }
    return out;
  }
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Raw {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // The common cases first: this runs for every piece of every page.
    if (typeof value === 'string') out += NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_RE, (c) => ESCAPES[c]) : value;
    else if (value instanceof Raw) out += value.value;
    // Numbers (coordinates, counts) never need escaping.
    else if (typeof value === 'number') out += value;
    else out += render(value);
    out += strings[i + 1];
  }
  return new Raw(out);
}

/**
 * JSON for a `<script type="application/json">` data block: `<`, `>` and `&`
 * (and the JavaScript line separators) are written as \u escapes, so no value
 * can close the element or open a comment.
 */
export function jsonForScript(value: unknown): Raw {
  return new Raw(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}
