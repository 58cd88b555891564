/**
 * `model-registry audit [DIR] [--root DIR] [--format text|json]
 * [--repository OWNER/NAME] [--token T]`: every finding of the audit, one a
 * line (`file:line: severity rule [model] message`), or the report as JSON.
 * Exit status 1 when a finding is an error, as `validate` does for problems.
 */
import { auditRegistry } from '../../app/audit-registry.js';
import { countsText } from '../../core/audit/audit-markdown.js';
import { terminalJson, terminalLine, terminalLines } from '../../core/text/terminal-text.js';
import { oneOf, parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';

export async function auditCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'audit');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const report = await auditRegistry({
    root: registryRoot('audit', values.root, positionals),
    repository: values.repository ?? (env.GITHUB_REPOSITORY || undefined),
    token: values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    log: (m) => io.err(terminalLines(m)),
  });
  for (const note of report.notes) io.err(terminalLine(`note: ${note}`));
  if (format === 'json') io.out(terminalJson(report));
  else {
    for (const f of report.findings)
      io.out(terminalLine(`${f.file}${f.line !== undefined ? `:${f.line}` : ''}: ${f.severity} ${f.rule} [${f.model}] ${f.message}`));
    io.out(
      terminalLine(`${report.registry}: ${countsText(report)}${report.findings.length ? ` in ${report.models.length} model(s)` : ''} (as of ${report.now})`),
    );
  }
  return report.counts.errors > 0 ? 1 : 0;
}
