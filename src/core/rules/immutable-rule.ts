/**
 * A released version is a promise: people deploy it by version number and
 * verify it by checksum. Its card, metrics and artifacts never change; a fix is
 * a new version. model.yaml and stages.yaml stay editable (deprecation and
 * promotion live there).
 */
import { classifyPath } from '../format/layout.js';
import { atFileStart, type PendingProblem } from '../problems.js';
import type { RuleContext } from './context.js';

export function immutableVersionRule({ base }: RuleContext): PendingProblem[] {
  if (!base) return [];
  const problems: PendingProblem[] = [];
  const reported = new Set<string>();
  const report = (path: string, what: string) => {
    const info = classifyPath(path);
    if (info.kind !== 'card' && info.kind !== 'metrics' && info.kind !== 'version-file') return;
    if (reported.has(path)) return;
    reported.add(path);
    problems.push({
      file: path,
      rule: 'immutable-version',
      severity: 'error',
      message: `version ${info.version} of \`${info.model}\` is already released, so its files cannot change (this file was ${what}): revert it and register a new version instead, such as ${nextPatch(info.version)}`,
      at: atFileStart(),
    });
  };
  const releasedDirs = new Set<string>();
  for (const [path, blob] of base.released) {
    releasedDirs.add(versionDirOf(path));
    const now = base.current.get(path);
    if (now === undefined) report(path, 'deleted');
    else if (now !== blob) report(path, 'modified');
  }
  for (const path of base.current.keys()) {
    if (releasedDirs.has(versionDirOf(path)) && !base.released.has(path)) report(path, 'added');
  }
  return problems;
}

function versionDirOf(path: string): string {
  return path.split('/').slice(0, 4).join('/');
}

function nextPatch(version: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : 'the next patch version';
}
