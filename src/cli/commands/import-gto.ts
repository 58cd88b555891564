/**
 * `model-registry import gto [--repo DIR] [--root DIR] [--owner @org/team]
 * [--metrics-path PATH] [--dry-run]`: a GTO repository's history (its
 * annotated tags) as registry files, planned and validated first; nothing is
 * written on a problem, nor on a dry run, and nothing existing is replaced.
 */
import { importGto } from '../../app/import-gto.js';
import { ANSI, PLAIN, formatProblemText } from '../../core/output/text-format.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';

const USAGE = 'usage: model-registry import gto [--repo DIR] [--root DIR] [--owner @ORG/TEAM ...] [--metrics-path PATH] [--dry-run]';

export function importGtoCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'import gto');
  if (positionals.length) throw new UsageError(`unexpected ${JSON.stringify(positionals[0])}: ${USAGE}`);
  const owners = (values.owner ?? []).flatMap((o) => o.split(/[\s,]+/)).filter(Boolean);
  const dryRun = values['dry-run'] === true;
  const { plan, written } = importGto({
    repo: values.repo ?? '.',
    root: values.root ?? '.',
    owners,
    metricsPath: values['metrics-path'],
    dryRun,
    cwd: process.cwd(),
  });
  const style = io.color ? ANSI : PLAIN;
  for (const note of plan.notes) io.err(terminalLines(`note: ${note}`));
  // Problems point into the planned files (nothing is written yet): their lines come from the plan.
  const decoder = new TextDecoder();
  const planned = new Map(plan.files.map((f) => [f.path, decoder.decode(f.bytes).split(/\r?\n/)]));
  for (const problem of plan.problems) io.err(`${formatProblemText(problem, planned.get(problem.file)?.[problem.line - 1], style)}\n`);
  if (plan.errors.length) {
    io.err(terminalLines(plan.errors.map((e) => `model-registry import gto: ${e}`).join('\n')));
    return Promise.resolve(1);
  }
  const lines: string[] = [];
  for (const m of plan.models) {
    const parts = [m.added.length ? `${m.added.length} new version${m.added.length === 1 ? '' : 's'} (${m.added.join(', ')})` : 'no new version'];
    if (m.kept.length) parts.push(`${m.kept.length} already here`);
    if (m.newModel) {
      const stages = Object.entries(m.stages).map(([s, v]) => `${s}: ${v}`);
      if (stages.length) parts.push(`stages ${stages.join(', ')}`);
      const deprecated = Object.keys(m.deprecated);
      if (deprecated.length) parts.push(`deprecated ${deprecated.join(', ')}`);
    }
    lines.push(`${m.model}${m.model !== m.gto ? ` (GTO ${m.gto})` : ''}${m.newModel ? ' (a new model)' : ''}: ${parts.join('; ')}`);
  }
  if (lines.length === 0) lines.push('no GTO artifact with a registered version: nothing to import');
  const files = dryRun ? plan.files.map((f) => f.path) : written;
  const verb = dryRun ? 'would write' : 'wrote';
  lines.push(files.length ? `${verb} ${files.length} file${files.length === 1 ? '' : 's'}:` : 'nothing new to write', ...files.map((p) => `  ${p}`));
  if (!dryRun && files.length) lines.push('', 'Next: model-registry validate, then commit the new files and open a pull request.');
  io.out(terminalLines(lines.join('\n')));
  return Promise.resolve(0);
}
