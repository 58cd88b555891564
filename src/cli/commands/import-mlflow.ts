/**
 * `model-registry import mlflow --tracking-uri URL …`: an MLflow registry as
 * registry files (see app/import-mlflow.ts). Prints the name mapping, the
 * notes (skipped versions, aliases without a stage), then what was (or, with
 * --dry-run, would be) written.
 */
import { credentialsFromEnv } from '../../adapters/mlflow/client.js';
import { importMlflow } from '../../app/import-mlflow.js';
import { ANSI, PLAIN } from '../../core/output/text-format.js';
import { terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { oneOf, parseFlags } from '../args.js';
import type { Io } from '../io.js';

const USAGE = 'usage: model-registry import mlflow --tracking-uri URL [--model NAME ...] [--alias-stage ALIAS=STAGE ...] [--owner @ORG/TEAM ...] [--dry-run]';

export async function importMlflowCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'import mlflow');
  if (positionals.length) throw new UsageError(`unexpected ${JSON.stringify(positionals[0])}: ${USAGE}`);
  const trackingUri = values['tracking-uri'] ?? process.env.MLFLOW_TRACKING_URI;
  if (!trackingUri) throw new UsageError(`--tracking-uri URL is required (or MLFLOW_TRACKING_URI): ${USAGE}`);
  if (!/^https?:\/\/[^/]/.test(trackingUri))
    throw new UsageError(`--tracking-uri must be the tracking server's http(s) address, not ${JSON.stringify(trackingUri)}`);
  const aliasStages: Record<string, string> = {};
  for (const pair of values['alias-stage'] ?? []) {
    const m = /^([A-Za-z0-9_-]+)=([a-z0-9][a-z0-9_-]*)$/.exec(pair);
    if (!m) throw new UsageError(`--alias-stage takes ALIAS=STAGE, e.g. champion=production, not ${JSON.stringify(pair)}`);
    aliasStages[m[1]] = m[2];
  }
  const owners = (values.owner ?? []).flatMap((o) => o.split(/[\s,]+/)).filter(Boolean);
  const dryRun = values['dry-run'] === true;
  const { plan, written } = await importMlflow({
    root: values.root ?? '.',
    trackingUri,
    models: values.model ?? [],
    owners,
    aliasStages,
    artifacts: oneOf('artifacts', values.artifacts, ['download', 'reference'] as const, 'download'),
    dryRun,
    credentials: credentialsFromEnv(process.env),
    log: (m) => io.err(terminalLines(m)),
    style: io.color ? ANSI : PLAIN,
  });
  for (const note of plan.notes) io.err(terminalLines(`note: ${note}`));
  const lines: string[] = [];
  if (plan.names.length) lines.push('MLflow model → registry model:', ...plan.names.map((n) => `  ${n.mlflow} → ${n.registry}${n.note ? ` (${n.note})` : ''}`));
  else lines.push('MLflow has no registered model: nothing to import');
  lines.push(
    `${plan.imported.length} new version${plan.imported.length === 1 ? '' : 's'}${plan.present ? `, ${plan.present} already here` : ''}${plan.imported.length ? ':' : ''}`,
    ...plan.imported.map((v) => `  ${v.mlflowName} ${v.mlflowVersion} → ${v.model} ${v.version}`),
  );
  const files = dryRun ? [...plan.copies.map((c) => c.path), ...plan.files.map((f) => f.path), ...(plan.registryFile ? ['registry.yaml'] : [])] : written;
  const verb = dryRun ? 'would write' : 'wrote';
  lines.push(files.length ? `${verb} ${files.length} file${files.length === 1 ? '' : 's'}:` : 'nothing new to write', ...files.map((p) => `  ${p}`));
  if (!dryRun && files.length) lines.push('', 'Next: model-registry validate, then commit the new files (weights with Git LFS) and open a pull request.');
  io.out(terminalLines(lines.join('\n')));
  return 0;
}
