/**
 * Committed artifacts are what a release attaches and a deployment downloads:
 * they must be inside their version folder, real files, and exactly the bytes
 * the card promises (for a Git LFS pointer: the object it names).
 */
import { posix } from 'node:path';
import { atFileStart, atValue, type PendingProblem } from '../problems.js';
import type { RuleContext } from './context.js';
import { asArray, isRecord } from '../values.js';
import { strayVersionFileMessage, strayVersionFiles } from './layout-rules.js';

/** Names a release gives its own assets; an artifact may not take them. */
export const RESERVED_ASSET_NAMES = new Set(['card.yaml', 'metrics.yaml', 'metrics.json', 'SHA256SUMS']);

export function artifactRules({ registry, entries }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  for (const model of registry.models.values()) {
    for (const version of model.versions.values()) {
      const card = version.card;
      const listed = new Set<string>();
      const artifacts = card && isRecord(card.value) ? asArray(card.value.artifacts) : [];
      const names = new Set<string>();
      artifacts.forEach((artifact, index) => {
        if (!card || !isRecord(artifact)) return;
        const problem = (rule: PendingProblem['rule'], message: string, ...field: string[]): PendingProblem => ({
          file: card.path,
          rule,
          severity: 'error',
          message,
          at: atValue('artifacts', index, ...field),
        });
        if (typeof artifact.name === 'string') {
          if (names.has(artifact.name))
            problems.push(problem('duplicate-artifact', `two artifacts are named \`${artifact.name}\`: release assets need unique names; rename one`, 'name'));
          else if (RESERVED_ASSET_NAMES.has(artifact.name))
            problems.push(problem('duplicate-artifact', `\`${artifact.name}\` is the name of an asset every release has: rename this artifact`, 'name'));
          names.add(artifact.name);
        }
        if (typeof artifact.path !== 'string' || artifact.path === '') return;
        const raw = artifact.path;
        const escape = pathEscape(raw);
        if (escape) {
          problems.push(
            problem('artifact-path', `artifact path \`${raw}\` ${escape}: use a path relative to the version folder, such as \`weights/model.onnx\``, 'path'),
          );
          return;
        }
        const inner = posix.normalize(raw);
        listed.add(inner);
        // A link on the way (or a path that is not a plain file) is reported at the path itself, by file-kind-rules.
        if (symlinkOnTheWay(version.dir, inner, entries)) return;
        const entry = entries.get(`${version.dir}/${inner}`);
        if (entry && entry.type !== 'file') return;
        if (!entry) {
          problems.push(
            problem('artifact-path', `artifact file \`${raw}\` is not in ${version.dir}/: commit it there, or use \`uri\` for a file stored elsewhere`, 'path'),
          );
          return;
        }
        if (entry.lfs) {
          // A checkout without LFS content: the pointer names the real file's sha256 and size, which is all the card promises.
          const { oid, size } = entry.lfs;
          if (typeof artifact.size === 'number' && size !== artifact.size) {
            problems.push(
              problem(
                'artifact-checksum',
                `\`${raw}\` is a Git LFS pointer to a file of ${size} bytes, but the card says ${artifact.size}: update size (and sha256) to the real file's (the pointer's \`size\` and \`oid\`)`,
                'size',
              ),
            );
          } else if (isDigest(artifact.sha256) && oid !== artifact.sha256.toLowerCase()) {
            problems.push(
              problem(
                'artifact-checksum',
                `\`${raw}\` is a Git LFS pointer to a file with sha256 ${oid}, but the card says ${artifact.sha256}: the file changed, or the card is wrong (the pointer's \`oid\` is the real file's sha256)`,
                'sha256',
              ),
            );
          }
          return;
        }
        if (typeof artifact.size === 'number' && entry.size !== artifact.size) {
          problems.push(
            problem(
              'artifact-checksum',
              `\`${raw}\` is ${entry.size} bytes, but the card says ${artifact.size}: update size (and sha256) to the committed file's`,
              'size',
            ),
          );
        } else if (isDigest(artifact.sha256) && entry.sha256 !== undefined && entry.sha256 !== artifact.sha256.toLowerCase()) {
          problems.push(
            problem(
              'artifact-checksum',
              `\`${raw}\` has sha256 ${entry.sha256}, but the card says ${artifact.sha256}: the file changed, or the card is wrong (run sha256sum on it)`,
              'sha256',
            ),
          );
        }
      });
      // Without a readable card (missing, a link, not YAML) nobody knows which files are artifacts: that card's own problem is the one to fix.
      for (const inner of card ? strayVersionFiles(listed, version.files) : []) {
        const entry = entries.get(`${version.dir}/${inner}`);
        const size = entry?.lfs?.size ?? entry?.size ?? 0;
        // A big file nobody lists is a forgotten artifact: it would be neither released nor checked.
        problems.push(
          size > UNLISTED_LIMIT
            ? {
                file: `${version.dir}/${inner}`,
                rule: 'unlisted-artifact',
                severity: 'error',
                message: `\`${inner}\` (${megabytes(size)}) is in the version folder, but card.yaml's \`artifacts\` do not list it, so it would be neither released nor checked: list it (name, path, size and sha256), or remove it`,
                at: atFileStart(),
              }
            : { file: `${version.dir}/${inner}`, rule: 'unexpected-file', severity: 'warning', message: strayVersionFileMessage(inner), at: atFileStart() },
        );
      }
    }
  }
  return problems;
}

/** Over this, a file no artifact lists is an error (unlisted-artifact), not a stray file's warning. */
const UNLISTED_LIMIT = 1024 * 1024;

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** A sha256 the card could mean: anything else (`sha256:…`, an MD5) is the schema's one problem, not also a mismatch. */
function isDigest(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-fA-F]{64}$/.test(value);
}

function pathEscape(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  if (path.includes('\\')) return 'uses backslashes';
  if (path.split('/').includes('..')) return 'uses `..`, which leaves the version folder';
  if (posix.normalize(path).startsWith('../')) return 'leaves the version folder';
  return undefined;
}

function symlinkOnTheWay(dir: string, inner: string, entries: RuleContext['entries']): string | undefined {
  const parts = inner.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const path = `${dir}/${parts.slice(0, i).join('/')}`;
    if (entries.get(path)?.type === 'symlink') return parts.slice(0, i).join('/');
  }
  return undefined;
}
