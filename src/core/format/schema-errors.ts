/**
 * ajv's errors, turned into problems a person can act on: each at the key or
 * value it is about, in words that say what to write instead. Cascades (the
 * `if` that failed because its `then` did) are dropped so one cause gives one
 * problem.
 */
import type { ErrorObject } from 'ajv';
import type { DocPath, PendingProblem } from '../problems.js';
import { closest, describePath, didYouMean } from '../text/suggest.js';

type SchemaNode = {
  description?: string;
  properties?: Record<string, SchemaNode>;
  pattern?: string;
  patternErrorMessage?: string;
  errorMessage?: string;
  format?: string;
};

/** Fields people put in the wrong file: where each belongs instead, by the file it was found in. */
const MISPLACED: Record<string, Record<string, string>> = {
  'model.yaml': {
    stages:
      'which version runs in which stage belongs in stages.yaml beside model.yaml (one `stage: version` line each, such as `production: 1.2.0`): move it there',
    versions: 'versions are folders (versions/<version>/card.yaml), not a field of model.yaml: remove it',
    metrics: "a version's metrics belong in versions/<version>/metrics.yaml: move them there",
  },
  'card.yaml': {
    metrics: 'metrics belong in metrics.yaml (or metrics.json) beside card.yaml: move them there',
    stages: "stages belong in the model's stages.yaml (`production: 1.2.0`), not in a version's card: move it there",
    stage: "stages belong in the model's stages.yaml (`production: 1.2.0`), not in a version's card: move it there",
  },
};

/** The source text of the scalar at a path, to quote the user's own words back. */
export type ScalarSource = (path: DocPath) => string | undefined;

export function schemaProblems(file: string, errors: readonly ErrorObject[], sourceOf: ScalarSource = () => undefined): PendingProblem[] {
  const metricsFile = /(^|\/)metrics\.(yaml|json)$/.test(file);
  const seen = new Set<string>();
  const problems: PendingProblem[] = [];
  const misspelt = misspeltRequired(errors);
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    // `sumary:` is one mistake: the unknown field's did-you-mean says it, not also "missing `summary`".
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}|${(error.params as { missingProperty: string }).missingProperty}`)) continue;
    const path = pointerToPath(error.instancePath);
    // A metric that is NaN or infinite is the metric-range rule's to report.
    if (metricsFile && error.keyword === 'type' && isNonFinite(error.data)) continue;
    const translated = translate(error, path, sourceOf, file);
    if (!translated) continue;
    const key = `${describePath(translated.path)}|${translated.target}|${translated.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      file,
      rule: 'schema',
      severity: 'error',
      message: translated.message,
      at: { path: translated.path, target: translated.target },
    });
  }
  return dropShadowed(problems);
}

/**
 * The required fields an unknown field at the same place is a misspelling of
 * (`${instancePath}|${field}`), by the did-you-mean the unknown field's problem gives.
 */
function misspeltRequired(errors: readonly ErrorObject[]): Set<string> {
  const missing = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    const list = missing.get(error.instancePath) ?? [];
    list.push((error.params as { missingProperty: string }).missingProperty);
    missing.set(error.instancePath, list);
  }
  const out = new Set<string>();
  if (missing.size === 0) return out;
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const candidates = missing.get(error.instancePath);
    if (!candidates) continue;
    const known = Object.keys(((error.parentSchema ?? {}) as SchemaNode).properties ?? {});
    const meant = closest((error.params as { additionalProperty: string }).additionalProperty, known);
    if (meant !== undefined && candidates.includes(meant)) out.add(`${error.instancePath}|${meant}`);
  }
  return out;
}

/** NaN and infinities, as YAML (.nan, .inf) or Python's json.dump (NaN, Infinity) write them. */
export function isNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  return typeof value === 'string' && /^[-+]?(NaN|Infinity|\.nan|\.inf)$/i.test(value.trim());
}

interface Translated {
  path: DocPath;
  target: 'key' | 'value';
  message: string;
}

function translate(error: ErrorObject, path: DocPath, sourceOf: ScalarSource, file: string): Translated | undefined {
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const where = path.length ? `\`${describePath(path)}\`` : 'the file';
  const value = error.data;
  if (parent.errorMessage && error.keyword !== 'additionalProperties') {
    return { path, target: 'value', message: `${where}: ${parent.errorMessage}` };
  }
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const about = parent.properties?.[missing]?.description;
      const hint = about ? ` (${trimSentence(about)})` : '';
      return {
        path,
        target: path.length ? 'key' : 'value',
        message: `${path.length ? where : 'the file'} is missing the required field \`${missing}\`${hint}: add it`,
      };
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(parent.properties ?? {});
      const misplaced = path.length === 0 ? MISPLACED[file.slice(file.lastIndexOf('/') + 1)]?.[extra] : undefined;
      if (misplaced) return { path: [extra], target: 'key', message: `unknown field \`${extra}\`: ${misplaced}` };
      return {
        path: [...path, extra],
        target: 'key',
        message: `unknown field \`${extra}\`${path.length ? ` in ${where}` : ''}${didYouMean(extra, known)}: remove it, fix its spelling, or prefix your own fields with \`x-\``,
      };
    }
    case 'propertyNames': {
      // ajv reports the offending name in a nested error; this wrapper adds nothing.
      return undefined;
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type).split(',');
      return { path, target: 'value', message: typeMessage(where, expected, value, path, sourceOf(path), parent) };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return {
        path,
        target: 'value',
        message: `${where} is ${quote(value)}, but must be one of: ${allowed.join(', ')}${didYouMean(String(value), allowed)}`,
      };
    }
    case 'const': {
      return {
        path,
        target: 'value',
        message: `${where} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, got ${quote(value)}`,
      };
    }
    case 'pattern': {
      const nameError = error.propertyName !== undefined;
      const subject = nameError ? `\`${error.propertyName}\` in ${where}` : where;
      const hint = parent.patternErrorMessage ?? `text matching ${(error.params as { pattern: string }).pattern}`;
      return {
        path: nameError ? [...path, error.propertyName as string] : path,
        target: nameError ? 'key' : 'value',
        message: nameError
          ? `the name ${subject} is not allowed: it must be ${lowerFirst(hint)}`
          : `${subject} is ${quote(value)}, but must be ${lowerFirst(hint)}`,
      };
    }
    case 'format': {
      const format = (error.params as { format: string }).format;
      return { path, target: 'value', message: `${where} is ${quote(value)}, but must be ${FORMAT_HINTS[format] ?? `a valid ${format}`}` };
    }
    case 'minItems':
    case 'maxItems': {
      const limit = (error.params as { limit: number }).limit;
      const count = Array.isArray(value) ? value.length : 0;
      const items = (n: number) => (n === 1 ? 'one item' : `${n} items`);
      const has = count === 0 ? 'is an empty list' : `has ${items(count)}`;
      const fix =
        error.keyword === 'minItems'
          ? `at least ${items(limit)}: add ${count === 0 && limit === 1 ? 'one' : 'the missing ones'}`
          : `at most ${items(limit)}: remove the extra ones`;
      return { path, target: 'value', message: `${where} ${has}, but needs ${fix}` };
    }
    case 'minLength':
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const length = typeof value === 'string' ? [...value].length : 0;
      if (error.keyword === 'minLength' && length === 0) return { path, target: 'value', message: `${where} is empty: write something there` };
      const bound = error.keyword === 'minLength' ? `at least ${limit}` : `at most ${limit}`;
      return {
        path,
        target: 'value',
        message: `${where} is ${length} characters long, but must have ${bound}: ${error.keyword === 'minLength' ? 'write more' : 'shorten it'}`,
      };
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      const items = Array.isArray(value) ? (value as unknown[]) : [];
      return {
        path: [...path, Math.max(i, j)],
        target: 'value',
        message: `${where} lists ${quote(items[Math.max(i, j)])} twice (items ${Math.min(i, j) + 1} and ${Math.max(i, j) + 1}): remove the repeat`,
      };
    }
    case 'minProperties': {
      return { path, target: 'value', message: `${where} is empty: give it at least one entry` };
    }
    case 'not': {
      return { path, target: 'value', message: `${where} ${error.message ?? 'is not allowed'}` };
    }
    default: {
      return { path, target: 'value', message: `${where} ${error.message ?? 'is invalid'}` };
    }
  }
}

const FORMAT_HINTS: Record<string, string> = {
  'date-time': 'an ISO 8601 date-time with a time zone, such as 2026-03-04T10:00:00Z',
  uri: 'an absolute URI, such as https://example.com/x or s3://bucket/key',
  date: 'a date such as 2026-03-04',
};

function typeMessage(where: string, expected: string[], value: unknown, path: DocPath, source: string | undefined, schema: SchemaNode): string {
  const got = kindOf(value);
  if (!path.length && expected.includes('object')) {
    return `the file must be a mapping of fields (\`key: value\` lines), but it holds ${got === 'array' ? 'a list' : `${article(got)} ${got}`}`;
  }
  const wanted = expected.map(describeType).join(' or ');
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    const key = typeof path[path.length - 1] === 'string' ? `${String(path[path.length - 1])}: ` : '- ';
    const written = source && !/^["']/.test(source) ? source : String(value);
    const shown = written.length > 70 ? `${written.slice(0, 67)}...` : written;
    // Quotes alone do not help a value the text pattern refuses too (`version: 1.1`): say what it must look like.
    if (schema.pattern && schema.patternErrorMessage && !new RegExp(schema.pattern, 'u').test(written)) {
      const fixed = completion(written, new RegExp(schema.pattern, 'u'));
      const example = fixed ? `, such as \`${key}"${fixed}"\`` : '';
      return `${where} is \`${shown}\`, but must be ${lowerFirst(schema.patternErrorMessage)}, written in quotes${example}`;
    }
    return `${where} must be text, but YAML read \`${shown}\` as the ${got} ${String(value)}: put it in quotes (\`${key}"${shown}"\`) so it stays exactly as written`;
  }
  if ((expected.includes('number') || expected.includes('integer')) && typeof value === 'number' && !Number.isFinite(value)) {
    return `${where} must be a finite number, got ${String(value)}`;
  }
  if (expected.includes('number') && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return `${where} must be ${wanted}, but it is the text ${JSON.stringify(value)}: remove the quotes`;
  }
  return `${where} must be ${wanted}, got ${got === 'null' ? 'nothing (null)' : `${article(got)} ${got}`}`;
}

/** `1.1` → `1.1.0`, `2` → `2.0.0`: the nearest text the pattern accepts, when padding with `.0` finds one. */
function completion(written: string, pattern: RegExp): string | undefined {
  for (const candidate of [`${written}.0`, `${written}.0.0`]) if (pattern.test(candidate)) return candidate;
  return undefined;
}

function describeType(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping (key: value)';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    case 'integer':
      return 'a whole number';
    case 'null':
      return 'empty (null)';
    default:
      return `a ${type}`;
  }
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'string') return 'text';
  return typeof value;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  const scalar = value as number | boolean | bigint; // strings, null, undefined and objects are handled above
  return String(scalar);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function trimSentence(text: string): string {
  const first = text.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
  return lowerFirst(first.length > 120 ? `${first.slice(0, 117)}...` : first);
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * When a value has the wrong type, errors about its children or its shape are
 * noise: keep only the most specific cause per place.
 */
function dropShadowed(problems: PendingProblem[]): PendingProblem[] {
  const byPlace = new Map<string, PendingProblem[]>();
  for (const problem of problems) {
    const at = problem.at as { path: DocPath; target: string };
    const key = `${describePath(at.path)}|${at.target}`;
    const list = byPlace.get(key) ?? [];
    list.push(problem);
    byPlace.set(key, list);
  }
  const out: PendingProblem[] = [];
  for (const list of byPlace.values()) out.push(...(list.length > 1 ? list.filter((p) => !/ is not allowed$| is invalid$/.test(p.message)) : list));
  return out;
}
