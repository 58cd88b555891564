/**
 * Which registry a serving command (resolve, download) reads, from its flags:
 * `--catalogue URL` the published JSON API; `--repository OWNER/NAME` alone
 * the repository on GitHub through the API; otherwise the folder `--root`
 * (default .), whose committed artifacts get the release addresses of
 * `--repository` or GITHUB_REPOSITORY.
 */
import type { ResolveOptions } from '../app/resolve-version.js';
import { UsageError } from '../errors/index.js';

export function sourceOptions(
  ref: string,
  values: { root?: string; repository?: string; catalogue?: string; token?: string },
  log?: (message: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): ResolveOptions {
  const common = { ref, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', hfEndpoint: env.HF_ENDPOINT || undefined };
  if (values.catalogue !== undefined) {
    if (values.root !== undefined || values.repository !== undefined)
      throw new UsageError('--catalogue is a source of its own: give it without --root or --repository');
    return { ...common, root: '.', catalogue: values.catalogue };
  }
  if (values.repository !== undefined && values.root === undefined) {
    const token = values.token ?? env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '';
    if (!token) throw new UsageError('reading the registry from GitHub (--repository) needs a token: --token, or GITHUB_TOKEN / GH_TOKEN in the environment');
    return { ...common, root: '.', repository: values.repository, fromGitHub: { token, log } };
  }
  return { ...common, root: values.root ?? '.', repository: values.repository ?? (env.GITHUB_REPOSITORY || undefined) };
}
