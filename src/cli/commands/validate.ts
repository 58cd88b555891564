import { problemCommand } from '../../core/output/workflow-commands.js';
import { ANSI, PLAIN, formatProblemText } from '../../core/output/text-format.js';
import { countBySeverity } from '../../core/problems.js';
import { plural } from '../../core/text/plural.js';
import { validateRegistry } from '../../app/validate-registry.js';
import { readRegistryDocument } from '../../adapters/fs/fs-snapshot.js';
import { repositoryPlace } from '../../adapters/git/repository-root.js';
import { oneOf, parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';
import { terminalJson } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';

const FORMATS = ['text', 'json', 'github'] as const;

export interface ValidateSettings {
  root: string;
  base?: string;
  /** With --base: the commit checked out is reviewed, not the working tree. */
  committed: boolean;
  format: (typeof FORMATS)[number];
}

export function parseValidateSettings(argv: string[]): ValidateSettings {
  const { values, positionals } = parseFlags(argv, 'validate');
  if (values.committed && !values.base) throw new UsageError('--committed reviews the commit checked out against --base: give --base too');
  return {
    root: registryRoot('validate', values.root, positionals),
    base: values.base,
    committed: values.committed ?? false,
    format: oneOf('format', values.format, FORMATS, 'text'),
  };
}

export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const settings = parseValidateSettings(argv);
  const { report } = await validateRegistry({ root: settings.root, base: settings.base, head: settings.committed ? 'HEAD' : undefined, needRegistry: false });
  if (settings.format === 'json') {
    io.out(terminalJson(report));
  } else if (settings.format === 'github') {
    for (const problem of report.problems) io.out(problemCommand(problem));
  } else {
    const style = io.color ? ANSI : PLAIN;
    const lines = new SourceLines(settings.root);
    for (const problem of report.problems) io.out(`${formatProblemText(problem, lines.get(problem.file, problem.line), style)}\n`);
    const { errors, warnings } = countBySeverity(report.problems);
    const verdict = errors ? style.red(style.bold('✗ invalid')) : style.green(style.bold('✓ valid'));
    io.out(`${verdict}: ${plural(report.models, 'model')}, ${plural(report.versions, 'version')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  }
  // Without a base, immutable-version cannot run: say so once, on stderr (not a problem), so a pass is not read as "no released version changed".
  if (!settings.base && repositoryPlace(settings.root).inGit) {
    io.err(
      'note: released versions were not compared with the base branch (no --base): to check that none changed, run `model-registry validate --base origin/main`',
    );
  }
  return report.ok ? 0 : 1;
}

/** Source lines for the caret display, reading each file at most once, never through a link (it could show any file). */
class SourceLines {
  private readonly cache = new Map<string, string[] | undefined>();
  constructor(private readonly root: string) {}
  get(file: string, line: number): string | undefined {
    if (!this.cache.has(file)) {
      const bytes = readRegistryDocument(this.root, file);
      const lines = bytes && bytes.length <= 1024 * 1024 && !bytes.includes(0) ? Buffer.from(bytes).toString('utf8').split(/\r?\n/) : undefined;
      this.cache.set(file, lines);
    }
    return this.cache.get(file)?.[line - 1];
  }
}
