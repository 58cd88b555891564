/**
 * `resolve`: a model reference resolved against a registry folder (the
 * checkout a deployment job has, or any clone), with the release addresses
 * when the repository is known.
 */
import { parseRepository } from '../core/release/urls.js';
import { parseModelRef } from '../core/serving/model-ref.js';
import { HF_ENDPOINT, resolveRef } from '../core/serving/resolve.js';
import type { ResolvedVersion } from '../core/serving/types.js';
import { RefNotFoundError, UsageError } from '../errors/index.js';
import { validateRegistry } from './validate-registry.js';

export interface ResolveOptions {
  root: string;
  ref: string;
  /** owner/name: committed artifacts get their release addresses. */
  repository?: string;
  serverUrl: string;
  /** The Hub's address (HF_ENDPOINT), for hf:// artifacts. */
  hfEndpoint?: string;
}

export async function resolveVersion(options: ResolveOptions): Promise<ResolvedVersion> {
  const parsed = parseModelRef(options.ref);
  if ('problem' in parsed) throw new UsageError(parsed.problem);
  const repository = options.repository === undefined ? undefined : parseRepository(options.repository, options.serverUrl);
  if (options.repository !== undefined && !repository) throw new UsageError(`--repository must be OWNER/NAME, not ${JSON.stringify(options.repository)}`);
  const { registry } = await validateRegistry({ root: options.root });
  const resolution = resolveRef(registry, parsed.ref, repository, options.hfEndpoint ?? HF_ENDPOINT);
  if ('problem' in resolution) throw new RefNotFoundError(resolution.problem);
  return resolution.resolved;
}
