/**
 * Since when each version runs in its stage, from the git history of the
 * models' stages.yaml: one `git log -p` over all of them (argument vector, no
 * shell), each added `stage: version` line an event. Without git, outside a
 * repository, or on any git failure, there is simply no history.
 */
import type { StageEvent } from '../../core/site/site-model.js';
import type { StageChangeRecord } from '../../core/stages/history.js';
import { runGit } from './run-git.js';

export interface StageHistory {
  /** Per model, newest first. */
  history: Record<string, StageEvent[]>;
  /** The repository is a shallow clone: older promotions are missing (actions/checkout needs fetch-depth: 0). */
  shallow: boolean;
  /** git answered for this folder. */
  available: boolean;
}

// Stage and model names as layout.ts's MODEL_NAME_RE allows them (stage names follow the model-name rule).
const STAGE_LINE = /^\+([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)[ \t]*:[ \t]*(["']?)([0-9A-Za-z.+-]+)\2[ \t]*(?:#.*)?$/;
const STAGES_PATH = /(?:^|\/)models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/stages\.yaml$/;

/** `rev`: only the history that leads to this commit (a pull request's base), else HEAD's; `models`: only theirs. */
export function readStageHistory(root: string, rev?: string, models?: readonly string[]): StageHistory {
  const none: StageHistory = { history: {}, shallow: false, available: false };
  const log = stageLog(root, rev, models);
  // Any failure means no history, never an error: the catalogue is built without "since" dates.
  if (log === undefined) return none;
  return { history: parseStageLog(log), shallow: isShallow(root), available: true };
}

/** The `git log` options whose output parseStageLog reads (shared with the bare repository's log). */
export const STAGE_LOG_OPTIONS = ['--no-color', '--no-ext-diff', '--no-renames', '--format=%x1e%H%x1f%cI', '-p', '--unified=0'] as const;

/**
 * `git log -p` of every stages.yaml under the registry root, or undefined when
 * git cannot tell. `rev`, a commit id (never an option: checked), limits it to
 * that commit's history.
 */
export function stageLog(root: string, rev?: string, models?: readonly string[]): string | undefined {
  if (rev !== undefined && !/^[0-9a-f]{40,64}$/.test(rev)) return undefined;
  if (models?.length === 0) return '';
  const paths = models ? models.map((m) => `:(literal)models/${m}/stages.yaml`) : [':(glob)models/*/stages.yaml'];
  const log = runGit(['-c', 'core.quotePath=false', 'log', ...STAGE_LOG_OPTIONS, ...(rev ? [rev] : []), '--', ...paths], { cwd: root });
  return log.error || log.status !== 0 ? undefined : log.stdout.toString('utf8');
}

/** The clone lacks older commits (actions/checkout's default depth of 1). */
export function isShallow(root: string): boolean {
  return runGit(['rev-parse', '--is-shallow-repository'], { cwd: root }).stdout.toString('utf8').trim() === 'true';
}

/** Parses `git log -p --format=%x1e%H%x1f%cI` output of stages.yaml files. */
export function parseStageLog(output: string): Record<string, StageEvent[]> {
  const history = Object.create(null) as Record<string, StageEvent[]>;
  for (const chunk of output.split('\x1e')) {
    if (!chunk) continue;
    const newline = chunk.indexOf('\n');
    const [commit, since] = (newline < 0 ? chunk : chunk.slice(0, newline)).split('\x1f');
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? '') || !since) continue;
    let model: string | undefined;
    for (const line of chunk.slice(newline + 1).split('\n')) {
      if (line.startsWith('+++ ')) {
        const path = line.slice(4).replace(/^"|"$/g, '');
        model = path === '/dev/null' ? undefined : STAGES_PATH.exec(path)?.[1];
        continue;
      }
      if (line.startsWith('diff --git ')) {
        model = undefined;
        continue;
      }
      if (!model || !line.startsWith('+')) continue;
      const match = STAGE_LINE.exec(line);
      if (!match) continue;
      (history[model] ??= []).push({ stage: match[1], version: match[3], since, commit });
    }
  }
  return { ...history };
}

const CHANGED_LINE = /^([+-])([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)[ \t]*:[ \t]*(["']?)([0-9A-Za-z.+-]+)\3[ \t]*(?:#.*)?$/;

/**
 * The same log as changes: per commit and model, each stage whose value
 * changed (from its removed line to its added one), or that was removed (a
 * demotion). A line only re-quoted or moved is no change.
 */
export function parseStageChanges(output: string): StageChangeRecord[] {
  const out: StageChangeRecord[] = [];
  for (const chunk of output.split('\x1e')) {
    if (!chunk) continue;
    const newline = chunk.indexOf('\n');
    const [commit, date] = (newline < 0 ? chunk : chunk.slice(0, newline)).split('\x1f');
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? '') || !date) continue;
    // model -> stage -> [removed, added]
    const byModel = new Map<string, Map<string, [string | undefined, string | undefined]>>();
    let header = false;
    let oldModel: string | undefined;
    let newModel: string | undefined;
    for (const line of chunk.slice(newline + 1).split('\n')) {
      if (line.startsWith('diff --git ')) {
        header = true;
        oldModel = newModel = undefined;
        continue;
      }
      if (header) {
        if (line.startsWith('--- ')) oldModel = STAGES_PATH.exec(line.slice(4).replace(/^"|"$/g, ''))?.[1];
        else if (line.startsWith('+++ ')) newModel = STAGES_PATH.exec(line.slice(4).replace(/^"|"$/g, ''))?.[1];
        else if (line.startsWith('@@')) header = false;
        continue;
      }
      const model = newModel ?? oldModel;
      const match = model ? CHANGED_LINE.exec(line) : null;
      if (!model || !match) continue;
      const stages = byModel.get(model) ?? new Map<string, [string | undefined, string | undefined]>();
      byModel.set(model, stages);
      const pair = stages.get(match[2]) ?? [undefined, undefined];
      pair[match[1] === '-' ? 0 : 1] = match[4];
      stages.set(match[2], pair);
    }
    for (const [model, stages] of byModel) {
      for (const [stage, [removed, added]] of stages) {
        if (removed === added) continue;
        out.push({ model, stage, ...(added === undefined ? {} : { version: added }), ...(removed === undefined ? {} : { from: removed }), commit, date });
      }
    }
  }
  return out;
}
