/**
 * A registry document an import writes, serialized by the yaml package (never
 * by concatenating strings, so any text a source holds stays data), with the
 * schema comment editors use. Digests, commits and dates are quoted, as
 * `add` writes them: YAML 1.1 readers would make numbers or dates of some.
 */
import { Document, isScalar, visit, type Scalar } from 'yaml';

const SCHEMA_BASE = 'https://raw.githubusercontent.com/model-registry/model-registry/main/schemas';
const QUOTED = /^(?:[0-9a-f]{40}|[0-9a-f]{64}|\d{4}-\d{2}-\d{2}(?:[Tt ].*)?|\d+(?:\.\d+)*)$/;

export function registryYaml(value: unknown, kind: 'card' | 'model' | 'stages' | 'metrics', comment?: string): Uint8Array {
  const doc = new Document(value, { version: '1.2' });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (isScalar(node) && typeof node.value === 'string' && QUOTED.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const lines = comment ? comment.split('\n').map((l) => `# ${l}`.trimEnd()) : [];
  const text = [`# yaml-language-server: $schema=${SCHEMA_BASE}/${kind}.schema.json`, ...lines, doc.toString({ lineWidth: 0, minContentWidth: 0 })].join('\n');
  return new TextEncoder().encode(text);
}
