/**
 * A worker thread that renders and writes one part of a large site, while the
 * main thread does another (bundled as dist/site-render-worker.js). It gets
 * the site's data as JSON (faster to send than a structured clone) and
 * answers with what it wrote, or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generateSiteFromData, type SitePart } from '../core/site/build-site.js';
import type { ResolvedSettings } from '../core/registry/registry.js';
import { indexSiteData, type SiteModel, type SiteOptions } from '../core/site/site-model.js';
import type { GitHubLinks } from '../core/site/urls.js';
import { writeSite } from './site-writer.js';

export interface RenderJob {
  out: string;
  part: SitePart;
  settings: ResolvedSettings;
  github: GitHubLinks;
  options: SiteOptions;
  /** JSON of the SiteModel[]. */
  models: string;
}

export type RenderReply = { files: number; bytes: number } | { error: string };

async function run(job: RenderJob): Promise<RenderReply> {
  const data = indexSiteData(job.settings, JSON.parse(job.models) as SiteModel[], job.github, job.options);
  return writeSite(job.out, generateSiteFromData(data, job.part), { thread: false });
}

if (parentPort && workerData) {
  run(workerData as RenderJob).then(
    (result) => parentPort!.postMessage(result satisfies RenderReply),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies RenderReply),
  );
}
