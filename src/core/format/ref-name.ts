/**
 * git's rules for a reference name (`git check-ref-format`), in plain code so
 * validation can refuse a tag before a release asks GitHub for it: GitHub
 * answers an invalid one with a 422 that no re-run can fix.
 */

/** Why `name` (such as `refs/tags/churn@v1.0.0`) is not a valid git ref name, or undefined when it is. */
/** Dot-separated parts of letters, digits, `_+@-`, none starting with `.` or ending in `.lock`, joined by single slashes: what the default tag format makes of valid names. */
const PLAIN_REF = /^(?:[A-Za-z0-9_+@-]+(?:\.[A-Za-z0-9_+@-]+)*)(?:\/[A-Za-z0-9_+@-]+(?:\.[A-Za-z0-9_+@-]+)*)*$/;

export function refNameProblem(name: string): string | undefined {
  // The common case in one pass (validate checks a tag per version); `.lock` and `@{` still need the full rules.
  if (PLAIN_REF.test(name) && !name.includes('.lock') && name !== '@') return undefined;
  if (name === '') return 'it is empty';
  if (name === '@') return 'it is the single character @';

  const control = /[\u0000-\u001f\u007f]/.exec(name);
  if (control) return `it contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const forbidden = /[ ~^:?*[\\]/.exec(name);
  if (forbidden) return forbidden[0] === ' ' ? 'it contains a space' : `it contains \`${forbidden[0]}\``;
  if (name.includes('..')) return 'it contains `..`';
  if (name.includes('@{')) return 'it contains `@{`';
  if (name.startsWith('/')) return 'it starts with `/`';
  if (name.endsWith('/')) return 'it ends with `/`';
  if (name.includes('//')) return 'it contains `//`';
  if (name.endsWith('.')) return 'it ends with `.`';
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return `its part \`${component}\` starts with \`.\``;
    if (component.endsWith('.lock')) return `its part \`${component}\` ends with \`.lock\``;
  }
  return undefined;
}

/**
 * Why the tag `tag` cannot be created, or undefined when it can: the rules
 * for `refs/tags/<tag>`, and `git tag`'s own refusal of a name that starts
 * with `-`.
 */
export function tagNameProblem(tag: string): string | undefined {
  if (tag === '') return 'it is empty';
  if (tag.startsWith('-')) return 'it starts with `-`';
  if (tag.startsWith('/')) return 'it starts with `/`';
  return refNameProblem(`refs/tags/${tag}`);
}
