/**
 * `audit`: what is wrong with the registry in production now. The files and
 * their observations (validated like `validate`), git's history (since when
 * each stage runs its version; the release tags), and, with the registry
 * repository and a token, what each declared environment runs, go to the
 * pure audit (core/audit) with the clock's time.
 */
import { audit, type AuditReport } from '../core/audit/audit.js';
import type { Observation } from '../core/monitoring/observation.js';
import { isDrift } from '../core/environments/status.js';
import { releaseTagsFor } from '../core/audit/release-tags.js';
import { buildHistory } from '../core/stages/history.js';
import { stageStatus } from '../core/stages/status.js';
import { plural } from '../core/text/plural.js';
import { readRegistryHistory } from '../adapters/git/registry-history.js';
import { clock } from './clock.js';
import { readEnvironments } from './read-environments.js';
import { environmentRowsOf, repositoryOption, type StageStatusOptions } from './stage-status.js';
import { validateForAudit } from './validate-registry.js';

/** The same as `status`: the registry folder, and the repository whose deployments say what the environments run. */
export type AuditOptions = StageStatusOptions;

export async function auditRegistry(options: AuditOptions): Promise<AuditReport> {
  const repository = repositoryOption(options);
  // git first, while this process is small: starting a process costs more once the registry is read.
  const git = readRegistryHistory(options.root);
  const { registry, report } = await validateForAudit(options.root);
  const notes: string[] = [];
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0)
    notes.push(`the registry has ${plural(errors, 'validation error')}, its files audited as far as they could be read: run model-registry validate`);

  const history = git.available ? buildHistory(git.facts, registry.settings) : new Map();
  const models = stageStatus(registry, history);
  const stageSince = new Map(models.map((m) => [m.name, new Map(m.stages.flatMap((s) => (s.since ? [[s.stage, s.since] as const] : [])))]));
  const found = releaseTagsFor(
    { available: git.available, shallow: git.shallow, tags: git.facts.tags.map((t) => t.name) },
    registry.settings.tag_format,
    (name) => registry.models.has(name),
  );
  const releaseTags = found.tags;
  if (found.tags === undefined && found.missing === 'no-git')
    notes.push('not in a git repository: no release check, and silence is counted from observations only');
  else if (found.tags === undefined && found.missing === 'shallow') notes.push('a shallow clone (actions/checkout needs fetch-depth: 0): no release check');
  else if (found.tags === undefined)
    notes.push('no release tag of any model in this clone (the release workflow never ran, or the tags were not fetched): no release check');

  const now = clock().toISOString();
  const readout = await readEnvironments(
    registry,
    models.map((m) => m.name),
    { repository, token: options.token, log: options.log, onRefusal: 'note' },
  );
  if (readout.environments.length > 0 && !readout.read && readout.note) notes.push(`environments not read: ${readout.note}`);
  const rows = environmentRowsOf(models, readout, now);

  const observations = new Map<string, Observation[]>();
  for (const model of registry.models.values())
    observations.set(
      model.name,
      model.monitoring.flatMap((file) => file.observations),
    );
  return audit({
    registry,
    observations,
    now,
    stageSince,
    ...(releaseTags ? { releaseTags } : {}),
    ...(readout.read ? { drift: rows.filter(isDrift), maxDrift: readout.maxDrift } : {}),
    notes,
  });
}
