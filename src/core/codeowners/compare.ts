/**
 * CODEOWNERS against what the registry says: for each line the registry
 * needs, the line GitHub would apply for exactly that pattern (the last one
 * written for it), and whether its owners are the ones model.yaml or
 * registry.yaml list (the same handles in any order, case aside, as GitHub
 * compares them). Lines for model folders that no longer exist are stale.
 */
import { isValidModelName } from '../registry/registry.js';
import type { Problem } from '../problems.js';
import { escapePattern, type ExpectedLine, type ExpectedOwners, type Subject } from './expected.js';
import { parseCodeowners, patternKey, type CodeownersRule } from './parse.js';
import { beginMarker, COMMAND } from './render.js';

export type Difference =
  | { kind: 'missing'; expected: ExpectedLine }
  | { kind: 'different'; expected: ExpectedLine; rule: CodeownersRule }
  | { kind: 'stale'; model: string; rule: CodeownersRule };

export function compareCodeowners(expected: ExpectedOwners, text: string): Difference[] {
  const rules = parseCodeowners(text);
  const last = new Map<string, CodeownersRule>();
  for (const rule of rules) last.set(patternKey(rule.pattern), rule);
  const differences: Difference[] = [];
  for (const line of expected.lines) {
    const rule = last.get(patternKey(line.pattern));
    if (!rule) differences.push({ kind: 'missing', expected: line });
    else if (
      !sameOwners(
        line.owners,
        rule.owners.map((o) => o.text),
      )
    )
      differences.push({ kind: 'different', expected: line, rule });
  }
  const models = patternKey(`${expected.registry}models/`) + '/';
  const known = new Set(expected.lines.flatMap((l) => (l.subject.kind === 'model' ? [l.subject.model] : [])));
  for (const model of expected.unowned) known.add(model);
  for (const model of expected.renamed) known.add(model);
  for (const [key, rule] of last) {
    if (!key.startsWith(models)) continue;
    const model = key.slice(models.length);
    if (isValidModelName(model) && !known.has(model)) differences.push({ kind: 'stale', model, rule });
  }
  return differences.sort((a, b) => position(a) - position(b));
}

function sameOwners(want: readonly string[], have: readonly string[]): boolean {
  const norm = (list: readonly string[]) => [...new Set(list.map((o) => o.toLowerCase()))].sort().join(' ');
  return norm(want) === norm(have);
}

function position(d: Difference): number {
  return d.kind === 'missing' ? 0 : d.rule.line;
}

/**
 * Each difference as a `codeowners-out-of-step` warning in `file` (the
 * CODEOWNERS path as problems name files: relative to the registry root).
 * A missing line is pointed at the registry's section when there is one.
 */
export function codeownersProblems(expected: ExpectedOwners, text: string, file: string): Problem[] {
  const sectionLine = text.split('\n').findIndex((l) => l.trimEnd() === beginMarker(expected.registry)) + 1 || 1;
  return compareCodeowners(expected, text).map((d) => {
    const [line, column] =
      d.kind === 'missing' ? [sectionLine, 1] : d.kind === 'different' ? [d.rule.line, differingColumn(d)] : [d.rule.line, d.rule.patternColumn];
    return { file, line, column, severity: 'warning', rule: 'codeowners-out-of-step', message: differenceMessage(d) };
  });
}

/** The first owner that should not be there, or the line's end when owners are only missing. */
function differingColumn(d: Extract<Difference, { kind: 'different' }>): number {
  const want = new Set(d.expected.owners.map((o) => o.toLowerCase()));
  return d.rule.owners.find((o) => !want.has(o.text.toLowerCase()))?.column ?? d.rule.endColumn;
}

/** What is out of step, in words, with the fix. */
export function differenceMessage(d: Difference): string {
  const fix = `run \`${COMMAND}\``;
  if (d.kind === 'stale') {
    return `\`${escapePattern(d.rule.pattern)}\` gives owners to model \`${d.model}\`, which is not in the registry: ${fix} to remove the line`;
  }
  const { pattern, owners, subject } = d.expected;
  const want = `${list(owners)} (${source(subject)})`;
  if (d.kind === 'missing')
    return `CODEOWNERS has no line for ${what(subject)} \`${escapePattern(pattern)}\`, which should be owned by ${want}: ${fix} to add it`;
  const have = d.rule.owners.length ? list(d.rule.owners.map((o) => o.text)) : 'nobody';
  return `${capital(what(subject))} \`${escapePattern(pattern)}\` is owned by ${have} here, but should be owned by ${want}: ${fix} to bring CODEOWNERS in step`;
}

function what(subject: Subject): string {
  switch (subject.kind) {
    case 'model':
      return `model \`${subject.model}\`'s folder`;
    case 'models':
      return 'the models folder';
    case 'registry':
      return 'the registry settings';
    case 'github':
      return 'the workflows folder';
    case 'codeowners':
      return 'the CODEOWNERS file';
  }
}

function source(subject: Subject): string {
  return subject.kind === 'model' ? `models/${subject.model}/model.yaml's owners` : "registry.yaml's maintainers";
}

function list(owners: readonly string[]): string {
  return owners.map((o) => `\`${o}\``).join(', ');
}

function capital(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

/** One difference as a line of a change list: `+` a line to add, `~` owners to change, `-` a line to remove. */
export function differenceLine(d: Difference): string {
  if (d.kind === 'stale')
    return `- ${escapePattern(d.rule.pattern)} ${d.rule.owners.map((o) => o.text).join(' ')}  (model ${d.model} is not in the registry)`.trimEnd();
  const want = `${escapePattern(d.expected.pattern)} ${d.expected.owners.join(' ')}`;
  if (d.kind === 'missing') return `+ ${want}`;
  return `~ ${want}  (was: ${d.rule.owners.map((o) => o.text).join(' ') || 'no owners'})`;
}
