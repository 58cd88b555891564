/**
 * What each path of the registry is, whatever it holds: a symbolic link can
 * point anywhere (a release would upload its target, the validator would print
 * it), a folder where a file belongs hides that file from every check, and a
 * control character in a name makes one name read as two in line-based tools.
 * Each is one problem at the path itself; the other rules leave such paths
 * alone (buildRegistry lists none of them as strays or artifacts). The rule
 * that reports them is rules/file-kind-rules.ts.
 */
import { MODELS_DIR, REGISTRY_FILE, VERSIONS_DIR } from '../format/layout.js';
import { atFileStart, type PendingProblem } from '../problems.js';
import type { FileEntry } from '../registry/snapshot.js';

/** C0 controls (tab and newline included), DEL and the C1 controls U+0080–U+009F. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

export function hasControlCharacter(name: string): boolean {
  return CONTROL_CHARACTER.test(name);
}

/** A name with its control characters written as \u escapes, safe to print. */
function visible(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The problem an entry has by its name or kind alone, if any: one per entry, the most basic first. */
export function entryKindProblem(entry: Pick<FileEntry, 'path' | 'type'>): PendingProblem | undefined {
  const { path, type } = entry;
  if (CONTROL_CHARACTER.test(path)) {
    const segments = path.split('/');
    const bad = segments.findIndex((s) => CONTROL_CHARACTER.test(s));
    const file = segments.slice(0, bad + 1).join('/');
    const what = bad < segments.length - 1 ? 'folder name' : 'name';
    return {
      file,
      rule: 'control-character-in-name',
      severity: 'error',
      message: `the ${what} \`${visible(segments[bad])}\` holds a control character (a newline, tab, NUL, DEL or U+0080–U+009F), which line-based tools read as two names or as a terminal command: rename it with printable characters only`,
      at: atFileStart(),
    };
  }
  if (type === 'symlink') {
    return {
      file: path,
      rule: 'symbolic-link',
      severity: 'error',
      message:
        "this is a symbolic link: the registry never follows links (one can point at any file, such as .git/config with the workflow's token); commit the real file or folder instead",
      at: atFileStart(),
    };
  }
  if (type === 'directory') {
    return { file: path, rule: 'wrong-kind', severity: 'error', message: `${path} is a folder, but it must be a file: ${fileHint(path)}`, at: atFileStart() };
  }
  if (type === 'other') {
    return {
      file: path,
      rule: 'wrong-kind',
      severity: 'error',
      message: 'this is neither a regular file nor a folder (a pipe, socket, device or submodule): remove it',
      at: atFileStart(),
    };
  }
  const folder = folderExpected(path);
  if (folder) return { file: path, rule: 'wrong-kind', severity: 'error', message: `${path} is a file, but it must be a folder: ${folder}`, at: atFileStart() };
  return undefined;
}

/**
 * What should be at a path where a plain file lies, if a folder should. Run
 * on every file of every registry, so index arithmetic rather than split().
 */
function folderExpected(path: string): string | undefined {
  if (path === MODELS_DIR) return 'models/ holds one folder per model (models/<model>/model.yaml)';
  if (!path.startsWith(`${MODELS_DIR}/`)) return undefined;
  const modelEnd = path.indexOf('/', MODELS_DIR.length + 1);
  if (modelEnd === -1 || !path.startsWith(VERSIONS_DIR, modelEnd + 1)) return undefined;
  const after = modelEnd + 1 + VERSIONS_DIR.length;
  if (path.length === after) return 'versions/ holds one folder per version (versions/<version>/card.yaml)';
  if (path[after] === '/' && path.indexOf('/', after + 1) === -1) return 'each version is a folder holding card.yaml and a metrics file';
  return undefined;
}

function fileHint(path: string): string {
  if (path === REGISTRY_FILE) return "replace it with the registry's settings file (at least `format: 1` and `name`); until then no catalogue check runs";
  return 'move what is inside it elsewhere and put the file itself here';
}
