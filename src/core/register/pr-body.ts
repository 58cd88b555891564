/**
 * The pull request a registration opens: a title, and a body that summarises
 * the version for its reviewers (summary, metrics against the previous
 * version and production, artifacts with their digests, lineage) and links
 * the training run. Card text is untrusted and stays text (mdText, mdCode);
 * only addresses built here from validated parts are links.
 */
import semver from 'semver';
import { formatBinarySize } from '../output/number-format.js';
import { metricTable } from '../output/metric-table.js';
import { compareMetrics } from '../report/metric-comparison.js';
import { asArray, isRecord } from '../values.js';
import { isValidVersion, type Registry, type VersionEntry } from '../registry/registry.js';
import { commitUrl, type Repository } from '../release/urls.js';
import { mdCode, mdLink, mdText } from '../text/markdown-escape.js';
import type { ArtifactFact, RunFacts } from './build-card.js';

/** GitHub refuses pull request bodies over 65,536 characters. */
export const MAX_PR_BODY = 65_536;
const MAX_ROWS = 100;

export function pullRequestTitle(model: string, version: string, newModel: boolean): string {
  return `Register ${model} ${version}${newModel ? ' (new model)' : ''}`;
}

export interface PullRequestBodyInput {
  /** The registry with the new version in it. */
  registry: Registry;
  model: string;
  version: string;
  newModel: boolean;
  tag: string;
  branch: string;
  repository: Repository;
  run: RunFacts;
  artifacts: readonly ArtifactFact[];
  autoMerge: boolean;
}

const REPO_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA_RE = /^[0-9a-f]{40}$/;

export function pullRequestBody(input: PullRequestBodyInput): string {
  const { registry, model, version, tag, repository, run } = input;
  const entry = registry.models.get(model)?.versions.get(version);
  const card: Record<string, unknown> = isRecord(entry?.card?.value) ? entry.card.value : {};
  const previous = previousVersion(registry, model, version);
  const production = stageVersion(registry, model);
  const out: string[] = [];

  out.push(`## ${mdCode(model)} ${mdText(version)}${input.newModel ? ' — a new model' : ''}`, '');
  if (typeof card.summary === 'string') out.push(`> ${mdText(card.summary, 300)}`, '');

  const facts: string[] = [];
  facts.push(`- **Version:** ${mdText(version)}${previous ? ` (after ${mdText(previous.version)})` : input.newModel ? ' (the first)' : ''}`);
  if (run.codeRepo && run.commit && REPO_RE.test(run.codeRepo) && SHA_RE.test(run.commit)) {
    facts.push(`- **Code:** ${mdLink(`${mdText(run.codeRepo)}@${run.commit.slice(0, 7)}`, commitUrl(repository.serverUrl, run.codeRepo, run.commit))}`);
  }
  if (run.runUrl && /^https?:\/\/[^\s]+$/.test(run.runUrl))
    facts.push(`- **Training run:** ${mdLink('the workflow run that trained and registered it', run.runUrl)}`);
  if (typeof card.created === 'string') facts.push(`- **Created:** ${mdText(card.created)}`);
  facts.push(
    input.artifacts.length
      ? `- **Release:** the draft release ${mdCode(tag)} holds the artifacts; when this pull request is merged, the release step checks every asset against the card and publishes it.`
      : `- **Release:** ${mdCode(tag)}, made by the release step when this pull request is merged.`,
  );
  out.push(...facts, '');

  const columns: { key: string; label: string }[] = [];
  const others: Record<string, VersionEntry | undefined> = {};
  if (previous) {
    others.previous = previous;
    columns.push({ key: 'previous', label: `vs ${mdText(previous.version)}` });
  }
  if (production && production.entry !== previous) {
    others.production = production.entry;
    columns.push({ key: 'production', label: `vs ${mdText(production.stage)} (${mdText(production.entry.version)})` });
  }
  const rows = compareMetrics(entry, others, registry.settings.metrics).filter((row) => row.value !== undefined);
  if (rows.length) {
    out.push('### Metrics', '', metricTable(version, rows.slice(0, MAX_ROWS), columns), '');
    if (rows.length > MAX_ROWS) out.push(`…and ${rows.length - MAX_ROWS} more in the metrics file.`, '');
  }

  if (input.artifacts.length) {
    out.push('### Artifacts', '', '| File | Size | SHA-256 |', '|---|---:|---|');
    for (const a of input.artifacts.slice(0, MAX_ROWS)) out.push(`| ${mdCode(a.name)} | ${formatBinarySize(a.size)} | ${mdCode(a.sha256)} |`);
    if (input.artifacts.length > MAX_ROWS) out.push(`| …and ${input.artifacts.length - MAX_ROWS} more | | |`);
    out.push('');
  }

  const lineage: Record<string, unknown> = isRecord(card.lineage) ? card.lineage : {};
  const parents = asArray(lineage.parents).filter(isRecord);
  const datasets = asArray(lineage.datasets).filter(isRecord);
  if (parents.length || datasets.length) {
    out.push('### Lineage', '');
    for (const p of parents.slice(0, MAX_ROWS)) {
      const relation = typeof p.relation === 'string' ? ` (${mdText(p.relation)})` : '';
      if (typeof p.model === 'string') out.push(`- Parent: ${mdCode(p.model)} ${mdText(p.version)}${relation}`);
      else if (typeof p.uri === 'string') out.push(`- Parent: ${mdCode(p.uri)}${typeof p.revision === 'string' ? ` at ${mdCode(p.revision)}` : ''}${relation}`);
    }
    for (const d of datasets.slice(0, MAX_ROWS)) {
      const bits = [d.version !== undefined ? `version ${mdText(d.version)}` : '', typeof d.role === 'string' ? mdText(d.role) : ''].filter(Boolean);
      out.push(`- Dataset: ${mdText(d.name)}${bits.length ? ` (${bits.join(', ')})` : ''}${typeof d.uri === 'string' ? ` ${mdCode(d.uri)}` : ''}`);
    }
    out.push('');
  }

  out.push(
    '---',
    '',
    `Opened by \`model-registry register\` on the branch ${mdCode(input.branch)}. The registry's checks validate this version like any other pull request.` +
      (input.autoMerge
        ? ' Auto-merge is requested: it merges itself once the required checks and reviews pass.'
        : ' Review it, and merge it to publish the release.'),
  );
  const body = out.join('\n');
  return body.length > MAX_PR_BODY ? `${body.slice(0, MAX_PR_BODY - 200)}\n\n…(cut to fit GitHub's limit; see card.yaml)` : body;
}

/** The highest version of the model below `version`, if any. */
export function previousVersion(registry: Registry, model: string, version: string): VersionEntry | undefined {
  let best: VersionEntry | undefined;
  for (const v of registry.models.get(model)?.versions.values() ?? []) {
    if (!isValidVersion(v.version) || !isValidVersion(version) || semver.compare(v.version, version) >= 0) continue;
    if (!best || semver.compare(v.version, best.version) > 0) best = v;
  }
  return best;
}

/** What runs in the last (most production-like) stage that has a version. */
function stageVersion(registry: Registry, model: string): { stage: string; entry: VersionEntry } | undefined {
  const entry = registry.models.get(model);
  const stages = entry?.stages?.value;
  if (!entry || !isRecord(stages)) return undefined;
  for (const stage of [...registry.settings.stages].reverse()) {
    const version = stages[stage];
    const found = typeof version === 'string' ? entry.versions.get(version) : undefined;
    if (found) return { stage, entry: found };
  }
  return undefined;
}
