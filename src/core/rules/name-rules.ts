/** Folder names are the identity of models and versions; the cards must agree. */
import semver from 'semver';
import { atValue, type PendingProblem } from '../problems.js';
import { isValidModelName, isValidVersion } from '../registry/registry.js';
import type { RuleContext } from './context.js';
import { isRecord } from '../values.js';

export function nameRules({ registry }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  for (const model of registry.models.values()) {
    const card = model.card;
    if (card && isRecord(card.value) && typeof card.value.name === 'string' && card.value.name !== model.name && isValidModelName(model.name)) {
      problems.push({
        file: card.path,
        rule: 'name-mismatch',
        severity: 'error',
        message: `name is \`${card.value.name}\` but the folder is \`${model.name}\`: they must be equal (rename the folder or change the name)`,
        at: atValue('name'),
      });
    }
    for (const version of model.versions.values()) {
      const value = version.card?.value;
      if (!version.card || !isRecord(value) || typeof value.version !== 'string' || !isValidVersion(version.version)) continue;
      if (value.version !== version.version && isValidVersion(value.version)) {
        problems.push({
          file: version.card.path,
          rule: 'version-mismatch',
          severity: 'error',
          message: `version is ${value.version} but the folder is ${version.version}: they must be equal (rename the folder or fix the version)`,
          at: atValue('version'),
        });
      }
    }
  }
  return problems;
}

export function duplicateVersionRule({ registry }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  for (const model of registry.models.values()) {
    const byPrecedence = new Map<string, string>();
    for (const version of model.versions.values()) {
      if (!isValidVersion(version.version)) continue;
      const parsed = semver.parse(version.version)!;
      const key = `${parsed.major}.${parsed.minor}.${parsed.patch}${parsed.prerelease.length ? `-${parsed.prerelease.join('.')}` : ''}`;
      const first = byPrecedence.get(key);
      if (first === undefined) {
        byPrecedence.set(key, version.version);
        continue;
      }
      problems.push({
        file: version.card?.path ?? `${version.dir}/card.yaml`,
        rule: 'duplicate-version',
        severity: 'error',
        message: `${version.version} and ${first} are the same version to SemVer (build metadata after + does not count): give this one a new version number`,
        at: version.card ? atValue('version') : { line: 1, column: 1 },
      });
    }
  }
  return problems;
}
