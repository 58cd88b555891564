/**
 * The environments side shared by `status` and the catalogue: what
 * registry.yaml declares and, when a repository and a token are given, what
 * each model's environments report running (their GitHub Deployments).
 * Octokit is loaded only when GitHub is read.
 */
import { environmentSettings, type EnvironmentSettings } from '../core/environments/environments.js';
import type { Running } from '../core/environments/drift.js';
import { isValidModelName, type Registry } from '../core/registry/registry.js';
import type { Repository } from '../core/release/urls.js';
import { RegistryUnreachableError } from '../errors/index.js';

export interface EnvironmentsReadout extends EnvironmentSettings {
  /** The deployments were read (from `repository`). */
  read: boolean;
  /** owner/name, when read. */
  repository?: string;
  /** Why they were not read, for people. */
  note?: string;
  /** `model` -> environment -> what it runs, when read. */
  running?: Map<string, Map<string, Running>>;
}

export interface EnvironmentSource {
  repository?: Repository;
  token?: string;
  log?: (message: string) => void;
  /** `note`: any failure becomes the readout's note (the catalogue is built all the same); `throw`: an error. */
  onRefusal: 'note' | 'throw';
}

export async function readEnvironments(registry: Registry, models: readonly string[], source: EnvironmentSource): Promise<EnvironmentsReadout> {
  const settings = environmentSettings(registry);
  if (settings.environments.length === 0) return { ...settings, read: false, note: 'registry.yaml declares no environments' };
  const { repository, token } = source;
  if (!repository) return { ...settings, read: false, note: 'no repository given (--repository, or GITHUB_REPOSITORY): the declared side only' };
  const fullName = `${repository.owner}/${repository.repo}`;
  if (!token) return { ...settings, read: false, note: `no token to read the deployments of ${fullName} (GITHUB_TOKEN): the declared side only` };
  const { createGitHubClient, httpStatus } = await import('../adapters/github/client.js');
  const { readEnvironmentsRunning } = await import('../adapters/github/environment-deployments.js');
  const octokit = createGitHubClient(token, source.log);
  try {
    const running = await readEnvironmentsRunning(
      octokit,
      { owner: repository.owner, repo: repository.repo },
      models.filter(isValidModelName),
      settings.environments.map((e) => e.name),
    );
    return { ...settings, read: true, repository: fullName, running };
  } catch (error) {
    const status = httpStatus(error);
    const refused = status === 401 || status === 403 || status === 404;
    if (source.onRefusal === 'throw' && !refused) throw error;
    const why = refused
      ? `GitHub answered HTTP ${status} to reading the deployments of ${fullName}: the token needs deployments: read there`
      : `the deployments of ${fullName} could not be read (${(error as Error).message})`;
    if (source.onRefusal === 'throw') throw new RegistryUnreachableError(why);
    return { ...settings, read: false, note: why };
  }
}
