/**
 * Shapes no card needs and JavaScript tools mishandle: very deep nesting (stack
 * exhaustion in every tool downstream) and keys such as `__proto__` (prototype
 * pollution in naive consumers of our JSON API). Checked before the schema, so
 * the schema validator never walks such a value.
 */
import type { DocPath, PendingProblem } from '../problems.js';
import { describePath } from '../text/suggest.js';

export const MAX_DEPTH = 32;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function structureProblems(file: string, value: unknown): PendingProblem[] {
  return isPlainShape(value) ? [] : findStructureProblems(file, value);
}

/** The common case, with no allocation per node: is anything wrong at all? */
function isPlainShape(value: unknown): boolean {
  const nodes: unknown[] = [value];
  const depths: number[] = [0];
  while (nodes.length) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH) return false;
    if (Array.isArray(node)) {
      for (const child of node) {
        nodes.push(child);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in node) {
      if (UNSAFE_KEYS.has(key)) return false;
      nodes.push((node as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
    if (Object.prototype.hasOwnProperty.call(node, '__proto__')) return false;
  }
  return true;
}

function findStructureProblems(file: string, value: unknown): PendingProblem[] {
  const problems: PendingProblem[] = [];
  // Iterative walk: a recursive one would itself overflow on the inputs it guards against.
  const stack: { node: unknown; path: DocPath }[] = [{ node: value, path: [] }];
  let tooDeepReported = false;
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (path.length > MAX_DEPTH) {
      if (!tooDeepReported) {
        problems.push({
          file,
          rule: 'yaml-depth-limit',
          severity: 'error',
          message: `\`${describePath(path.slice(0, 3))}…\` nests more than ${MAX_DEPTH} levels deep: no card needs that; flatten it`,
          at: { path, target: 'value' },
        });
        tooDeepReported = true;
      }
      continue;
    }
    if (Array.isArray(node)) {
      node.forEach((child, index) => stack.push({ node: child, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (UNSAFE_KEYS.has(key)) {
        problems.push({
          file,
          rule: 'unsafe-key',
          severity: 'error',
          message: `the key \`${key}\` is not allowed (JavaScript tools treat it specially): rename it`,
          at: { path: [...path, key], target: 'key' },
        });
        continue;
      }
      stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
