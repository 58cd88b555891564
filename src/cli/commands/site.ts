/**
 * `model-registry site [--root DIR] --out DIR [--base-url URL] [--repository owner/name]`:
 * writes the static catalogue (pages, JSON API, feed, badges) of a registry.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite } from '../../app/build-site.js';
import { buildTime } from '../../app/clock.js';
import { checkOutputFolder } from '../../app/output-folder.js';
import { countBySeverity } from '../../core/problems.js';
import { parseFlags, registryRoot } from '../args.js';
import type { Io } from '../io.js';
import { terminalText } from '../../core/text/terminal-text.js';
import { UsageError } from '../../errors/index.js';
import { plural } from '../../core/text/plural.js';

export interface SiteSettings {
  root: string;
  out: string;
  baseUrl?: string;
  repository?: string;
}

const REPOSITORY_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function parseSiteSettings(argv: string[]): SiteSettings {
  const { values, positionals } = parseFlags(argv, 'site');
  if (!values.out) throw new UsageError('--out DIR is required: the folder to write the site to (e.g. --out _site)');
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !isHttpUrl(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  const repository = values.repository;
  if (repository !== undefined && !REPOSITORY_RE.test(repository)) throw new UsageError(`--repository must be owner/name, got ${JSON.stringify(repository)}`);
  const root = registryRoot('site', values.root, positionals);
  checkOutputFolder(root, values.out, '--out');
  return { root, out: values.out, baseUrl, repository };
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(value);
  } catch {
    return false;
  }
}

export async function siteCommand(argv: string[], io: Io): Promise<number> {
  const settings = parseSiteSettings(argv);
  const {
    report,
    settings: registry,
    written,
    history,
    environments,
  } = await buildSite({
    root: settings.root,
    out: settings.out,
    repository: settings.repository,
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    baseUrl: settings.baseUrl,
    generatedAt: buildTime(),
    // What the declared environments run is read with --repository and a token (deployments: read).
    token: settings.repository ? (process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN) : undefined,
  });
  const { errors } = countBySeverity(report.problems);
  if (errors)
    io.err(`warning: the registry has ${plural(errors, 'error')}; the catalogue shows what could be read. Run \`model-registry validate\` for details.`);
  if (environments.declared && !environments.read) io.err(terminalText(`note: environments were not read (${environments.note ?? ''}); the pages say so`));
  if (history.shallow) io.err('warning: this is a shallow git clone, so the stages\' "since" dates may be too recent (fetch the full history for exact ones).');
  const index = resolve(settings.out, 'index.html');
  io.out(
    `Wrote the catalogue of ${terminalText(registry.name)}: ${plural(report.models, 'model')}, ${plural(report.versions, 'version')}, ${plural(written.files, 'file')} (${(written.bytes / 1e6).toFixed(1)} MB) in ${settings.out}`,
  );
  // Browsers let a page opened from a file fetch nothing, and model pages draw their charts from the JSON API.
  io.out(
    `See it whole over HTTP (python3 -m http.server -d ${JSON.stringify(settings.out)}), as GitHub Pages serves it; opened from a file (${pathToFileURL(index).href}), model pages show no charts or metric tables and search covers names only.`,
  );
  return 0;
}
