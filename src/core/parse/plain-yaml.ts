/**
 * The common shape of a registry document, parsed by hand: block mappings and
 * block sequences, one scalar a line, written the way cards and metrics files
 * are (`key: value`, `- name: x`, quoted or plain scalars, `|` and `>`
 * blocks, `[a, b]`, `#` comments).
 * Several times faster than js-yaml on a card (docs/performance.md), and
 * cards are most of a registry. It is sure or it gives up: anything else
 * (flow mappings, nested flow collections, anchors, tags, a plain scalar over
 * several lines, an escape in a double-quoted string, a key that is not a
 * plain word, a repeated key, tabs, a carriage return, a control character,
 * a character outside the Basic Multilingual Plane) returns undefined, and js-yaml
 * parses the file as before. Plain scalars are resolved by js-yaml's own core
 * schema types, so both give the same values (test/unit/core/parse/plain-yaml.test.ts
 * compares them on every corpus file and on generated documents).
 */
import jsYaml from 'js-yaml';

type Container = Record<string, unknown> | unknown[];

/** A key the parser takes as written: a plain word js-yaml also reads as that string. */
const KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
/** js-yaml's core schema, in its order: what a plain scalar may resolve to besides a string. */
const IMPLICIT = (jsYaml.CORE_SCHEMA as unknown as { implicit: jsYaml.Type[] }).implicit;
/** The words (a plain scalar starting with a letter) the core schema reads as null or a boolean; any other word is a string. */
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** Whether a plain scalar may resolve to something other than a string: a number's first character, `~`, or one of WORDS. */
function maybeTyped(plain: string): boolean {
  const c = plain.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 126 || WORDS.has(plain); // 0-9 - + . ~
}
/** First characters that make a scalar something other than a plain one, or an error. */
const NOT_PLAIN = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;

/** What a scalar reader returns when the text is not its to read. */
const FAIL = Symbol('not the common shape');

/**
 * What js-yaml refuses as non-printable (control characters, U+FFFE, U+FFFF,
 * a lone surrogate), and any surrogate besides: a file holding one is js-yaml's to read.
 */
const UNPRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function plainYaml(text: string): { value: unknown } | undefined {
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff || UNPRINTABLE.test(text)) return undefined;
  const root: Record<string, unknown> = {};
  // Open containers, innermost last, each with the column its entries start at.
  const stack: { indent: number; container: Container }[] = [];
  /** A key written `key:` with nothing after it: its value is on the lines below, or null. */
  let pending: { parent: Record<string, unknown>; key: string; indent: number } | undefined;

  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end === -1) end = text.length;
    const lineStart = from;
    from = end + 1;
    let at = lineStart;
    while (text.charCodeAt(at) === 32) at++;
    if (at === end || text.charCodeAt(at) === 35 /* # */) continue;
    const indent = at - lineStart;
    if (indent === 0 && (text.startsWith('---', at) || text.startsWith('...', at) || text.charCodeAt(at) === 37) /* % */) return undefined;
    const isItem = text.charCodeAt(at) === 45 /* - */ && (at + 1 === end || text.charCodeAt(at + 1) === 32);

    if (pending) {
      // A nested block: deeper than its key, or a sequence at the key's own column.
      if (indent > pending.indent || (isItem && indent === pending.indent)) {
        const created: Container = isItem ? [] : {};
        pending.parent[pending.key] = created;
        stack.push({ indent, container: created });
      }
      pending = undefined;
    }
    while (stack.length && indent < stack[stack.length - 1].indent) stack.pop();
    // A sequence written at its key's column ends at the next line that is not one of its items.
    if (stack.length > 1 && !isItem && indent === stack[stack.length - 1].indent && Array.isArray(stack[stack.length - 1].container)) stack.pop();
    if (stack.length === 0) {
      if (indent !== 0) return undefined;
      stack.push({ indent: 0, container: root });
    }
    const top = stack[stack.length - 1];
    if (indent !== top.indent) return undefined;
    let container = top.container;

    let column = indent;
    if (Array.isArray(container)) {
      if (!isItem || end - at < 3) return undefined; // "-" alone: its value on the lines below
      at += 2;
      while (text.charCodeAt(at) === 32) at++;
      column = at - lineStart;
      const c = text.charCodeAt(at);
      // "-" with only spaces after it (its value on the lines below, or null), a comment, or "- - x".
      if (at === end || c === 35 || (c === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32))) return undefined;
      if (keyEnd(text, at, end) === -1) {
        const value = scalarValue(text.slice(at, end));
        if (value === FAIL) return undefined;
        container.push(value);
        continue;
      }
      // "- key: value": a mapping whose keys align at `column`.
      const item: Record<string, unknown> = {};
      container.push(item);
      stack.push({ indent: column, container: item });
      container = item;
    } else if (isItem) {
      return undefined; // an item where a key belongs
    }
    const mapping = container;
    const colon = keyEnd(text, at, end);
    if (colon === -1) return undefined;
    const key = text.slice(at, colon);
    // A key js-yaml reads as written: a plain word, not null or a boolean, never twice.
    if (!KEY.test(key) || WORDS.has(key) || key === '__proto__' || Object.hasOwn(mapping, key)) return undefined;
    let after = colon + 1;
    while (text.charCodeAt(after) === 32) after++;
    const c = text.charCodeAt(after);
    if (after === end || c === 35 /* # */) {
      mapping[key] = null; // holds the key's place; a nested block below replaces it
      pending = { parent: mapping, key, indent: column };
      continue;
    }
    if (c === 124 /* | */ || c === 62 /* > */) {
      const block = blockScalar(text, from, text.slice(after, end), column);
      if (block === undefined) return undefined;
      mapping[key] = block.value;
      from = block.next;
      continue;
    }
    const value = c === 91 /* [ */ ? flowSequence(text.slice(after, end)) : scalarValue(text.slice(after, end));
    if (value === FAIL) return undefined;
    mapping[key] = value;
  }
  // A file of comments alone: js-yaml's to say what it holds.
  return stack.length ? { value: root } : undefined;
}

/** The index of the `:` that ends a plain key in text[from, end) (followed by a space or the line's end), or -1. */
function keyEnd(text: string, from: number, end: number): number {
  const c = text.charCodeAt(from);
  if (c === 34 || c === 39) return -1; // a quoted key: not this parser's
  for (let i = text.indexOf(':', from); i !== -1 && i < end; i = text.indexOf(':', i + 1)) {
    if (i + 1 === end || text.charCodeAt(i + 1) === 32) return i;
  }
  return -1;
}

/** A scalar that fills the rest of its line (a comment may follow), or FAIL when it is anything else. */
function scalarValue(text: string): unknown {
  if (text === '') return FAIL;
  const c = text.charCodeAt(0);
  if (c === 34 /* " */) {
    const end = text.indexOf('"', 1);
    if (end === -1 || text.lastIndexOf('\\', end) !== -1) return FAIL;
    return afterScalar(text, end + 1) ? text.slice(1, end) : FAIL;
  }
  if (c === 39 /* ' */) {
    let value = '';
    let i = 1;
    for (;;) {
      const end = text.indexOf("'", i);
      if (end === -1) return FAIL;
      value += text.slice(i, end);
      if (text.charCodeAt(end + 1) !== 39) return afterScalar(text, end + 1) ? value : FAIL;
      value += "'";
      i = end + 2;
    }
  }
  if (NOT_PLAIN.test(text)) return FAIL;
  const comment = text.indexOf(' #');
  let end = comment === -1 ? text.length : comment;
  while (text.charCodeAt(end - 1) === 32) end--;
  const plain = end === text.length ? text : text.slice(0, end);
  if (plain.includes(': ') || plain.charCodeAt(end - 1) === 58 /* : */) return FAIL;
  if (maybeTyped(plain)) {
    for (const type of IMPLICIT) if (type.resolve(plain)) return type.construct(plain);
  }
  return plain;
}

/**
 * A block scalar (`|`, `|-`, `>`, `>-`) whose lines start at `from`: its
 * lines are those indented deeper than the key's `column`, at the first
 * one's indentation. Folded (`>`) only when every line has that same
 * indentation (more-indented lines keep their breaks: js-yaml's to read).
 * Returns the value and where the next line starts.
 */
function blockScalar(text: string, from: number, header: string, column: number): { value: string; next: number } | undefined {
  const m = /^([|>])(-?)(?: +#.*| *)$/.exec(header);
  if (!m) return undefined;
  const [, style, strip] = m;
  const lines: string[] = [];
  let indent = -1;
  let next = from;
  while (next < text.length) {
    let to = text.indexOf('\n', next);
    if (to === -1) to = text.length;
    const line = text.slice(next, to);
    let spaces = 0;
    while (line.charCodeAt(spaces) === 32) spaces++;
    if (spaces === line.length) {
      // An empty line: content only if it holds more spaces than the block's indentation.
      if (indent !== -1 && spaces > indent) return undefined;
      if (indent === -1 && spaces > column) return undefined;
      lines.push('');
    } else if (spaces <= column) {
      break;
    } else {
      if (indent === -1) {
        if (lines.length) return undefined; // leading empty lines: js-yaml's to read
        indent = spaces;
      } else if (spaces < indent) return undefined;
      else if (spaces > indent && style === '>') return undefined;
      lines.push(line.slice(indent));
    }
    next = to + 1;
  }
  if (indent === -1) return undefined;
  while (lines[lines.length - 1] === '') lines.pop();
  let value = '';
  if (style === '|') value = lines.join('\n');
  else {
    for (let i = 0; i < lines.length; i++) {
      if (i === 0) value = lines[0];
      else if (lines[i] === '') value += '\n';
      else value += lines[i - 1] === '' ? lines[i] : ` ${lines[i]}`;
    }
  }
  return { value: strip ? value : `${value}\n`, next };
}

/** A flow sequence of scalars on one line (`[0.86, 0.88]`, `["@a", b]`), or FAIL for anything else (nesting, pairs, an empty item). */
function flowSequence(text: string): unknown[] | typeof FAIL {
  const close = text.lastIndexOf(']');
  if (close === -1 || !afterScalar(text, close + 1)) return FAIL;
  const inner = text.slice(1, close);
  if (inner === '') return [];
  const items: unknown[] = [];
  let i = 0;
  while (i <= inner.length) {
    while (inner.charCodeAt(i) === 32) i++;
    const c = inner.charCodeAt(i);
    let raw: string;
    if (c === 34 || c === 39) {
      const end = inner.indexOf(c === 34 ? '"' : "'", i + 1);
      if (end === -1) return FAIL;
      raw = inner.slice(i + 1, end);
      if (raw.includes('\\') || (c === 39 && inner.charCodeAt(end + 1) === 39)) return FAIL;
      items.push(raw);
      i = end + 1;
      while (inner.charCodeAt(i) === 32) i++;
    } else {
      let end = inner.indexOf(',', i);
      if (end === -1) end = inner.length;
      raw = inner.slice(i, end);
      // js-yaml keeps the spaces before a comma or the bracket as part of a plain item: left to it.
      if (raw === '' || raw.endsWith(' ') || /[[\]{}#:"']/.test(raw) || NOT_PLAIN.test(raw)) return FAIL;
      const value = scalarValue(raw);
      if (value === FAIL) return FAIL;
      items.push(value);
      i = end;
    }
    if (i === inner.length) break;
    if (inner.charCodeAt(i) !== 44 /* , */) return FAIL;
    i++;
  }
  return items;
}

/** Only spaces, or spaces and a comment, after a quoted scalar. */
function afterScalar(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i === text.length || (i > from && text.charCodeAt(i) === 35);
}
