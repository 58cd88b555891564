/**
 * `model-registry resolve <ref> [--root DIR | --catalogue URL | --repository OWNER/NAME] [--format text|json]`:
 * the version a reference names, its tag and release, and every artifact
 * with its address, size and sha256.
 */
import { resolveVersion } from '../../app/resolve-version.js';
import { verifyCommand } from '../../core/serving/resolve.js';
import type { ResolvedArtifact } from '../../core/serving/types.js';
import { formatDecimalSize } from '../../core/output/number-format.js';
import { terminalJson, terminalLine } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { oneOf, parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { sourceOptions } from '../registry-source.js';

export async function resolveCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'resolve');
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  if (positionals.length !== 1) throw new UsageError('resolve takes one reference, e.g. model-registry resolve churn-gbm#production');
  const resolved = await resolveVersion(sourceOptions(positionals[0], values, (m) => io.err(terminalLine(m))));
  if (format === 'json') {
    io.out(terminalJson(resolved));
    return 0;
  }
  io.out(terminalLine(`${resolved.model} ${resolved.version}${resolved.stage ? ` (${resolved.stage})` : ''}  tag ${resolved.tag}`));
  io.out(
    terminalLine(
      resolved.releaseUrl ? `release  ${resolved.releaseUrl}` : 'release  none known: give --repository OWNER/NAME, or the tag has no published release yet',
    ),
  );
  if (!resolved.artifacts.length) io.out('no artifacts listed in its card');
  for (const artifact of resolved.artifacts) for (const line of artifactLines(artifact)) io.out(terminalLine(line));
  return 0;
}

function artifactLines(a: ResolvedArtifact): string[] {
  const size = a.size === undefined ? 'size unknown' : formatDecimalSize(a.size);
  const lines = [`${a.name}  ${size}  sha256 ${a.sha256 ?? 'unknown'}`];
  if (a.source.kind === 'committed')
    lines.push(`  committed at ${a.source.path} (no release address: give --repository OWNER/NAME, or it has no published release)`);
  else if (a.source.kind === 'other') {
    lines.push(
      a.source.uri ? `  stored at ${a.source.uri}: fetch it with your own tool, then verify:` : '  no address given: fetch it with your own tool, then verify:',
    );
    const verify = verifyCommand(a);
    if (verify) lines.push(`  ${verify}`);
  } else lines.push(`  ${a.source.url}`);
  return lines;
}
