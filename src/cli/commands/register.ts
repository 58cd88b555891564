/**
 * `model-registry register`: the Action's register step from a terminal or any
 * CI. With --dry-run it reads the registry, prints the plan as JSON (version,
 * files, branch, pull request, uploads) and writes nothing.
 */
import { clock } from '../../app/clock.js';
import { codeOrigin } from '../../adapters/git/code-origin.js';
import { registerVersion } from '../../app/register-version.js';
import { AutoMergeError, RegisterBlockedError } from '../../errors/index.js';
import { oneOf, parseFlags } from '../args.js';
import { METRICS_FORMATS } from '../../core/register/metrics-input.js';
import type { Io } from '../io.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';

export async function registerCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, 'register');
  const list = (value: string | boolean | (string | boolean)[] | undefined): string[] =>
    Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  if (!values.registry) throw new UsageError('--registry owner/name is required (the registry repository on GitHub)');
  if (!values.model) throw new UsageError('--model NAME is required');
  if (!values.metrics) throw new UsageError('--metrics FILE is required (a JSON or YAML file of metric values)');
  const token = values.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
  if (!token)
    throw new UsageError(
      'a token is required, even for --dry-run (the registry is read through the API): --token, or GITHUB_TOKEN / GH_TOKEN in the environment',
    );

  const cwd = process.cwd();
  const origin = codeOrigin(cwd);
  for (const warning of origin.warnings) io.err(terminalLines(`warning: ${warning}`));
  const dryRun = Boolean(values['dry-run']);
  try {
    const result = await registerVersion({
      registry: values.registry,
      serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
      token,
      model: values.model,
      version: values.version,
      metrics: values.metrics,
      metricsFormat: oneOf('metrics-format', values['metrics-format'], METRICS_FORMATS, 'auto'),
      card: values.card,
      modelCard: values['model-card'],
      modelFields: {
        title: values['model-title'],
        description: values['model-description'],
        owners: list(values['model-owner'])
          .flatMap((o) => o.split(/[\s,]+/))
          .filter(Boolean),
        task: values['model-task'],
        license: values['model-license'],
        tags: list(values['model-tag']),
      },
      artifacts: list(values.artifact),
      cwd,
      run: { codeRepo: origin.codeRepo, commit: origin.commit, runUrl: origin.runUrl },
      now: clock,
      autoMerge: Boolean(values['auto-merge']),
      dryRun,
      log: (m) => io.err(terminalLines(m)),
    });
    if (dryRun) {
      io.out(terminalJson(result.plan));
      return 0;
    }
    io.out(terminalJson({ version: result.version, pullRequest: result.pullRequest ?? null, autoMerge: result.autoMerge }));
    if (result.autoMergeError) throw new AutoMergeError(result.autoMergeError);
    return 0;
  } catch (error) {
    if (error instanceof RegisterBlockedError && dryRun && error.plan) {
      // The plan is still worth seeing: what would be written, and why not.
      io.out(terminalJson(error.plan));
    }
    throw error;
  }
}
