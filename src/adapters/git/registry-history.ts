/**
 * What git knows of the registry's past, for `status`, `history` and the
 * catalogue: the annotated tags (one `git for-each-ref`), the history of
 * stages.yaml (stage-history.ts), of model.yaml (deprecations) and the commits
 * that added each version's card. A fixed number of git calls, whatever the
 * number of versions; arguments as a vector, never a shell. Without git, or
 * outside a repository, there is no history, never an error.
 */
import type { StageEvent } from '../../core/site/site-model.js';
import { newlyDeprecated, type HistoryFacts, type TagRecord, type VersionChangeRecord } from '../../core/stages/history.js';
import { runGit } from './run-git.js';
import { isShallow, parseStageChanges, parseStageLog, stageLog } from './stage-history.js';

export interface RegistryHistory {
  facts: HistoryFacts;
  /** The stage events the catalogue has always read (stage-history.ts), from the same log. */
  stageEvents: Record<string, StageEvent[]>;
  /** A shallow clone: older changes are missing (actions/checkout needs fetch-depth: 0). */
  shallow: boolean;
  /** git answered for this folder. */
  available: boolean;
}

const EMPTY: HistoryFacts = { tags: [], stageChanges: [], deprecations: [], registrations: [] };

export function readRegistryHistory(root: string): RegistryHistory {
  const stages = stageLog(root);
  if (stages === undefined) return { facts: EMPTY, stageEvents: {}, shallow: false, available: false };
  const facts: HistoryFacts = {
    tags: readAnnotatedTags(root),
    stageChanges: parseStageChanges(stages),
    deprecations: parseModelCardLog(gitText(root, MODEL_LOG) ?? ''),
    registrations: parseCardAdditions(gitText(root, CARD_ADDITIONS) ?? ''),
  };
  return { facts, stageEvents: parseStageLog(stages), shallow: isShallow(root), available: true };
}

function gitText(root: string, args: string[]): string | undefined {
  const run = runGit(args, { cwd: root });
  return run.error || run.status !== 0 ? undefined : run.stdout.toString('utf8');
}

// Name, type (tag: annotated; commit: lightweight), date, the commit it points at, and the message, NUL-separated.
const TAG_FORMAT = ['%(refname)', '%(objecttype)', '%(creatordate:iso-strict)', '%(*objectname)', '%(*objecttype)', '%(contents)'].join('%00') + '%00';
const TAG_FIELDS = 6;

/** Every annotated tag pointing at a commit: GTO ignores lightweight tags, and so does the history. */
export function readAnnotatedTags(root: string): TagRecord[] {
  return parseTagRefs(gitText(root, ['for-each-ref', `--format=${TAG_FORMAT}`, 'refs/tags']) ?? '');
}

export function parseTagRefs(output: string): TagRecord[] {
  const fields = output.split('\0');
  const out: TagRecord[] = [];
  for (let i = 0; i + TAG_FIELDS <= fields.length; i += TAG_FIELDS) {
    // Each record ends in NUL and a line break: the break starts the next record's first field.
    const [ref, type, date, target, targetType, message] = fields.slice(i, i + TAG_FIELDS);
    const name = ref.replace(/^\n/, '');
    if (!name.startsWith('refs/tags/') || type !== 'tag' || targetType !== 'commit' || !/^[0-9a-f]{40,64}$/.test(target)) continue;
    out.push({ name: name.slice('refs/tags/'.length), date, target, message });
  }
  return out;
}

// The whole file on both sides of each change (model.yaml is at most 1 MiB), so deprecated_versions is read by parsing, not guessed from lines.
const MODEL_LOG = [
  '-c',
  'core.quotePath=false',
  'log',
  '--no-color',
  '--no-ext-diff',
  '--no-renames',
  '--format=%x1e%H%x1f%cI',
  '-p',
  '--unified=2000000',
  '--',
  ':(glob)models/*/model.yaml',
];
const MODEL_PATH = /(?:^|\/)models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/model\.yaml$/;

/** Versions newly deprecated by each commit, newest first, from `git log -p` with whole-file context. */
export function parseModelCardLog(output: string): VersionChangeRecord[] {
  const out: VersionChangeRecord[] = [];
  for (const chunk of output.split('\x1e')) {
    const newline = chunk.indexOf('\n');
    if (newline < 0) continue;
    const [commit, date] = chunk.slice(0, newline).split('\x1f');
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? '') || !date) continue;
    for (const file of chunk
      .slice(newline + 1)
      .split(/^diff --git /m)
      .slice(1)) {
      const lines = file.split('\n');
      let model: string | undefined;
      let before: string[] | undefined = [];
      let after: string[] | undefined = [];
      let body = false;
      for (const line of lines) {
        if (!body) {
          if (line.startsWith('--- ')) before = line === '--- /dev/null' ? undefined : before;
          else if (line.startsWith('+++ ')) {
            after = line === '+++ /dev/null' ? undefined : after;
            model = MODEL_PATH.exec(line.slice(4).replace(/^"|"$/g, ''))?.[1];
          } else if (line.startsWith('@@')) body = true;
          continue;
        }
        if (line.startsWith('@@') || line.startsWith('\\')) continue;
        if (line.startsWith(' ') || line.startsWith('-')) before?.push(line.slice(1));
        if (line.startsWith(' ') || line.startsWith('+')) after?.push(line.slice(1));
      }
      if (!model || !after) continue;
      for (const [version, reason] of newlyDeprecated(before?.join('\n'), after.join('\n'))) out.push({ model, version, commit, date, reason });
    }
  }
  return out;
}

const CARD_ADDITIONS = [
  '-c',
  'core.quotePath=false',
  'log',
  '--no-color',
  '--no-renames',
  '--diff-filter=A',
  '--format=%x1e%H%x1f%cI',
  '--name-only',
  '--',
  ':(glob)models/*/versions/*/card.yaml',
];
const CARD_PATH = /(?:^|\/)models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/versions\/([0-9A-Za-z.+-]+)\/card\.yaml$/;

/** The commits that added each version's card, newest first. */
export function parseCardAdditions(output: string): VersionChangeRecord[] {
  const out: VersionChangeRecord[] = [];
  for (const chunk of output.split('\x1e')) {
    const [head, ...paths] = chunk.split('\n');
    const [commit, date] = head.split('\x1f');
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? '') || !date) continue;
    for (const path of paths) {
      const match = CARD_PATH.exec(path.replace(/^"|"$/g, ''));
      if (match) out.push({ model: match[1], version: match[2], commit, date });
    }
  }
  return out;
}
