/**
 * GTO's artifact names (`[a-zA-Z0-9]([a-zA-Z0-9-/_]*[a-zA-Z0-9])?`, in a
 * monorepo `path/to:name`) as registry model names (lowercase, no `/`, `:` or
 * `.`): lowercased, every other character a `-`, runs of `-` made one. Stable:
 * a second import maps the same name to the same folder.
 */
import { MODEL_NAME_RE } from '../../format/layout.js';

export function registryModelName(gtoName: string): string | undefined {
  const name = gtoName
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return MODEL_NAME_RE.test(name) ? name : undefined;
}
