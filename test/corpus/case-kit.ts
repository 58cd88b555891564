/**
 * Shared by the corpus and CLI tests: how a corpus case is read and turned into a
 * registry folder (the base, minus the case's `remove` paths, plus its `files/`).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CORPUS = dirname(fileURLToPath(import.meta.url));
export const BASE = join(CORPUS, 'base');
export const CASES = join(CORPUS, 'cases');

export type Severity = 'error' | 'warning';

export interface Expected {
  rule: string;
  file: string;
  line: number;
  column?: number;
  severity?: Severity;
  /** A fragment the message must contain (a did-you-mean, the quoted value…). */
  message_contains?: string;
}

export interface CaseSpec {
  description: string;
  remove?: string[];
  expect: Expected[];
}

export function caseNames(): string[] {
  return readdirSync(CASES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function loadCase(name: string): CaseSpec {
  return parse(readFileSync(join(CASES, name, 'case.yaml'), 'utf8')) as CaseSpec;
}

/** Writes the case's registry into `root` (created; must not exist yet). */
export function prepareCase(name: string, root: string): CaseSpec {
  const spec = loadCase(name);
  mkdirSync(root, { recursive: true });
  cpSync(BASE, root, { recursive: true });
  for (const path of spec.remove ?? []) {
    if (!existsSync(join(root, path))) throw new Error(`case ${name}: remove: ${path} is not in the base`);
    rmSync(join(root, path), { recursive: true });
  }
  const overlay = join(CASES, name, 'files');
  if (existsSync(overlay)) cpSync(overlay, root, { recursive: true });
  return spec;
}
