/**
 * `model-registry deployed <model>@<version> --environment NAME [--url URL]
 * [--registry OWNER/NAME] [--root DIR] [--undeployed] [--token T]`: a
 * deployment job reports what an environment runs, as a GitHub Deployment in
 * the registry repository (`--registry`, else GITHUB_REPOSITORY with the
 * registry folder `--root`).
 */
import { reportDeployment } from '../../app/report-deployment.js';
import { parseRepository } from '../../core/release/urls.js';
import { terminalJson, terminalLines } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { parseFlags } from '../args.js';
import type { Io } from '../io.js';
import { isHttpUrl } from './site.js';

export async function deployedCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'deployed');
  if (positionals.length !== 1) throw new UsageError('name the deployed version: model-registry deployed <model>@<version> --environment NAME');
  if (!values.environment) throw new UsageError("--environment NAME is required: the environment, as registry.yaml's environments name it");
  if (values.url !== undefined && !isHttpUrl(values.url)) throw new UsageError(`--url must be an http(s) URL, got ${JSON.stringify(values.url)}`);
  if (values.registry !== undefined && values.root !== undefined)
    throw new UsageError('--registry reads the registry from GitHub, --root from a folder: give one of them');
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const fullName = values.registry ?? (env.GITHUB_REPOSITORY || undefined);
  if (!fullName) throw new UsageError('--registry OWNER/NAME is required (the registry repository), unless GITHUB_REPOSITORY is it');
  const repository = parseRepository(fullName, serverUrl);
  if (!repository) throw new UsageError(`--registry must be OWNER/NAME, not ${JSON.stringify(fullName)}`);
  const token = values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '';
  if (!token) throw new UsageError('a token that can write deployments in the registry repository is required: --token, or GITHUB_TOKEN / GH_TOKEN');
  const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const result = await reportDeployment({
    ref: positionals[0],
    environment: values.environment,
    url: values.url,
    undeployed: Boolean(values.undeployed),
    repository,
    fromGitHub: values.registry !== undefined,
    root: values.root ?? '.',
    token,
    runUrl,
    log: (m) => io.err(terminalLines(m)),
  });
  io.out(terminalJson(result));
  return 0;
}
