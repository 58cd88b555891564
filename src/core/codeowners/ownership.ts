/**
 * Who owns what in a registry, as CODEOWNERS sees it: registry.yaml's
 * maintainers and each model's owners, read from the registry as data. Only
 * well-formed handles are taken: a malformed list is its file's own schema
 * problem, and its folder then falls back to the maintainers.
 */
import { isValidModelName } from '../registry/registry.js';
import { suggestModelName } from '../rules/layout-rules.js';
import { isRecord } from '../values.js';

/** The owner handle of the schemas (model.yaml `owners`, registry.yaml `maintainers`): @user or @org/team. */
export const OWNER_RE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;

export interface ModelOwnership {
  model: string;
  /** Undefined when model.yaml lists no well-formed owners. */
  owners?: string[];
}

export interface Ownership {
  /** Empty when registry.yaml declares none (or none well-formed). */
  maintainers: string[];
  /** Every model folder with a valid name, in name order. */
  models: ModelOwnership[];
  /** The names folders with invalid names are to take (`Churn-GBM` → `churn-gbm`): invalid-name's problem, so their lines are not stale. */
  renamed: string[];
}

/** From registry.yaml's value and each model folder's model.yaml value (undefined when it has none). */
export function ownershipOf(settings: unknown, models: readonly { model: string; card: unknown }[]): Ownership {
  const maintainers = handles(isRecord(settings) ? settings.maintainers : undefined) ?? [];
  const owned = models
    .filter((m) => isValidModelName(m.model))
    .map((m) => ({ model: m.model, owners: handles(isRecord(m.card) ? m.card.owners : undefined) }))
    .sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  const renamed = models.filter((m) => !isValidModelName(m.model)).map((m) => suggestModelName(m.model));
  return { maintainers, models: owned, renamed };
}

/** A non-empty list of well-formed handles, or undefined. */
export function handles(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.every((v) => typeof v === 'string' && OWNER_RE.test(v)) ? (value as string[]) : undefined;
}
