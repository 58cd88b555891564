/**
 * Builds the site of a registry into a folder (the CLI's and the Action's
 * `site`). A large registry is rendered by two threads at once, each writing
 * its own half of the models' pages, when the bundled worker is present
 * (dist/site-render-worker.js); otherwise, and for small registries, here.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Registry } from '../core/registry/registry.js';
import { generateSiteFromData } from '../core/site/build-site.js';
import { buildSiteData, type SiteOptions } from '../core/site/site-model.js';
import type { RenderJob, RenderReply } from './site-render-worker.js';
import { SiteWriteError, writeSite, type WriteResult } from './site-writer.js';

/** Below this many versions a second thread costs more to start than it saves. */
const PARALLEL_VERSIONS = 2000;

export async function buildSiteInto(out: string, registry: Registry, options: SiteOptions): Promise<WriteResult> {
  const data = buildSiteData(registry, options);
  const workerFile = fileURLToPath(new URL('./site-render-worker.js', import.meta.url));
  const parallel = data.versions.size >= PARALLEL_VERSIONS && availableParallelism() > 1 && existsSync(workerFile) && process.env.MODEL_REGISTRY_WORKERS !== '1';
  if (!parallel) return writeSite(out, generateSiteFromData(data));

  const { stageHistory: _history, ...plainOptions } = data.options;
  const job: RenderJob = {
    out,
    part: { index: 1, of: 2 },
    settings: data.settings,
    github: data.github,
    options: plainOptions,
    // `latest` is a copy of the last version; the worker relinks it.
    models: JSON.stringify(data.models, (key, value) => (key === 'latest' ? undefined : value)),
  };
  const worker = new Worker(workerFile, { workerData: job });
  const other = new Promise<RenderReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the site render worker stopped (exit code ${code})`)));
  });
  try {
    const mine = await writeSite(out, generateSiteFromData(data, { index: 0, of: 2 }), { thread: false });
    const theirs = await other;
    if ('error' in theirs) throw new SiteWriteError(theirs.error);
    return { files: mine.files + theirs.files, bytes: mine.bytes + theirs.bytes };
  } finally {
    await worker.terminate();
  }
}
