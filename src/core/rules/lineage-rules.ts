/**
 * Lineage must point at real versions, and no version may be its own ancestor
 * (a cycle would make "where did this come from" unanswerable and loop tools).
 */
import { atValue, type PendingProblem } from '../problems.js';
import { isValidModelName, type Registry } from '../registry/registry.js';
import { didYouMean } from '../text/suggest.js';
import type { RuleContext } from './context.js';
import { asArray, isRecord } from '../values.js';
import { meantVersions, suggestModelName } from './layout-rules.js';

export interface InternalEdge {
  /** child model@version */
  from: string;
  /** parent model@version */
  to: string;
  file: string;
  index: number;
}

const edgeCache = new WeakMap<Registry, InternalEdge[]>();

/** Parent references to this registry's versions, as written in each card. */
export function internalParentEdges(registry: Registry): InternalEdge[] {
  const cached = edgeCache.get(registry);
  if (cached) return cached;
  const edges: InternalEdge[] = [];
  edgeCache.set(registry, edges);
  for (const model of registry.models.values()) {
    for (const version of model.versions.values()) {
      const card = version.card;
      if (!card || !isRecord(card.value) || !isRecord(card.value.lineage)) continue;
      asArray(card.value.lineage.parents).forEach((parent, index) => {
        if (!isRecord(parent) || typeof parent.model !== 'string' || typeof parent.version !== 'string' || 'uri' in parent) return;
        edges.push({ from: `${model.name}@${version.version}`, to: `${parent.model}@${parent.version}`, file: card.path, index });
      });
    }
  }
  return edges;
}

export function unknownParentRule({ registry }: RuleContext): PendingProblem[] {
  const problems: PendingProblem[] = [];
  // A folder with an invalid name (`Churn-GBM`) is invalid-name's one problem: a parent naming it as it should be
  // named (`churn-gbm`) is right, and an invalid name is never the fix to suggest.
  const valid = [...registry.models.keys()].filter(isValidModelName);
  const renamed = new Set([...registry.models.keys()].filter((name) => !isValidModelName(name)).map(suggestModelName));
  for (const edge of internalParentEdges(registry)) {
    const at = edge.to.lastIndexOf('@');
    const modelName = edge.to.slice(0, at);
    const versionName = edge.to.slice(at + 1);
    const parentModel = registry.models.get(modelName);
    if (!parentModel) {
      if (renamed.has(modelName)) continue;
      problems.push({
        file: edge.file,
        rule: 'unknown-parent',
        severity: 'error',
        message: `parent model \`${modelName}\` is not in this registry${didYouMean(modelName, valid)}: fix the name, or describe an outside model with \`uri\` instead of \`model\``,
        at: atValue('lineage', 'parents', edge.index, 'model'),
      });
    } else if (!parentModel.versions.has(versionName)) {
      const { valid: known, meant } = meantVersions(parentModel.versions.keys());
      if (meant.has(versionName)) continue;
      problems.push({
        file: edge.file,
        rule: 'unknown-parent',
        severity: 'error',
        message: `\`${modelName}\` has no version ${versionName}${didYouMean(versionName, known)}; it has ${known.length ? known.join(', ') : 'no versions'}`,
        at: atValue('lineage', 'parents', edge.index, 'version'),
      });
    }
  }
  return problems;
}

export function lineageCycleRule({ registry }: RuleContext): PendingProblem[] {
  const edges = internalParentEdges(registry).filter((e) => {
    const at = e.to.lastIndexOf('@');
    return registry.models.get(e.to.slice(0, at))?.versions.has(e.to.slice(at + 1));
  });
  const problems: PendingProblem[] = [];
  const suspects = nodesOnOrBehindCycles(edges);
  if (suspects.length === 0) return problems;
  const out = new Map<string, InternalEdge[]>();
  for (const edge of edges) {
    const list = out.get(edge.from) ?? [];
    list.push(edge);
    out.set(edge.from, list);
  }
  for (const component of stronglyConnected(suspects, (n) => (out.get(n) ?? []).map((e) => e.to))) {
    const members = new Set(component);
    const selfLoop = component.length === 1 && (out.get(component[0]) ?? []).some((e) => e.to === component[0]);
    if (component.length === 1 && !selfLoop) continue;
    const start = [...component].sort()[0];
    const cycle = shortestCycle(start, members, out);
    const firstEdge = cycle[0];
    const names = [...cycle.map((e) => e.from), start];
    problems.push({
      file: firstEdge.file,
      rule: 'lineage-cycle',
      severity: 'error',
      message: `lineage cycle: ${names.join(' → ')}; a version cannot descend from itself: fix this parent`,
      at: atValue('lineage', 'parents', firstEdge.index),
    });
  }
  return problems;
}

/**
 * Kahn's algorithm: peel off versions without unpeeled parents. What is left
 * lies on a cycle or descends from one; usually nothing is, and the costlier
 * search below never runs. On numbers, each version named once: it runs on
 * every version of the registry, after the threads have joined.
 */
function nodesOnOrBehindCycles(edges: readonly InternalEdge[]): string[] {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (name: string) => {
    let n = ids.get(name);
    if (n === undefined) {
      n = names.length;
      ids.set(name, n);
      names.push(name);
    }
    return n;
  };
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    from[i] = id(edges[i].from);
    to[i] = id(edges[i].to);
  }
  // Parents not yet peeled, per version; and each version's children, grouped by parent (one entry per edge).
  const pending = new Int32Array(names.length);
  const start = new Int32Array(names.length + 1);
  for (let i = 0; i < edges.length; i++) {
    pending[from[i]]++;
    start[to[i] + 1]++;
  }
  for (let n = 0; n < names.length; n++) start[n + 1] += start[n];
  const children = new Int32Array(edges.length);
  const fill = start.slice(0, names.length);
  for (let i = 0; i < edges.length; i++) children[fill[to[i]]++] = from[i];
  const ready: number[] = [];
  for (let n = 0; n < names.length; n++) if (pending[n] === 0) ready.push(n);
  const peeled = new Uint8Array(names.length);
  while (ready.length) {
    const node = ready.pop()!;
    peeled[node] = 1;
    for (let c = start[node]; c < start[node + 1]; c++) if (--pending[children[c]] === 0) ready.push(children[c]);
  }
  return names.filter((_, n) => !peeled[n]).sort();
}

/** Tarjan's algorithm, iterative so long lineage chains cannot overflow the stack. */
function stronglyConnected(nodes: string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; children: string[]; i: number }[] = [];
    const visit = (node: string) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: next(node), i: 0 });
    };
    visit(root);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) visit(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

function shortestCycle(start: string, members: Set<string>, out: Map<string, InternalEdge[]>): InternalEdge[] {
  const via = new Map<string, InternalEdge>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of out.get(queue[i]) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [edge];
        let node = queue[i];
        while (node !== start) {
          const e = via.get(node)!;
          path.unshift(e);
          node = e.from;
        }
        return path;
      }
      if (!via.has(edge.to)) {
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return [];
}
