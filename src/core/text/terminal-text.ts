/**
 * Registry text on its way to a terminal or a CI log: names, titles, file
 * names and messages that quote them come from whoever wrote the registry.
 * Control characters could move the cursor, retitle the window or (after a
 * line break) start a GitHub Actions workflow command such as `::error`, and
 * bidirectional controls could make a line read differently from what it
 * says. Each is written as a visible escape instead (`\n`, `\x1b`, `\u202e`).
 */

// C0 controls, DEL, C1 controls, bidirectional embeddings, overrides and isolates.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// The same without the tab, for source lines shown with a caret under a column.

const UNSAFE_BUT_TAB = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** A piece of text for one line: every control character written as a visible escape. */
export function terminalText(text: string, options: { keepTabs?: boolean } = {}): string {
  return text.replace(options.keepTabs ? UNSAFE_BUT_TAB : UNSAFE, escape);
}

/**
 * A whole line: escaped as above (tabs kept: they move no cursor, and a
 * source line keeps its caret's column), and never the start of a workflow
 * command (`::name …` or `##[name]`, which the runner reads after leading spaces).
 */
export function terminalLine(line: string): string {
  const safe = terminalText(line, { keepTabs: true });
  return /^\s*(?:::|##\[)/.test(safe) ? safe.replace(/[:#]/, escape) : safe;
}

/** Several lines: each made safe, the line breaks between them kept. */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalLine).join('\n');
}

/**
 * JSON for a terminal: JSON.stringify writes C0 controls as \u escapes, but
 * DEL, C1 and bidirectional controls as themselves; these become \u escapes
 * too, so the document means the same and shows nothing hidden.
 */
export function terminalJson(value: unknown, replacer?: (key: string, value: unknown) => unknown): string {
  return JSON.stringify(value, replacer, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
