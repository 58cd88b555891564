/**
 * Loads GitHub's OpenAPI description (api.github.com.json from @octokit/openapi)
 * once per process and checks requests (and, for self-checking the fake,
 * responses) against it.
 *
 * Everything is lazy: the spec is parsed on first use, the route table is
 * built on first match, and ajv validators are compiled per operation on
 * first use and cached.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CJS; depending on interop the default export may be nested.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
  'x-multi-segment'?: boolean;
}

export interface Operation {
  operationId: string;
  method: string; // upper case
  template: string; // e.g. /repos/{owner}/{repo}/releases/{release_id}
  parameters: OpenApiParameter[];
  requestBody?: Json;
  responses: Record<string, Json>;
}

export interface RouteMatch {
  operation: Operation;
  /** decoded path parameters (strings, before coercion) */
  rawParams: Record<string, string>;
}

export interface CheckIssue {
  /** where the problem is: 'path', 'query', 'body', 'response' */
  location: string;
  /** JSON-pointer-ish field name */
  field: string;
  message: string;
  /** GitHub-ish error code: missing_field, invalid, ... */
  code: string;
}

// ---------------------------------------------------------------------------
// spec loading (once per process)

let specCache: Json;

export function specPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('@octokit/openapi/generated/api.github.com.json');
}

export function loadSpec(): Json {
  if (!specCache) {
    specCache = JSON.parse(readFileSync(specPath(), 'utf8'));
  }
  return specCache;
}

function deref(spec: Json, node: Json): Json {
  let cur = node;
  const seen = new Set<string>();
  while (cur && typeof cur === 'object' && typeof cur.$ref === 'string') {
    if (seen.has(cur.$ref)) throw new Error(`circular $ref ${cur.$ref}`);
    seen.add(cur.$ref);
    cur = resolvePointer(spec, cur.$ref);
  }
  return cur;
}

function resolvePointer(spec: Json, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let cur = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = cur?.[key];
  }
  if (cur === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return cur;
}

// ---------------------------------------------------------------------------
// route table

interface RouteEntry {
  template: string;
  regex: RegExp;
  paramNames: string[];
  /** 1 for literal segment, 0 for parameter; used for ranking */
  rank: number[];
  multiSegmentCount: number;
  operations: Map<string, Operation>;
}

let routeTable: RouteEntry[] | undefined;
let routesByFirstSegment: Map<string, RouteEntry[]> | undefined;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildRouteTable(): RouteEntry[] {
  if (routeTable) return routeTable;
  const spec = loadSpec();
  const table: RouteEntry[] = [];
  for (const [template, item] of Object.entries<Json>(spec.paths)) {
    const operations = new Map<string, Operation>();
    const pathLevel: Json[] = item.parameters ?? [];
    const multi = new Set<string>();
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const parameters: OpenApiParameter[] = [...pathLevel, ...(op.parameters ?? [])].map((p) => deref(spec, p));
      for (const p of parameters) if (p.in === 'path' && p['x-multi-segment']) multi.add(p.name);
      operations.set(m.toUpperCase(), {
        operationId: op.operationId,
        method: m.toUpperCase(),
        template,
        parameters,
        requestBody: op.requestBody ? deref(spec, op.requestBody) : undefined,
        responses: op.responses ?? {},
      });
    }
    const segments = template.split('/').slice(1);
    const paramNames: string[] = [];
    const rank: number[] = [];
    let multiSegmentCount = 0;
    const parts = segments.map((seg) => {
      const m = /^\{([^}]+)\}$/.exec(seg);
      if (m) {
        paramNames.push(m[1]);
        rank.push(0);
        if (multi.has(m[1])) {
          multiSegmentCount++;
          return '(.+?)';
        }
        return '([^/]+)';
      }
      rank.push(1);
      // segments mixing literal text and params don't occur in GitHub's spec,
      // but handle them anyway
      if (seg.includes('{')) {
        return seg.replace(/\{([^}]+)\}|([^{]+)/g, (_all, name: string | undefined, lit: string | undefined) => {
          if (name) {
            paramNames.push(name);
            return '([^/]+)';
          }
          return escapeRegex(lit!);
        });
      }
      return escapeRegex(seg);
    });
    table.push({
      template,
      regex: new RegExp(`^/${parts.join('/')}$`),
      paramNames,
      rank,
      multiSegmentCount,
      operations,
    });
  }
  routeTable = table;
  routesByFirstSegment = new Map();
  for (const r of table) {
    const first = r.template.split('/')[1] ?? '';
    const key = first.startsWith('{') ? '*' : first;
    let list = routesByFirstSegment.get(key);
    if (!list) routesByFirstSegment.set(key, (list = []));
    list.push(r);
  }
  return table;
}

function compareRank(a: RouteEntry, b: RouteEntry): number {
  const n = Math.max(a.rank.length, b.rank.length);
  for (let i = 0; i < n; i++) {
    const x = a.rank[i];
    const y = b.rank[i];
    if (x === y) continue;
    if (x === undefined) return 1; // shorter loses
    if (y === undefined) return -1;
    return y - x; // literal (1) before param (0)
  }
  return a.multiSegmentCount - b.multiSegmentCount;
}

export type MatchResult =
  { kind: 'ok'; match: RouteMatch } | { kind: 'not-found' } | { kind: 'method-not-allowed'; template: string } | { kind: 'bad-encoding' };

/**
 * Match a request against the spec's paths. `rawPath` is the URL pathname
 * as received (still percent-encoded); params are decoded after matching so
 * that `%2F` inside a param never splits segments.
 */
export function matchRoute(method: string, rawPath: string): MatchResult {
  buildRouteTable();
  const first = rawPath.split('/')[1] ?? '';
  const candidates = [...(routesByFirstSegment!.get(first) ?? []), ...(routesByFirstSegment!.get('*') ?? [])];
  const hits: Array<{ entry: RouteEntry; groups: string[] }> = [];
  for (const entry of candidates) {
    const m = entry.regex.exec(rawPath);
    if (m) hits.push({ entry, groups: m.slice(1) });
  }
  if (hits.length === 0) return { kind: 'not-found' };
  const withMethod = hits.filter((h) => h.entry.operations.has(method.toUpperCase()));
  if (withMethod.length === 0) {
    hits.sort((a, b) => compareRank(a.entry, b.entry));
    return { kind: 'method-not-allowed', template: hits[0].entry.template };
  }
  withMethod.sort((a, b) => compareRank(a.entry, b.entry));
  const best = withMethod[0];
  const rawParams: Record<string, string> = {};
  try {
    best.entry.paramNames.forEach((name, i) => {
      rawParams[name] = decodeURIComponent(best.groups[i]);
    });
  } catch {
    return { kind: 'bad-encoding' };
  }
  return { kind: 'ok', match: { operation: best.entry.operations.get(method.toUpperCase())!, rawParams } };
}

// ---------------------------------------------------------------------------
// schema conversion (OpenAPI 3.0 -> JSON Schema draft-07 for ajv)

const SCHEMA_REF_PREFIX = '#/components/schemas/';

/**
 * Convert an OpenAPI 3.0 schema to a draft-07 schema: `nullable: true` becomes
 * a `null` type / enum member, `$ref`s into components are rewritten to
 * `#/definitions/...` and collected so every validator is self-contained.
 */
function convertSchema(node: Json, deps: Set<string>): Json {
  if (Array.isArray(node)) return node.map((n) => convertSchema(n, deps));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries<Json>(node)) {
    if (k === 'example' || k === 'examples' || k === 'description' || k === 'discriminator') continue;
    if (k === 'nullable') continue;
    if (k === '$ref' && typeof v === 'string') {
      if (!v.startsWith(SCHEMA_REF_PREFIX)) throw new Error(`unsupported schema $ref ${v}`);
      const name = v.slice(SCHEMA_REF_PREFIX.length);
      deps.add(name);
      out.$ref = `#/definitions/${encodeURIComponent(name)}`;
      continue;
    }
    if (k === 'properties' || k === 'patternProperties' || k === 'definitions') {
      const props: Json = {};
      for (const [pk, pv] of Object.entries<Json>(v ?? {})) props[pk] = convertSchema(pv, deps);
      out[k] = props;
      continue;
    }
    if (k === 'enum' || k === 'const' || k === 'default' || k === 'required') {
      out[k] = v;
      continue;
    }
    out[k] = convertSchema(v, deps);
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (out.type === undefined) {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  // A field documented with `default: ""` is answered with that empty string when unset (a deployment status's target_url without a log_url), whatever its format.
  if (node.default === '' && typeof node.format === 'string') return { anyOf: [out, { const: '' }] };
  return out;
}

const definitionCache = new Map<string, { schema: Json; deps: Set<string> }>();

function convertedComponent(name: string): { schema: Json; deps: Set<string> } {
  let hit = definitionCache.get(name);
  if (!hit) {
    const spec = loadSpec();
    const raw = spec.components.schemas[name];
    if (!raw) throw new Error(`unknown component schema ${name}`);
    const deps = new Set<string>();
    hit = { schema: convertSchema(raw, deps), deps };
    definitionCache.set(name, hit);
  }
  return hit;
}

/** Build a self-contained draft-07 schema with all referenced components inlined in `definitions`. */
export function buildSchema(openApiSchema: Json): Json {
  const deps = new Set<string>();
  const root = convertSchema(openApiSchema, deps);
  const definitions: Json = {};
  const queue = [...deps];
  while (queue.length) {
    const name = queue.pop()!;
    if (definitions[name]) continue;
    const c = convertedComponent(name);
    definitions[name] = c.schema;
    for (const d of c.deps) if (!definitions[d]) queue.push(d);
  }
  return { ...root, definitions: { ...(root.definitions ?? {}), ...definitions } };
}

// ---------------------------------------------------------------------------
// ajv instances & validator caches

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: false,
    logger: false,
    validateSchema: false,
  });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'double', 'float', 'binary', 'repo.nwo', 'timestamp', 'uri-template', 'password']) {
    if (!ajv.formats[f]) ajv.addFormat(f, true);
  }
  return ajv;
}

let bodyAjv: Ajv | undefined;
let paramAjv: Ajv | undefined;

interface OperationValidators {
  path?: ValidateFunction;
  query?: ValidateFunction;
  body?: ValidateFunction | null; // null: no JSON body schema
  responses: Map<string, ValidateFunction | null>;
}
const validatorCache = new Map<string, OperationValidators>();

function validatorsFor(op: Operation): OperationValidators {
  const key = `${op.method} ${op.template}`;
  let v = validatorCache.get(key);
  if (!v) {
    v = { responses: new Map() };
    validatorCache.set(key, v);
  }
  return v;
}

function paramObjectSchema(params: OpenApiParameter[]): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const p of params) {
    properties[p.name] = p.schema ?? {};
    if (p.required) required.push(p.name);
  }
  return { type: 'object', properties, required };
}

function toIssues(location: string, errors: ErrorObject[] | null | undefined, prefix = ''): CheckIssue[] {
  return (errors ?? []).map((e) => {
    let field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    let code = 'invalid';
    if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      field = field ? `${field}.${missing}` : missing;
      code = 'missing_field';
    }
    if (prefix) field = field ? `${prefix}.${field}` : prefix;
    const msg =
      e.keyword === 'required'
        ? `"${field}" wasn't supplied.`
        : e.keyword === 'enum'
          ? `${JSON.stringify(field)} ${e.message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((x) => JSON.stringify(x)).join(', ')}`
          : `${JSON.stringify(field || '(root)')} ${e.message}`;
    return { location, field, code, message: msg };
  });
}

/** Validate & coerce path params; returns the coerced params. */
export function checkPathParams(op: Operation, raw: Record<string, string>): { params: Record<string, Json>; issues: CheckIssue[] } {
  const v = validatorsFor(op);
  if (!v.path) {
    paramAjv ??= makeAjv(true);
    const schema = buildSchema(paramObjectSchema(op.parameters.filter((p) => p.in === 'path')));
    v.path = paramAjv.compile(schema);
  }
  const params: Record<string, Json> = { ...raw };
  const ok = v.path(params);
  return { params, issues: ok ? [] : toIssues('path', v.path.errors) };
}

/** Validate & coerce query params (unknown params are ignored, like GitHub). */
export function checkQuery(op: Operation, search: URLSearchParams): { query: Record<string, Json>; issues: CheckIssue[] } {
  const v = validatorsFor(op);
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  if (!v.query) {
    paramAjv ??= makeAjv(true);
    v.query = paramAjv.compile(buildSchema(paramObjectSchema(queryParams)));
  }
  const query: Record<string, Json> = {};
  for (const key of new Set(search.keys())) {
    const declared = queryParams.find((p) => p.name === key || `${p.name}[]` === key);
    const name = declared ? declared.name : key;
    const values = search.getAll(key);
    const isArray = declared?.schema?.type === 'array';
    query[name] = isArray ? values.flatMap((x) => (key.endsWith('[]') ? [x] : x.split(','))) : values[values.length - 1];
  }
  const ok = v.query(query);
  return { query, issues: ok ? [] : toIssues('query', v.query.errors) };
}

export function jsonBodySchema(op: Operation): Json {
  return op.requestBody?.content?.['application/json']?.schema;
}

export function bodyIsRequired(op: Operation): boolean {
  return Boolean(op.requestBody?.required);
}

/** Validate a parsed JSON body. */
export function checkBody(op: Operation, body: unknown): CheckIssue[] {
  const v = validatorsFor(op);
  if (v.body === undefined) {
    const schema = jsonBodySchema(op);
    if (!schema) v.body = null;
    else {
      bodyAjv ??= makeAjv(false);
      v.body = bodyAjv.compile(buildSchema(schema));
    }
  }
  if (!v.body) return [];
  return v.body(body) ? [] : toIssues('body', v.body.errors);
}

/** Validate one of the fake's own JSON responses against the documented response schema. */
export function checkResponse(op: Operation, status: number, body: unknown): CheckIssue[] {
  const v = validatorsFor(op);
  const key = String(status);
  let fn = v.responses.get(key);
  if (fn === undefined) {
    const spec = loadSpec();
    const resp = op.responses[key] ? deref(spec, op.responses[key]) : undefined;
    const schema = resp?.content?.['application/json']?.schema;
    if (!schema) fn = null;
    else {
      bodyAjv ??= makeAjv(false);
      fn = bodyAjv.compile(buildSchema(schema));
    }
    v.responses.set(key, fn);
  }
  if (!fn) return [];
  return fn(body) ? [] : toIssues('response', fn.errors);
}
