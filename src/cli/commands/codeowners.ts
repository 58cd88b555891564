import { updateCodeowners } from '../../app/update-codeowners.js';
import { differenceLine } from '../../core/codeowners/compare.js';
import { terminalLine } from '../../core/text/terminal-text.js';
import { parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';

export interface CodeownersSettings {
  root: string;
  repoRoot?: string;
  check: boolean;
  dryRun: boolean;
}

export function parseCodeownersSettings(argv: string[]): CodeownersSettings {
  const { values, positionals } = parseFlags(argv, 'codeowners');
  return {
    root: registryRoot('codeowners', values.root, positionals),
    repoRoot: values['repo-root'],
    check: values.check ?? false,
    dryRun: values['dry-run'] ?? false,
  };
}

/** Writes the registry's section of CODEOWNERS; --check exits 1 while it is out of step (for CI), --dry-run writes nothing. */
export function codeownersCommand(argv: string[], io: Io): Promise<number> {
  return Promise.resolve(runCodeowners(argv, io));
}

function runCodeowners(argv: string[], io: Io): number {
  const settings = parseCodeownersSettings(argv);
  const outcome = updateCodeowners({ root: settings.root, repoRoot: settings.repoRoot, write: !settings.check && !settings.dryRun });
  const file = outcome.file;
  const changes = outcome.differences.map((d) => terminalLine(`  ${differenceLine(d)}`));
  if (settings.check) {
    if (changes.length === 0) {
      io.out(terminalLine(`${file} is in step with the registry's owners`));
      return 0;
    }
    io.out(terminalLine(outcome.existed ? `${file} is out of step with the registry's owners:` : `${file} does not exist; it would hold:`));
    for (const line of changes) io.out(line);
    io.out('run `model-registry codeowners` to write it');
    return 1;
  }
  if (!outcome.changed) {
    io.out(terminalLine(`${file} is up to date: nothing written`));
    return 0;
  }
  const verb = settings.dryRun ? (outcome.existed ? 'would update' : 'would create') : outcome.existed ? 'updated' : 'created';
  io.out(terminalLine(`${verb} ${file}${changes.length ? ':' : ''}`));
  for (const line of changes) io.out(line);
  if (changes.length === 0) io.out("  (the registry's section was laid out anew; every owner was already in step)");
  if (settings.dryRun) io.out('dry run: nothing written');
  return 0;
}
