/**
 * The audit: what is wrong with a registry in production right now, from its
 * files, its observations, git's history (since when each stage runs what,
 * the release tags) and, when read, what the environments run. Pure: every
 * fact and the clock (`now`) come in as data, the findings go out.
 */
import type { EnvironmentDrift } from '../environments/drift.js';
import { modelMonitoring } from '../monitoring/monitoring-settings.js';
import type { Observation } from '../monitoring/observation.js';
import { OWNER_RE } from '../codeowners/ownership.js';
import { tagName, type ModelEntry, type Registry } from '../registry/registry.js';
import { isRecord, own } from '../values.js';
import { compareFindings, finding, type AuditFinding } from './finding.js';
import { formatDuration } from '../environments/duration.js';
import { monitorFindings } from './monitor-findings.js';
import { driftFindings } from './drift-findings.js';

export interface AuditConsumer {
  name: string;
  /** A well-formed @user or @org/team handle, or undefined. */
  owner?: string;
  contact?: string;
  kind?: string;
}

/** Who to tell about a model with findings. */
export interface AuditedModel {
  name: string;
  /** Well-formed handles only. */
  owners: string[];
  consumers: AuditConsumer[];
}

export interface AuditReport {
  registry: string;
  /** The instant judged, ISO 8601. */
  now: string;
  /** Errors first, then by model, rule, file and line. */
  findings: AuditFinding[];
  counts: { errors: number; warnings: number };
  /** The models with findings, in name order. */
  models: AuditedModel[];
  /** What could not be checked, and why, for people. */
  notes: string[];
}

export interface AuditInput {
  registry: Registry;
  /** Each model's observations, in any order. */
  observations: ReadonlyMap<string, readonly Observation[]>;
  /** ISO 8601. */
  now: string;
  /** model -> stage -> since when it runs its version (git's history), when known. */
  stageSince?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Every release tag of the repository; undefined: unknown, so no release check. */
  releaseTags?: ReadonlySet<string>;
  /** The environments' rows, when the deployments were read. */
  drift?: readonly EnvironmentDrift[];
  maxDrift?: string;
  notes?: readonly string[];
}

export function audit(input: AuditInput): AuditReport {
  const { registry } = input;
  const nowMs = Date.parse(input.now);
  const findings: AuditFinding[] = [];
  const production = registry.settings.stages.at(-1);
  for (const model of registry.models.values()) {
    const card: unknown = model.card?.value;
    const monitoring = modelMonitoring(registry.settingsFile?.value, card);
    const stages = stagesOf(model);
    const deprecated = isRecord(card) && isRecord(own(card, 'deprecated_versions')) ? (own(card, 'deprecated_versions') as Record<string, unknown>) : {};
    const observations = input.observations.get(model.name) ?? [];
    const stagesFile = model.stages?.path ?? `${model.dir}/stages.yaml`;

    findings.push(...monitorFindings({ registry, model, monitoring, stages, observations }));

    if (monitoring.maxSilence) {
      const newest = newestObservationByVersion(observations);
      for (const [version, inStages] of byVersion(stages)) {
        const last = newest.get(version);
        const since = last?.time ?? earliest(inStages.map((s) => input.stageSince?.get(model.name)?.get(s)));
        const silentMs = since === undefined ? undefined : nowMs - Date.parse(since);
        if (silentMs !== undefined && silentMs <= monitoring.maxSilence.ms) continue;
        const where = `${inStages.join(' and ')} ${inStages.length > 1 ? 'run' : 'runs'} ${version}`;
        const how =
          last !== undefined
            ? `whose newest observation (${last.time}) is ${formatDuration(silentMs!)} old`
            : since !== undefined
              ? `with no observation in the ${formatDuration(silentMs!)} since ${since}`
              : 'with no observation at all';
        findings.push(
          finding(
            'monitor-silent',
            model.name,
            last?.file ?? stagesFile,
            `${where}, ${how}: longer than max_silence ${monitoring.maxSilence.text}; check the job that records its observations`,
            [version],
            {
              version,
              ...(last ? { line: last.line } : {}),
            },
          ),
        );
      }
    }

    if (monitoring.retrainAfter) {
      const newest = newestVersion(model);
      if (newest && nowMs - Date.parse(newest.created) > monitoring.retrainAfter.ms) {
        findings.push(
          finding(
            'retrain-overdue',
            model.name,
            newest.file,
            `the newest version, ${newest.version}, was created ${newest.created}, ${formatDuration(nowMs - Date.parse(newest.created))} ago: longer than retrain_after ${monitoring.retrainAfter.text}; retrain and register a new version`,
            [newest.version],
            { version: newest.version },
          ),
        );
      }
    }

    for (const [stage, version] of stages) {
      const reason = own(deprecated, version);
      if (typeof reason === 'string')
        findings.push(
          finding(
            'deprecated-in-stage',
            model.name,
            stagesFile,
            `${stage} runs ${version}, which model.yaml deprecates (${reason}): promote another version or demote ${stage}`,
            [stage, version],
            {
              stage,
              version,
            },
          ),
        );
      if (input.releaseTags && model.versions.has(version)) {
        const tag = tagName(registry.settings, model.name, version);
        if (!input.releaseTags.has(tag))
          findings.push(
            finding(
              'stage-unreleased',
              model.name,
              stagesFile,
              `${stage} runs ${version}, which has no release (no tag ${tag}): run the release workflow, or check why it failed`,
              [stage, version],
              {
                stage,
                version,
              },
            ),
          );
      }
    }

    if (production !== undefined && stages.has(production) && isRecord(card)) {
      const missing = [
        ...(ownersOf(card).length ? [] : ['owners']),
        ...(nonEmpty(own(card, 'license')) ? [] : ['license']),
        ...(nonEmpty(own(card, 'intended_use')) ? [] : ['intended_use']),
      ];
      if (missing.length)
        findings.push(
          finding(
            'production-card-incomplete',
            model.name,
            model.card!.path,
            `${model.name} runs in ${production} without ${missing.join(', ')} in model.yaml: add ${missing.length > 1 ? 'them' : 'it'}`,
            missing,
          ),
        );
    }
  }

  const stagesFile = (name: string) => {
    const model = registry.models.get(name);
    return model && (model.stages?.path ?? `${model.dir}/stages.yaml`);
  };
  findings.push(...driftFindings(input.drift ?? [], stagesFile, input.maxDrift));

  findings.sort(compareFindings);
  const affected = [...new Set(findings.map((f) => f.model))].sort();
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    registry: registry.settings.name,
    now: input.now,
    findings,
    counts: { errors, warnings: findings.length - errors },
    models: affected.map((name) => auditedModel(name, registry.models.get(name)?.card?.value)),
    notes: [...(input.notes ?? [])],
  };
}

/** stage -> version, as stages.yaml assigns them (strings only). */
function stagesOf(model: ModelEntry): Map<string, string> {
  const value: unknown = model.stages?.value;
  const out = new Map<string, string>();
  if (isRecord(value)) for (const [stage, version] of Object.entries(value)) if (typeof version === 'string') out.set(stage, version);
  return out;
}

function byVersion(stages: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [stage, version] of stages) out.set(version, [...(out.get(version) ?? []), stage]);
  return out;
}

function newestObservationByVersion(observations: readonly Observation[]): Map<string, Observation> {
  const out = new Map<string, Observation>();
  for (const o of observations) {
    const seen = out.get(o.version);
    if (!seen || Date.parse(o.time) >= Date.parse(seen.time)) out.set(o.version, o);
  }
  return out;
}

function earliest(times: readonly (string | undefined)[]): string | undefined {
  const known = times.filter((t): t is string => t !== undefined && Number.isFinite(Date.parse(t)));
  return known.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

/** The version whose card was created last (by `created`), with its card's path. */
function newestVersion(model: ModelEntry): { version: string; created: string; file: string } | undefined {
  let newest: { version: string; created: string; file: string } | undefined;
  for (const entry of model.versions.values()) {
    const card: unknown = entry.card?.value;
    const created = isRecord(card) ? own(card, 'created') : undefined;
    if (typeof created !== 'string' || !Number.isFinite(Date.parse(created))) continue;
    if (!newest || Date.parse(created) > Date.parse(newest.created)) newest = { version: entry.version, created, file: entry.card!.path };
  }
  return newest;
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function ownersOf(card: Record<string, unknown>): string[] {
  const owners = own(card, 'owners');
  return Array.isArray(owners) ? owners.filter((o): o is string => typeof o === 'string' && OWNER_RE.test(o)) : [];
}

function auditedModel(name: string, card: unknown): AuditedModel {
  const consumers: AuditConsumer[] = [];
  const raw = isRecord(card) ? own(card, 'consumers') : undefined;
  for (const c of Array.isArray(raw) ? raw : []) {
    if (!isRecord(c) || typeof c.name !== 'string') continue;
    consumers.push({
      name: c.name,
      ...(typeof c.owner === 'string' && OWNER_RE.test(c.owner) ? { owner: c.owner } : {}),
      ...(typeof c.contact === 'string' ? { contact: c.contact } : {}),
      ...(typeof c.kind === 'string' ? { kind: c.kind } : {}),
    });
  }
  return { name, owners: isRecord(card) ? ownersOf(card) : [], consumers };
}
