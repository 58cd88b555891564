/**
 * `command: resolve`, for deployment workflows: the version `ref` names (from
 * the checkout under `root`, the `catalogue`, or the `registry` repository
 * through the API), its tag, release and artifacts as outputs; with
 * `download`, every artifact (or those `artifacts` names) fetched into that
 * folder and verified (download-artifacts.ts).
 */
import * as core from '@actions/core';
import { downloadArtifacts } from '../../app/download-artifacts.js';
import { resolveVersion, type ResolveOptions } from '../../app/resolve-version.js';
import { terminalLine } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import type { RunContext } from '../context.js';
import type { ActionSettings } from '../input-helper.js';
import { plural } from '../../core/text/plural.js';

export async function resolveAction(settings: ActionSettings, context: RunContext): Promise<void> {
  const { ref, catalogue, download } = settings.resolve;
  if (!ref) throw new UsageError('command: resolve needs `ref`: a model reference such as churn-gbm#production, churn-gbm@2.1.0 or churn-gbm@latest');
  const registry = settings.register.registry;
  if (catalogue && registry) throw new UsageError('give `catalogue` or `registry`, not both: each is a source of its own');
  const common = { ref, root: settings.root, serverUrl: context.serverUrl, hfEndpoint: process.env.HF_ENDPOINT || undefined };
  const options: ResolveOptions = catalogue
    ? { ...common, catalogue }
    : registry
      ? { ...common, repository: registry, fromGitHub: { token: settings.token, log: (m) => core.info(terminalLine(m)) } }
      : { ...common, repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined };
  const resolved = await resolveVersion(options);
  core.setOutput('version', resolved.version);
  core.setOutput('tag', resolved.tag);
  core.setOutput('release-url', resolved.releaseUrl ?? '');
  core.setOutput('artifacts', JSON.stringify(resolved.artifacts));
  core.info(
    terminalLine(
      `${resolved.model} ${resolved.version}${resolved.stage ? ` (${resolved.stage})` : ''}: tag ${resolved.tag}, ${plural(resolved.artifacts.length, 'artifact')}`,
    ),
  );
  if (!download) return;
  const outcomes = await downloadArtifacts(resolved, {
    out: download,
    artifacts: settings.register.artifacts.length ? settings.register.artifacts : undefined,
    token: settings.token || undefined,
  });
  for (const o of outcomes) core.info(terminalLine(`${o.result === 'listed' ? 'not downloaded' : o.result}: ${o.name}${o.note ? ` (${o.note})` : ''}`));
}
