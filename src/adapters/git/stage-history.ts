/**
 * Since when each version runs in its stage, from the git history of the
 * models' stages.yaml: one `git log -p` over all of them (argument vector, no
 * shell), each added `stage: version` line an event. Without git, outside a
 * repository, or on any git failure, there is simply no history.
 */
import type { StageEvent } from '../../core/site/site-model.js';
import { runGit } from './run-git.js';

export interface StageHistory {
  /** Per model, newest first. */
  history: Record<string, StageEvent[]>;
  /** The repository is a shallow clone: older promotions are missing (actions/checkout needs fetch-depth: 0). */
  shallow: boolean;
  /** git answered for this folder. */
  available: boolean;
}

// Stage and model names as layout.ts's STAGE_NAME_RE and MODEL_NAME_RE allow them.
const STAGE_LINE = /^\+([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)[ \t]*:[ \t]*(["']?)([0-9A-Za-z.+-]+)\2[ \t]*(?:#.*)?$/;
const STAGES_PATH = /(?:^|\/)models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/stages\.yaml$/;

export function readStageHistory(root: string): StageHistory {
  const none: StageHistory = { history: {}, shallow: false, available: false };
  const log = runGit(
    [
      '-c',
      'core.quotePath=false',
      'log',
      '--no-color',
      '--no-ext-diff',
      '--no-renames',
      '--format=%x1e%H%x1f%cI',
      '-p',
      '--unified=0',
      '--',
      ':(glob)models/*/stages.yaml',
    ],
    { cwd: root },
  );
  // Any failure means no history, never an error: the catalogue is built without "since" dates.
  if (log.error || log.status !== 0) return none;
  const shallow = runGit(['rev-parse', '--is-shallow-repository'], { cwd: root });
  return { history: parseStageLog(log.stdout.toString('utf8')), shallow: shallow.stdout.toString('utf8').trim() === 'true', available: true };
}

/** Parses `git log -p --format=%x1e%H%x1f%cI` output of stages.yaml files. */
export function parseStageLog(output: string): Record<string, StageEvent[]> {
  const history: Record<string, StageEvent[]> = Object.create(null);
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
