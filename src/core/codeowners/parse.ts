/**
 * CODEOWNERS as GitHub reads it: one rule per line, a path pattern (spaces
 * escaped with a backslash) and the owners after it; `#` starts a comment,
 * on its own line or after the owners. Positions are kept so a problem can
 * point at the line and the owner that are wrong.
 */

export interface OwnerToken {
  text: string;
  /** 1-based. */
  column: number;
}

export interface CodeownersRule {
  /** 1-based. */
  line: number;
  /** The pattern with its escapes undone: `/my models/` for `/my\ models/`. */
  pattern: string;
  patternColumn: number;
  owners: OwnerToken[];
  /** Where the line's text ends (1-based column just after it), to point at a line without owners. */
  endColumn: number;
}

const SPACE = /[ \t]/;

export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let i = 0;
    while (i < line.length && SPACE.test(line[i])) i++;
    if (i === line.length || line[i] === '#') return;
    const patternColumn = i + 1;
    let pattern = '';
    while (i < line.length && !SPACE.test(line[i])) {
      if (line[i] === '\\' && i + 1 < line.length) i++;
      pattern += line[i++];
    }
    const owners: OwnerToken[] = [];
    for (;;) {
      while (i < line.length && SPACE.test(line[i])) i++;
      if (i === line.length || line[i] === '#') break;
      const column = i + 1;
      let token = '';
      while (i < line.length && !SPACE.test(line[i])) token += line[i++];
      owners.push({ text: token, column });
    }
    rules.push({ line: index + 1, pattern, patternColumn, owners, endColumn: line.trimEnd().length + 1 });
  });
  return rules;
}

/**
 * Patterns that select the same files written the same way: `models/a/`,
 * `/models/a`, `/models/a/` and `/models/a/**` all mean the folder (a slash
 * inside a pattern anchors it at the root, as in .gitignore).
 */
export function patternKey(pattern: string): string {
  let key = pattern;
  if (!key.startsWith('/') && key.slice(0, -1).includes('/')) key = `/${key}`;
  if (key.endsWith('/**')) key = key.slice(0, -2);
  if (key.length > 1 && key.endsWith('/')) key = key.slice(0, -1);
  return key;
}
