/**
 * What `register` and `add` share on the way in and out: the files a version
 * is made from (read, and the artifacts measured, once), and how a refused
 * plan and a metrics conversion are shown. No GitHub here: `add` runs offline
 * and its commands load without Octokit.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { formatProblemText, PLAIN, type TextStyle } from '../core/output/text-format.js';
import { compareProblems, type Problem } from '../core/problems.js';
import type { ArtifactFact, InputFile } from '../core/register/build-card.js';
import type { MetricsInput, RegisterInput, RegisterPlan } from '../core/register/plan.js';
import { SHAPE_LABELS } from '../core/metrics/convert.js';
import { hashFile, readDocumentBytes } from '../adapters/fs/fs-snapshot.js';
import { expandGlob } from '../adapters/fs/glob.js';
import { RegisterInputError } from '../errors/index.js';

/** The files a version is made from (register and add), read, and the artifacts measured, once. */
export function readVersionFiles(options: { metrics: string; card?: string; modelCard?: string; artifacts: readonly string[]; cwd: string }): {
  metrics: MetricsInput;
  card?: InputFile;
  modelCard?: InputFile;
  artifacts: ArtifactFact[];
} {
  const metricsPath = resolve(options.cwd, options.metrics);
  const metrics: MetricsInput = { ...readSmallFile(metricsPath, 'metrics', options.cwd), fileName: metricsName(metricsPath) };
  const card = options.card ? readSmallFile(resolve(options.cwd, options.card), 'card', options.cwd) : undefined;
  const modelCard = options.modelCard ? readSmallFile(resolve(options.cwd, options.modelCard), 'model card', options.cwd) : undefined;
  const artifacts = resolveArtifacts(options.artifacts, options.cwd).map((path) => measure(path, options.cwd));
  return { metrics, card, modelCard, artifacts };
}

/** JSON stays metrics.json, YAML stays metrics.yaml; by extension, else by the first character. */
export function metricsName(path: string): MetricsInput['fileName'] {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'metrics.json';
  if (ext === '.yaml' || ext === '.yml') return 'metrics.yaml';
  let first: string;
  try {
    const fd = openSync(path, 'r');
    const buffer = Buffer.alloc(256);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    first = buffer.subarray(0, n).toString('utf8').trimStart().charAt(0);
  } catch {
    first = '';
  }
  return first === '{' ? 'metrics.json' : 'metrics.yaml';
}

function readSmallFile(path: string, what: string, cwd: string): InputFile {
  const unreadable = (error: unknown) =>
    new RegisterInputError(`the ${what} file ${display(path, cwd)} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw unreadable(error);
  }
  if (!isFile) throw new RegisterInputError(`the ${what} file ${display(path, cwd)} is not a file`);
  try {
    // Over the limit, one byte more than allowed is read, so validation refuses it as too large without loading it.
    return { source: display(path, cwd), bytes: readDocumentBytes(path).bytes };
  } catch (error) {
    throw unreadable(error);
  }
}

function resolveArtifacts(patterns: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const pattern of patterns.map((p) => p.trim()).filter(Boolean)) {
    const matched = expandGlob(pattern, cwd);
    if (!matched.length) throw new RegisterInputError(`the artifact pattern ${JSON.stringify(pattern)} matches no file (relative to ${cwd})`);
    for (const path of matched) if (!out.includes(path)) out.push(path);
  }
  return out;
}

/** Size and sha256 of an artifact (hashed in chunks: memory stays flat whatever its size). */
function measure(path: string, cwd: string): ArtifactFact {
  let fact: { size: number; sha256: string };
  try {
    fact = hashFile(path);
  } catch (error) {
    throw new RegisterInputError(`the artifact ${display(path, cwd)} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const name = basename(path);
  return { name, localPath: path, ...fact, mediaType: MEDIA_TYPES[extname(name).toLowerCase()] };
}

/** Media types of common artifact files; anything else is application/octet-stream. */
const MEDIA_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.onnx': 'application/onnx',
  '.gz': 'application/gzip',
  '.zip': 'application/zip',
  '.tar': 'application/x-tar',
};

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** What converting the metrics file changed, for the log: a heading, then one line per change. */
export function conversionLines(conversion: RegisterPlan['metricsConversion'], source: string, rawHint = true): string[] {
  if (!conversion) return [];
  const what = conversion.shape === 'renamed' ? "renamed by registry.yaml's metric_names" : `converted from ${SHAPE_LABELS[conversion.shape]}`;
  const hint = rawHint ? ' (--metrics-format raw keeps the file as it is)' : '';
  return [`metrics ${source}: ${what}${hint}`, ...conversion.changes.map((c) => `  ${c}`)];
}

/** What a refused plan (register's or add's) shows: its problems at their lines, and its errors. */
interface BlockedPlan {
  files: readonly { path: string; content: string }[];
  problems: readonly Problem[];
  errors: readonly string[];
  fileLabels: Readonly<Record<string, string>>;
}
type BlockedInputs = Pick<RegisterInput, 'card' | 'modelCard' | 'metrics'>;

/** Every reason a plan is blocked, with the offending lines shown. */
export function describeBlocked(plan: BlockedPlan, input: BlockedInputs, style: TextStyle = PLAIN): string {
  const texts = new Map<string, string>();
  for (const file of plan.files) texts.set(file.path, file.content);
  for (const file of [input.card, input.modelCard, input.metrics]) if (file) texts.set(file.source, new TextDecoder().decode(file.bytes));
  const lines: string[] = [];
  const problems = [...plan.problems].sort(compareProblems);
  for (const problem of problems) lines.push(formatProblem(problem, texts, plan, style));
  for (const error of plan.errors) lines.push(`error: ${error}`);
  return lines.join('\n');
}

function formatProblem(problem: Problem, texts: Map<string, string>, plan: BlockedPlan, style: TextStyle): string {
  const source = texts.get(problem.file)?.split(/\r?\n/)[problem.line - 1];
  return formatProblemText(problem, source, style, plan.fileLabels[problem.file] ?? problem.file);
}
