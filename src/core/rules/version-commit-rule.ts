/**
 * GTO reads one version of a model per commit ("Multiple versions are not
 * allowed on the same Git commit" once stage tags exist). Versions of one
 * model added by one pull request share its merge commit: the release then
 * tags each later version at a commit of its own, made for it. Said on the
 * pull request that adds them to a model the base has, so that the author
 * can propose one version per pull request.
 */
import semver from 'semver';
import { atFileStart, type PendingProblem } from '../problems.js';
import type { RuleContext } from './context.js';

export function oneVersionPerCommitRule({ base, registry }: RuleContext): PendingProblem[] {
  if (!base) return [];
  const atBase = new Set<string>();
  const modelsAtBase = new Set<string>();
  for (const path of base.released.keys()) {
    atBase.add(path.split('/').slice(0, 4).join('/'));
    modelsAtBase.add(path.split('/')[1]);
  }
  const problems: PendingProblem[] = [];
  for (const model of registry.models.values()) {
    // A model that arrives with its history (a new registry, an import) is said nothing: its release makes the commits it needs.
    if (!modelsAtBase.has(model.name)) continue;
    const added = [...model.versions.values()]
      .filter((v) => semver.valid(v.version) === v.version && v.card && !atBase.has(v.dir))
      .sort((a, b) => semver.compare(a.version, b.version));
    if (added.length < 2) continue;
    // One cause (one pull request, one model), one problem: on the first card that gets a commit of its own.
    const [first, ...later] = added.map((v) => v.version);
    const names = later.length === 1 ? later[0] : `${later.slice(0, -1).join(', ')} and ${later[later.length - 1]}`;
    problems.push({
      file: added[1].card!.path,
      rule: 'one-version-per-commit',
      severity: 'warning',
      message: `this change adds ${added.length} versions of \`${model.name}\`, which will share one merge commit, and GTO reads one version per commit: the release tags ${first} there and ${names} at commits of their own, made for them; to keep every version tag on a commit of the default branch, propose one version per pull request`,
      at: atFileStart(),
    });
  }
  return problems;
}
