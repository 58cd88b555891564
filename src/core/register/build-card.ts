/**
 * The files a registration commits, made from its inputs: card.yaml (the
 * optional card input, plus what the run itself knows: its code commit, its
 * URL, the clock, and every uploaded artifact with its size, sha256 and
 * release download address), the metrics file exactly as the training script
 * wrote it, and for a new model its model.yaml.
 *
 * Same inputs, same bytes: a re-run rebuilds exactly what an earlier attempt
 * committed (given that attempt's `created`), which is how it recognises its
 * own branch.
 */
import { Document, isScalar, visit, type Scalar } from 'yaml';
import { decodeDocument } from '../parse/decode.js';
import { preciseParse } from '../parse/precise-parse.js';
import { locateAll } from '../check/check-document.js';
import { structureProblems } from '../check/structure.js';
import { isRecord } from '../values.js';
import type { Problem } from '../problems.js';

const SCHEMA_BASE = 'https://raw.githubusercontent.com/model-registry/model-registry/main/schemas';

/** A file the user gave, by the path they gave it as (for messages). */
export interface InputFile {
  source: string;
  bytes: Uint8Array;
}

/** What the run itself knows about where the model came from. */
export interface RunFacts {
  /** owner/name of the repository whose code trained the model. */
  codeRepo?: string;
  /** Its 40-hex commit. */
  commit?: string;
  /** The workflow run's address. */
  runUrl?: string;
}

/** An artifact file, measured while it was read: what its card entry and upload need. */
export interface ArtifactFact {
  /** The release asset name (the file's base name). */
  name: string;
  /** Where it is on disk. */
  localPath: string;
  size: number;
  sha256: string;
  mediaType?: string;
}

export interface ModelFields {
  title?: string;
  description?: string;
  owners?: string[];
  task?: string;
  license?: string;
  tags?: string[];
}

/**
 * A YAML (or JSON) input file read like a registry document: refused when it
 * is binary, not UTF-8, too large or not valid YAML, with problems at its own
 * lines. Empty is fine (an empty card input adds nothing).
 */
export function readInputDocument(file: InputFile): { value?: unknown; problems: Problem[] } {
  const decoded = decodeDocument(file.bytes);
  if ('problem' in decoded) {
    if (decoded.problem.rule === 'empty-file') return { value: undefined, problems: [] };
    return {
      problems: [{ file: file.source, line: 1, column: 1, severity: decoded.problem.severity, rule: decoded.problem.rule, message: decoded.problem.message }],
    };
  }
  const parsed = preciseParse(decoded.text);
  if (!parsed.ok) {
    const pending = parsed.problems.map((p) => ({ file: file.source, ...p }));
    return { problems: parsed.parsed ? locateAll(parsed.parsed, pending) : pending.map(({ at: _at, ...p }) => ({ ...p, line: 1, column: 1 })) };
  }
  const structure = structureProblems(file.source, parsed.value);
  if (structure.length) return { problems: locateAll(parsed.parsed, structure) };
  return { value: parsed.value, problems: [] };
}

/** An ISO 8601 date-time in UTC, to the second: what `created` holds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface CardBuild {
  version: string;
  created: string;
  /** The card input's value (a mapping), if one was given. */
  input?: Record<string, unknown>;
  run: RunFacts;
  artifacts: readonly ArtifactFact[];
  /** The command that makes the card, named in the default summary. */
  by?: 'register' | 'add';
  /** The release download address of an asset of this version; without it, artifacts are committed in the version folder (`path`). */
  assetUri?: (name: string) => string;
}

/** card.yaml's text, and remarks about input values the run's own facts replaced. */
export function buildCard(build: CardBuild): { text: string; warnings: string[] } {
  const input = build.input ?? {};
  const warnings: string[] = [];
  const card: Record<string, unknown> = {};
  card.version = build.version;
  card.created = build.created;
  card.summary = input.summary ?? defaultSummary(build.run, build.by ?? 'register');
  if (input.description !== undefined) card.description = input.description;

  const lineage = isRecord(input.lineage) ? { ...input.lineage } : input.lineage;
  if (isRecord(lineage) || lineage === undefined) {
    const out: Record<string, unknown> = lineage ? { ...lineage } : {};
    if (build.run.codeRepo && build.run.commit) {
      const given = isRecord(out.code) ? out.code : undefined;
      if (given && ((given.repo !== undefined && given.repo !== build.run.codeRepo) || (given.commit !== undefined && given.commit !== build.run.commit))) {
        warnings.push(
          `the card input's lineage.code (${String(given.repo)}@${String(given.commit)}) is replaced by the code this run trained with (${build.run.codeRepo}@${build.run.commit})`,
        );
      }
      const code: Record<string, unknown> = { repo: build.run.codeRepo, commit: build.run.commit };
      if (given) for (const [key, value] of Object.entries(given)) if (key !== 'repo' && key !== 'commit') code[key] = value;
      out.code = code;
    }
    if (Object.keys(out).length) card.lineage = orderKeys(out, ['parents', 'datasets', 'code']);
  } else {
    card.lineage = lineage;
  }

  const training = isRecord(input.training) ? { ...input.training } : input.training;
  if (isRecord(training) || training === undefined) {
    const out: Record<string, unknown> = training ? { ...training } : {};
    if (build.run.runUrl) {
      if (typeof out.run_url === 'string' && out.run_url !== build.run.runUrl) {
        warnings.push(`the card input's training.run_url is replaced by this run's address (${build.run.runUrl})`);
      }
      out.run_url = build.run.runUrl;
    }
    if (Object.keys(out).length) card.training = orderKeys(out, ['params', 'environment', 'run_url']);
  } else {
    card.training = training;
  }

  const artifacts: unknown[] = Array.isArray(input.artifacts) ? [...(input.artifacts as unknown[])] : input.artifacts === undefined ? [] : [input.artifacts];
  for (const a of build.artifacts) {
    const entry: Record<string, unknown> = {
      name: a.name,
      ...(build.assetUri ? { uri: build.assetUri(a.name) } : { path: a.name }),
      sha256: a.sha256,
      size: a.size,
    };
    if (a.mediaType) entry.media_type = a.mediaType;
    artifacts.push(entry);
  }
  if (artifacts.length) card.artifacts = artifacts;

  if (input.version !== undefined && input.version !== build.version) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any YAML value, shown as written
    warnings.push(`the card input's version (${String(input.version)}) is ignored: this registration is version ${build.version}`);
  }
  // Anything else (x- fields, and typos, which validation then reports at their line).
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(card, key) && key !== 'version' && key !== 'created') card[key] = value;
  }
  return { text: toYaml(card, 'card'), warnings };
}

function defaultSummary(run: RunFacts, by: 'register' | 'add'): string {
  if (run.codeRepo && run.commit) return `Trained from ${run.codeRepo} at ${run.commit.slice(0, 7)}.`;
  return by === 'add' ? 'Added by model-registry add.' : 'Registered by model-registry register.';
}

/** model.yaml of a new model, from the model card inputs. */
export function buildModelCard(model: string, fields: ModelFields): string {
  const card: Record<string, unknown> = { name: model };
  if (fields.title) card.title = fields.title;
  if (fields.description !== undefined) card.description = fields.description;
  if (fields.owners?.length) card.owners = fields.owners;
  if (fields.task) card.task = fields.task;
  if (fields.license) card.license = fields.license;
  if (fields.tags?.length) card.tags = fields.tags;
  return toYaml(card, 'model');
}

function orderKeys(value: Record<string, unknown>, first: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of first) if (Object.hasOwn(value, key)) out[key] = value[key];
  for (const [key, v] of Object.entries(value)) if (!Object.hasOwn(out, key)) out[key] = v;
  return out;
}

/** Digests, commits and dates are quoted: other YAML readers (1.1) would make numbers or dates of some. */
const QUOTED = /^(?:[0-9a-f]{40}|[0-9a-f]{64}|\d{4}-\d{2}-\d{2}(?:[Tt ].*)?)$/;

function toYaml(value: Record<string, unknown>, kind: 'card' | 'model'): string {
  const doc = new Document(value, { version: '1.2' });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (isScalar(node) && typeof node.value === 'string' && QUOTED.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const body = doc.toString({ lineWidth: 0, minContentWidth: 0 });
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/${kind}.schema.json\n${body}`;
}
