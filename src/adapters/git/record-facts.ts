/**
 * What a push to the default branch changed in stages and deprecations, read
 * from git alone: the first-parent commits between `before` and `after` that
 * touched a model's stages.yaml or model.yaml, each compared with its first
 * parent (the default branch's previous state). Also the current state of the
 * models (for a first recording) and which models already have stage tags in
 * this clone. Argument vectors only, never a shell.
 */
import { GitError } from '../../errors/index.js';
import type { DeprecationFact, ModelSnapshot, StageFact } from '../../core/stages/record-plan.js';
import { deprecatedOf, newDeprecations, stageDeltas, stagesOf } from '../../core/stages/stage-diff.js';
import { parseGtoTag } from '../../core/stages/gto-tags.js';
import { repositoryPrefix } from './git.js';
import { parseStageLog } from './stage-history.js';
import { runGit } from './run-git.js';

const MODEL_FILE = /^models\/([a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)\/(stages|model)\.yaml$/;

function git(root: string, args: string[], input?: string): string {
  const result = runGit(args, { cwd: root, input });
  if (result.error) throw new GitError(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0]}`);
  return result.stdout.toString('utf8');
}

/** `before` all zeros (a new branch), absent, or not in this clone: there is nothing to compare with. */
export function isFirstPush(root: string, before: string | undefined): boolean {
  if (!before || /^0+$/.test(before)) return true;
  if (!/^[0-9a-f]{40,64}$/.test(before)) return true;
  return runGit(['cat-file', '-e', `${before}^{commit}`], { cwd: root }).status !== 0;
}

interface PushedCommit {
  commit: string;
  date: string;
  models: Set<string>;
}

export interface PushFacts {
  changes: StageFact[];
  deprecations: DeprecationFact[];
  /** Models the push touched (stages.yaml or model.yaml). */
  models: Set<string>;
}

/** The stage changes and new deprecations of the first-parent commits in before..after, oldest first. */
export function readPushFacts(root: string, before: string, after: string): PushFacts {
  const prefix = repositoryPrefix(root);
  const log = git(root, [
    '-c',
    'core.quotePath=false',
    'log',
    '--first-parent',
    '--reverse',
    '--no-renames',
    '--format=%x1e%H%x1f%cI',
    '--name-only',
    `${before}..${after}`,
    '--',
    `:(top,glob)${prefix}models/*/stages.yaml`,
    `:(top,glob)${prefix}models/*/model.yaml`,
  ]);
  const commits: PushedCommit[] = [];
  for (const chunk of log.split('\x1e')) {
    const lines = chunk.split('\n');
    const [commit, date] = (lines[0] ?? '').split('\x1f');
    if (!commit || !date) continue;
    const models = new Set<string>();
    for (const line of lines.slice(1)) {
      const path = line.startsWith(prefix) ? line.slice(prefix.length) : undefined;
      const match = path ? MODEL_FILE.exec(path) : null;
      if (match) models.add(match[1]);
    }
    commits.push({ commit, date, models });
  }
  // Every file before and after each commit, read in one cat-file batch.
  const names: string[] = [];
  for (const c of commits) {
    for (const model of c.models) {
      for (const file of ['stages', 'model']) {
        names.push(`${c.commit}^1:${prefix}models/${model}/${file}.yaml`, `${c.commit}:${prefix}models/${model}/${file}.yaml`);
      }
    }
  }
  const texts = readNamedBlobs(root, names);
  const at = (commit: string, model: string, file: string) => texts.get(`${commit}:${prefix}models/${model}/${file}.yaml`);
  const changes: StageFact[] = [];
  const deprecations: DeprecationFact[] = [];
  const touched = new Set<string>();
  for (const c of commits) {
    for (const model of [...c.models].sort()) {
      touched.add(model);
      for (const delta of stageDeltas(stagesOf(at(`${c.commit}^1`, model, 'stages')), stagesOf(at(c.commit, model, 'stages')))) {
        changes.push({ model, ...delta, commit: c.commit, date: c.date });
      }
      const beforeDeprecated = deprecatedOf(at(`${c.commit}^1`, model, 'model'));
      const afterDeprecated = deprecatedOf(at(c.commit, model, 'model'));
      const added = newDeprecations(beforeDeprecated, afterDeprecated);
      if (!added.length) continue;
      const all = versionsAt(root, c.commit, `${prefix}models/${model}/versions`).every((v) => v in afterDeprecated);
      added.forEach((version, index) =>
        deprecations.push({
          model,
          version,
          reason: afterDeprecated[version],
          commit: c.commit,
          date: c.date,
          allDeprecated: all && index === added.length - 1,
        }),
      );
    }
  }
  return { changes, deprecations, models: touched };
}

/** Each model's current stages and deprecations at `after`, with the commit that put each stage's version there. */
export function readSnapshots(root: string, after: string, models: readonly string[]): Record<string, ModelSnapshot> {
  if (!models.length) return {};
  const prefix = repositoryPrefix(root);
  const date = git(root, ['show', '-s', '--format=%cI', after]).trim();
  const texts = readNamedBlobs(
    root,
    models.flatMap((m) => [`${after}:${prefix}models/${m}/stages.yaml`, `${after}:${prefix}models/${m}/model.yaml`]),
  );
  const history = parseStageLog(
    git(root, [
      '-c',
      'core.quotePath=false',
      'log',
      '--first-parent',
      '--no-color',
      '--no-ext-diff',
      '--no-renames',
      '--format=%x1e%H%x1f%cI',
      '-p',
      '--unified=0',
      after,
      '--',
      ...models.map((m) => `:(top)${prefix}models/${m}/stages.yaml`),
    ]),
  );
  const out: Record<string, ModelSnapshot> = {};
  for (const model of models) {
    const stages: ModelSnapshot['stages'] = {};
    for (const [stage, version] of Object.entries(stagesOf(texts.get(`${after}:${prefix}models/${model}/stages.yaml`)))) {
      const event = (history[model] ?? []).find((e) => e.stage === stage && e.version === version);
      stages[stage] = { version, commit: event?.commit ?? after, date: event?.since ?? date };
    }
    const deprecatedVersions = deprecatedOf(texts.get(`${after}:${prefix}models/${model}/model.yaml`));
    const deprecated: ModelSnapshot['deprecated'] = {};
    for (const [version, reason] of Object.entries(deprecatedVersions)) deprecated[version] = { reason, commit: after, date };
    const versions = versionsAt(root, after, `${prefix}models/${model}/versions`);
    out[model] = {
      stages,
      deprecated,
      allDeprecated: versions.length > 0 && versions.every((v) => v in deprecatedVersions),
      at: { commit: after, date },
    };
  }
  return out;
}

/** Models with something to record (a stage or a deprecation) at `after`. */
export function modelsWithState(root: string, after: string): string[] {
  const prefix = repositoryPrefix(root);
  const out = git(root, ['ls-tree', '-r', '--name-only', '-z', '--full-tree', after, '--', `${prefix}models`]);
  const models = new Set<string>();
  for (const path of out.split('\0')) {
    const match = MODEL_FILE.exec(path.slice(prefix.length));
    if (match && (match[2] === 'stages' || match[2] === 'model')) models.add(match[1]);
  }
  return [...models].sort();
}

/** Models that have a GTO stage tag (assign or unassign) in this clone: the rest may never have been recorded. */
export function modelsWithLocalStageTags(root: string): Set<string> {
  const result = runGit(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags'], { cwd: root });
  const models = new Set<string>();
  if (result.status !== 0) return models;
  for (const name of result.stdout.toString('utf8').split('\n')) {
    const tag = parseGtoTag(name);
    if (tag && (tag.action === 'assign' || tag.action === 'unassign')) models.add(tag.model);
  }
  return models;
}

function versionsAt(root: string, commit: string, dir: string): string[] {
  const result = runGit(['ls-tree', '--full-tree', '--name-only', '-z', commit, '--', `${dir}/`], { cwd: root });
  if (result.status !== 0) return [];
  return result.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((p) => p.slice(dir.length + 1));
}

/** `rev:path` names to their text; a name git does not have is absent. */
function readNamedBlobs(root: string, names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!names.length) return out;
  const result = runGit(['cat-file', '--batch'], { cwd: root, input: `${names.join('\n')}\n` });
  if (result.error || result.status !== 0) throw new GitError(`git cat-file failed: ${result.stderr.trim().split('\n')[0]}`);
  const buffer = result.stdout;
  let offset = 0;
  for (const name of names) {
    const newline = buffer.indexOf(10, offset);
    if (newline < 0) break;
    const header = buffer.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
    const size = Number(header.split(' ')[2]);
    if (header.split(' ')[1] === 'blob') out.set(name, buffer.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return out;
}
