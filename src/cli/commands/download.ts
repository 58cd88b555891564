/**
 * `model-registry download <ref> --out DIR [--artifact NAME …] [--root DIR] [--repository OWNER/NAME] [--token T]`:
 * the artifacts of the version a reference names, each verified before it
 * gets its name; a re-run keeps what is already there and verified.
 */
import { downloadArtifacts } from '../../app/download-artifacts.js';
import { resolveVersion } from '../../app/resolve-version.js';
import { terminalLine } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';

export async function downloadCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    root: { type: 'string' },
    repository: { type: 'string' },
    out: { type: 'string' },
    artifact: { type: 'string', multiple: true },
    token: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('download takes one reference, e.g. model-registry download churn-gbm#production --out model/');
  if (!values.out) throw new UsageError('download needs --out DIR: the folder the artifacts go to');
  const resolved = await resolveVersion({
    root: values.root ?? '.',
    ref: positionals[0],
    repository: values.repository ?? process.env.GITHUB_REPOSITORY,
    serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    hfEndpoint: process.env.HF_ENDPOINT,
  });
  const artifacts = Array.isArray(values.artifact) ? values.artifact : values.artifact ? [values.artifact] : undefined;
  const outcomes = await downloadArtifacts(resolved, { out: values.out, artifacts, token: values.token ?? process.env.GITHUB_TOKEN });
  io.out(terminalLine(`${resolved.model} ${resolved.version} (tag ${resolved.tag}) into ${values.out}`));
  for (const o of outcomes) {
    if (o.result === 'downloaded') io.out(terminalLine(`downloaded and verified  ${o.name}`));
    else if (o.result === 'present') io.out(terminalLine(`already there, verified  ${o.name}`));
    else io.out(terminalLine(`not downloaded           ${o.name}: ${o.note ?? ''}`));
  }
  return 0;
}
