/**
 * `model-registry download <ref> --out DIR [--artifact NAME …] [--root DIR | --catalogue URL | --repository OWNER/NAME] [--token T]`:
 * the artifacts of the version a reference names, each verified before it
 * gets its name; a re-run keeps what is already there and verified.
 */
import { downloadArtifacts } from '../../app/download-artifacts.js';
import { resolveVersion } from '../../app/resolve-version.js';
import { terminalLine } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { sourceOptions } from '../registry-source.js';

const SAID = { downloaded: 'downloaded and verified', present: 'already there, verified', replaced: 'replaced, now verified', listed: 'not downloaded' };

export async function downloadCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'download');
  if (positionals.length !== 1) throw new UsageError('download takes one reference, e.g. model-registry download churn-gbm#production --out model/');
  if (!values.out) throw new UsageError('download needs --out DIR: the folder the artifacts go to');
  const log = (m: string) => io.err(terminalLine(m));
  const resolved = await resolveVersion(sourceOptions(positionals[0], values, log));
  const artifacts = Array.isArray(values.artifact) ? values.artifact : values.artifact ? [values.artifact] : undefined;
  const token = values.token ?? (process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined);
  const outcomes = await downloadArtifacts(resolved, { out: values.out, artifacts, token, hfToken: process.env.HF_TOKEN || undefined, log });
  io.out(terminalLine(`${resolved.model} ${resolved.version} (tag ${resolved.tag}) into ${values.out}`));
  for (const o of outcomes) io.out(terminalLine(`${SAID[o.result].padEnd(24)} ${o.name}${o.note ? `: ${o.note}` : ''}`));
  return 0;
}
