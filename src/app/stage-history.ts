/**
 * `history`: every registration, promotion, demotion, rollback and
 * deprecation, newest first, from git alone (tags and the files' history), so
 * it works in any clone, offline. Only registry.yaml is read from the files
 * (its tag_format and stage order).
 */
import { checkEntries } from '../core/check/check-model.js';
import { buildRegistry } from '../core/registry/registry.js';
import { buildHistory, type HistoryEvent } from '../core/stages/history.js';
import { didYouMean } from '../core/text/suggest.js';
import { readTopLevel } from '../adapters/fs/fs-snapshot.js';
import { readRegistryHistory } from '../adapters/git/registry-history.js';
import { GitError, UsageError } from '../errors/index.js';

export interface StageHistoryOptions {
  root: string;
  /** Only this model's events. */
  model?: string;
}

export interface StageHistoryReport {
  registry: string;
  model?: string;
  /** A shallow clone: older events are missing. */
  shallow: boolean;
  events: HistoryEvent[];
}

export function reportStageHistory(options: StageHistoryOptions): StageHistoryReport {
  const top = readTopLevel(options.root);
  const { settings } = buildRegistry(checkEntries(top.entries), top.entries);
  const git = readRegistryHistory(options.root);
  if (!git.available) throw new GitError(`the history is read from git, and ${options.root} is not in a git repository (or git is not installed)`);
  const history = buildHistory(git.facts, settings);
  const { model } = options;
  if (model !== undefined && !history.has(model) && !top.modelFolders.includes(model)) {
    throw new UsageError(`no model \`${model}\` in the registry or its history${didYouMean(model, [...top.modelFolders, ...history.keys()])}`);
  }
  const events = model !== undefined ? (history.get(model) ?? []) : newestFirst([...history.values()].flat());
  return { registry: settings.name, ...(model !== undefined ? { model } : {}), shallow: git.shallow, events };
}

/** Every model's events in one list, newest first; one date: by model, each model's own order kept. */
function newestFirst(events: HistoryEvent[]): HistoryEvent[] {
  const place = new Map(events.map((e, i) => [e, i]));
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return events.sort((a, b) => order(b.date, a.date) || order(a.model, b.model) || place.get(a)! - place.get(b)!);
}
