/**
 * A release's notes, from its cards: what it is, how it compares with the
 * previous version, where it came from, how it was trained, what is attached
 * and how to download and verify it. Card text is escaped; only addresses
 * built here (releases, commits) are links.
 */
import { formatBinarySize } from '../output/number-format.js';
import { metricTable } from '../output/metric-table.js';
import { compareMetrics } from '../report/metric-comparison.js';
import { asArray, isRecord } from '../values.js';
import { tagName, type Registry, type VersionEntry } from '../registry/registry.js';
import { mdCode, mdLink, mdText } from '../text/markdown-escape.js';
import { shellQuote } from '../text/shell-quote.js';
import type { ExpectedAsset } from './assets.js';
import { MAX_RELEASE_BODY } from './github-limits.js';
import { commitUrl, releaseUrl, type Repository } from './urls.js';

export interface NotesInput {
  registry: Registry;
  version: VersionEntry;
  previous?: VersionEntry;
  assets: readonly ExpectedAsset[];
  external: readonly { name: string; uri: string; size?: number; sha256?: string }[];
  repository: Repository;
  tag: string;
}

export function releaseNotes(input: NotesInput): string {
  const { registry, version, previous, repository, tag } = input;
  const card: Record<string, unknown> = isRecord(version.card?.value) ? version.card.value : {};
  const out: string[] = [];
  if (typeof card.summary === 'string') out.push(mdText(card.summary, 300), '');
  if (typeof card.created === 'string') out.push(`Created ${mdText(card.created)}.`, '');

  const rows = compareMetrics(version, { previous }, registry.settings.metrics);
  if (rows.length) {
    out.push('## Metrics', '');
    out.push(metricTable(version.version, rows, previous ? [{ key: 'previous', label: `vs ${mdText(previous.version)}` }] : []), '');
  }

  const lineage: Record<string, unknown> = isRecord(card.lineage) ? card.lineage : {};
  const parents = asArray(lineage.parents).filter(isRecord);
  const datasets = asArray(lineage.datasets).filter(isRecord);
  const code = isRecord(lineage.code) ? lineage.code : undefined;
  if (parents.length || datasets.length || code) {
    out.push('## Lineage', '');
    for (const p of parents) {
      const relation = typeof p.relation === 'string' ? ` (${mdText(p.relation)})` : '';
      if (typeof p.model === 'string' && typeof p.version === 'string' && registry.models.get(p.model)?.versions.has(p.version)) {
        const parentTag = tagName(registry.settings, p.model, p.version);
        out.push(`- Parent: ${mdLink(`${mdText(p.model)} ${mdText(p.version)}`, releaseUrl(repository, parentTag))}${relation}`);
      } else if (typeof p.uri === 'string') {
        const revision = typeof p.revision === 'string' ? ` at ${mdCode(p.revision)}` : '';
        out.push(`- Parent: ${mdCode(p.uri)}${revision}${relation}`);
      }
    }
    for (const d of datasets) {
      const bits = [
        typeof d.version === 'string' || typeof d.version === 'number' ? `version ${mdText(d.version)}` : '',
        typeof d.role === 'string' ? mdText(d.role) : '',
      ].filter(Boolean);
      const where = typeof d.uri === 'string' ? ` ${mdCode(d.uri)}` : '';
      const sum = typeof d.sha256 === 'string' ? ` sha256 ${mdCode(d.sha256)}` : '';
      out.push(`- Dataset: ${mdText(d.name)}${bits.length ? ` (${bits.join(', ')})` : ''}${where}${sum}`);
    }
    if (code && typeof code.repo === 'string' && typeof code.commit === 'string') {
      const path = typeof code.path === 'string' ? `, ${mdCode(code.path)}` : '';
      out.push(`- Code: ${mdLink(`${mdText(code.repo)}@${code.commit.slice(0, 7)}`, commitUrl(repository.serverUrl, code.repo, code.commit))}${path}`);
    }
    out.push('');
  }

  const training: Record<string, unknown> = isRecord(card.training) ? card.training : {};
  const params = isRecord(training.params) ? Object.entries(training.params) : [];
  const environment = isRecord(training.environment) ? Object.entries(training.environment) : [];
  if (params.length || environment.length || typeof training.run_url === 'string') {
    out.push('## Training', '');
    if (params.length) out.push('| Parameter | Value |', '|---|---|', ...params.map(([k, v]) => `| ${mdText(k)} | ${mdCode(v)} |`), '');
    if (environment.length) out.push('| Package | Version |', '|---|---|', ...environment.map(([k, v]) => `| ${mdText(k)} | ${mdCode(v)} |`), '');
    if (typeof training.run_url === 'string') out.push(`Training run: ${mdCode(training.run_url)}`, '');
  }

  out.push('## Assets', '', '| File | Size | SHA-256 |', '|---|---:|---|');
  for (const asset of input.assets) {
    if (asset.name === 'SHA256SUMS') continue;
    out.push(`| ${mdCode(asset.name)} | ${formatBinarySize(asset.size)} | ${mdCode(asset.sha256)} |`);
  }
  out.push('');
  if (input.external.length) {
    out.push('Stored elsewhere (not attached):', '', '| File | Where | Size | SHA-256 |', '|---|---|---:|---|');
    for (const e of input.external) {
      out.push(`| ${mdCode(e.name)} | ${mdCode(e.uri)} | ${e.size !== undefined ? formatBinarySize(e.size) : '–'} | ${e.sha256 ? mdCode(e.sha256) : '–'} |`);
    }
    out.push('');
  }
  out.push(
    '## Download and verify',
    '',
    '```sh',
    `gh release download ${shellQuote(tag)} --repo ${shellQuote(`${repository.owner}/${repository.repo}`)} --dir ${shellQuote(tag)}`,
    `cd ${shellQuote(tag)} && sha256sum -c SHA256SUMS`,
    '```',
  );
  const body = out.join('\n');
  return body.length > MAX_RELEASE_BODY ? `${body.slice(0, MAX_RELEASE_BODY - 200)}\n\n…(cut to fit GitHub's release notes limit; see card.yaml)` : body;
}
