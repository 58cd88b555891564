/**
 * A pushed commit's stage changes and new deprecations, from the text of a
 * model's stages.yaml and model.yaml before and after it. Read from the files'
 * meaning, not from diff lines, so that reformatting changes nothing and a
 * moved line is no change.
 */
import { parse } from 'yaml';
import semver from 'semver';
import { isRecord } from '../values.js';

/** stage -> version, from a stages.yaml text (anything unreadable is no assignment). */
export function stagesOf(text: string | undefined): Record<string, string> {
  return stringMap(text, (value) => value);
}

/** version -> reason, from a model.yaml text's deprecated_versions. */
export function deprecatedOf(text: string | undefined): Record<string, string> {
  return stringMap(text, (value) => (isRecord(value) ? value.deprecated_versions : undefined));
}

function stringMap(text: string | undefined, pick: (doc: unknown) => unknown): Record<string, string> {
  if (text === undefined) return {};
  let doc: unknown;
  try {
    doc = parse(text, { schema: 'core', uniqueKeys: false });
  } catch {
    return {};
  }
  const value = pick(doc);
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number') out[key] = String(item);
  }
  return out;
}

export interface StageDelta {
  stage: string;
  from?: string;
  to?: string;
}

/** Stages whose version differs, in stage-name order. */
export function stageDeltas(before: Record<string, string>, after: Record<string, string>): StageDelta[] {
  const stages = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: StageDelta[] = [];
  for (const stage of stages) {
    const from = before[stage];
    const to = after[stage];
    if (from === to) continue;
    out.push({ stage, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
  return out;
}

/** Versions newly deprecated, SemVer ascending. */
export function newDeprecations(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after)
    .filter((v) => !(v in before) && semver.valid(v) === v)
    .sort(semver.compare);
}
