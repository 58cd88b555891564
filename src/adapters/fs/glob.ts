/**
 * A small file glob for the artifact inputs (Node 20 has neither fs.globSync
 * nor path.matchesGlob). Patterns use forward slashes and are relative to a
 * folder (or absolute):
 *
 *   *     any characters within one path segment (not `/`)
 *   ?     one character within a segment
 *   **    as a whole segment: any number of folders, including none
 *
 * Anything else is literal (no braces, classes or negation). `*` and `?` do not
 * match a leading `.`, as in a shell: name dot-files explicitly. A pattern
 * without wildcards names one file. Only regular files match (links to files
 * count); folders are walked, links to folders are not followed.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export function hasWildcards(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Absolute paths of the files the pattern matches, sorted. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  if (!hasWildcards(normalized)) {
    const path = resolve(cwd, normalized);
    return isFile(path) ? [path] : [];
  }
  const segments = normalized.split('/');
  // The fixed start of the pattern is where the walk begins.
  let start = isAbsolute(normalized) ? '/' : cwd;
  let i = 0;
  if (isAbsolute(normalized)) i = 1;
  while (i < segments.length - 1 && !hasWildcards(segments[i])) {
    if (segments[i] !== '' && segments[i] !== '.') start = join(start, segments[i]);
    i++;
  }
  const rest = segments.slice(i).filter((s) => s !== '' && s !== '.');
  const found = new Set<string>();
  walk(start, rest, found);
  return [...found].sort();
}

function walk(dir: string, segments: string[], found: Set<string>): void {
  if (segments.length === 0) return;
  const [head, ...tail] = segments;
  if (head === '**') {
    // Zero folders…
    walk(dir, tail, found);
    // …or one more, and still **.
    for (const entry of list(dir)) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(join(dir, entry.name), segments, found);
    }
    return;
  }
  if (!hasWildcards(head)) {
    const path = join(dir, head);
    if (tail.length === 0) {
      if (isFile(path)) found.add(path);
    } else {
      walk(path, tail, found);
    }
    return;
  }
  const re = segmentRegExp(head);
  for (const entry of list(dir)) {
    if (!re.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (tail.length === 0) {
      if (isFile(path)) found.add(path);
    } else if (entry.isDirectory()) {
      walk(path, tail, found);
    }
  }
}

export function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (const c of segment) {
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const hidden = segment.startsWith('.') ? '' : '(?!\\.)';
  return new RegExp(`^${hidden}${source}$`);
}

function list(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
